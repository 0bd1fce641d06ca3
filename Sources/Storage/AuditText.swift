import Domain
import Foundation

/// Audit entries in words: what kind of thing, what was done, and what
/// changed (`before → after`), for the audit view and the export.
public enum AuditText {
    /// The kind of thing, in both languages; an unknown kind is shown as stored.
    public static func entity(_ kind: String) -> Phrase {
        switch kind {
        case "request": return Phrase("Запрос", "Request")
        case "requests": return Phrase("Запросы", "Requests")
        case "step": return Phrase("Шаг маршрута", "Route step")
        case "route": return Phrase("Маршрут (ИОМ)", "Route")
        case "roadmap": return Phrase("Дорожная карта", "Roadmap item")
        case "application": return Phrase("Заявка РМА", "RMA application")
        case "person": return Phrase("Работник", "Person")
        case "consultation": return Phrase("Консультация", "Consultation")
        case "demo": return Phrase("Демо-регион", "Demo region")
        case "region": return Phrase("Регион", "Region")
        case "event": return Phrase("Мероприятие", "Event")
        case "practice": return Phrase("Практика", "Practice")
        case "programme": return Phrase("Программа ДПП", "Programme")
        case "site": return Phrase("Стажировочная площадка", "Internship site")
        case "mentoring": return Phrase("Наставничество", "Mentoring")
        case "deficit": return Phrase("Дефицит", "Deficit")
        case "diagnostic": return Phrase("Диагностика", "Diagnostic")
        case "tutoring": return Phrase("Сопровождение", "Tutoring")
        case "diagnostics": return Phrase("Диагностики", "Diagnostics")
        case "organization": return Phrase("Организация", "Organization")
        case "people": return Phrase("Работники", "People")
        case "programmes": return Phrase("Программы ДПП", "Programmes")
        default: return Phrase(kind, kind)
        }
    }

    /// The kind and the number: «Запрос №12»; `short` for a narrow column («Шаг №7», «ИОМ №3»).
    public static func entityLabel(_ kind: String, id: Int64?, language: Language, short: Bool = false) -> String {
        let shortNames = ["step": Phrase("Шаг", "Step"), "route": Phrase("ИОМ", "Route"), "application": Phrase("Заявка", "Application"),
                          "consultation": Phrase("Консульт.", "Consult."), "roadmap": Phrase("Пункт ДК", "Roadmap")]
        let name = ((short ? shortNames[kind] : nil) ?? entity(kind)).text(language)
        guard let id else { return name }
        return name + (language == .ru ? " №" : " #") + String(id)
    }

    public static func action(_ code: String) -> Phrase {
        switch code {
        case "create": return Phrase("создание", "created")
        case "update": return Phrase("изменение", "changed")
        case "edit": return Phrase("правка", "edited")
        case "add": return Phrase("добавление", "added")
        case "remove": return Phrase("удаление", "removed")
        case "comment": return Phrase("комментарий", "comment")
        case "help": return Phrase("оказана помощь", "help given")
        case "import": return Phrase("загрузка", "imported")
        case "decision": return Phrase("решение", "decision")
        case "roles": return Phrase("роли", "roles")
        case "status": return Phrase("статус", "status")
        case "plan": return Phrase("план", "planned")
        case "tutor": return Phrase("назначение тьютора", "tutor assigned")
        case "demo": return Phrase("построение", "built")
        case "retire": return Phrase("снято", "retired")
        case "restore": return Phrase("возвращено", "restored")
        case "undo": return Phrase("отмена", "undone")
        case "close": return Phrase("закрытие", "closed")
        case "persist": return Phrase("сохраняется", "persists")
        case "withdraw": return Phrase("отзыв", "withdrawn")
        case "agree": return Phrase("согласование", "agreed")
        case "cancel": return Phrase("отмена с причиной", "cancelled")
        case "end": return Phrase("прекращение", "ended")
        default: return Phrase(code, code)
        }
    }

    /// One line: `поле: было → стало; ...` for `key=value` lists, only the
    /// fields that differ; otherwise `было → стало`, or the one side there is.
    public static func summary(before: String, after: String) -> String {
        let b = flat(before), a = flat(after)
        if b.isEmpty { return a }
        if a.isEmpty { return "× " + b }
        if let old = pairs(b), let new = pairs(a), Set(old.map(\.0)) == Set(new.map(\.0)) {
            let was = Dictionary(old, uniquingKeysWith: { x, _ in x })
            // An empty side (a tutor set where there was none) reads as a dash, not as nothing.
            func shown(_ v: String?) -> String { v.flatMap { $0.isEmpty ? nil : $0 } ?? "—" }
            let changed = new.filter { was[$0.0] != $0.1 }.map { "\($0.0): \(shown(was[$0.0])) → \(shown($0.1))" }
            if !changed.isEmpty { return changed.joined(separator: "; ") }
        }
        return b + " → " + a
    }

    /// The change in words, ids as names: «исполнитель: — → Сидорова Ольга Викторовна; срок: — → 14.04.2024».
    /// `key=value` lists go field by field through `ChangeText`; free text (an old row, a note) reads as stored.
    public static func summary(entity: String, before: String, after: String, names: ChangeNames) -> Phrase {
        let b = readable(entity, before), a = readable(entity, after)
        let old = b.isEmpty ? [] : pairs(b), new = a.isEmpty ? [] : pairs(a)
        guard let old, let new, !(old.isEmpty && new.isEmpty) else {
            let plain = summary(before: before, after: after)
            return Phrase(plain, plain)
        }
        // A thing created (or removed) is said as it stands, not as «— → value» field by field.
        if old.isEmpty || new.isEmpty {
            let lines = (old.isEmpty ? new : old).map { ChangeText.stated(entity: entity, field: $0.0, $0.1, names: names) }
            let said = lines.dropFirst().reduce(lines[0]) { $0.joined(Phrase("; ", "; ")).joined($1) }
            return old.isEmpty ? said : Phrase("× ", "× ").joined(said)
        }
        let was = Dictionary(old, uniquingKeysWith: { x, _ in x }), now = Dictionary(new, uniquingKeysWith: { x, _ in x })
        var keys = new.map(\.0)
        for k in old.map(\.0) where !keys.contains(k) { keys.append(k) }
        let lines = keys.filter { was[$0] != now[$0] }.map { k in
            ChangeText.line(entity: entity, FieldChange(field: k, before: was[k] ?? "", after: now[k] ?? ""), names: names)
        }
        guard let first = lines.first else { let plain = summary(before: before, after: after); return Phrase(plain, plain) }
        return lines.dropFirst().reduce(first) { $0.joined(Phrase("; ", "; ")).joined($1) }
    }

    /// One line, with the free-text forms older files hold rewritten as the
    /// `key=value` lists written now, so old rows read in words too:
    /// a diagnostic «elkina 2024-03-15 regional: 1=64;2=48», a deficit found «diagnostic 12: 46 (moderate)».
    static func readable(_ entity: String, _ text: String) -> String {
        let line = flat(text)
        switch entity {
        case "diagnostic":
            // login date source: scores
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, Day(iso: parts[1]) != nil, let colon = parts[2].firstIndex(of: ":") else { return line }
            let source = String(parts[2][..<colon]), scores = parts[2][parts[2].index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard DiagnosticSource(rawValue: source) != nil else { return line }
            return "login=\(parts[0]); date=\(parts[1]); source=\(source); scores=\(scoresList(scores))"
        case "deficit":
            // diagnostic N: score (severity)
            let words = line.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "(", with: "")
                .replacingOccurrences(of: ")", with: "").split(separator: " ").map(String.init)
            guard words.count == 4, words[0] == "diagnostic", Int(words[1]) != nil, Int(words[2]) != nil,
                  DeficitSeverity(rawValue: words[3]) != nil else { return line }
            return "diagnostic=\(words[1]); score=\(words[2]); severity=\(words[3])"
        default:
            return line
        }
    }

    /// Stored scores («1=64;2=48») as the audit's list value («1:64,2:48»).
    public static func scoresList(_ stored: String) -> String {
        stored.split(separator: ";").map { $0.replacingOccurrences(of: "=", with: ":") }.joined(separator: ",")
    }

    /// `key=value; key=value` split, or nil when the text is not such a list.
    static func pairs(_ text: String) -> [(String, String)]? {
        var out: [(String, String)] = []
        for part in text.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv.count == 2 else { return nil }
            let key = kv[0].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
            out.append((key, kv[1].trimmingCharacters(in: .whitespaces)))
        }
        return out.isEmpty ? nil : out
    }

    /// Line breaks as spaces, for one table line.
    static func flat(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// «15.03.2024 14:05» (or «15.03.24 14:05») in local time.
    public static func when(_ at: Int64, shortYear: Bool = false) -> String {
        let t = SQLiteStore.localTime(at)
        let day = shortYear ? String(t.day.russian.prefix(6) + t.day.russian.suffix(2)) : t.day.russian
        return day + " " + t.time
    }
}
