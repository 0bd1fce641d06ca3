import Domain
import Storage

/// Запросы: requests for targeted help the viewer may see, in triage order;
/// `/` searches their text (Cyrillic, ё = е). The methodist's triage inbox
/// builds on this list. For whoever works requests assigned to them (a
/// tutor) it opens on their own ones (`M` shows all they may see) with the
/// one-key work of `RequestWorkActions`: take, help, resolve, hand back.
///
/// Those who triage as well (a municipal or РМА methodist) keep the inbox
/// for triage and get this list as «Поручено мне» (`assignedTab`): only
/// the requests assigned to them, with the same work keys.
final class RequestsView: AppView {
    let id: String
    let title: Phrase
    var table: TableView<RequestSource>
    private var filter = FilterLine()
    /// The open request with what its reader is told: the help given and the history.
    var detail: (summary: RequestSummary, help: [HelpGiven], log: [RequestLogEntry], scroll: Int)?
    /// The work dialog open now: what it does and on which version of the request.
    var work: (dialog: TeacherDialog, step: RequestWorkStep, target: TriageTarget)?
    let errors = ErrorSink()
    /// The viewer works requests assigned to them.
    let works: Bool
    /// «Поручено мне» next to the triage inbox: always the viewer's own requests (`M` is the inbox's).
    let assignedTab: Bool

    init(_ ctx: AppContext, assignedTab: Bool = false) {
        works = ctx.viewer.can(.workRequests)
        self.assignedTab = assignedTab
        id = assignedTab ? "assigned" : "requests"
        title = assignedTab ? Phrase("Поручено мне", "Assigned to me") : Phrase("Запросы", "Requests")
        var source = RequestSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        if works { source.query.assigneeID = ctx.viewer.personID }
        let today = ctx.today
        table = TableView(source: source, columns: [
            Column("№", width: .fixed(5), alignment: .right) { TableCell(String($0.id), role: .muted) },
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
        ], emptyMessage: assignedTab ? ctx.t("Вам не назначено запросов", "No requests assigned to you")
            : works ? ctx.t("Вам не назначено запросов. M — все запросы, которые вы видите", "No requests assigned to you. M — every request you can see")
            : ctx.t("Запросов пока нет", "No requests yet"))
    }

    /// The detail box takes every key; these close it, scroll it, and work the request.
    var detailBindings: [KeyBinding] { [PanelKeys.close, PanelKeys.down, PanelKeys.up] + workBindings }

    var bindings: [KeyBinding] {
        if work != nil { return [] }
        return detail != nil ? detailBindings : listBindings
    }

    var keyHints: [KeyHint] {
        guard works, work == nil else { return [] }
        return detail != nil ? detailHints : listHints
    }

    private static let workHints = [
        KeyHint("requests.take", label: Phrase("в работу", "take")), KeyHint("requests.help", label: Phrase("помощь", "help")),
        KeyHint("requests.resolve", label: Phrase("решить", "resolve")), KeyHint("requests.handBack", label: Phrase("вернуть", "hand back")),
    ]
    private var listHints: [KeyHint] {
        RequestsView.workHints + (assignedTab ? [] : [KeyHint("requests.mine", label: Phrase("мои/все", "mine/all"))])
            + [KeyHint("requests.open", label: Phrase("открыть", "open"))]
    }
    /// The work keys only while the open request is the viewer's to work.
    private var detailHints: [KeyHint] {
        let mine = detail.map { $0.summary.request.status.isOpen && $0.summary.request.assigneeID == table.source.viewer.personID } ?? false
        return (mine ? RequestsView.workHints : []) + [KeyHint("panel.close", label: Phrase("закрыть", "close"))]
    }

    private var listBindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        var list = [
            KeyBinding("requests.filter", keys: [.char("/")], label: Phrase("Поиск по тексту запросов", "Search the requests' text"), group: a),
            KeyBinding("requests.clearFilter", keys: [.escape], label: Phrase("Сбросить поиск / закрыть", "Clear the search / close"), group: a),
            KeyBinding("requests.open", keys: [.enter], label: Phrase("Открыть запрос", "Open the request"), group: a),
        ]
        if works {
            list += workBindings
        }
        if works && !assignedTab {
            list.append(KeyBinding("requests.mine", keys: [.char("M")], label: Phrase("Только назначенные мне / все", "Only mine / all"), group: a))
        }
        return list + TableView<RequestSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    var isEditing: Bool { filter.isEditing || work != nil }
    var hasUnsavedInput: Bool { work?.dialog.isDirty ?? false }
    var openForm: Form? { work?.dialog.form }
    func fillOpenForm(from values: [String: String]) { work?.dialog.form.fill(from: values) }

    func statusText(_ ctx: AppContext) -> String {
        var position = table.positionText(ctx.language)
        if works && !assignedTab && table.source.query.assigneeID != nil {
            position += (position.isEmpty ? "" : " · ") + ctx.t("назначенные мне", "assigned to me")
        }
        guard filter.isActive else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("поиск «\(filter.text)»", "search “\(filter.text)”")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }
    func reload(_ ctx: AppContext) {
        table.reload()
        if let open = detail { refreshDetail(open.summary.id, ctx) }
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if work != nil { return handleWork(event, ctx) }
        if detail != nil {
            if case .key(let k) = event, let action = KeyBinding.action(for: k, in: detailBindings) { return perform(action, ctx) }
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
        case .activated: return perform("requests.open", ctx)
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
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
        if let step = RequestWorkStep(action: action), works { return startWork(step, ctx) }
        switch action {
        case "requests.filter": filter.begin(); return .handled
        case "requests.clearFilter":
            if detail != nil { detail = nil; return .handled }
            guard filter.isActive else { return .unhandled }
            _ = filter.reset()
            table.source.query.text = nil
            table.loadFirst()
            return .handled
        case "requests.open":
            guard let r = table.selectedRow else { return .handled }
            refreshDetail(r.id, ctx)
            return .handled
        case "requests.mine":
            guard works && !assignedTab else { return .unhandled }
            table.source.query.assigneeID = table.source.query.assigneeID == nil ? ctx.viewer.personID : nil
            table.loadFirst()
            return report(.message(table.source.query.assigneeID == nil ? ctx.t("Все запросы, которые вы видите", "Every request you can see")
                                   : ctx.t("Запросы, назначенные вам", "Requests assigned to you"), .info))
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    /// Re-reads the open request (after a change, or another user's).
    func refreshDetail(_ id: RequestID, _ ctx: AppContext) {
        guard let fresh = try? ctx.store.request(ctx.viewer, id: id) else { detail = nil; return }
        let help = (try? ctx.store.requestHelp(ctx.viewer, id: id)) ?? []
        let log = (try? ctx.store.requestLog(ctx.viewer, id: id)) ?? []
        detail = (fresh, help, log, detail?.summary.id == id ? detail?.scroll ?? 0 : 0)
    }

    func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let filterHeight = filter.isActive ? 1 : 0
        let hintHeight = works ? 1 : 0
        let (rest, hints) = Rect(x: 0, y: 0, width: painter.width, height: painter.height).splitBottom(hintHeight)
        let (list, bottom) = rest.splitBottom(filterHeight)
        table.noMatchMessage = filter.text.isEmpty ? nil : ctx.t(EmptyText.noMatch(filter.text))
        table.render(into: painter.sub(list))
        if filter.isActive { filter.render(painter.sub(bottom), ctx) }
        if works { KeyHintRow.renderDotted(listHints, bindings: listBindings, into: painter, y: hints.y, language: ctx.language) }
        if let open = detail { renderDetail(open.summary, help: open.help, log: open.log, scroll: open.scroll, painter, ctx) }
        if var w = work { w.dialog.render(into: painter); work?.dialog = w.dialog }
    }

    private func renderDetail(_ r: RequestSummary, help: [HelpGiven], log: [RequestLogEntry], scroll: Int, _ painter: Painter, _ ctx: AppContext) {
        var lines: [TeacherLine] = []
        let who = r.authorName.isEmpty ? r.organizationName : "\(r.authorName), \(r.organizationName)"
        lines.append(TeacherLine(ctx.t("От: ", "From: ") + who + (r.lowResultsSchool ? ctx.t(" (ШНОР)", " (low-results school)") : ""), .text, hanging: 2))
        lines.append(TeacherLine(ctx.t("Статус: ", "Status: ") + ctx.t(r.request.status.label) + " · " + ctx.t("приоритет ", "priority ")
                                 + ctx.t(r.request.priority.label)))
        if let d = r.request.direction, let dir = Direction.number(d) {
            lines.append(TeacherLine(ctx.t("Направление: ", "Direction: ") + "\(d). " + dir.shortName, .text, hanging: 2))
        }
        if !r.assigneeName.isEmpty { lines.append(TeacherLine(ctx.t("Исполнитель: ", "Assignee: ") + r.assigneeName)) }
        lines.append(TeacherLine(ctx.t("Создан: ", "Created: ") + r.request.createdOn.russian
                                 + (r.request.due.map { ctx.t(" · срок ", " · due ") + $0.russian } ?? ""), .muted))
        lines.append(.blank)
        lines.append(TeacherLine(r.request.text))
        if !r.request.declineReason.isEmpty {
            lines.append(TeacherLine(ctx.t("Причина отказа: ", "Declined: ") + r.request.declineReason, .warning, hanging: 2))
        }
        lines += RequestReading.help(help, ctx) + RequestReading.answer(r.request, ctx) + RequestReading.history(log, ctx)
        let area = TeacherLine.drawBox(title: ctx.t("Запрос №\(r.id)", "Request #\(r.id)"), lines: lines, scroll: scroll, painter)
        let width = area.width
        // The footer's keys come from the bindings, as the list's hint row does.
        let hints = works ? detailHints : [KeyHint("panel.close", label: Phrase("закрыть", "close"))]
        KeyHintRow.renderDotted(hints, bindings: detailBindings, into: area.sub(Rect(x: 1, y: area.height - 2, width: width - 2, height: 1)),
                                y: 0, language: ctx.language)
    }
}
