import Domain

/// Where a page of the viewer's own requests starts: newest first.
public struct OwnRequestKey: Hashable, Sendable {
    public var createdOn: String
    public var id: RequestID
    public init(createdOn: String, id: RequestID) { self.createdOn = createdOn; self.id = id }
}

extension RequestSummary {
    /// The keyset anchor of the "my requests" list (created_on DESC, id DESC).
    public var ownKey: OwnRequestKey { OwnRequestKey(createdOn: request.createdOn.iso, id: request.id) }
}

extension SQLiteStore {
    /// A page of the requests the viewer wrote, newest first: after (older
    /// than) or before (newer than) an anchor. Keyset on the author index:
    /// reads `limit` rows however many requests there are.
    /// `lastPage`: the oldest `limit` requests (End), still newest first.
    public func ownRequestsPage(_ viewer: Viewer, after: OwnRequestKey? = nil, before: OwnRequestKey? = nil,
                                lastPage: Bool = false, limit: Int) throws -> [RequestSummary] {
        let vis = Visibility.requests(viewer)
        var conditions = ["q.author_id = ?", vis.sql]
        var params: [SQLBindable] = [viewer.personID] + vis.params
        if let a = after {
            conditions.append("(q.created_on < ? OR (q.created_on = ? AND q.id < ?))")
            params += [a.createdOn, a.createdOn, a.id]
        }
        if let b = before {
            conditions.append("(q.created_on > ? OR (q.created_on = ? AND q.id > ?))")
            params += [b.createdOn, b.createdOn, b.id]
        }
        // Backwards (towards newer, or the oldest page) reads in the opposite order and flips.
        let backwards = before != nil || (after == nil && lastPage)
        let order = backwards ? "q.created_on, q.id" : "q.created_on DESC, q.id DESC"
        let rows = try db.query("""
            SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """, params + [max(0, limit)], SQLiteStore.requestSummary)
        return backwards ? rows.reversed() : rows
    }

    /// How many requests the viewer wrote (one person's: a small count on the author index).
    public func ownRequestCount(_ viewer: Viewer) throws -> Int {
        try db.scalarInt("SELECT count(*) FROM requests WHERE author_id = ?", [viewer.personID])
    }
}
