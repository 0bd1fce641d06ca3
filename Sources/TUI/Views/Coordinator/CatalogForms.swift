import Foundation
import Domain
import Storage

/// What a catalog form creates or edits (id 0: a new entry).
enum CatalogDraft {
    case programme(Programme)
    case site(InternshipSite, organizationName: String)
    case practice(BestPractice)
    case event(Event)

    var isNew: Bool {
        switch self {
        case .programme(let p): return p.id == 0
        case .site(let s, _): return s.id == 0
        case .practice(let x): return x.id == 0
        case .event(let e): return e.id == 0
        }
    }

    /// The same draft carrying another version (after a conflict, so the
    /// user's second Ctrl+S saves over the fresh record knowingly).
    func withVersion(_ v: Int) -> CatalogDraft {
        switch self {
        case .programme(var p): p.version = v; return .programme(p)
        case .site(var s, let name): s.version = v; return .site(s, organizationName: name)
        case .practice(var x): x.version = v; return .practice(x)
        case .event(var e): e.version = v; return .event(e)
        }
    }
}

/// The forms of the catalogs and back: fields from an entry, an entry from
/// the typed values. Formats are checked by the form (a number, a date,
/// known competence codes); the rules (hours per kind, capacity) by the
/// domain when saving, so the refusal names the rule and the form stays.
struct CatalogForms {
    let competences: [Competence]
    let ctx: AppContext

    init(_ ctx: AppContext) {
        self.ctx = ctx
        competences = (try? ctx.store.catalogCompetences()) ?? []
    }

    func codes(_ ids: [CompetenceID]) -> String {
        ids.compactMap { id in competences.first { $0.id == id }?.code }.joined(separator: ", ")
    }

    static func fold(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "ё", with: "е") }

    func parseCodes(_ text: String) -> (ids: [CompetenceID], unknown: [String]) {
        var ids: [CompetenceID] = [], unknown: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            let code = CatalogForms.fold(String(piece))
            if let c = competences.first(where: { CatalogForms.fold($0.code) == code }) { ids.append(c.id) } else { unknown.append(String(piece)) }
        }
        return (ids, unknown)
    }

    func competenceField(_ ids: [CompetenceID]) -> FormField {
        let sample = competences.prefix(3).map(\.code).joined(separator: ", ")
        var f = FormField.text("competences", label: ctx.t("Компетенции (коды)", "Competences (codes)"), value: codes(ids),
                               placeholder: sample.isEmpty ? "" : ctx.t("например: ", "e.g. ") + sample)
        let ctx = self.ctx
        f.validator = { text in
            let unknown = self.parseCodes(text).unknown
            return unknown.isEmpty ? nil : ctx.t("Нет таких кодов: ", "Unknown codes: ") + unknown.joined(separator: ", ")
        }
        return f
    }

    func yesNo(_ on: Bool) -> [FormChoice] {
        [FormChoice(id: "1", label: ctx.t("входит в ФР ДПП", "in the federal registry")),
         FormChoice(id: "0", label: ctx.t("не входит", "not in it"))]
    }

    func directions(none: String?) -> [FormChoice] {
        (none.map { [FormChoice(id: "0", label: $0)] } ?? [])
            + Direction.all.map { FormChoice(id: String($0.number), label: "№\($0.number) " + $0.shortName) }
    }

    func form(for draft: CatalogDraft) -> Form {
        let fields: [FormField]
        switch draft {
        case .programme(let p):
            var hours = FormField.text("hours", label: ctx.t("Часы", "Hours"), value: p.id == 0 && p.hours == 0 ? "" : String(p.hours),
                                       required: true, maxLength: 5, placeholder: ctx.t("ПК от 16, ПП от 250", "upskilling 16+, retraining 250+"))
            hours.validator = RangeValidators.number(ValueRanges.programmeHours, ctx.language)
            fields = [
                .text("title", label: ctx.t("Название", "Title"), value: p.title, required: true),
                .text("provider", label: ctx.t("Разработчик", "Provider"), value: p.provider),
                .choice("kind", label: ctx.t("Вид", "Kind"), options: ProgrammeKind.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) },
                        selected: p.kind.rawValue),
                hours,
                .choice("format", label: ctx.t("Формат", "Format"), options: ProgrammeFormat.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) },
                        selected: p.format.rawValue),
                .choice("registry", label: ctx.t("ФР ДПП", "Registry"), options: yesNo(p.inFederalRegistry), selected: p.inFederalRegistry ? "1" : "0"),
                competenceField(p.competenceIDs),
            ]
        case .site(let s, _):
            var capacity = FormField.text("capacity", label: ctx.t("Вместимость", "Capacity"), value: String(s.capacity), required: true, maxLength: 6)
            capacity.validator = RangeValidators.number(ValueRanges.siteCapacity, ctx.language)
            fields = [
                .text("topic", label: ctx.t("Тема", "Topic"), value: s.topic, required: true),
                capacity,
                competenceField(s.competenceIDs),
            ]
        case .practice(let x):
            fields = [
                .text("title", label: ctx.t("Название", "Title"), value: x.title, required: true),
                .choice("direction", label: ctx.t("Направление", "Direction"), options: directions(none: nil), selected: String(x.direction)),
                .text("author", label: ctx.t("Автор (логин)", "Author (login)"), value: "",
                      placeholder: x.authorID == nil ? ctx.t("необязательно", "optional") : ctx.t("оставить прежнего", "keep the current one")),
                competenceField(x.competenceIDs),
            ]
        case .event(let e):
            fields = [
                .text("title", label: ctx.t("Название", "Title"), value: e.title, required: true),
                .choice("kind", label: ctx.t("Вид", "Kind"), options: EventKind.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) },
                        selected: e.kind.rawValue),
                .date("date", label: ctx.t("Дата", "Date"), value: e.date.iso, required: true, placeholder: ctx.t("ДД.ММ.ГГГГ", "DD.MM.YYYY"),
                      validator: RangeValidators.day(ctx.language)),
                .choice("direction", label: ctx.t("Направление", "Direction"), options: directions(none: ctx.t("без направления", "none")),
                        selected: String(e.direction ?? 0)),
            ]
        }
        return Form(fields: fields, language: ctx.language)
    }

    /// The entry the typed values describe, or why they cannot (an unknown author login).
    func entry(from v: [String: String], base: CatalogDraft) throws -> CatalogDraft {
        let comps = parseCodes(v["competences"] ?? "").ids
        switch base {
        case .programme(var p):
            p.title = v["title"] ?? ""
            p.provider = v["provider"] ?? ""
            p.kind = ProgrammeKind(rawValue: v["kind"] ?? "") ?? p.kind
            p.hours = RangeValidators.whole(v["hours"], ValueRanges.programmeHours)
            p.format = ProgrammeFormat(rawValue: v["format"] ?? "") ?? p.format
            p.inFederalRegistry = v["registry"] == "1"
            p.competenceIDs = comps
            return .programme(p)
        case .site(var s, let name):
            s.topic = v["topic"] ?? ""
            s.capacity = RangeValidators.whole(v["capacity"], ValueRanges.siteCapacity)
            s.competenceIDs = comps
            return .site(s, organizationName: name)
        case .practice(var x):
            x.title = v["title"] ?? ""
            x.direction = Int(v["direction"] ?? "") ?? x.direction
            x.competenceIDs = comps
            if let login = v["author"], !login.isEmpty {
                guard let author = try? ctx.store.viewer(login: login) else {
                    throw StoreError.invalid(Phrase("Нет работника с логином «\(login)»: автор не изменён, практика не сохранена",
                                                    "No one has the login “\(login)”: the practice was not saved"))
                }
                x.authorID = author.personID
                x.organizationID = author.organizationID
            }
            return .practice(x)
        case .event(var e):
            e.title = v["title"] ?? ""
            e.kind = EventKind(rawValue: v["kind"] ?? "") ?? e.kind
            e.date = Day(iso: v["date"] ?? "") ?? e.date
            let d = Int(v["direction"] ?? "") ?? 0
            e.direction = d == 0 ? nil : d
            return .event(e)
        }
    }

    func title(_ draft: CatalogDraft) -> String {
        switch draft {
        case .programme(let p): return p.id == 0 ? ctx.t("Новая программа ДПП", "New programme") : ctx.t("Программа №\(p.id)", "Programme #\(p.id)")
        case .site(let s, let name):
            return (s.id == 0 ? ctx.t("Новая площадка: ", "New site: ") : ctx.t("Площадка №\(s.id): ", "Site #\(s.id): ")) + name
        case .practice(let x): return x.id == 0 ? ctx.t("Новая практика", "New practice") : ctx.t("Практика №\(x.id)", "Practice #\(x.id)")
        case .event(let e): return e.id == 0 ? ctx.t("Новое мероприятие", "New event") : ctx.t("Мероприятие №\(e.id)", "Event #\(e.id)")
        }
    }
}
