import Domain
import Foundation
import Storage

/// Мой маршрут: the teacher's individual route (ИОМ) — header with progress,
/// deficits and steps (stacked at 80x24, side by side with a detail pane
/// from 160 columns), selecting one highlights what it is linked to; start,
/// mark done with evidence, ask to skip, ask for help, export.
final class MyRouteView: AppView {
    let id = "myRoute"
    let title = Phrase("Мой маршрут", "My route")

    enum Pane { case deficits, steps }

    /// What covers the panes, if anything.
    enum Modal {
        case detail(scroll: Int)
        case dialog(TeacherDialog)
    }

    /// From this width the panes stand side by side with a detail pane.
    static let wideWidth = 160

    var data = MyRouteData()
    let links: RouteLinks
    var deficitTable: TableView<ArraySource<DeficitSummary, DeficitID>>
    var stepTable: TableView<ArraySource<RouteStep, StepID>>
    var focus: Pane = .steps
    var modal: Modal?
    /// The last move on a step from here, for `u`.
    var lastStepUndo: StepUndo?
    var wide = false
    /// Where the palette's export writes route-LOGIN.md / .csv.
    var exportDirectory = FileManager.default.currentDirectoryPath

    init(_ ctx: AppContext) {
        links = RouteLinks(today: ctx.today)
        deficitTable = TableView(source: ArraySource([], id: { $0.id }), columns: RouteColumns.deficits(ctx, links: links, wide: false),
                                 emptyMessage: ctx.t("Открытых дефицитов нет", "No open deficits"))
        stepTable = TableView(source: ArraySource([], id: { $0.id }), columns: RouteColumns.steps(ctx, links: links, wide: false),
                              emptyMessage: ctx.t("В маршруте пока нет шагов", "The route has no steps yet"))
        reload(ctx)
    }

    // MARK: - Keys

    var bindings: [KeyBinding] {
        switch modal {
        case .detail: return MyRouteView.detailBindings + stepActions
        case .some: return []   // a form taking text: every key is its
        case nil: return routeBindings
        }
    }

    /// The step's detail: scroll, page (Space too), close.
    static let detailBindings: [KeyBinding] = [
        PanelKeys.close, PanelKeys.down, PanelKeys.up,
        KeyBinding("panel.pageDown", keys: [.pageDown, .char(" ")], label: Phrase("страница вниз", "page down"),
                   group: KeyBinding.Groups.navigation, inPalette: false),
        PanelKeys.pageUp,
    ]

    /// The step's actions work from its detail too.
    var stepActions: [KeyBinding] {
        routeBindings.filter { $0.action.hasPrefix("route.") && !["route.pane", "route.open", "route.close"].contains($0.action) }
    }

    var routeBindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions, n = KeyBinding.Groups.navigation
        return [
            KeyBinding("route.start", keys: [.char("s")], label: Phrase("Начать шаг", "Start the step"), group: a),
            KeyBinding("route.done", keys: [.char("d")],
                       label: Phrase("Отметить шаг выполненным (с подтверждением)", "Mark the step done (with evidence)"), group: a),
            KeyBinding("route.skip", keys: [.char("x")],
                       label: Phrase("Попросить пропустить шаг (с причиной)", "Ask to skip the step (with a reason)"), group: a),
            StepUndo.binding("route.undo"),
            KeyBinding("route.help", keys: [.char("a")],
                       label: Phrase("Попросить помощи по дефициту или шагу", "Ask for help with a deficit or a step"), group: a),
            KeyBinding("route.exportMarkdown", keys: [.char("e")],
                       label: Phrase("Выгрузить маршрут в Markdown (route-ЛОГИН.md)", "Export the route as Markdown (route-LOGIN.md)"), group: a),
            KeyBinding("route.exportCSV", keys: [.char("E")],
                       label: Phrase("Выгрузить маршрут в CSV (route-ЛОГИН.csv)", "Export the route as CSV (route-LOGIN.csv)"), group: a),
            KeyBinding("route.open", keys: [.enter], label: Phrase("Подробно о шаге или дефиците", "Details of the step or deficit"), group: a),
            KeyBinding("route.pane", keys: [.tab, .backTab], label: Phrase("Другая панель: дефициты / шаги", "Other pane: deficits / steps"), group: n),
            KeyBinding("route.close", keys: [.escape], label: Phrase("Закрыть", "Close"), group: n, inPalette: false),
        ] + TableView<ArraySource<RouteStep, StepID>>.keyBindings(allowsMarks: false)
            .filter { $0.action != "table.open" && $0.action != "table.sortNext" }
    }

    /// The dialog's form (evidence, a skip, a request for help), for drafts (`AppView.openForm`).
    var openForm: Form? { if case .dialog(let d) = modal { return d.form } else { return nil } }
    func fillOpenForm(from values: [String: String]) {
        if case .dialog(var d) = modal { d.form.fill(from: values); modal = .dialog(d) }
    }

    var isEditing: Bool { if case .dialog = modal { return true } else { return false } }
    var hasUnsavedInput: Bool { if case .dialog(let d) = modal { return d.isDirty } else { return false } }

    func statusText(_ ctx: AppContext) -> String {
        guard data.route != nil else { return ctx.t("маршрута нет", "no route") }
        switch focus {
        case .steps:
            guard let i = stepTable.selectedIndex, !data.steps.isEmpty else { return "" }
            return ctx.t("шаг \(i + 1) из \(data.steps.count)", "step \(i + 1) of \(data.steps.count)")
        case .deficits:
            guard let i = deficitTable.selectedIndex, !data.deficits.isEmpty else { return "" }
            return ctx.t("дефицит \(i + 1) из \(data.deficits.count)", "deficit \(i + 1) of \(data.deficits.count)")
        }
    }

    var selectedStep: RouteStep? { stepTable.selectedRow }
    var selectedDeficit: DeficitSummary? { deficitTable.selectedRow }
    var hasRoute: Bool { data.route != nil }

    func activate(_ ctx: AppContext) { reload(ctx) }

    /// Re-reads the route (another user — the tutor — may have changed it),
    /// keeping the selected rows.
    func reload(_ ctx: AppContext) {
        do {
            data = try MyRouteData.load(ctx)
        } catch {
            data = MyRouteData()
        }
        links.today = ctx.today
        links.update(steps: data.steps)
        deficitTable.source.replace(with: data.deficits)
        stepTable.source.replace(with: data.steps)
        deficitTable.reload()
        stepTable.reload()
        if !hasRoute { focus = .deficits }
        updateHighlight()
    }

    func updateHighlight() {
        switch focus {
        case .deficits: links.highlight(deficit: selectedDeficit)
        case .steps: links.highlight(step: selectedStep)
        }
        deficitTable.isFocused = focus == .deficits
        stepTable.isFocused = focus == .steps
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .dialog(var dialog):
            let outcome = dialog.handle(event)
            modal = .dialog(dialog)
            switch outcome {
            case .pending: return .handled
            case .unhandled: return .unhandled
            case .cancelled: modal = nil; return .handled
            case .submitted(let values): return submit(dialog, values: values, ctx)
            }
        case .detail(let scroll):
            guard case .key(let key) = event else { return .handled }
            switch KeyBinding.action(for: key, in: MyRouteView.detailBindings) {
            case "panel.close": modal = nil; return .handled
            case "panel.down": modal = .detail(scroll: scroll + 1); return .handled
            case "panel.up": modal = .detail(scroll: max(0, scroll - 1)); return .handled
            case "panel.pageDown": modal = .detail(scroll: scroll + 10); return .handled
            case "panel.pageUp": modal = .detail(scroll: max(0, scroll - 10)); return .handled
            default:
                // The step's actions work from its detail too.
                if let action = KeyBinding.action(for: key, in: stepActions) {
                    modal = nil
                    return perform(action, ctx)
                }
                return .unhandled   // the app's keys (help, palette, tabs) still work
            }
        case nil:
            break
        }
        if case .mouse = event { return handleMouse(event) }
        if case .key(let key) = event, KeyBinding.action(for: key, in: routeBindings)?.hasPrefix("route.") == true {
            return dispatch(event, ctx)
        }
        let outcome: TableOutcome
        switch focus {
        case .deficits: outcome = deficitTable.handle(event)
        case .steps: outcome = stepTable.handle(event)
        }
        switch outcome {
        case .ignored: return dispatch(event, ctx)
        case .activated: return perform("route.open", ctx)
        default: updateHighlight(); return .handled
        }
    }

    private func handleMouse(_ event: InputEvent) -> ViewResult {
        if stepTable.handle(event) != .ignored, hasRoute {
            focus = .steps
        } else if deficitTable.handle(event) != .ignored {
            focus = .deficits
        } else {
            return .unhandled
        }
        updateHighlight()
        return .handled
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if case .detail(let scroll) = modal {
            switch action {
            case "panel.close": modal = nil; return .handled
            case "panel.down": modal = .detail(scroll: scroll + 1); return .handled
            case "panel.up": modal = .detail(scroll: max(0, scroll - 1)); return .handled
            case "panel.pageDown": modal = .detail(scroll: scroll + 10); return .handled
            case "panel.pageUp": modal = .detail(scroll: max(0, scroll - 10)); return .handled
            default: if stepActions.contains(where: { $0.action == action }) { modal = nil }   // the step's actions close it first
            }
        }
        switch action {
        case "route.pane":
            guard hasRoute else { return .message(ctx.t("Маршрута пока нет: шагов нет", "No route yet: there are no steps"), .info) }
            focus = focus == .steps ? .deficits : .steps
            updateHighlight()
            return .handled
        case "route.open":
            // At wide sizes the detail pane shows it too; the overlay gives room to read.
            guard focus == .steps ? selectedStep != nil : selectedDeficit != nil else { return .handled }
            modal = .detail(scroll: 0)
            return .handled
        case "route.close":
            guard modal != nil else { return .unhandled }
            modal = nil
            return .handled
        case "route.start": return startSelectedStep(ctx)
        case "route.undo": return undoLastStepMove(ctx)
        case "route.done": return openDoneDialog(ctx)
        case "route.skip": return openSkipDialog(ctx)
        case "route.help": return openHelpDialog(ctx)
        case "route.exportMarkdown": return export(.markdown, ctx)
        case "route.exportCSV": return export(.csv, ctx)
        case "table.first", "table.last":
            _ = focus == .steps ? stepTable.handle(.key(action == "table.first" ? .home : .end))
                                : deficitTable.handle(.key(action == "table.first" ? .home : .end))
            updateHighlight()
            return .handled
        default: return .unhandled
        }
    }

    /// Lines of the detail of what is selected in the focused pane.
    func detailLines(_ ctx: AppContext) -> [TeacherLine] {
        switch focus {
        case .steps:
            guard let s = selectedStep else { return [] }
            let item = data.catalogItem(of: s, ctx)
            return StepDetail.lines(s, number: links.stepNumber[s.id], catalog: item, deficits: data.deficits(of: s),
                                    route: data.route, ctx)
        case .deficits:
            guard let d = selectedDeficit else { return [] }
            let steps = data.steps(of: d).map { (links.stepNumber[$0.id] ?? 0, $0) }
            return StepDetail.deficitLines(d, steps: steps, ctx)
        }
    }
}
