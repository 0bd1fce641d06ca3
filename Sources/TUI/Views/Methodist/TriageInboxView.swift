import Domain
import Storage

/// Запросы (for those who triage): the inbox of requests for targeted help,
/// in the domain's triage order, keyboard-driven like a mail client. One
/// key per action (direction, priority, assignee, due date, status,
/// comment); after an action the cursor goes to the next request. Space
/// marks rows, and the same keys then act on all marked ones in one
/// transaction. Saved filters are tabs over the list; `/` searches the text.
final class TriageInboxView: AppView {
    let id = "requests"
    let title = Phrase("Запросы", "Requests")

    var table: TableView<TriageSource>
    var filter: TriageFilter = .open
    var search = FilterLine()
    var counts: TriageCounts?
    /// The counts being read in the background: they cost a pass over the
    /// scope's requests (a region's, on a national file about 0.1 s), so a
    /// key never waits for them; the tabs show the last counts meanwhile.
    var countsRead: BackgroundRead<TriageCounts>?
    /// The data changed again while counting: count once more after.
    var countAgain = false
    var modal: TriageModal?
    var detail = TriageDetail()
    /// The detail box over the list (narrow screens); wide ones show a pane.
    var detailOpen = false
    var widePaneHidden = false
    var loadPanel: TriageLoadPanel?
    /// The version of each marked request when it was marked (the conflict check of a bulk action).
    var markedVersions: [RequestID: Int] = [:]
    /// Who a picker or form will act on, fixed when it opened.
    var pendingTargets: [TriageTarget] = []
    /// What `u` puts back (TriageUndo).
    var lastUndo: TriageUndo?
    var pendingBulk = false
    /// People and schools a request can be created for (read when the picker opens).
    var requesters: [Requester] = []
    let errors = ErrorSink()
    private var columnsWide: Bool?
    var lastWidth = 80

    static let widePane = 150

    init(_ ctx: AppContext) {
        let source = TriageSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        table = TableView(source: source, columns: TriageColumns.make(wide: false, ctx),
                          emptyMessage: ctx.t("Запросов нет", "No requests"), allowsMarks: true)
    }

    // MARK: Bindings

    var bindings: [KeyBinding] {
        if case .route = modal { return AuthorRouteOverlay.bindings }
        if modal != nil { return [] }   // a picker or a form taking text: every key is theirs
        if loadPanel != nil { return TriageLoadPanel.bindings }
        return detailOpen ? TriageInboxView.detailBindings + inboxBindings : inboxBindings
    }

    /// While the detail box is open, these close it (the other keys still work).
    static let detailBindings = [
        KeyBinding("triage.closeDetail", keys: [.escape, .enter, .char("q")], label: Phrase("Закрыть подробности", "Close the detail"),
                   group: KeyBinding.Groups.navigation, inPalette: false),
    ]

    private var inboxBindings: [KeyBinding] {
        let triage = Phrase("Разбор", "Triage")
        let filters = Phrase("Фильтры", "Filters")
        return [
            KeyBinding("triage.direction", keys: [.char("d")], label: Phrase("Направление (из 19)", "Direction (of the 19)"), group: triage),
            KeyBinding("triage.priority", keys: [.char("p")], label: Phrase("Приоритет", "Priority"), group: triage),
            KeyBinding("triage.raise", keys: [.char("+")], label: Phrase("Приоритет выше", "Raise the priority"), group: triage),
            KeyBinding("triage.lower", keys: [.char("-")], label: Phrase("Приоритет ниже", "Lower the priority"), group: triage),
            KeyBinding("triage.assign", keys: [.char("a")], label: Phrase("Исполнитель (с его нагрузкой)", "Assignee (with their load)"), group: triage),
            KeyBinding("triage.due", keys: [.char("t")], label: Phrase("Срок (ДД.ММ.ГГГГ или +дни)", "Due date (DD.MM.YYYY or +days)"), group: triage),
            KeyBinding("triage.status", keys: [.char("s")], label: Phrase("Статус по жизненному циклу", "Status along the lifecycle"), group: triage),
            KeyBinding("triage.decline", keys: [.char("x")], label: Phrase("Отклонить (с причиной)", "Decline (with a reason)"), group: triage),
            KeyBinding("triage.comment", keys: [.char("c")], label: Phrase("Комментарий в историю", "Comment to the history"), group: triage),
            KeyBinding("triage.open", keys: [.enter], label: Phrase("Подробно: текст, автор, история", "Detail: text, author, history"), group: triage),
            KeyBinding("triage.route", keys: [.char("r")], label: Phrase("Маршрут и дефициты автора", "The author's route and deficits"), group: triage),
            KeyBinding("triage.create", keys: [.char("n")], label: Phrase("Создать запрос от работника или школы", "Create a request for a person or a school"), group: triage),
            KeyBinding("triage.load", keys: [.char("L")], label: Phrase("Нагрузка и сроки: по исполнителям и направлениям", "Load and lateness: by assignee and direction"), group: triage),
            KeyBinding("triage.undo", keys: [.char("u")], label: Phrase("Отменить последнее действие", "Undo the last action"), group: triage),
            KeyBinding("triage.clearMarks", keys: [], label: Phrase("Снять все отметки (или Esc)", "Clear all marks (or Esc)"), group: triage),
            KeyBinding("triage.search", keys: [.char("/")], label: Phrase("Поиск по тексту (ё = е)", "Search the text (ё = е)"), group: filters),
            KeyBinding("triage.back", keys: [.escape], label: Phrase("Закрыть / снять отметки / сбросить поиск", "Close / clear marks / clear the search"), group: filters),
            KeyBinding("filter.next", keys: [.tab], label: Phrase("Следующий фильтр", "Next filter"), group: filters),
            KeyBinding("filter.prev", keys: [.backTab], label: Phrase("Предыдущий фильтр", "Previous filter"), group: filters),
            KeyBinding("filter.open", keys: [.char("O")], label: Phrase("Фильтр: открытые", "Filter: open"), group: filters),
            KeyBinding("filter.new", keys: [.char("N")], label: Phrase("Фильтр: новые", "Filter: new"), group: filters),
            KeyBinding("filter.mine", keys: [.char("M")], label: Phrase("Фильтр: мои", "Filter: mine"), group: filters),
            KeyBinding("filter.overdue", keys: [.char("!")], label: Phrase("Фильтр: просроченные", "Filter: overdue"), group: filters),
            KeyBinding("filter.unassigned", keys: [.char("U")], label: Phrase("Фильтр: без исполнителя", "Filter: unassigned"), group: filters),
            KeyBinding("filter.direction", keys: [.char("D")], label: Phrase("Фильтр: по направлению", "Filter: by direction"), group: filters),
            KeyBinding("filter.status", keys: [.char("S")], label: Phrase("Фильтр: по статусу", "Filter: by status"), group: filters),
            KeyBinding("filter.all", keys: [.char("*")], label: Phrase("Фильтр: все, включая закрытые", "Filter: all, closed included"), group: filters),
        ] + TableView<TriageSource>.keyBindings(allowsMarks: true).filter { $0.action != "table.open" && $0.action != "table.sortNext" }
            + TriageInboxView.orderLines
    }

    /// The domain's triage order, one clause a line, for the help.
    static let orderLines: [KeyBinding] = {
        let group = Phrase("Порядок списка", "Order of the list")
        let ru = RequestRules.triageOrder.ru.components(separatedBy: "; ")
        let en = RequestRules.triageOrder.en.components(separatedBy: "; ")
        guard ru.count == en.count else {
            return [KeyBinding("triage.order", keys: [], label: RequestRules.triageOrder, group: group, inPalette: false)]
        }
        return zip(ru, en).enumerated().map { i, p in
            KeyBinding("triage.order\(i)", keys: [], label: Phrase(p.0, p.1), group: group, inPalette: false)
        }
    }()

    /// The form open over the inbox, for drafts (`AppView.openForm`).
    var openForm: Form? {
        switch modal {
        case .form(let f, _, _), .discard(_, let f, _, _): return f
        default: return nil
        }
    }
    func fillOpenForm(from values: [String: String]) {
        // A discard question stands over typed text, never over a fresh form.
        if case .form(var f, let entry, let title) = modal { f.fill(from: values); modal = .form(f, entry, title: title) }
    }

    var isEditing: Bool { search.isEditing || modal != nil }
    var hasUnsavedInput: Bool {
        switch modal {
        case .form(let f, _, _), .discard(_, let f, _, _): return f.isDirty
        default: return false
        }
    }

    func statusText(_ ctx: AppContext) -> String {
        var parts: [String] = []
        let position = table.positionText(ctx.language)
        if !position.isEmpty { parts.append(position) }
        if table.markedCount > 0 { parts.append(ctx.t("отмечено \(table.markedCount)", "\(table.markedCount) marked")) }
        if search.isActive { parts.append(ctx.t("поиск «\(search.text)»", "search “\(search.text)”")) }
        return parts.joined(separator: " · ")
    }

    func activate(_ ctx: AppContext) {
        if table.window.isEmpty { applyFilter(ctx) }
        if counts == nil { refreshCounts(ctx) }
    }

    /// Another process changed the data: re-read the rows on screen (the
    /// cursor stays on the same request) and the counts.
    func reload(_ ctx: AppContext) {
        table.reload()
        refreshCounts(ctx)
        detail.invalidate()
        if loadPanel != nil { loadPanel = (try? ctx.store.triageLoad(ctx.viewer)).map(TriageLoadPanel.init) ?? loadPanel }
    }

    func refreshCounts(_ ctx: AppContext) {
        guard countsRead == nil else { countAgain = true; return }
        let viewer = ctx.viewer
        countsRead = BackgroundRead.start(ctx.store, today: ctx.today) { try $0.triageCounts(viewer) }
    }

    func idleTick(_ ctx: AppContext) -> Bool {
        guard let outcome = countsRead?.poll() else { return false }
        countsRead = nil
        if case .success(let fresh) = outcome { counts = fresh }   // on a failure the tabs keep the last counts
        if countAgain { countAgain = false; refreshCounts(ctx) }
        return true
    }

    var isWaitingInBackground: Bool { countsRead != nil }
    func waitForBackground() { _ = countsRead?.wait() }

    /// Re-queries the list for the current filter and search, from the top.
    func applyFilter(_ ctx: AppContext) {
        table.source.query = filter.query(viewer: ctx.viewer, today: ctx.today, text: search.text.isEmpty ? nil : search.text)
        table.loadFirst()
        // The counts are of the saved filters, not of this one: they change with the data only
        // (reload), so typing a search does not recount a region's inbox on every key.
    }

    func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    // MARK: Drawing

    func render(_ painter: Painter, _ ctx: AppContext) {
        lastWidth = painter.width
        let full = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let (top, rest) = full.splitTop(1)
        TriageFilter.render(painter.sub(top), current: filter, counts: counts,
                            legend: ctx.t("★ молодой ◆ ШНОР", "★ young ◆ low results"), ctx)
        let (main, hintRow) = rest.splitBottom(1)
        renderHints(painter.sub(hintRow), ctx)
        let (content, searchRow) = main.splitBottom(search.isActive ? 1 : 0)
        if search.isActive { search.render(painter.sub(searchRow), ctx) }

        if var panel = loadPanel {
            panel.render(into: painter.sub(content), ctx)
            loadPanel = panel
        } else {
            let showPane = painter.width >= TriageInboxView.widePane && !widePaneHidden
            var listRect = content
            if showPane {
                let cols = Layout.columns(content, weights: [3, 2], gap: 1)
                listRect = cols[0]
                let paneRect = cols[1]
                for y in 0..<paneRect.height { painter.text("│", x: paneRect.x - 1, y: paneRect.y + y, role: .border) }
                if let row = table.selectedRow {
                    painter.text(ctx.t("Запрос №\(row.id)", "Request #\(row.id)"), x: paneRect.x + 1, y: paneRect.y, role: .title)
                    detail.render(row, into: painter.sub(Rect(x: paneRect.x + 1, y: paneRect.y + 1, width: paneRect.width - 2,
                                                              height: paneRect.height - 1)), ctx)
                }
            }
            let wide = listRect.width >= 110
            if columnsWide != wide {
                table.columns = TriageColumns.make(wide: wide, ctx)
                columnsWide = wide
            }
            table.isFocused = modal == nil && !detailOpen
            // Empty: none at all, none in this saved filter (the tab names it), or none for the search.
            table.emptyMessage = filter == .all ? ctx.t("Запросов пока нет", "No requests yet")
                : ctx.t("В «\(filter.label(short: false).ru)» запросов нет — * все запросы",
                        "No requests in “\(filter.label(short: false).en)” — * all requests")
            table.noMatchMessage = search.text.isEmpty ? nil : ctx.t(EmptyText.noMatch(search.text))
            table.render(into: painter.sub(listRect))
            if detailOpen && !showPane, let row = table.selectedRow {
                detail.renderBox(row, into: painter.sub(content), ctx)
            }
        }
        if modal != nil {
            modal?.render(into: painter)
        }
    }

    /// The hint row under the list: its keys are read from the bindings.
    var keyHints: [KeyHint] {
        [KeyHint("triage.direction", label: Phrase("направл.", "direction")), KeyHint("triage.priority", label: Phrase("приоритет", "priority")),
         KeyHint("triage.assign", label: Phrase("исполн.", "assignee")), KeyHint("triage.due", label: Phrase("срок", "due")),
         KeyHint("triage.status", label: Phrase("статус", "status")), KeyHint("triage.decline", label: Phrase("откл.", "decline")),
         KeyHint("triage.comment", label: Phrase("коммент.", "comment")), KeyHint("table.mark", label: Phrase("отметить", "mark")),
         KeyHint("triage.route", label: Phrase("маршрут", "route")), KeyHint("filter.next", label: Phrase("фильтры", "filters")),
         KeyHint("triage.search", label: Phrase("поиск", "search")), KeyHint("triage.load", label: Phrase("нагрузка", "load"))]
    }

    private func renderHints(_ painter: Painter, _ ctx: AppContext) {
        KeyHintRow.render(keyHints, bindings: inboxBindings, into: painter, language: ctx.language)
    }
}
