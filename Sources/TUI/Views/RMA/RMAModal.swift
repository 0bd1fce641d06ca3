import Domain
import Storage

/// What a picker of the РМА tab chooses.
enum RMAPick {
    case direction, executor, participant, status, rejectReason
}

/// The overlay of the РМА tab.
enum RMAModal {
    case picker(Picker, RMAPick)
    /// Creating (id 0) or editing a roadmap item.
    case form(Form, RoadmapItem)
    case card(RoadmapCardDetail)
    case application(SelectionDetail)

    var takesText: Bool {
        switch self {
        case .picker, .form: return true
        case .card, .application: return false
        }
    }

    var isDirtyForm: Bool {
        if case .form(let f, _) = self { return f.isDirty }
        return false
    }

    mutating func render(into painter: Painter, _ ctx: AppContext) {
        switch self {
        case .picker(var p, let pick):
            p.render(into: painter)
            self = .picker(p, pick)
        case .form(var f, let item):
            TriageModal.renderForm(&f, title: item.id == 0 ? ctx.t("Новый пункт дорожной карты", "New roadmap item")
                                                           : ctx.t("Пункт №\(item.id)", "Item #\(item.id)"), into: painter)
            self = .form(f, item)
        case .card(var d):
            d.render(into: painter, ctx)
            self = .card(d)
        case .application(let d):
            d.render(into: painter, ctx)
        }
    }
}

/// The form of a roadmap item and back.
enum RoadmapItemForm {
    static func make(_ item: RoadmapItem, _ ctx: AppContext) -> Form {
        let directions = [FormChoice(id: "0", label: ctx.t("Общее для всех направлений", "General"))]
            + Direction.all.map { FormChoice(id: String($0.number), label: "№\($0.number) " + $0.shortName) }
        let kinds = [FormChoice(id: "quarter", label: ctx.t("Квартал", "Quarter")),
                     FormChoice(id: "duringYear", label: ctx.t("В течение года", "During the year")),
                     FormChoice(id: "perSchoolCalendar", label: ctx.t("По учебным графикам", "Per school calendar")),
                     FormChoice(id: "perEventsPlan", label: ctx.t("По плану мероприятий", "Per events plan"))]
        let quarters = (1...4).map { FormChoice(id: String($0), label: ["I", "II", "III", "IV"][$0 - 1]) }
        var kind = "quarter", quarter = "1", months = ""
        switch item.timing {
        case .quarter(_, let q, let m): quarter = String(q); months = m.map(String.init).joined(separator: ",")
        case .duringYear: kind = "duringYear"
        case .perSchoolCalendar: kind = "perSchoolCalendar"
        case .perEventsPlan: kind = "perEventsPlan"
        }
        let numbers: (Int) -> (String) -> String? = { max in
            { text in
                let parts = text.split(separator: ",").map { String($0).filter { !$0.isWhitespace } }
                return parts.allSatisfy({ Int($0).map { (1...max).contains($0) } ?? false })
                    ? nil : ctx.t("Номера 1–\(max) через запятую", "Numbers 1–\(max), comma-separated")
            }
        }
        func ints(_ v: [Int]) -> String { v.map(String.init).joined(separator: ",") }
        var participants = FormField.text("participants", label: ctx.t("Участники 1–4", "Participants 1–4"),
                                          value: ints(item.participants.map(\.rawValue)),
                                          placeholder: ctx.t("1 ответственные, 2 методисты РМА, 3 ОО, 4 специалисты", "1 leads, 2 RMA methodists, 3 schools, 4 specialists"))
        participants.validator = numbers(4)
        let legend = ctx.t("1 Минобрнауки, 2 ЧИППКРО, 3 ЧИРО, 4 ЧИРПО, 5 методисты РМА", "1 Ministry, 2 ChIPPKRO, 3 ChIRO, 4 ChIRPO, 5 RMA methodists")
        var executors = FormField.text("executors", label: ctx.t("Исполнители 1–5", "Executors 1–5"), value: ints(item.executors.map(\.rawValue)),
                                       placeholder: legend)
        executors.validator = numbers(5)
        var co = FormField.text("co", label: ctx.t("Соисполнители 1–5", "Co-executors 1–5"), value: ints(item.coExecutors.map(\.rawValue)),
                                placeholder: legend)
        co.validator = numbers(5)
        var year = FormField.text("year", label: ctx.t("Год", "Year"), value: String(item.timing.year), required: true, maxLength: 4)
        year.validator = RangeValidators.number(ValueRanges.roadmapYear, ctx.language)
        return Form(fields: [
            .text("title", label: ctx.t("Мероприятие", "Event"), value: item.title, required: true),
            .choice("direction", label: ctx.t("Направление", "Direction"), options: directions, selected: String(item.direction ?? 0)),
            participants,
            .text("note", label: ctx.t("Уточнение участников", "Participants note"), value: item.participantsNote),
            executors, co,
            .choice("kind", label: ctx.t("Сроки", "Timing"), options: kinds, selected: kind),
            year,
            .choice("quarter", label: ctx.t("Квартал", "Quarter"), options: quarters, selected: quarter),
            .text("months", label: ctx.t("Месяцы (2,3)", "Months (2,3)"), value: months),
            .note("result", label: ctx.t("Ожидаемый результат", "Expected result"), value: item.expectedResult, lines: 3),
        ], language: ctx.language)
    }

    static func item(from v: [String: String], base: RoadmapItem) -> RoadmapItem {
        func ints(_ key: String) -> [Int] { (v[key] ?? "").split(separator: ",").compactMap { Int(String($0).filter { !$0.isWhitespace }) } }
        var item = base
        item.title = v["title"] ?? ""
        let d = Int(v["direction"] ?? "") ?? 0
        item.direction = d == 0 ? nil : d
        item.participants = ints("participants").compactMap(ParticipantCategory.init(rawValue:))
        item.participantsNote = v["note"] ?? ""
        item.executors = ints("executors").compactMap(Executor.init(rawValue:))
        item.coExecutors = ints("co").compactMap(Executor.init(rawValue:))
        let year = Int(v["year"] ?? "") ?? base.timing.year
        switch v["kind"] ?? "quarter" {
        case "duringYear": item.timing = .duringYear(year: year)
        case "perSchoolCalendar": item.timing = .perSchoolCalendar(year: year)
        case "perEventsPlan": item.timing = .perEventsPlan(year: year)
        default: item.timing = .quarter(year: year, quarter: Int(v["quarter"] ?? "") ?? 1, months: ints("months"))
        }
        item.expectedResult = v["result"] ?? ""
        return item
    }
}
