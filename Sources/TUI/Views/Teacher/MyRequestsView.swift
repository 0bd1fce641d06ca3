import Domain
import Storage

/// Мои запросы: the requests for targeted help the teacher sent, newest
/// first, with their status, who works on them and the due date; Enter
/// shows the request and its history; `n` writes a new one.
final class MyRequestsView: AppView {
    let id = "myRequests"
    let title = Phrase("Мои запросы", "My requests")
    private var table: TableView<MyRequestSource>
    private let errors = ErrorSink()
    private var detail: (request: RequestSummary, help: [HelpGiven], log: [RequestLogEntry], scroll: Int)?
    private var dialog: TeacherDialog?

    init(_ ctx: AppContext) {
        let source = MyRequestSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        table = TableView(source: source, columns: MyRequestsView.columns(ctx, wide: false),
                          emptyMessage: ctx.t("Вы ещё не просили помощи. n — новый запрос; из маршрута — a на дефиците или шаге.",
                                              "You have not asked for help yet. n — a new request; from the route — a on a deficit or a step."))
        reload(ctx)
    }

    /// From 120 columns the direction is shown too.
    static func columns(_ ctx: AppContext, wide: Bool) -> [Column<RequestSummary>] {
        let today = ctx.today
        var cols: [Column<RequestSummary>] = [
            Column("№", width: .fixed(5), alignment: .right) { TableCell(String($0.id), role: .muted) },
            Column(ctx.t("Создан", "Created"), width: .fixed(10)) { TableCell($0.request.createdOn.russian) },
            Column(ctx.t("Статус", "Status"), width: .fixed(10)) { r in
                TableCell(ctx.t(r.request.status.label), role: MyRequestsView.statusRole(r.request.status))
            },
            Column(ctx.t("Текст", "Text"), width: .flexible(min: 16, weight: 4)) { TableCell($0.request.text) },
        ]
        if wide {
            cols.append(Column(ctx.t("Направление", "Direction"), width: .flexible(min: 10, weight: 2)) { r in
                TableCell(r.request.direction.flatMap(Direction.number).map { "\($0.number). \($0.shortName)" } ?? "—", role: .muted)
            })
        }
        cols.append(Column(ctx.t("Кто помогает", "Helped by"), width: .flexible(min: 12, weight: 2)) { r in
            TableCell(r.assigneeName.isEmpty ? ctx.t("не назначен", "not assigned") : r.assigneeName,
                      role: r.assigneeName.isEmpty ? .muted : nil)
        })
        cols.append(Column(ctx.t("Срок", "Due"), width: .fixed(10)) { r in
            guard let due = r.request.due else { return "" }
            return TableCell(due.russian, role: due < today && r.request.status.isOpen ? .danger : .text)
        })
        return cols
    }

    static func statusRole(_ s: RequestStatus) -> StyleRole {
        switch s {
        case .new: return .info
        case .triaged, .assigned: return .accent
        case .inProgress: return .accent
        case .resolved: return .ok
        case .declined: return .warning
        }
    }

    var bindings: [KeyBinding] { detail != nil ? PanelKeys.reader : listBindings }
    /// The hint row under the list: its keys are read from the bindings.
    var keyHints: [KeyHint] {
        [KeyHint("myRequests.new", label: Phrase("новый запрос", "new request")), KeyHint("myRequests.open", label: Phrase("история запроса", "request history"))]
    }

    private var listBindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("myRequests.new", keys: [.char("n")], label: Phrase("Новый запрос о помощи", "A new request for help"), group: a),
            KeyBinding("myRequests.open", keys: [.enter], label: Phrase("Запрос и его история", "The request and its history"), group: a),
            KeyBinding("myRequests.close", keys: [.escape], label: Phrase("Закрыть", "Close"), group: a, inPalette: false),
        ] + TableView<MyRequestSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" && $0.action != "table.sortNext" }
    }

    /// The new request's form, for drafts (`AppView.openForm`).
    var openForm: Form? { dialog?.form }
    func fillOpenForm(from values: [String: String]) { dialog?.form.fill(from: values) }

    var isEditing: Bool { dialog != nil }
    var hasUnsavedInput: Bool { dialog?.isDirty ?? false }
    func statusText(_ ctx: AppContext) -> String { table.positionText(ctx.language) }

    func activate(_ ctx: AppContext) { reload(ctx) }

    func reload(_ ctx: AppContext) {
        table.source.counted = try? ctx.store.ownRequestCount(ctx.viewer)
        table.reload()
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if var d = dialog {
            let outcome = d.handle(event)
            dialog = d
            switch outcome {
            case .pending: return .handled
            case .unhandled: return .unhandled
            case .cancelled: dialog = nil; return .handled
            case .submitted(let values):
                do {
                    let id = try HelpRequestForm.send(values, competenceID: nil,
                                                      profile: try ctx.store.teacherProfile(ctx.viewer, personID: ctx.viewer.personID), ctx)
                    dialog = nil
                    reload(ctx)
                    table.moveToFirst()
                    return .message(ctx.t("Запрос №\(id) отправлен", "Request #\(id) sent"), .info)
                } catch {
                    d.error = ctx.describe(error)
                    dialog = d
                    return .handled
                }
            }
        }
        if detail != nil {
            guard case .key(let k) = event else { return .handled }
            // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
            guard let action = KeyBinding.action(for: k, in: PanelKeys.reader) else { return .unhandled }
            return perform(action, ctx)
        }
        switch table.handle(event) {
        case .activated: return perform("myRequests.open", ctx)
        case .ignored: return report(dispatch(event, ctx))
        default: return report(.handled)
        }
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if let open = detail, action.hasPrefix("panel.") {
            switch action {
            case "panel.down": detail?.scroll = open.scroll + 1
            case "panel.up": detail?.scroll = max(0, open.scroll - 1)
            default: detail = nil
            }
            return .handled
        }
        switch action {
        case "myRequests.new":
            dialog = HelpRequestForm.dialog(deficit: nil, step: nil, ctx)
            return .handled
        case "myRequests.open":
            guard let r = table.selectedRow else { return .handled }
            // What the author is told: the help given, the answer, the history in words.
            detail = (r, (try? ctx.store.requestHelp(ctx.viewer, id: r.id)) ?? [], (try? ctx.store.requestLog(ctx.viewer, id: r.id)) ?? [], 0)
            return .handled
        case "myRequests.close":
            guard detail != nil || dialog != nil else { return .unhandled }
            detail = nil
            return .handled
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    private func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let wide = painter.width >= 120
        if wide != (table.columns.count > 6) { table.columns = MyRequestsView.columns(ctx, wide: wide) }
        table.render(into: painter.sub(Rect(x: 0, y: 0, width: painter.width, height: painter.height - 1)))
        KeyHintRow.renderDotted(keyHints, bindings: listBindings, into: painter, y: painter.height - 1, language: ctx.language)
        if let open = detail { renderDetail(open.request, help: open.help, log: open.log, scroll: open.scroll, painter, ctx) }
        if var d = dialog { d.render(into: painter); dialog = d }
    }

    private func renderDetail(_ r: RequestSummary, help: [HelpGiven], log: [RequestLogEntry], scroll: Int, _ painter: Painter, _ ctx: AppContext) {
        var lines = [TeacherLine(ctx.t("Статус: ", "Status: ") + ctx.t(r.request.status.label), MyRequestsView.statusRole(r.request.status))]
        if let dir = r.request.direction.flatMap(Direction.number) {
            lines.append(TeacherLine(ctx.t("Направление: ", "Direction: ") + "\(dir.number). \(dir.shortName)", .text, hanging: 2))
        }
        lines.append(TeacherLine(ctx.t("Кто помогает: ", "Helped by: ") + (r.assigneeName.isEmpty ? ctx.t("ещё не назначен", "not yet assigned") : r.assigneeName)))
        if let due = r.request.due { lines.append(TeacherLine(ctx.t("Срок: ", "Due: ") + due.russian)) }
        lines.append(.blank)
        lines.append(TeacherLine(r.request.text, .text))
        if !r.request.declineReason.isEmpty {
            lines.append(TeacherLine(ctx.t("Причина отказа: ", "Declined: ") + r.request.declineReason, .warning, hanging: 2))
        }
        // The answer first: it is what the author came back for.
        lines += RequestReading.answer(r.request, ctx) + RequestReading.help(help, ctx) + RequestReading.history(log, ctx)
        let area = TeacherLine.drawBox(title: ctx.t("Запрос №\(r.id) от \(r.request.createdOn.russian)", "Request #\(r.id) of \(r.request.createdOn.iso)"),
                                          lines: lines, scroll: scroll, painter)
        area.text(ctx.t("Esc — закрыть", "Esc — close"), x: 2, y: area.height - 2, role: .muted)
    }
}
