extension TriageChange {
    /// The change that puts back what this one changed on `before` (the
    /// request as it was), for the inbox's `u`. Nil for a lifecycle move: the
    /// lifecycle only goes forward (a declined or resolved request is closed),
    /// so walking one back would be a new decision, not an undo.
    public func undoing(_ before: HelpRequest) -> TriageChange? {
        switch self {
        case .direction: return .direction(before.direction)
        case .priority, .priorityStep: return .priority(before.priority)
        case .assignee: return .assignee(before.assigneeID)
        case .due: return .due(before.due)
        case .status: return nil
        }
    }
}
