import Domain

/// A mutable kind as the one versioned write sees it: its table, its name in
/// history and audit, how to read one row in the viewer's scope, and the
/// columns a changed value writes.
struct VersionedKind<Value: Recorded & Versioned> {
    let table: String
    let entity: String
    /// The row as the viewer may see it; nil when it is missing or hidden.
    /// A nil viewer is the program itself (an import run without a login).
    let read: (Viewer?, Int64) throws -> Value?
    /// Column and value for every stored field the kind's rules may change.
    let columns: (Value) -> [(String, SQLBindable)]
}

extension SQLiteStore {
    /// The one versioned write of every mutable kind, in one transaction:
    /// reads the row in the viewer's scope (not found otherwise), checks the
    /// viewer's right on it (`allowed` throws forbidden), checks the version
    /// (a stale one is a conflict naming who changed it last), applies the
    /// Domain rule once, and — when the rule changed anything — writes one
    /// UPDATE that moves the version on, one history row per entry of the
    /// Domain's change list and one audit row. `alsoWrite` adds the writes
    /// that belong to the same change (link tables, a route started by its
    /// first step), inside the same transaction. Answers the update, its
    /// value at the new version; an empty change list writes nothing.
    @discardableResult
    func writeVersioned<Value>(_ viewer: Viewer?, _ kind: VersionedKind<Value>, id: Int64, expectedVersion: Int, action: String,
                               allowed: (Value) throws -> Void = { _ in },
                               _ rule: (Value) throws -> Result<Update<Value>, Refusal>,
                               alsoWrite: (Update<Value>) throws -> Void = { _ in }) throws -> Update<Value> {
        try db.write {
            guard let current = try kind.read(viewer, id) else { throw StoreError.notFound(entity: kind.entity, id: id) }
            try allowed(current)
            if current.version != expectedVersion {
                throw try conflict(kind.table, entity: kind.entity, id: id, expectedVersion: expectedVersion)
            }
            var update: Update<Value>
            switch try rule(current) {
            case .failure(let refusal): throw StoreError.refused(refusal)
            case .success(let u): update = u
            }
            guard !update.changes.isEmpty else { return update }
            // Only the columns that differ: an unchanged indexed or searched column costs its triggers nothing.
            let before = kind.columns(current).map(\.1.sqlValue)
            let changed = kind.columns(update.value).enumerated().filter { i, c in i >= before.count || before[i] != c.1.sqlValue }
            try updateRow(kind.table, entity: kind.entity, id: id, expectedVersion: expectedVersion, set: changed.map(\.element))
            update.value.version = expectedVersion + 1
            try recordHistory(viewer, entity: kind.entity, id: id, update.changes)
            try audit(viewer, entity: kind.entity, id: id, action: action,
                      before: update.changes.map { "\($0.field)=\($0.before)" }.joined(separator: "; "),
                      after: update.changes.map { "\($0.field)=\($0.after)" }.joined(separator: "; "))
            try alsoWrite(update)
            return update
        }
    }

    /// `UPDATE table SET ... , version = version + 1 WHERE id = ? AND version = ?`.
    /// A stale version writes nothing and throws a conflict naming who
    /// changed the row last, from the audit log. Text values are cleaned
    /// (`StoredValues`). Only `writeVersioned` calls it.
    private func updateRow(_ table: String, entity: String, id: Int64, expectedVersion: Int,
                           set assignments: [(String, SQLBindable)]) throws {
        let assignments = StoredValues.cleaned(assignments)
        let sets = (assignments.map { "\($0.0) = ?" } + ["version = version + 1"]).joined(separator: ", ")
        let changed = try db.execute("UPDATE \(table) SET \(sets) WHERE id = ? AND version = ?",
                                     assignments.map { $0.1 } + [id, expectedVersion])
        if changed == 1 { return }
        throw try conflict(table, entity: entity, id: id, expectedVersion: expectedVersion)
    }

    /// The conflict for a stale version: the current version and who changed it last.
    func conflict(_ table: String, entity: String, id: Int64, expectedVersion: Int) throws -> StoreError {
        let current = try db.first("SELECT version FROM \(table) WHERE id = ?", [id]) { $0.int(0) }
        let last = try db.first("SELECT actor_login, at FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
                                [entity, id]) { ($0.string(0), $0.int64(1)) }
        let who = try last.flatMap { entry in
            try db.first("SELECT full_name FROM people WHERE login = ?", [entry.0]) { $0.string(0) } ?? entry.0
        }
        return StoreError.conflict(Conflict(entity: entity, id: id, expectedVersion: expectedVersion,
                                            currentVersion: current, changedBy: who, changedAt: last?.1))
    }
}
