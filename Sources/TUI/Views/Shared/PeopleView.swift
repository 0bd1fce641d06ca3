import Domain
import Storage

/// Работники: the people the viewer may see, in name order, read a page at
/// a time; `/` filters by the start of the name (or searches when several
/// words are typed); `m` narrows to a municipality, `o` to an organization in
/// it (a breadcrumb shows where; Esc widens back); Enter opens a person's card.
final class PeopleView: AppView {
    let id = "people"
    let title = Phrase("Работники", "People")
    private var table: TableView<PeopleSource>
    private var filter = FilterLine()
    var card: PersonCard?
    var narrowing = PeopleNarrowing()
    private let errors = ErrorSink()
    /// Narrowing by municipality/organization is for those who see people by position (not a tutor's caseload).
    private let canBrowse: Bool

    init(_ ctx: AppContext) {
        canBrowse = ctx.viewer.can(.seePeople)
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
        ], emptyMessage: ctx.t("Работников пока нет", "No people yet"))
    }

    var bindings: [KeyBinding] {
        if let card { return card.bindings }
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("people.filter", keys: [.char("/")], label: Phrase("Фильтр по фамилии или поиск по словам", "Filter by surname or search words"), group: a),
            KeyBinding("people.clearFilter", keys: [.escape], label: Phrase("Сбросить фильтр / закрыть карточку", "Clear the filter / close the card"), group: a),
            KeyBinding("people.open", keys: [.enter], label: Phrase("Открыть карточку работника", "Open the person's card"), group: a),
        ] + (canBrowse ? [
            KeyBinding("people.municipality", keys: [.char("m")], label: Phrase("Выбрать муниципалитет", "Choose a municipality"), group: a),
            KeyBinding("people.organization", keys: [.char("o")], label: Phrase("Выбрать организацию в муниципалитете", "Choose an organization in the municipality"), group: a),
        ] : []) + TableView<PeopleSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    var isEditing: Bool { filter.isEditing || narrowing.picker != nil || (card?.isEditing ?? false) }

    // The card's tutor picker reads its candidates in the background.
    var isWaitingInBackground: Bool { card?.isReadingTutors ?? false }
    func waitForBackground() { card?.waitForTutors() }
    func idleTick(_ ctx: AppContext) -> Bool { card?.idleTick(ctx) ?? false }
    func takeIdleMessage() -> ViewResult? { card?.takeIdleMessage() }
    var hasUnsavedInput: Bool { false }

    func statusText(_ ctx: AppContext) -> String {
        if card != nil { return "" }
        let position = table.positionText(ctx.language)
        guard filter.isActive else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("фильтр «\(filter.text)»", "filter “\(filter.text)”")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }

    func reload(_ ctx: AppContext) { table.reload() }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if let c = card {
            let result = c.handle(event, ctx)
            if c.closed { card = nil; table.reload() }
            return report(result)
        }
        if narrowing.picker != nil {
            let (result, changed) = narrowing.handlePicker(event, ctx)
            if changed { applyNarrowing() }
            return report(result)
        }
        switch filter.handle(event) {
        case .changed: applyFilter(); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if case .key(.escape) = event, filter.isActive {
            _ = filter.reset(); applyFilter(); return .handled
        }
        if case .key(.escape) = event, narrowing.widen() { applyNarrowing(); return .handled }
        switch table.handle(event) {
        case .activated: return perform("people.open", ctx)
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if let c = card, action.hasPrefix("card.") {   // the palette, while the card is open
            let result = c.perform(action, ctx)
            if c.closed { card = nil; table.reload() }   // as by its key: the list may have changed meanwhile
            return result
        }
        switch action {
        case "people.filter": filter.begin(); return .handled
        case "people.clearFilter":
            if card != nil { card = nil; return .handled }
            if filter.isActive { _ = filter.reset(); applyFilter(); return .handled }
            guard narrowing.widen() else { return .unhandled }
            applyNarrowing(); return .handled
        case "people.open":
            guard let row = table.selectedRow else { return .handled }
            card = PersonCard(personID: row.id, ctx)
            return .handled
        case "people.municipality": return report(narrowing.pickMunicipality(ctx))
        case "people.organization": return report(narrowing.pickOrganization(ctx))
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    private func applyNarrowing() {
        table.source.query.municipalityID = narrowing.municipality?.id
        table.source.query.organizationID = narrowing.organization?.id
        table.loadFirst()
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
        let crumbHeight = canBrowse ? 1 : 0
        if crumbHeight == 1 { narrowing.renderBreadcrumb(painter.sub(Rect(x: 0, y: 0, width: painter.width, height: 1)), ctx) }
        let filterHeight = filter.isActive ? 1 : 0
        let (list, bottom) = Rect(x: 0, y: crumbHeight, width: painter.width, height: max(0, painter.height - crumbHeight)).splitBottom(filterHeight)
        table.emptyMessage = narrowing.organization != nil ? ctx.t("В организации никого нет", "Nobody in this organization")
            : narrowing.municipality != nil ? ctx.t("В муниципалитете никого нет", "Nobody in this municipality")
            : canBrowse ? ctx.t("Работников пока нет", "No people yet") : ctx.t("Вы пока никого не сопровождаете", "You support nobody yet")
        table.noMatchMessage = filter.text.isEmpty ? nil : ctx.t(EmptyText.noMatch(filter.text))
        table.render(into: painter.sub(list))
        if filter.isActive { filter.render(painter.sub(bottom), ctx) }
        // The card over the list (which stays visible around it on a wide screen).
        if let card { card.render(painter, ctx) } else { narrowing.renderPicker(painter) }
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
