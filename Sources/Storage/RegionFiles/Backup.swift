import Domain
import Foundation

extension SQLiteStore: BackupSource {
    public func backup(to path: String, progress: (_ done: Int, _ total: Int) -> Void) throws -> BackupReport {
        guard DatabaseFile.state(path) == .missing else { throw StoreError.alreadyExists(path: path) }
        try SQLiteStore.requireFolder(of: path)
        let partial = RegionFileNames.temporary(beside: path, purpose: "partial")
        do {
            try SQLiteStore.createEmptyFile(partial, groupShared: SQLiteStore.isGroupShared(self.path))
            do {
                let copy = try Database(path: partial, create: false)
                try db.copy(into: copy, progress: progress)
                // A copy stands alone: no WAL beside it, whatever mode the live file is in.
                try copy.execute("PRAGMA journal_mode = DELETE")
            }
            do { try SQLiteStore.verifyCopy(partial, shownAs: path) } catch StoreError.damagedCopy {
                // A copy of one moment is as sound as the data was: the live file is damaged.
                throw StoreError.damaged(path: self.path)
            }
            try RegionFileNames.publish(partial, as: path)
        } catch {
            RegionFileNames.remove(partial)
            throw error
        }
        if case .regular(let bytes) = DatabaseFile.state(path) { return BackupReport(path: path, bytes: bytes) }
        return BackupReport(path: path, bytes: 0)
    }

    /// A copy is this program's file, of a schema this build opens, and sound.
    /// - Parameter allowOlder: an older schema is upgraded when the file is next opened (restore).
    static func verifyCopy(_ path: String, shownAs shown: String, allowOlder: Bool = false) throws {
        switch DatabaseFile.state(path) {
        case .missing: throw StoreError.missingFile(path: shown)
        case .directory: throw StoreError.isDirectory(path: shown)
        case .notRegular: throw StoreError.notADatabase(path: shown)
        case .inaccessible(let reason): throw StoreError.cannotOpen(path: shown, reason: reason)
        case .empty: throw StoreError.emptyFile(path: shown)
        case .regular: break
        }
        let copy: Database
        do {
            // Nobody writes a copy: read it as immutable (no -shm beside it) unless a -wal holds part of it.
            copy = try Database(path: path, create: false, readOnly: true, immutable: DatabaseFile.state(path + "-wal") == .missing)
            let appID = try copy.scalarInt("PRAGMA application_id")
            if appID != Int(Schema.applicationID) { throw StoreError.foreignDatabase(path: shown) }
            let version = try copy.userVersion()
            if version > Schema.currentVersion { throw StoreError.newerSchema(path: shown, found: version, supported: Schema.currentVersion) }
            if version < Schema.currentVersion && !allowOlder {
                throw StoreError.olderSchemaReadOnly(path: shown, found: version, supported: Schema.currentVersion)
            }
            let findings = try copy.integrityCheck()
            if findings != ["ok"] { throw StoreError.damagedCopy(path: shown, finding: findings.joined(separator: "; ")) }
        } catch let e as SQLiteError {
            if e.isCorrupt { throw StoreError.damagedCopy(path: shown, finding: e.message) }
            throw StoreError.opening(path: shown, e)
        }
    }

    /// A copy goes into a folder that exists: a mistyped folder is said, not made.
    static func requireFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, DatabaseFile.state(folder) != .directory else { return }
        throw StoreError.missingFolder(path: path)
    }

    /// Whether the file is shared with a group (mode 0660): its copies are too.
    static func isGroupShared(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IWGRP != 0
    }
}
