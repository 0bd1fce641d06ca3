import Domain

extension App {
    /// Ctrl+R / the palette: goes to the view of the kept draft and opens its
    /// form again with the action that opened it; the form, when drawn, gets
    /// the draft's text. A form that cannot be opened so is filled the next
    /// time the user opens it.
    func restoreDraft() {
        guard let target = drafts.nextToRestore() else { return }
        if let i = views.firstIndex(where: { $0.id == target.view }) { switchTo(i) }
        guard let opener = target.opener, let view = activeView, view.id == target.view else {
            status.show(AppDrafts.openYourself(ctx), kind: .info, ticks: 8)
            return
        }
        drafts.noteAction(opener)
        drafts.awaitingRestore = true
        if case .message(let text, let kind) = view.perform(opener, ctx) { status.show(text, kind: kind) }
    }
}
