import Domain

/// What a triage action did to each request it was applied to.
public struct TriageOutcome: Hashable, Sendable {
    public var changed: [RequestID] = []
    /// Already so: nothing written.
    public var unchanged: [RequestID] = []
    public var refused: [Refused] = []
    public init() {}

    /// A request the rules (or a conflict, or a right) kept unchanged, and why.
    public struct Refused: Hashable, Sendable {
        public var id: RequestID
        public var reason: Phrase
        public var cause: Cause
        public init(id: RequestID, reason: Phrase, cause: Cause = .rule) { self.id = id; self.reason = reason; self.cause = cause }
    }

    /// Why a request was kept: the Domain's rule, another user's newer
    /// version, the viewer's right, or the request is gone from their scope.
    public enum Cause: Hashable, Sendable { case rule, conflict, right, missing }
}
