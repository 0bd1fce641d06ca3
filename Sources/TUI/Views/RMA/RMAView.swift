import Domain
import Storage

/// «РМА»: one tab for the regional methodological active, with its own
/// sub-views switched by keys — the roadmap board (or its table), the
/// selection of the active, the 19 directions, the monitoring of methodists.
/// One tab instead of four keeps the tab bar readable at 80 columns next
/// to the other tabs of a coordinator.
final class RMAView: AppView {
    enum Sub: Int, CaseIterable {
        case board, selection, directions, monitoring
        var title: Phrase {
            switch self {
            case .board: return Phrase("Дорожная карта", "Roadmap")
            case .selection: return Phrase("Отбор", "Selection")
            case .directions: return Phrase("Направления", "Directions")
            case .monitoring: return Phrase("Мониторинг", "Monitoring")
            }
        }
        var key: String {
            switch self {
            case .board: return "K"
            case .selection: return "O"
            case .directions: return "N"
            case .monitoring: return "M"
            }
        }
    }

    let id = "rma"
    let title = Phrase("РМА", "RMA")
    var sub = Sub.board
    var board = RoadmapBoard()
    var selection = SelectionPanel()
    var directions = DirectionsPanel()
    var monitoring = MonitoringPanel()
    var modal: RMAModal?
    /// Esc was pressed once in a form with typed input.
    /// Esc in the roadmap form with typed text: the question over it (`DiscardQuestion`).
    var discard: ConfirmDialog?
    var loaded: Set<Sub> = []
    let subs: [Sub]
    /// Deciding on applications (approve, reject, reopen) is the coordinator's:
    /// a РМА methodist who sees the selection is not offered the keys.
    let canDecide: Bool

    init(_ ctx: AppContext) {
        subs = Sub.allCases.filter { $0 != .selection || ctx.viewer.can(.seeSelection) }
        canDecide = ctx.viewer.can(.decideSelection)
    }

    /// The roadmap form, for drafts (`AppView.openForm`).
    var openForm: Form? { if case .form(let f, _) = modal { return f } else { return nil } }
    func fillOpenForm(from values: [String: String]) {
        if case .form(var f, let item) = modal { f.fill(from: values); modal = .form(f, item) }
    }

    var isEditing: Bool { modal?.takesText ?? false }
    var hasUnsavedInput: Bool { modal?.isDirtyForm ?? false }

    func statusText(_ ctx: AppContext) -> String {
        switch sub {
        case .board:
            let n = board.filtered.count, all = board.items.count
            guard all > 0 else { return ctx.t("пунктов нет", "no items") }
            return n == all ? ctx.t(RussianPlural.count(all, "пункт", "пункта", "пунктов"), "\(all) items")
                            : ctx.t("пунктов \(n) из \(all)", "\(n) of \(all) items")
        case .selection:
            // No position in an empty list: its own line says «Заявок нет».
            let total = selection.overview?.totals.applied ?? selection.rows.count
            guard !selection.rows.isEmpty else { return "" }
            return ctx.t("заявка \(selection.cursor + 1) из \(total)", "application \(selection.cursor + 1) of \(total)")
        case .directions: return ctx.t("направлений 19", "19 directions")
        case .monitoring:
            let n = monitoring.shown.count
            return ctx.t(RussianPlural.count(n, "методист", "методиста", "методистов"), "\(n) methodists")
        }
    }

    func activate(_ ctx: AppContext) {
        if !loaded.contains(sub) { reloadSub(ctx) }
    }

    func reload(_ ctx: AppContext) {
        loaded = []
        reloadSub(ctx)
    }

    /// Re-reads the current sub-view's data.
    @discardableResult
    func reloadSub(_ ctx: AppContext) -> ViewResult {
        do {
            switch sub {
            case .board:
                let keep = board.selected(today: ctx.today)?.id
                board.items = try ctx.store.roadmapItems(ctx.viewer)
                if let keep { board.focus(id: keep, today: ctx.today) }
                board.clamp(today: ctx.today)
            case .selection: try selection.load(ctx)
            case .directions: try directions.load(ctx)
            case .monitoring: try monitoring.load(ctx)
            }
            loaded.insert(sub)
            return .handled
        } catch {
            return .message(ctx.describe(error), .error)
        }
    }

    func switchTo(_ s: Sub, _ ctx: AppContext) -> ViewResult {
        guard subs.contains(s) else { return .message(ctx.t("Нет прав на этот раздел", "Not allowed here"), .error) }
        sub = s
        return loaded.contains(s) ? .handled : reloadSub(ctx)
    }

    // MARK: drawing

    func render(_ painter: Painter, _ ctx: AppContext) {
        let full = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let (top, rest) = full.splitTop(1)
        renderSubTabs(painter.sub(top), ctx)
        let (main, hintRow) = rest.splitBottom(1)
        var content = main
        if sub == .board {
            let (filterRow, below) = main.splitTop(1)
            renderFilters(painter.sub(filterRow), ctx)
            content = below
        }
        let focused = modal == nil
        let p = painter.sub(content)
        switch sub {
        case .board: if board.tableMode { board.renderTable(p, ctx, focused: focused) } else { board.renderBoard(p, ctx, focused: focused) }
        case .selection: selection.render(p, ctx, focused: focused)
        case .directions: directions.render(p, ctx, focused: focused)
        case .monitoring: monitoring.render(p, ctx, focused: focused)
        }
        renderHints(painter.sub(hintRow), ctx)
        if modal != nil { modal?.render(into: painter, ctx) }
        if var question = discard { question.render(into: painter); discard = question }
    }

    private func renderSubTabs(_ p: Painter, _ ctx: AppContext) {
        var x = 0
        for s in subs {
            let text = " \(s.key) " + ctx.t(s.title) + " "
            p.text(text, x: x, y: 0, role: s == sub ? .tabActive : .tabInactive)
            x += TextWidth.of(text) + 1
        }
    }

    private func renderFilters(_ p: Painter, _ ctx: AppContext) {
        var parts = [board.tableMode ? ctx.t("Таблица", "Table") : (board.byStatus ? ctx.t("По статусам", "By status") : ctx.t("По кварталам", "By quarter"))]
        parts.append(ctx.t("напр.: ", "dir.: ") + (board.direction.map { "№\($0)" } ?? ctx.t("все", "all")))
        if let e = board.executor { parts.append(ctx.t("исп.: ", "exec.: ") + RoadmapText.executor(e, ctx)) }
        if let c = board.participant { parts.append(ctx.t("участн.: ", "part.: ") + RoadmapText.participant(c, ctx)) }
        if board.section != .all { parts.append(ctx.t(board.section.label)) }
        p.text(parts.joined(separator: " · "), x: 0, y: 0, role: board.isFiltered ? .accent : .muted)
    }

    /// The hint row of the section shown: its keys are read from the bindings
    /// (a key the login may not use is not bound, so not hinted).
    var keyHints: [KeyHint] {
        switch sub {
        case .board:
            return [KeyHint("rma.grouping", label: Phrase("кварт./статус", "quarter/status")), KeyHint("rma.table", label: Phrase("таблица", "table")),
                    KeyHint("rma.direction", label: Phrase("направл.", "direction")), KeyHint("rma.forward", "rma.back", label: Phrase("статус", "status")),
                    KeyHint("rma.open", label: Phrase("подробно", "detail")), KeyHint("rma.new", label: Phrase("новый", "new")),
                    KeyHint("rma.executor", label: Phrase("исполн.", "executor")), KeyHint("rma.participant", label: Phrase("участн.", "participants")),
                    KeyHint("rma.section", label: Phrase("раздел", "section"))]
        case .selection:
            // `r` reopens in the selection (it picks the section on the board): hinted only for those who decide.
            let reopen = canDecide ? [KeyHint("rma.section", label: Phrase("вернуть", "reopen"))] : []
            return [KeyHint("rma.approve", label: Phrase("одобрить", "approve")), KeyHint("rma.reject", label: Phrase("отклонить", "reject"))]
                + reopen + [KeyHint("rma.open", label: Phrase("критерии", "criteria"))]
        case .directions:
            return [KeyHint("rma.open", label: Phrase("дорожная карта направления", "the direction's roadmap")),
                    KeyHint("rma.methodists", label: Phrase("мониторинг", "monitoring"))]
        case .monitoring:
            return [KeyHint("rma.onlyShort", label: Phrase("только не дотягивающие", "only falling short")),
                    KeyHint("rma.clear", label: Phrase("все направления", "all directions"))]
        }
    }

    private func renderHints(_ p: Painter, _ ctx: AppContext) {
        KeyHintRow.render(keyHints, bindings: tabBindings, into: p, language: ctx.language)
    }
}
