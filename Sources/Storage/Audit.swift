import Domain

/// One entry of the audit log.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64
    public var at: Int64
    public var actorID: PersonID?
    public var actorLogin: String
    public var entity: String
    public var entityID: Int64?
    public var action: String
    public var before: String
    public var after: String
}

extension SQLiteStore {
    /// Writes an audit row. Called inside the same transaction as the change,
    /// so a change and its audit row exist together or not at all.
    func audit(_ actor: Viewer?, entity: String, id: Int64?, action: String, before: String = "", after: String = "") throws {
        try db.execute("""
            INSERT INTO audit(at, actor_id, actor_login, entity, entity_id, action, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, StoredValues.cleaned([clock(), actor?.personID, actor?.login ?? "system", entity, id, action, before, after]))
    }

    /// One audit row per person added since `firstID` (an import's new
    /// people), written by one statement: the same rows `audit` would write
    /// one by one («login: full name»), without a round trip for each.
    func auditNewPeople(_ actor: Viewer?, since firstID: Int64, action: String) throws {
        try db.execute("""
            INSERT INTO audit(at, actor_id, actor_login, entity, entity_id, action, before, after)
            SELECT ?, ?, ?, 'person', id, ?, '', login || ': ' || full_name FROM people WHERE id >= ? ORDER BY id
            """, [clock(), actor?.personID, actor?.login ?? "system", action, firstID])
    }

    /// The latest audit entries about one thing, newest first.
    public func auditTrail(entity: String, id: Int64, limit: Int = 50) throws -> [AuditEntry] {
        try db.query("""
            SELECT id, at, actor_id, actor_login, entity, entity_id, action, before, after
            FROM audit WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC LIMIT ?
            """, [entity, id, limit], AuditEntry.init(row:))
    }

    /// A page of the whole log, newest first, before the entry `beforeID`
    /// (keyset). Not public: it takes no viewer; the audit view reads
    /// through `auditLog`, which checks `seeAudit`.
    func auditPage(beforeID: Int64?, limit: Int) throws -> [AuditEntry] {
        try db.query("""
            SELECT id, at, actor_id, actor_login, entity, entity_id, action, before, after
            FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?
            """, [beforeID ?? Int64.max, limit], AuditEntry.init(row:))
    }
}

extension AuditEntry {
    init(row r: Row) {
        self.init(id: r.int64(0), at: r.int64(1), actorID: r.optInt64(2), actorLogin: r.string(3), entity: r.string(4),
                  entityID: r.optInt64(5), action: r.string(6), before: r.string(7), after: r.string(8))
    }
}
