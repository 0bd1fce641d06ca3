import Domain

/// One recorded change of any kind: who changed which field of what, when.
public struct HistoryEntry: Hashable, Sendable {
    public var entity: String
    public var entityID: Int64
    public var actorID: PersonID?
    public var at: Int64
    public var change: FieldChange
}

/// The history of every mutable kind in one table (`history`, schema 5), in
/// one vocabulary: the Domain's field names and texts (`Recorded`).
/// Written by the versioned write from the Domain's change list, and by the
/// few unversioned facts (a request's creation, a comment).
extension SQLiteStore {
    func recordHistory(_ viewer: Viewer?, entity: String, id: Int64, _ changes: [FieldChange]) throws {
        let at = clock()
        for c in changes {
            try db.execute("INSERT INTO history(entity, entity_id, actor_id, at, field, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned([entity, id, viewer?.personID, at, c.field, c.before, c.after]))
        }
    }

    /// Every recorded change of one thing, oldest first. Not public: it
    /// checks no right; each area reads it for what its viewer may see.
    func history(entity: String, id: Int64) throws -> [HistoryEntry] {
        try db.query("""
            SELECT entity, entity_id, actor_id, at, field, before, after FROM history
            WHERE entity = ? AND entity_id = ? ORDER BY at, id
            """, [entity, id]) { r in
            HistoryEntry(entity: r.string(0), entityID: r.int64(1), actorID: r.optInt64(2), at: r.int64(3),
                         change: FieldChange(field: r.string(4), before: r.string(5), after: r.string(6)))
        }
    }

    public func changeHistory(_ viewer: Viewer, entity: String, id: Int64) throws -> [HistoryEntry] {
        guard viewer.can(.seeAudit) else { throw StoreError.forbidden(Action.seeAudit.label) }
        return try history(entity: entity, id: id)
    }
}
