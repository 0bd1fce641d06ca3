import Domain
import Foundation

extension SQLiteStore {
    /// `metodist restore`: puts the copy at `copy` in place of the data at
    /// `path`, keeping what was there as `PATH.before-restore-YYYYMMDD-HHMMSS`.
    ///
    /// Order matters, and nothing is changed until every check has passed:
    /// 1. the copy must be this program's file, of a schema this build
    ///    opens (an older one is upgraded at the next open), and sound;
    /// 2. `path` is taken for this process alone through SQLite
    ///    (`takeExclusively`): a running session holds it open, and then
    ///    nothing is done (`inUse`); while it is held, a session that starts
    ///    waits, and then sees the restored data;
    /// 3. the current data (its WAL included) is copied beside it, checked
    ///    as whole, under the kept name;
    /// 4. the copy is written into `path` through the same exclusive
    ///    connection with SQLite's backup — one transaction, so a crash
    ///    half-way leaves the old data, and SQLite itself keeps the file,
    ///    its -wal and -shm in step (nothing is renamed under a -wal).
    /// A missing `path` is made from the copy (beside it, then linked into place).
    public static func restore(from copy: String, into path: String, groupShared: Bool = false) throws -> RestoreReport {
        if RegionFileNames.sameFile(copy, path) {
            throw StoreError.sameFile(path: copy)
        }
        try verifyCopy(copy, shownAs: copy, allowOlder: true)
        let source = try Database(path: copy, create: false, readOnly: true, immutable: DatabaseFile.state(copy + "-wal") == .missing)
        switch DatabaseFile.state(path) {
        case .missing:
            try requireFolder(of: path)
            let building = RegionFileNames.temporary(beside: path, purpose: "restore")
            do {
                try createEmptyFile(building, groupShared: groupShared)
                do {
                    let fresh = try Database(path: building, create: false)
                    try source.copy(into: fresh)
                    try fresh.execute("PRAGMA journal_mode = WAL")
                }
                try RegionFileNames.publish(building, as: path)
            } catch {
                RegionFileNames.remove(building)
                throw error
            }
            return RestoreReport(path: path, previousKeptAs: nil)
        case .directory: throw StoreError.isDirectory(path: path)
        case .notRegular: throw StoreError.notADatabase(path: path)
        case .inaccessible(let reason): throw StoreError.cannotOpen(path: path, reason: reason)
        case .empty: throw StoreError.emptyFile(path: path)
        case .regular: break
        }
        guard DatabaseFile.isWritable(path) else { throw StoreError.readOnlyFile(path: path) }
        let live: Database
        do {
            live = try Database(path: path, create: false)
            guard try live.takeExclusively() else { throw StoreError.inUse(path: path) }
            // Never written over: another program's database, or a file SQLite does not know.
            if try live.scalarInt("PRAGMA application_id") != Int(Schema.applicationID) {
                throw StoreError.foreignDatabase(path: path)
            }
        } catch let e as SQLiteError {
            throw StoreError.opening(path: path, e)
        }
        let kept = RegionFileNames.beforeRestore(path)
        let keeping = RegionFileNames.temporary(beside: kept, purpose: "partial")
        do {
            try createEmptyFile(keeping, groupShared: isGroupShared(path))
            do {
                let previous = try Database(path: keeping, create: false)
                try live.copy(into: previous)
                try previous.execute("PRAGMA journal_mode = DELETE")
            }
            try RegionFileNames.publish(keeping, as: kept)
        } catch let e as SQLiteError {
            RegionFileNames.remove(keeping)
            throw StoreError.cannotOpen(path: kept, reason: e.message)
        } catch {
            RegionFileNames.remove(keeping)
            throw error
        }
        do {
            try source.copy(into: live)
            let findings = try live.integrityCheck()
            if findings != ["ok"] { throw StoreError.damaged(path: path) }
        } catch let e as SQLiteError {
            throw StoreError.opening(path: path, e)
        }
        return RestoreReport(path: path, previousKeptAs: kept)
    }
}
