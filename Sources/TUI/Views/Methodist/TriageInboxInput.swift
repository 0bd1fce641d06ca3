import Domain
import Storage

/// Keys of the inbox: the modal first, then the search line, the load
/// panel, the detail box, the table, and the view's own bindings.
extension TriageInboxView {
    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if modal != nil { return handleModal(event, ctx) }
        switch search.handle(event) {
        case .changed: applyFilter(ctx); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if loadPanel != nil {
            // The panel's keys; the rest go to the app (help, palette, tabs, quit).
            guard case .key(let key) = event, let action = KeyBinding.action(for: key, in: TriageLoadPanel.bindings) else { return .unhandled }
            return perform(action, ctx)
        }
        if detailOpen, case .key(let key) = event, KeyBinding.action(for: key, in: TriageInboxView.detailBindings) != nil {
            return perform("triage.closeDetail", ctx)
        }
        // Space marks: note the version the user saw, for the conflict check.
        let before = table.selectedRow
        switch table.handle(event) {
        case .activated: return perform("triage.open", ctx)
        case .marksChanged:
            if let row = before {
                if table.isMarked(row) { markedVersions[row.id] = row.request.version } else { markedVersions[row.id] = nil }
            }
            return report(.handled)
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if case .route(var overlay) = modal, action.hasPrefix("panel.") {
            modal = overlay.perform(action) == .closed ? nil : .route(overlay)
            return .handled
        }
        if loadPanel != nil, action.hasPrefix("load.") || action.hasPrefix("panel.") {
            if action == "load.close" { loadPanel = nil } else { loadPanel?.perform(action) }
            return .handled
        }
        switch action {
        case "triage.closeDetail": detailOpen = false; return .handled
        case "triage.direction": return openDirectionPicker(ctx)
        case "triage.priority": return openPriorityPicker(ctx)
        case "triage.raise", "triage.lower": return stepPriority(up: action == "triage.raise", ctx)
        case "triage.assign": return openAssigneePicker(ctx)
        case "triage.due": return openDueForm(ctx)
        case "triage.status": return openStatusPicker(ctx)
        case "triage.decline": return openDeclineForm(ctx)
        case "triage.comment": return openCommentForm(ctx)
        case "triage.route":
            guard let row = table.selectedRow else { return .handled }
            modal = .route(AuthorRouteOverlay(row: row, ctx))
            return .handled
        case "triage.create": return openRequesterPicker(ctx)
        case "triage.open":
            if table.selectedRow == nil { return .handled }
            if detailOpen { detailOpen = false } else if paneShown(ctx) { widePaneHidden.toggle() } else { detailOpen = true }
            return .handled
        case "triage.load":
            do { loadPanel = TriageLoadPanel(load: try ctx.store.triageLoad(ctx.viewer)) } catch {
                return .message(ctx.describe(error), .error)
            }
            return .handled
        case "triage.undo": return undoLast(ctx)
        case "triage.clearMarks":
            clearMarks()
            return .handled
        case "triage.search": search.begin(); return .handled
        case "triage.back":
            if detailOpen { detailOpen = false; return .handled }
            if table.markedCount > 0 { clearMarks(); return .message(ctx.t("Отметки сняты", "Marks cleared"), .info) }
            if search.isActive { _ = search.reset(); applyFilter(ctx); return report(.handled) }
            return .unhandled
        case "filter.next", "filter.prev":
            let tabs = TriageFilter.tabs(current: filter)
            let i = tabs.firstIndex { $0.sameTab(as: filter) } ?? 0
            let next = tabs[(i + (action == "filter.next" ? 1 : tabs.count - 1)) % tabs.count]
            return choose(filter: next, ctx)
        case "filter.open": return choose(filter: .open, ctx)
        case "filter.new": return choose(filter: .new, ctx)
        case "filter.mine": return choose(filter: .mine, ctx)
        case "filter.overdue": return choose(filter: .overdue, ctx)
        case "filter.unassigned": return choose(filter: .unassigned, ctx)
        case "filter.all": return choose(filter: .all, ctx)
        case "filter.direction": return openFilterPicker(direction: true, ctx)
        case "filter.status": return openFilterPicker(direction: false, ctx)
        case "table.first": table.moveToFirst(); return report(.handled)
        case "table.last": table.moveToLast(); return report(.handled)
        default: return .unhandled
        }
    }

    func paneShown(_ ctx: AppContext) -> Bool { lastWidth >= TriageInboxView.widePane }

    func clearMarks() {
        table.clearMarks()
        markedVersions = [:]
    }

    /// A saved filter; the ones that need a value ask for it first.
    func choose(filter next: TriageFilter, _ ctx: AppContext) -> ViewResult {
        if next.needsChoice, case .direction = next { return openFilterPicker(direction: true, ctx) }
        if next.needsChoice, case .status = next { return openFilterPicker(direction: false, ctx) }
        filter = next
        detailOpen = false
        applyFilter(ctx)
        return report(.handled)
    }

    // MARK: Modal

    func handleModal(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .picker(var picker, let pick):
            switch picker.handle(event) {
            case .handled: modal = .picker(picker, pick); return .handled
            case .cancelled: modal = nil; return .handled
            case .picked(let choice): modal = nil; return picked(choice, for: pick, ctx)
            }
        case .form(var form, let entry, let title):
            switch form.handle(event) {
            case .handled, .invalid: modal = .form(form, entry, title: title); return .handled
            case .unhandled: modal = .form(form, entry, title: title); return .unhandled
            case .cancelled: modal = nil; return .handled
            case .confirmDiscard:
                modal = .discard(DiscardQuestion.dialog(ctx.language), form, entry, title: title)
                return .handled
            case .submitted(let values): return save(values, form: form, entry: entry, title: title, ctx)
            }
        case .discard(var dialog, let form, let entry, let title):
            switch dialog.handle(event) {
            case .pending: modal = .discard(dialog, form, entry, title: title)
            case .confirmed: modal = nil
            case .declined: modal = .form(form, entry, title: title)
            }
            return .handled
        case .route(var overlay):
            guard case .key(let key) = event else { return .handled }
            // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
            guard let action = KeyBinding.action(for: key, in: AuthorRouteOverlay.bindings) else { return .unhandled }
            modal = overlay.perform(action) == .closed ? nil : .route(overlay)
            return .handled
        case nil:
            return .unhandled
        }
    }
}
