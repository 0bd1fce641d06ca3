import Domain

/// One line of a request's history with the names a reader needs: who made
/// the change, and for an assignee change the people before and after.
public struct RequestLogEntry: Hashable, Sendable {
    public var change: RequestChange
    public var actorName: String
    /// For `assignee` changes: the names of the ids in before/after ("" when none).
    public var beforeName: String
    public var afterName: String
}

extension SQLiteStore {
    /// Every change of a request, oldest first, with names resolved; empty
    /// when the viewer may not see the request.
    public func requestLog(_ viewer: Viewer, id: RequestID) throws -> [RequestLogEntry] {
        let history = try requestHistory(viewer, id: id)
        let ids = Set(history.filter { $0.change.field == "assignee" }
            .flatMap { [$0.change.before, $0.change.after] }.compactMap { Int64($0) })
        var names: [Int64: String] = [:]
        if !ids.isEmpty {
            let list = ids.sorted().map(String.init).joined(separator: ",")
            try db.forEach("SELECT id, full_name FROM people WHERE id IN (\(list))") { names[$0.int64(0)] = $0.string(1) }
        }
        return history.map { h in
            let isAssignee = h.change.field == "assignee"
            return RequestLogEntry(change: h.change, actorName: h.actorName,
                                   beforeName: isAssignee ? Int64(h.change.before).flatMap { names[$0] } ?? "" : "",
                                   afterName: isAssignee ? Int64(h.change.after).flatMap { names[$0] } ?? "" : "")
        }
    }
}
