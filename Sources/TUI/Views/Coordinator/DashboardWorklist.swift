import Domain
import Storage

/// A worklist behind a dashboard number, a page at a time (keyset paging).
struct DashboardWorkSource: RowSource {
    let store: any IndicatorStore
    let viewer: Viewer
    let list: IndicatorWorklist
    let scope: IndicatorScope
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: IndicatorWorkItem) -> Int64 { row.id }

    func rows(after anchor: IndicatorWorkItem?, limit: Int) -> [IndicatorWorkItem] {
        attempt { try store.indicatorWorkPage(viewer, list, scope: scope, after: anchor?.key, limit: limit) }
    }

    func rows(before anchor: IndicatorWorkItem?, limit: Int) -> [IndicatorWorkItem] {
        attempt {
            if let anchor { return try store.indicatorWorkPage(viewer, list, scope: scope, before: anchor.key, limit: limit) }
            return try store.indicatorWorkLastPage(viewer, list, scope: scope, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [IndicatorWorkItem]) -> [IndicatorWorkItem] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}

/// The worklist screen: a titled table over the dashboard; Enter opens the
/// person the line is about, Esc closes. «Маршруты без тьютора» has a
/// second section (Tab): people with open deficits and no route. There a
/// methodist or coordinator assigns a tutor (`a`) to the route under the
/// cursor or to every marked one (Space); the worked row leaves the list
/// and the cursor takes its neighbour, saying so.
struct DashboardWorklistScreen {
    enum Outcome: Equatable {
        case result(ViewResult)
        /// Open the person's card (nil: the line has no person).
        case open(PersonID?)
        case close
    }

    /// The sections Tab switches between, and the one shown.
    let sections: [IndicatorWorklist]
    private(set) var section = 0
    let scope: IndicatorScope
    let scopeName: String
    /// The dashboard's counts of each section, when it has one.
    var totals: [IndicatorWorklist: Int]
    var table: TableView<DashboardWorkSource>
    var assigner: TutorAssigner?
    /// The marked routes as they were when marked (their versions).
    private var marked: [RouteID: TutorTarget] = [:]
    let canAssign: Bool
    let errors: ErrorSink

    var list: IndicatorWorklist { sections[section] }
    var assigns: Bool { canAssign && (list == .routesWithoutTutor || list == .deficitsWithoutRoute) }
    var isEditing: Bool { assigner != nil }

    init(_ list: IndicatorWorklist, scope: IndicatorScope, scopeName: String, total: Int, errors: ErrorSink, _ ctx: AppContext) {
        sections = list == .routesWithoutTutor ? [.routesWithoutTutor, .deficitsWithoutRoute] : [list]
        self.scope = scope; self.scopeName = scopeName; self.errors = errors
        totals = [list: total]
        canAssign = ctx.viewer.can(.assignTutors)
        table = DashboardWorklistScreen.table(list, scope: scope, errors: errors, marks: canAssign && list == .routesWithoutTutor, ctx)
    }

    static func table(_ list: IndicatorWorklist, scope: IndicatorScope, errors: ErrorSink, marks: Bool,
                      _ ctx: AppContext) -> TableView<DashboardWorkSource> {
        let source = DashboardWorkSource(store: ctx.store, viewer: ctx.viewer, list: list, scope: scope, errors: errors,
                                         describe: ctx.describe)
        var table = TableView(source: source, columns: DashboardWorklistScreen.columns(list, ctx),
                              emptyMessage: DashboardWorklistScreen.emptyText(list, ctx), allowsMarks: marks)
        table.loadFirst()
        return table
    }

    /// An empty worklist is good news: it says which.
    static func emptyText(_ list: IndicatorWorklist, _ ctx: AppContext) -> String {
        switch list {
        case .youngWithoutMentor: return ctx.t("У всех молодых педагогов есть наставник", "Every young teacher has a mentor")
        case .routesWithoutTutor: return ctx.t("У всех маршрутов есть тьютор", "Every route has a tutor")
        case .overdueRequests: return ctx.t("Просроченных запросов нет", "No overdue requests")
        case .deficitsWithoutRoute: return ctx.t("У всех, у кого есть дефициты, есть маршрут", "Everyone with deficits has a route")
        }
    }

    static func columns(_ list: IndicatorWorklist, _ ctx: AppContext) -> [Column<IndicatorWorkItem>] {
        let today = ctx.today
        let first: Column<IndicatorWorkItem> = list == .overdueRequests
            ? Column(ctx.t("Запрос", "Request"), width: .flexible(min: 20, weight: 4), text: { $0.title })
            : Column(ctx.t("ФИО", "Name"), width: .flexible(min: 18, weight: 3), text: { $0.title })
        let detail: Column<IndicatorWorkItem>
        switch list {
        case .youngWithoutMentor:
            detail = Column(ctx.t("Возраст", "Age"), width: .fixed(8)) { item in
                TableCell(item.day.map { String(today.wholeYears(since: $0)) } ?? "—")
            }
        case .routesWithoutTutor:
            detail = Column(ctx.t("Маршрут", "Route"), width: .fixed(12)) { item in
                TableCell(RouteStatus(rawValue: item.detail).map { ctx.t($0.label) } ?? item.detail)
            }
        case .overdueRequests:
            detail = Column(ctx.t("Срок", "Due"), width: .fixed(20)) { item in
                let late = item.day.map { today.days(since: $0) } ?? 0
                return TableCell((item.day?.russian ?? "—") + ctx.t(" (+\(late) дн.)", " (+\(late) d)"))
            }
        case .deficitsWithoutRoute:
            detail = Column(ctx.t("Дефициты", "Deficits"), width: .fixed(9), alignment: .right, text: { $0.detail })
            return [first, detail,
                    Column(ctx.t("Тьютор", "Tutor"), width: .flexible(min: 12, weight: 2), text: { $0.tutorName.isEmpty ? "—" : $0.tutorName }),
                    Column(ctx.t("Организация", "Organization"), width: .flexible(min: 10, weight: 1), text: { $0.organizationName }),
                    Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 10, weight: 1), text: { $0.municipalityName })]
        }
        return [first, detail,
                Column(ctx.t("Организация", "Organization"), width: .flexible(min: 12, weight: 2), text: { $0.organizationName }),
                Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 10, weight: 2), text: { $0.municipalityName })]
    }

    // MARK: keys

    var bindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        var b = [KeyBinding("worklist.open", keys: [.enter], label: Phrase("Открыть карточку работника", "Open the person's card"), group: a)]
        if assigns {
            b.append(KeyBinding("worklist.assign", keys: [.char("a")],
                                label: Phrase("Назначить тьютора (отмеченным или под курсором)", "Assign a tutor (to the marked or the selected)"),
                                group: a))
        }
        if sections.count > 1 {
            b.append(KeyBinding("worklist.section", keys: [.tab, .backTab],
                                label: Phrase("Раздел: маршруты без тьютора / дефициты без маршрута",
                                              "Section: routes without a tutor / deficits without a route"), group: a))
        }
        b.append(KeyBinding("worklist.close", keys: [.escape, .backspace], label: Phrase("Назад к показателям", "Back to the indicators"), group: a))
        return b + TableView<DashboardWorkSource>.keyBindings(allowsMarks: table.allowsMarks).filter { $0.action != "table.open" }
    }

    /// The row under the list, keys read from `bindings`.
    var keyHints: [KeyHint] {
        [KeyHint("worklist.open", label: Phrase("человек", "person")), KeyHint("worklist.assign", label: Phrase("тьютор", "tutor")),
         KeyHint("table.mark", label: Phrase("отметить", "mark")),
         KeyHint("worklist.section", label: sections.count > 1 ? sections[(section + 1) % sections.count].label : Phrase("", "")),
         KeyHint("worklist.close", label: Phrase("к показателям", "back to indicators"))]
    }

    mutating func handle(_ event: InputEvent, _ ctx: AppContext) -> Outcome {
        if var a = assigner { return .result(settle(&a, a.handle(event, ctx), ctx)) }
        if case .key(let key) = event, let action = KeyBinding.action(for: key, in: bindings), action.hasPrefix("worklist.") {
            return perform(action, ctx)
        }
        switch table.handle(event) {
        case .ignored: return .result(.unhandled)
        case .activated: return perform("worklist.open", ctx)
        case .marksChanged: syncMarks(); return report(.handled)
        default: return report(.handled)
        }
    }

    mutating func perform(_ action: String, _ ctx: AppContext) -> Outcome {
        switch action {
        case "worklist.open": return .open(table.selectedRow?.personID)
        case "worklist.close": return .close
        case "worklist.section":
            guard sections.count > 1 else { return .result(.unhandled) }
            section = (section + 1) % sections.count
            marked = [:]
            table = DashboardWorklistScreen.table(list, scope: scope, errors: errors, marks: assigns, ctx)
            return report(.handled)
        case "worklist.assign":
            guard assigns else { return .result(.unhandled) }
            let targets = marked.isEmpty ? table.selectedRow.map { [target($0)] } ?? [] : marked.values.sorted { $0.personName < $1.personName }
            switch TutorAssigner.open(targets, ctx) {
            case .success(let a): assigner = a; return .result(.handled)
            case .failure(let r): return .result(.message(ctx.t(r.reason), .warning))
            }
        case "table.first": table.moveToFirst(); return report(.handled)
        case "table.last": table.moveToLast(); return report(.handled)
        default: return .result(.unhandled)
        }
    }

    private func target(_ row: IndicatorWorkItem) -> TutorTarget {
        list == .deficitsWithoutRoute
            ? TutorTarget(routeID: nil, version: 0, personID: row.id, personName: row.title, tutorID: row.tutorID)
            : TutorTarget(routeID: row.id, version: row.version, personID: row.personID ?? 0, personName: row.title, tutorID: nil)
    }

    /// The picker's candidates once read in the background (keys typed ahead
    /// replayed on them); nil when nothing came. The result for the status bar.
    mutating func idle(_ ctx: AppContext) -> ViewResult? {
        guard var a = assigner, let outcome = a.idle(ctx) else { return nil }
        return settle(&a, outcome, ctx)
    }

    private mutating func settle(_ a: inout TutorAssigner, _ outcome: TutorAssigner.Outcome, _ ctx: AppContext) -> ViewResult {
        switch outcome {
        case .pending: assigner = a; return .handled
        case .cancelled: assigner = nil; return .handled
        case .done(let result, let changed):
            assigner = nil
            return finish(a, result, changed: changed, ctx)
        }
    }

    /// Keeps the versions of the marked rows as they were seen.
    private mutating func syncMarks() {
        let ids = table.markedIDs
        marked = marked.filter { ids.contains($0.key) }
        for row in table.window where ids.contains(row.id) && marked[row.id] == nil { marked[row.id] = target(row) }
    }

    /// After the write: the list re-read around the cursor. A worked row
    /// that left the list gives its line to the next, and the note says so.
    private mutating func finish(_ a: TutorAssigner, _ result: ViewResult, changed: Bool, _ ctx: AppContext) -> ViewResult {
        let worked = a.targets.map { $0.routeID ?? $0.personID }
        if a.bulk { table.clearMarks(); marked = [:] }
        table.reload()
        guard changed, case .message(let text, let kind) = result else { return result }
        let gone = worked.filter { id in !table.window.contains { $0.id == id } }.count
        if let n = totals[list] { totals[list] = max(0, n - gone) }
        guard !a.bulk, gone > 0 else { return result }
        return .message(text + WorkedRow.leftNote(ctx.language), kind)
    }

    private func report(_ outcome: ViewResult) -> Outcome {
        if let e = errors.take() { return .result(.message(e, .error)) }
        return .result(outcome)
    }

    func statusText(_ ctx: AppContext) -> String {
        let position = table.positionText(ctx.language)
        guard !marked.isEmpty else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("отмечено \(marked.count)", "\(marked.count) marked")
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext) {
        var title = ctx.t(list.label) + " · " + scopeName
        if let n = totals[list] { title += " · " + DashboardFormat.group(n) }
        painter.text(title, x: 1, y: 0, role: .title)
        table.render(into: painter.sub(Rect(x: 0, y: 1, width: painter.width, height: max(0, painter.height - 2))))
        KeyHintRow.render(keyHints, bindings: bindings, into: painter.sub(Rect(x: 1, y: painter.height - 1, width: max(0, painter.width - 2), height: 1)),
                          language: ctx.language)
        if var a = assigner { a.render(into: painter); assigner = a }
    }
}
