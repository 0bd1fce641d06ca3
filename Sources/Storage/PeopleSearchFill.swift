import Foundation

/// The search entries of people written by an import, added after its
/// commit in short transactions, so that no save of another user waits for
/// a whole file's worth of them.
///
/// An import sets `deferredKey` inside its transaction (the insert trigger
/// then skips its rows; no other connection writes meanwhile) and records the
/// first id left without entries under `pendingKey` in the same commit.
/// `fillPendingPeopleSearch` adds the missing entries from there, one short
/// transaction per step, and removes the key with the last one. If the
/// import is interrupted after its commit, the key stays, and the next
/// import or an idle interactive session finishes the fill.
enum PeopleSearchFill {
    static let deferredKey = "people_fts_deferred"
    static let pendingKey = "people_fts_pending_from"
    /// People per step: a step takes about 0.1 s here.
    static let step = 2_000
    /// Seconds between two steps: longer than a waiting connection's
    /// longest sleep (`BusyWait`), so another user's save gets in between.
    static let pause = 0.025

    /// A person's search text, over columns prefixed by `row` ("new." in a trigger).
    static func text(of row: String) -> String {
        "\(row)full_name || ' ' || \(row)login || ' ' || \(row)position || ' ' || \(row)subjects"
    }
}

extension SQLiteStore {
    /// Inside an import's write: the rows inserted until `endDeferringPeopleSearch` get no search entries yet.
    func beginDeferringPeopleSearch() throws {
        try db.execute("INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT(key) DO NOTHING", [PeopleSearchFill.deferredKey])
    }

    /// Inside the same write: people from `firstID` on are left for the fill.
    func endDeferringPeopleSearch(firstID: Int64) throws {
        try db.execute("DELETE FROM meta WHERE key = ?", [PeopleSearchFill.deferredKey])
        try db.execute("""
            INSERT INTO meta(key, value) VALUES (?, ?)
            ON CONFLICT(key) DO UPDATE SET value = min(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))
            """, [PeopleSearchFill.pendingKey, String(firstID)])
    }

    /// Whether some people still wait for their search entries.
    public var hasPendingPeopleSearch: Bool { meta(PeopleSearchFill.pendingKey) != nil }

    /// Adds the missing search entries, `maxSteps` short transactions at
    /// most (nil: until done). Answers whether the fill is complete.
    @discardableResult
    public func fillPendingPeopleSearch(maxSteps: Int? = nil) throws -> Bool {
        var steps = 0
        while maxSteps.map({ steps < $0 }) ?? true {
            steps += 1
            let done = try db.write { () throws -> Bool in
                guard let from = meta(PeopleSearchFill.pendingKey).flatMap({ Int64($0) }) else { return true }
                let upTo = from + Int64(PeopleSearchFill.step)
                try db.execute("""
                    INSERT INTO people_fts(rowid, text)
                    SELECT p.id, \(Schema.folded(PeopleSearchFill.text(of: "p."))) FROM people p
                    WHERE p.id >= ? AND p.id < ? AND NOT EXISTS (SELECT 1 FROM people_fts f WHERE f.rowid = p.id)
                    """, [from, upTo])
                let last = try db.scalarInt("SELECT coalesce(max(id), 0) FROM people")
                if upTo > Int64(last) {
                    try db.execute("DELETE FROM meta WHERE key = ?", [PeopleSearchFill.pendingKey])
                    return true
                }
                try setMeta(PeopleSearchFill.pendingKey, String(upTo))
                return false
            }
            if done { return true }
            usleep(UInt32(PeopleSearchFill.pause * 1_000_000))
        }
        return false
    }
}

extension SQLiteStore {
    /// Seconds a pending fill must stand still before a session takes it
    /// over: a live import fills its own in a few seconds.
    static let stalledFillSeconds: Int64 = 10

    /// An interactive session's tick: a fill that an interrupted import left
    /// standing is finished here, one short step at a time. Reads nothing
    /// unless the data changed or a fill is being watched.
    public func continueStalledPeopleSearch(dataChanged: Bool) {
        guard dataChanged || stalledPeopleSearch != nil else { return }
        guard let from = meta(PeopleSearchFill.pendingKey) else { stalledPeopleSearch = nil; return }
        let now = clock()
        // A clock that went back (a demo's day starts again at 00:00 past midnight: RegionClock) starts the watch again.
        guard let seen = stalledPeopleSearch, seen.from == from, seen.since <= now else { stalledPeopleSearch = (from, now); return }
        guard now - seen.since >= SQLiteStore.stalledFillSeconds else { return }
        _ = try? fillPendingPeopleSearch(maxSteps: 1)
        stalledPeopleSearch = nil
    }
}
