import Domain

/// Typed text of unfinished forms, kept per user across hang-ups.
public protocol DraftStore: AnyObject {
    func saveDraft(_ viewer: Viewer, _ draft: Draft) throws
    func loadDrafts(_ viewer: Viewer) throws -> [Draft]
    func deleteDraft(_ viewer: Viewer, form: String) throws
}
