import Domain
import Storage

/// The app's side of drafts: loads the user's kept drafts at start, notes
/// which action opened a form, saves the open form's text on hangup (one
/// write), and forgets a kept draft when its form is submitted or cancelled.
final class AppDrafts {
    let shelf = FormDrafts()
    /// The binding action of the input being handled (the one that may open a form).
    private var candidateOpener: String?
    /// The action that opened the form now open.
    private var formOpener: String?
    /// The view looked at after the previous event, and its form.
    private var lastViewID: String?
    private var lastForm: FormDrafts.Seen?
    /// Forms with a draft in the database (deleted when the form closes).
    private var stored: Set<String> = []
    /// The form open after the event before is gone after this one.
    private(set) var formClosed = false

    static let restoreAction = "app.draft"

    init(_ ctx: AppContext) {
        let drafts = (try? ctx.store.loadDrafts(ctx.viewer)) ?? []
        shelf.pending = drafts
        stored = Set(drafts.map(\.form))
    }

    var hasPending: Bool { !shelf.pending.isEmpty }

    /// The message for the status bar at start.
    func startMessage(_ ctx: AppContext, views: [AppView]) -> String? {
        guard let d = shelf.pending.first else { return nil }
        let where_ = views.first { $0.id == d.context["view"] }.map { " («" + ctx.t($0.title) + "»)" } ?? ""
        return ctx.t("Сохранён черновик формы\(where_) после обрыва связи: Ctrl+R — вернуть его",
                     "A form's draft\(where_) was kept when the connection dropped: Ctrl+R brings it back")
    }

    // MARK: Following input and frames

    /// Only a key of the view's own list counts: a form opened from inside
    /// a picker or another dialog cannot be reopened by one action.
    func noteInput(_ event: InputEvent, view: AppView) {
        guard case .key(let key) = event, !view.isEditing else { candidateOpener = nil; return }
        candidateOpener = KeyBinding.action(for: key, in: view.bindings)
    }

    /// Ctrl+R ran an opener: looking at the view after it tells whether the form took the draft.
    var awaitingRestore = false

    func noteAction(_ action: String) { candidateOpener = action }

    /// After an event: the active view's open form, if any. A form that just
    /// opened untouched gets its kept draft; a form that closed in the same
    /// view lets its kept draft go (submitted or cancelled). Answers the
    /// message to show when a draft was put back.
    func observe(_ view: AppView?, _ ctx: AppContext) -> String? {
        shelf.viewID = view?.id ?? ""
        var now: FormDrafts.Seen?
        var restored = false
        if let view, let form = view.openForm {
            let key = shelf.key(for: form)
            if !form.isDirty, let draft = shelf.take(key) {
                view.fillOpenForm(from: draft.fields)
                stored.insert(key)
                restored = true
            }
            let seen = view.openForm ?? form
            now = FormDrafts.Seen(key: key, values: seen.draftValues, dirty: seen.isDirty)
        }
        formClosed = lastForm != nil && lastForm?.key != now?.key
        if let now, now.key != lastForm?.key { formOpener = candidateOpener }
        if let closed = lastForm, closed.key != now?.key, lastViewID == shelf.viewID, stored.contains(closed.key) {
            // Submitted or cancelled in the same view: the draft has served.
            try? ctx.store.deleteDraft(ctx.viewer, form: closed.key)
            stored.remove(closed.key)
        }
        lastForm = now
        lastViewID = shelf.viewID
        defer { awaitingRestore = false }
        guard restored else { return awaitingRestore ? AppDrafts.openYourself(ctx) : nil }
        return ctx.t("Черновик возвращён в форму: проверьте и сохраните (Ctrl+S)", "The draft is back in the form: check and save it (Ctrl+S)")
    }

    // MARK: Saving and restoring

    static func openYourself(_ ctx: AppContext) -> String {
        ctx.t("Откройте ту же форму — введённый текст подставится сам", "Open the same form: the typed text will be filled in")
    }

    /// On hangup: the open form's typed text, one write. Nothing typed, nothing saved.
    func saveOnHangup(_ ctx: AppContext) {
        guard let form = lastForm, form.dirty else { return }
        var context = ["view": lastViewID ?? ""]
        if let opener = formOpener { context["opener"] = opener }
        try? ctx.store.saveDraft(ctx.viewer, Draft(form: form.key, fields: form.values, context: context))
    }

    /// The draft to reopen: its view, and the action that opens its form.
    func nextToRestore() -> (view: String, opener: String?)? {
        guard let d = shelf.pending.first else { return nil }
        return (d.context["view"] ?? "", d.context["opener"])
    }
}
