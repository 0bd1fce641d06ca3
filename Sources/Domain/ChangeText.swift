/// The names a change's ids stand for, looked up by Storage before a change
/// is said in words (people, organizations, competences).
public struct ChangeNames: Sendable {
    public var people: [Int64: String]
    public var organizations: [Int64: String]
    /// «М1 Проектирование урока».
    public var competences: [Int64: String]
    public init(people: [Int64: String] = [:], organizations: [Int64: String] = [:], competences: [Int64: String] = [:]) {
        self.people = people; self.organizations = organizations; self.competences = competences
    }
}

/// What a recorded value is, so that it reads as the screen shows it: an id
/// as a name, a code as its label, an ISO date as a Russian one.
public enum RecordedValue: Sendable {
    case text, day, number, yesNo
    case person, organization, competence, competences, direction, directions
    /// A code with its label (a status, a kind); `list`: several, comma-separated.
    case label(@Sendable (String) -> Phrase?, list: Bool)
    case timing, decision, planNote
    /// The number of another thing: «№12».
    case reference
    /// A record of help given on a request (`HelpGiven.recordedText`): «12.03.2024, консультация: …».
    case helpGiven
    /// A diagnostic's scores, `competence:score` comma-separated: «М1 64, Ц1 48».
    case scores
}

/// The history's and the audit's vocabulary in words: every field of every
/// mutable kind (`RecordedFields`) has a label and a kind of value, so no
/// user reads «direction: 3», «assignee: 2004» or «pending → rejected: noExperience».
public enum ChangeText {
    /// «статус: новый → разобран»; a field this table does not know reads as stored.
    public static func line(entity: String, _ change: FieldChange, names: ChangeNames) -> Phrase {
        if entity == "request", change.field == "comment" { return Phrase("комментарий: ", "comment: ").joined(Phrase(change.after, change.after)) }
        if entity == "request", change.field == "status", change.before.isEmpty { return Phrase("создан", "created") }
        guard let (label, kind) = field(entity, change.field) else {
            return Phrase("\(change.field): \(change.before) → \(change.after)", "\(change.field): \(change.before) → \(change.after)")
        }
        if case .planNote = kind { return value(change.after, kind, names) }
        // Facts added, not values replaced: no «— →».
        if case .helpGiven = kind { return label.joined(Phrase(": ", ": ")).joined(value(change.after, kind, names)) }
        if entity == "request", change.field == RequestField.handBackReason.rawValue {
            return label.joined(Phrase(": ", ": ")).joined(value(change.after, .text, names))
        }
        return label.joined(Phrase(": ", ": ")).joined(value(change.before, kind, names)).joined(Phrase(" → ", " → "))
            .joined(value(change.after, kind, names))
    }

    /// A field as it stands, without a before: «работник: Ёлкина Анна Петровна» (a thing created or removed).
    public static func stated(entity: String, field: String, _ raw: String, names: ChangeNames) -> Phrase {
        guard let (label, kind) = self.field(entity, field) else { return Phrase("\(field): \(raw)", "\(field): \(raw)") }
        if case .planNote = kind { return value(raw, kind, names) }
        return label.joined(Phrase(": ", ": ")).joined(value(raw, kind, names))
    }

    /// A value in words; «—» for none.
    public static func value(_ raw: String, _ kind: RecordedValue, _ names: ChangeNames) -> Phrase {
        if raw.isEmpty { return Phrase("—", "—") }
        func same(_ s: String) -> Phrase { Phrase(s, s) }
        func id(_ book: [Int64: String], _ prefix: Phrase) -> Phrase {
            guard let n = Int64(raw) else { return same(raw) }
            return book[n].map(same) ?? prefix.joined(same(String(n)))
        }
        switch kind {
        case .text: return same(raw)
        case .number: return same(raw)
        case .day: return same(Day(iso: raw)?.russian ?? raw)
        case .yesNo: return raw == "true" ? Phrase("да", "yes") : Phrase("нет", "no")
        case .person: return id(names.people, Phrase("работник №", "person #"))
        case .organization: return id(names.organizations, Phrase("организация №", "organization #"))
        case .competence: return id(names.competences, Phrase("компетенция №", "competence #"))
        case .competences:
            return joined(raw.split(separator: ",").map { value(String($0), .competence, names) })
        case .direction:
            guard let n = Int(raw) else { return same(raw) }
            return Phrase("№\(n)", "#\(n)")
        case .directions:
            return joined(raw.split(separator: ",").map { value(String($0), .direction, names) })
        case .label(let label, let list):
            guard list else { return label(raw) ?? same(raw) }
            return joined(raw.split(separator: ",").map { label(String($0)) ?? same(String($0)) })
        case .timing: return timing(raw)
        case .decision: return decision(raw)
        case .planNote: return planNote(raw)
        case .reference: return Int64(raw).map { Phrase("№\($0)", "#\($0)") } ?? same(raw)
        case .helpGiven:
            guard let h = HelpGiven.fromRecorded(raw) else { return same(raw) }
            return Phrase("\(h.date.russian), \(h.form.label.ru): \(h.what)", "\(h.date.iso), \(h.form.label.en): \(h.what)")
        case .scores:
            return joined(raw.split(separator: ",").map { pair in
                let kv = pair.split(separator: ":")
                guard kv.count == 2, let id = Int64(kv[0]) else { return same(String(pair)) }
                // The competence's code (the first word of «М1 Проектирование урока») is enough beside a score.
                let code = names.competences[id].flatMap { $0.split(separator: " ").first.map(String.init) } ?? "№\(id)"
                return same("\(code) \(kv[1])")
            })
        }
    }

    private static func joined(_ parts: [Phrase]) -> Phrase {
        Phrase(parts.map(\.ru).joined(separator: ", "), parts.map(\.en).joined(separator: ", "))
    }

    private static func labelled<T: RawRepresentable & Labelled>(_ type: T.Type) -> @Sendable (String) -> Phrase? where T.RawValue == String {
        { T(rawValue: $0)?.label }
    }
    private static func numbered<T: RawRepresentable & Labelled>(_ type: T.Type) -> @Sendable (String) -> Phrase? where T.RawValue == Int {
        { Int($0).flatMap(T.init(rawValue:))?.label }
    }

    /// «quarter 2025 1 10,11» and the like (`RoadmapTiming.recordedText`).
    static func timing(_ raw: String) -> Phrase {
        let p = raw.split(separator: " ").map(String.init)
        guard let kind = p.first, p.count >= 2 else { return Phrase(raw, raw) }
        let year = p[1]
        switch kind {
        case "quarter": return Phrase("\(p.count > 2 ? p[2] : "?") квартал \(year)", "quarter \(p.count > 2 ? p[2] : "?") of \(year)")
        case "perSchoolCalendar": return Phrase("по календарю ОО, \(year)", "per the school calendar, \(year)")
        case "perEventsPlan": return Phrase("по плану мероприятий, \(year)", "per the events plan, \(year)")
        case "duringYear": return Phrase("в течение \(year) года", "during \(year)")
        default: return Phrase(raw, raw)
        }
    }

    /// «pending», «approved», «rejected: noExperience» (`RMAApplication.recordedFields`).
    static func decision(_ raw: String) -> Phrase {
        switch raw {
        case "pending": return Phrase("на рассмотрении", "pending")
        case "approved": return Phrase("одобрена", "approved")
        default:
            let reason = raw.hasPrefix("rejected: ") ? String(raw.dropFirst("rejected: ".count)) : ""
            let because = RejectionReason(rawValue: reason)?.label ?? Phrase(reason, reason)
            return Phrase("отклонена", "rejected").joined(reason.isEmpty ? Phrase("", "") : Phrase(" (", " (").joined(because).joined(Phrase(")", ")")))
        }
    }

    /// The note a change of a route's plan leaves: «steps+2», «edit step 7», «remove step 7», «assign», «agree».
    static func planNote(_ raw: String) -> Phrase {
        let words = raw.split(separator: " ").map(String.init)
        if raw.hasPrefix("steps+"), let n = Int(raw.dropFirst("steps+".count)) {
            return Phrase("план: добавлено шагов — \(n)", "plan: \(n) steps added")
        }
        if words.count == 3, words[1] == "step", let n = Int(words[2]) {
            switch words[0] {
            case "edit": return Phrase("план: изменён шаг №\(n)", "plan: step #\(n) changed")
            case "remove": return Phrase("план: удалён шаг №\(n)", "plan: step #\(n) removed")
            default: break
            }
        }
        return Phrase("план: " + raw, "plan: " + raw)
    }

    /// The label and kind of every recorded field, by kind of thing.
    public static func field(_ entity: String, _ field: String) -> (Phrase, RecordedValue)? {
        let common: [String: (Phrase, RecordedValue)] = [
            "title": (Phrase("название", "title"), .text),
            "direction": (Phrase("направление", "direction"), .direction),
            "directions": (Phrase("направления", "directions"), .directions),
            "competences": (Phrase("компетенции", "competences"), .competences),
            "organization": (Phrase("организация", "organization"), .organization),
            "hours": (Phrase("часы", "hours"), .number),
            // Keys of the audit's own lines (a step added, a consultation, an import).
            "route": (Phrase("маршрут", "route"), .reference),
            "person": (Phrase("работник", "person"), .person),
            "added": (Phrase("добавлено", "added"), .number),
            "updated": (Phrase("обновлено", "updated"), .number),
            "rows": (Phrase("строк", "rows"), .number),
            "deficitsAdded": (Phrase("новых дефицитов", "deficits found"), .number),
            "deficitsClosed": (Phrase("закрыто дефицитов", "deficits closed"), .number),
            "deficitsPersisting": (Phrase("дефицитов сохраняется", "deficits persisting"), .number),
        ]
        let own: [String: (Phrase, RecordedValue)]
        switch entity {
        case "request":
            own = ["text": (Phrase("текст", "text"), .text), "competence": (Phrase("компетенция", "competence"), .competence),
                   "status": (Phrase("статус", "status"), .label(labelled(RequestStatus.self), list: false)),
                   "priority": (Phrase("приоритет", "priority"),
                                .label({ v in RequestPriority.allCases.first { $0.historyName == v }?.label }, list: false)),
                   "assignee": (Phrase("исполнитель", "assignee"), .person), "due": (Phrase("срок", "due"), .day),
                   "resolvedOn": (Phrase("решён", "resolved on"), .day), "declineReason": (Phrase("причина отклонения", "decline reason"), .text),
                   "answer": (Phrase("ответ", "answer"), .text), "help": (Phrase("оказана помощь", "help given"), .helpGiven),
                   "handBackReason": (Phrase("возвращён на разбор", "handed back to triage"), .text)]
        case "step":
            own = ["status": (Phrase("статус", "status"), .label(labelled(StepStatus.self), list: false)),
                   "kind": (Phrase("вид", "kind"), .label(labelled(StepKind.self), list: false)),
                   "after": (Phrase("после шага", "after step"), .reference),
                   "plannedStart": (Phrase("начало", "start"), .day), "plannedEnd": (Phrase("окончание", "end"), .day),
                   "certificate": (Phrase("удостоверение", "certificate"), .text), "link": (Phrase("ссылка", "link"), .text),
                   "note": (Phrase("заметка", "note"), .text), "tutorComment": (Phrase("комментарий тьютора", "tutor's comment"), .text),
                   "skipReason": (Phrase("причина пропуска", "reason for skipping"), .text)]
        case "route":
            own = ["status": (Phrase("статус", "status"), .label(labelled(RouteStatus.self), list: false)),
                   "tutor": (Phrase("тьютор", "tutor"), .person), "cancelReason": (Phrase("причина отмены", "reason for cancelling"), .text),
                   "plan": (Phrase("план", "plan"), .planNote)]
        case "roadmap":
            own = ["participants": (Phrase("участники", "participants"), .label(numbered(ParticipantCategory.self), list: true)),
                   "participantsNote": (Phrase("участники (уточнение)", "participants (note)"), .text),
                   "executors": (Phrase("исполнители", "executors"), .label(numbered(Executor.self), list: true)),
                   "coExecutors": (Phrase("соисполнители", "co-executors"), .label(numbered(Executor.self), list: true)),
                   "timing": (Phrase("сроки", "timing"), .timing),
                   "expectedResult": (Phrase("ожидаемый результат", "expected result"), .text),
                   "status": (Phrase("статус", "status"), .label(labelled(RoadmapStatus.self), list: false))]
        case "application":
            own = ["decision": (Phrase("решение", "decision"), .decision)]
        case "consultation":
            own = ["date": (Phrase("дата", "date"), .day), "topic": (Phrase("тема", "topic"), .text),
                   "form": (Phrase("форма", "form"), .label(labelled(ConsultationForm.self), list: false))]
        case "tutoring":
            own = ["tutor": (Phrase("тьютор", "tutor"), .person)]
        case "mentoring":
            own = ["mentor": (Phrase("наставник", "mentor"), .person), "mentee": (Phrase("наставляемый", "mentee"), .person),
                   "form": (Phrase("форма", "form"), .label(labelled(MentoringForm.self), list: false)),
                   "start": (Phrase("начало", "start"), .day), "end": (Phrase("окончание", "end"), .day),
                   "goals": (Phrase("цели", "goals"), .text),
                   "status": (Phrase("статус", "status"), .label(labelled(MentoringStatus.self), list: false))]
        case "programme":
            own = ["provider": (Phrase("кто проводит", "provider"), .text),
                   "kind": (Phrase("вид", "kind"), .label(labelled(ProgrammeKind.self), list: false)),
                   "format": (Phrase("формат", "format"), .label(labelled(ProgrammeFormat.self), list: false)),
                   "inFederalRegistry": (Phrase("в ФР ДПП", "in the federal registry"), .yesNo),
                   "retired": (Phrase("в архиве", "retired"), .yesNo)]
        case "site":
            own = ["topic": (Phrase("тема", "topic"), .text), "capacity": (Phrase("мест", "places"), .number),
                   "retired": (Phrase("в архиве", "retired"), .yesNo)]
        case "practice":
            own = ["author": (Phrase("автор", "author"), .person),
                   "status": (Phrase("статус", "status"), .label(labelled(PracticeStatus.self), list: false)),
                   "retired": (Phrase("в архиве", "retired"), .yesNo)]
        case "event":
            own = ["kind": (Phrase("вид", "kind"), .label(labelled(EventKind.self), list: false)), "date": (Phrase("дата", "date"), .day),
                   "organizer": (Phrase("организатор", "organizer"), .person), "retired": (Phrase("в архиве", "retired"), .yesNo)]
        case "person":
            own = ["login": (Phrase("логин", "login"), .text), "fullName": (Phrase("ФИО", "full name"), .text),
                   "position": (Phrase("должность", "position"), .text), "subjects": (Phrase("предметы", "subjects"), .text),
                   "category": (Phrase("категория", "category"), .label(labelled(QualificationCategory.self), list: false)),
                   "birthDate": (Phrase("дата рождения", "birth date"), .day),
                   "teachingSince": (Phrase("педагогический стаж с", "teaching since"), .day),
                   "roles": (Phrase("роли", "roles"), .label(labelled(Role.self), list: true))]
        case "diagnostic":
            own = ["login": (Phrase("логин", "login"), .text), "date": (Phrase("дата", "date"), .day),
                   "source": (Phrase("источник", "source"), .label(labelled(DiagnosticSource.self), list: false)),
                   "scores": (Phrase("баллы", "scores"), .scores)]
        case "deficit":
            own = ["severity": (Phrase("уровень", "level"), .label(labelled(DeficitSeverity.self), list: false)),
                   "status": (Phrase("статус", "status"), .label(labelled(DeficitStatus.self), list: false)),
                   "diagnostic": (Phrase("диагностика", "diagnostic"), .reference),
                   "closedByDiagnostic": (Phrase("закрыт диагностикой", "closed by diagnostic"), .reference),
                   "score": (Phrase("балл", "score"), .number)]
        default:
            own = [:]
        }
        return own[field] ?? common[field]
    }
}
