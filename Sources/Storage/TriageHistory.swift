import Domain

/// One line of a request's history with the names a reader needs: who made
/// the change, and for an assignee change the people before and after.
public struct RequestLogEntry: Hashable, Sendable {
    public var change: RequestChange
    public var actorName: String
    /// For `assignee` changes: the names of the ids in before/after ("" when none).
    public var beforeName: String
    public var afterName: String
    /// The change in words, ids as names (`ChangeText`).
    public var line: Phrase
}

extension SQLiteStore {
    /// Every change of a request, oldest first, with names resolved; empty
    /// when the viewer may not see the request.
    public func requestLog(_ viewer: Viewer, id: RequestID) throws -> [RequestLogEntry] {
        let history = try requestHistory(viewer, id: id)
        let names = try changeNames(history.map { ChangeValues(entity: "request", field: $0.change.field, values: [$0.change.before, $0.change.after]) })
        return history.map { h in
            let isAssignee = h.change.field == "assignee"
            return RequestLogEntry(change: h.change, actorName: h.actorName,
                                   beforeName: isAssignee ? Int64(h.change.before).flatMap { names.people[$0] } ?? "" : "",
                                   afterName: isAssignee ? Int64(h.change.after).flatMap { names.people[$0] } ?? "" : "",
                                   line: ChangeText.line(entity: "request", FieldChange(field: h.change.field, before: h.change.before,
                                                                                         after: h.change.after), names: names))
        }
    }
}
