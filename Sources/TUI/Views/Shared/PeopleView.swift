import Domain
import Storage

/// Работники: the people the viewer may see, in name order, read a page at
/// a time; `/` filters by the start of the name (or searches when several
/// words are typed); Enter opens a person's card.
final class PeopleView: AppView {
    let id = "people"
    let title = Phrase("Работники", "People")
    private var table: TableView<PeopleSource>
    private var filter = FilterLine()
    private var card: PersonSummary?
    private let errors = ErrorSink()

    init(_ ctx: AppContext) {
        let errors = self.errors
        let source = PeopleSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        let today = ctx.today
        table = TableView(source: source, columns: [
            Column(ctx.t("ФИО", "Name"), width: .flexible(min: 18, weight: 3)) { p in
                let young = p.isYoung(on: today)
                return TableCell(p.fullName + (young ? " ★" : ""))
            },
            Column(ctx.t("Должность", "Position"), width: .flexible(min: 10, weight: 1), text: { $0.position }),
            Column(ctx.t("Организация", "Organization"), width: .flexible(min: 12, weight: 2), text: { $0.organizationName }),
            Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 10, weight: 2), text: { $0.municipalityName }),
        ], emptyMessage: ctx.t("Никого не найдено", "Nobody found"))
    }

    var bindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("people.filter", keys: [.char("/")], label: Phrase("Фильтр по фамилии или поиск по словам", "Filter by surname or search words"), group: a),
            KeyBinding("people.clearFilter", keys: [.escape], label: Phrase("Сбросить фильтр / закрыть карточку", "Clear the filter / close the card"), group: a),
            KeyBinding("people.open", keys: [.enter], label: Phrase("Открыть карточку работника", "Open the person's card"), group: a),
        ] + TableView<PeopleSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    var isEditing: Bool { filter.isEditing }
    var hasUnsavedInput: Bool { false }

    func statusText(_ ctx: AppContext) -> String {
        let position = table.positionText(ctx.language)
        guard filter.isActive else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("фильтр «\(filter.text)»", "filter “\(filter.text)”")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }

    func reload(_ ctx: AppContext) { table.reload() }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if card != nil {
            if case .key(let k) = event, k == .escape || k == .enter || k == .char("q") { card = nil; return .handled }
            if case .key = event { return .handled }
        }
        switch filter.handle(event) {
        case .changed: applyFilter(); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if case .key(.escape) = event, filter.isActive {
            _ = filter.reset(); applyFilter(); return .handled
        }
        switch table.handle(event) {
        case .activated: card = table.selectedRow; return .handled
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "people.filter": filter.begin(); return .handled
        case "people.clearFilter":
            if card != nil { card = nil; return .handled }
            guard filter.isActive else { return .unhandled }
            _ = filter.reset(); applyFilter(); return .handled
        case "people.open": card = table.selectedRow; return .handled
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    private func applyFilter() {
        table.source.setFilter(filter.text)
        table.loadFirst()
    }

    private func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let filterHeight = filter.isActive ? 1 : 0
        let (list, bottom) = Rect(x: 0, y: 0, width: painter.width, height: painter.height).splitBottom(filterHeight)
        table.render(into: painter.sub(list))
        if filter.isActive { filter.render(painter.sub(bottom), ctx) }
        if let p = card { PersonCard.render(p, into: painter, ctx) }
    }
}

extension PersonSummary {
    func isYoung(on day: Day) -> Bool {
        var p = Person(id: id, login: login, fullName: fullName, organizationID: nil, position: position)
        p.birthDate = birthDate
        p.teachingSince = teachingSince
        return p.isYoungTeacher(on: day)
    }
}
