import CSQLite
import Foundation

extension Database {
    /// Copies this connection's data into `destination` with SQLite's online
    /// backup (`sqlite3_backup_*`), `pagesPerStep` pages at a time.
    ///
    /// The copy is of one moment: a read transaction is held on this side
    /// for the whole copy, so other processes' commits meanwhile neither
    /// restart it (an unpinned backup starts over after each foreign commit
    /// and never ends under a steady writer) nor reach it. In WAL mode a
    /// reader blocks no writer: sessions keep saving while the copy runs.
    /// - Parameter progress: pages copied and pages in all, after each step.
    func copy(into destination: Database, pagesPerStep: Int32 = 256,
              progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws {
        try read {
            // The snapshot begins with the first read inside the transaction.
            _ = try scalarInt("SELECT count(*) FROM sqlite_master")
            guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
                throw destination.error(sqlite3_errcode(destination.handle), nil)
            }
            var rc: Int32 = SQLITE_OK
            repeat {
                rc = sqlite3_backup_step(backup, pagesPerStep)
                let total = Int(sqlite3_backup_pagecount(backup))
                progress(total - Int(sqlite3_backup_remaining(backup)), total)
                // The destination is ours alone; a busy or locked step is only retried.
                if rc == SQLITE_BUSY || rc == SQLITE_LOCKED { usleep(10_000) }
            } while rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED
            let finished = sqlite3_backup_finish(backup)
            guard rc == SQLITE_DONE else { throw SQLiteError(code: rc, message: String(cString: sqlite3_errstr(rc))) }
            guard finished == SQLITE_OK else { throw destination.error(finished, nil) }
        }
    }

    /// Takes the file for this connection alone: no other connection, in
    /// this process or another, may then read or write it until this one
    /// closes. Answers false when another connection has it open — a
    /// running session holds a shared lock on a WAL database for as long as
    /// it is connected, so "taken" means nobody is using the file.
    ///
    /// Asked of SQLite, never with a descriptor of our own (a `close()` of
    /// one would drop this process's locks: `DatabaseFile`).
    func takeExclusively() throws -> Bool {
        try execute("PRAGMA locking_mode = EXCLUSIVE")
        let wait = busyWait.limit
        busyWait.limit = 1   // a session that is just leaving, not one that stays
        defer { busyWait.limit = wait }
        do {
            // In WAL mode the exclusive lock is taken by the first read, and kept after the commit.
            try execute("BEGIN EXCLUSIVE")
            _ = try scalarInt("SELECT count(*) FROM sqlite_master")
            try execute("COMMIT")
            return true
        } catch let e as SQLiteError where e.isBusy {
            _ = try? execute("ROLLBACK")
            return false
        }
    }

    /// `PRAGMA integrity_check`'s first findings; `["ok"]` for a sound file.
    func integrityCheck(limit: Int = 5) throws -> [String] {
        try query("PRAGMA integrity_check(\(limit))", []) { $0.string(0) }
    }
}
