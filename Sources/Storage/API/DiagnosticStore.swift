import Domain

/// Diagnostics entered on screen: a teacher's self-assessment, a tutor's or
/// methodist's lesson observation (or another source) for a person they
/// support. The deficits follow by the import's rule (one code path).
public protocol DiagnosticStore: AnyObject {
    /// Stores the diagnostic (`id` ignored; author and day are the viewer and
    /// today) and reconciles the person's deficits.
    func recordDiagnostic(_ viewer: Viewer, _ diagnostic: Diagnostic) throws -> DiagnosticOutcome
    /// Takes back a diagnostic its author entered today, and what it did to the deficits.
    func withdrawDiagnostic(_ viewer: Viewer, id: DiagnosticID) throws -> DiagnosticOutcome
}

/// What one diagnostic did to the person's deficits, by competence.
public struct DiagnosticOutcome: Hashable, Sendable {
    public var id: DiagnosticID
    public var closed: [CompetenceID] = []
    public var persisting: [CompetenceID] = []
    public var found: [CompetenceID] = []
    public init(id: DiagnosticID) { self.id = id }
}
