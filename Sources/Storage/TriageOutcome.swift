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
        public init(id: RequestID, reason: Phrase) { self.id = id; self.reason = reason }
    }
}
