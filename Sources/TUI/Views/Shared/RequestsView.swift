import Domain
import Storage

/// Запросы: requests for targeted help the viewer may see, in triage order;
/// `/` searches their text (Cyrillic, ё = е). The methodist's triage inbox
/// builds on this list.
final class RequestsView: AppView {
    let id = "requests"
    let title = Phrase("Запросы", "Requests")
    private var table: TableView<RequestSource>
    private var filter = FilterLine()
    private var detail: RequestSummary?
    private let errors = ErrorSink()

    init(_ ctx: AppContext) {
        let source = RequestSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        let today = ctx.today
        table = TableView(source: source, columns: [
            Column(ctx.t("Дней", "Age"), width: .fixed(4), alignment: .right) { r in
                TableCell(String(max(0, today.days(since: r.request.createdOn))))
            },
            Column(ctx.t("Статус", "Status"), width: .fixed(10)) { r in
                TableCell(ctx.t(r.request.status.label), role: r.request.status.isOpen ? .text : .muted)
            },
            Column("!", width: .fixed(2)) { r in
                TableCell(r.urgent ? "★" : "", role: .warning)
            },
            Column(ctx.t("Кто просит", "Asked by"), width: .flexible(min: 14, weight: 2)) { r in
                TableCell(r.authorName.isEmpty ? r.organizationName : r.authorName)
            },
            Column(ctx.t("Текст", "Text"), width: .flexible(min: 20, weight: 4), text: { $0.request.text }),
            Column(ctx.t("Срок", "Due"), width: .fixed(10)) { r in
                guard let due = r.request.due else { return "" }
                let late = due < today && r.request.status.isOpen
                return TableCell(due.russian, role: late ? .danger : .text)
            },
        ], emptyMessage: ctx.t("Запросов пока нет", "No requests yet"))
    }

    /// The detail box takes every key; these close it.
    static let detailBindings = [PanelKeys.close]

    var bindings: [KeyBinding] { detail != nil ? RequestsView.detailBindings : listBindings }

    private var listBindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("requests.filter", keys: [.char("/")], label: Phrase("Поиск по тексту запросов", "Search the requests' text"), group: a),
            KeyBinding("requests.clearFilter", keys: [.escape], label: Phrase("Сбросить поиск / закрыть", "Clear the search / close"), group: a),
            KeyBinding("requests.open", keys: [.enter], label: Phrase("Открыть запрос", "Open the request"), group: a),
        ] + TableView<RequestSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    var isEditing: Bool { filter.isEditing }

    func statusText(_ ctx: AppContext) -> String {
        let position = table.positionText(ctx.language)
        guard filter.isActive else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("поиск «\(filter.text)»", "search “\(filter.text)”")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }
    func reload(_ ctx: AppContext) { table.reload() }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if detail != nil {
            if case .key(let k) = event, let action = KeyBinding.action(for: k, in: RequestsView.detailBindings) { return perform(action, ctx) }
            if case .key = event { return .unhandled }   // the app's keys (help, palette, tabs) still work
        }
        switch filter.handle(event) {
        case .changed:
            table.source.query.text = filter.text.isEmpty ? nil : filter.text
            table.loadFirst()
            return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        switch table.handle(event) {
        case .activated: detail = table.selectedRow; return .handled
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if detail != nil, action == "panel.close" { detail = nil; return .handled }
        switch action {
        case "requests.filter": filter.begin(); return .handled
        case "requests.clearFilter":
            if detail != nil { detail = nil; return .handled }
            guard filter.isActive else { return .unhandled }
            _ = filter.reset()
            table.source.query.text = nil
            table.loadFirst()
            return .handled
        case "requests.open": detail = table.selectedRow; return .handled
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
        let filterHeight = filter.isActive ? 1 : 0
        let (list, bottom) = Rect(x: 0, y: 0, width: painter.width, height: painter.height).splitBottom(filterHeight)
        table.noMatchMessage = filter.text.isEmpty ? nil : ctx.t(EmptyText.noMatch(filter.text))
        table.render(into: painter.sub(list))
        if filter.isActive { filter.render(painter.sub(bottom), ctx) }
        if let r = detail { renderDetail(r, painter, ctx) }
    }

    private func renderDetail(_ r: RequestSummary, _ painter: Painter, _ ctx: AppContext) {
        let width = min(painter.width - 4, 90)
        var lines: [(String, StyleRole)] = []
        let who = r.authorName.isEmpty ? r.organizationName : "\(r.authorName), \(r.organizationName)"
        lines.append((ctx.t("От: ", "From: ") + who + (r.lowResultsSchool ? ctx.t(" (ШНОР)", " (low-results school)") : ""), .text))
        lines.append((ctx.t("Статус: ", "Status: ") + ctx.t(r.request.status.label) + " · " + ctx.t("приоритет ", "priority ")
                      + ctx.t(r.request.priority.label), .text))
        if let d = r.request.direction, let dir = Direction.number(d) {
            lines.append((ctx.t("Направление: ", "Direction: ") + "\(d). " + dir.shortName, .text))
        }
        if !r.assigneeName.isEmpty { lines.append((ctx.t("Исполнитель: ", "Assignee: ") + r.assigneeName, .text)) }
        lines.append((ctx.t("Создан: ", "Created: ") + r.request.createdOn.russian
                      + (r.request.due.map { ctx.t(" · срок ", " · due ") + $0.russian } ?? ""), .muted))
        lines.append(("", .text))
        for l in Sanitizer.lines(r.request.text) {
            for w in TextWidth.wrap(l, width: width - 4) { lines.append((w, .text)) }
        }
        if !r.request.declineReason.isEmpty { lines.append((ctx.t("Причина отказа: ", "Declined: ") + r.request.declineReason, .warning)) }
        let height = min(painter.height - 2, lines.count + 4)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: ctx.t("Запрос №\(r.id)", "Request #\(r.id)"), role: .border, titleRole: .dialogTitle)
        for (i, (text, role)) in lines.enumerated() where i + 1 < height - 2 {
            area.text(text, x: 2, y: i + 1, role: role == .text ? .dialog : role, maxWidth: width - 4)
        }
        area.text(ctx.t("Esc — закрыть", "Esc — close"), x: 2, y: height - 2, role: .muted)
    }
}
