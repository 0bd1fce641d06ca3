import Domain
import Foundation

/// The program's data in one SQLite file (WAL). Opening checks that the file
/// is ours and not newer than this build before anything is written.
public final class SQLiteStore {
    public let db: Database
    public let path: String
    /// Unix seconds now; replaceable in tests. One clock with `today` (`RegionClock`).
    public var clock: () -> Int64 = RegionClock.system().now
    /// Today's date; replaceable in tests and the demo.
    public var today: () -> Day = RegionClock.system().today
    /// The day the stored triage keys were last checked for (TriageKeys.swift).
    var triageKeysDay: Day?
    /// A search fill seen pending, and since when (`continueStalledPeopleSearch`).
    var stalledPeopleSearch: (from: String, since: Int64)?

    /// How a command uses the file.
    public enum OpenMode: Sendable {
        /// A session or a demo build: a missing or empty file becomes a new database.
        case create
        /// A command that writes (import): the file must already be a database.
        case existing
        /// A command that only reads (check, export, a dry run): opened
        /// read-only, never migrated, nothing written — a read-only file works.
        case readOnly
    }

    /// Opens `path`, creating and migrating it when it is new or older.
    /// - Parameter groupShared: the file gets mode 0660 instead of 0600.
    public convenience init(path: String, create: Bool = true, groupShared: Bool = false) throws {
        try self.init(path: path, mode: create ? .create : .existing, groupShared: groupShared)
    }

    public init(path: String, mode: OpenMode, groupShared: Bool = false) throws {
        self.path = path
        // Only stat here: see DatabaseFile for why no descriptor of ours may touch the file.
        switch DatabaseFile.state(path) {
        case .directory: throw StoreError.isDirectory(path: path)
        case .notRegular: throw StoreError.notADatabase(path: path)
        case .inaccessible(let reason): throw StoreError.cannotOpen(path: path, reason: reason)
        case .empty where mode != .create: throw StoreError.emptyFile(path: path)
        case .missing:
            guard mode == .create else { throw StoreError.missingFile(path: path) }
            try SQLiteStore.createEmptyFile(path, groupShared: groupShared)
        case .empty, .regular: break
        }
        if mode != .readOnly && !DatabaseFile.isWritable(path) { throw StoreError.readOnlyFile(path: path) }
        let immutable = mode == .readOnly ? try SQLiteStore.readsImmutably(path) : false
        do {
            db = try Database(path: path, create: false, readOnly: mode == .readOnly, immutable: immutable)
        } catch let e as SQLiteError {
            throw StoreError.opening(path: path, e)
        }
        try checkOwnershipAndVersion()
        if mode == .readOnly {
            if try db.userVersion() < Schema.currentVersion {
                throw StoreError.olderSchemaReadOnly(path: path, found: try db.userVersion(), supported: Schema.currentVersion)
            }
        } else {
            try migrate()
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        useDemoTodayIfAny()
    }

    /// A WAL file that this user cannot share (no write access to its folder,
    /// no `-shm` there) is read as immutable — exact when no `-wal` holds
    /// changes; with one, it cannot be read without write access.
    static func readsImmutably(_ path: String) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard !DatabaseFile.isWritable(folder.isEmpty ? "." : folder), DatabaseFile.state(path + "-shm") == .missing else { return false }
        if case .regular = DatabaseFile.state(path + "-wal") {
            throw StoreError.cannotOpen(path: path, reason: Phrase(
                "в \(path)-wal есть несохранённые в файл изменения, а папка недоступна для записи; откройте базу с правом записи",
                "\(path)-wal holds changes not yet in the file and the folder is not writable; open it with write access").ru)
        }
        return true
    }

    /// Creates the file with its final mode first: -wal and -shm inherit it.
    /// O_EXCL: a file another process has just created is never truncated.
    /// The descriptor is closed at once, before any connection to the file.
    static func createEmptyFile(_ path: String, groupShared: Bool) throws {
        let fm = FileManager.default
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty && !fm.fileExists(atPath: dir) {
            do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
            catch { throw StoreError.cannotOpen(path: path, reason: error.localizedDescription) }
        }
        let mode: mode_t = groupShared ? 0o660 : 0o600
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EEXIST { return }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, mode)  // the umask may have taken bits the group needs
        close(fd)
    }

    /// A demo region lives on a fixed day, so its overdue steps, ages of
    /// requests and roadmap quarters look the same whenever it is opened;
    /// its history and audit entries are stamped on that day too (`RegionClock`).
    public func useDemoTodayIfAny() {
        guard let iso = meta(SQLiteStore.demoDayKey), let day = Day(iso: iso) else { return }
        (today, clock) = RegionClock.fixed(on: day)
    }

    func checkOwnershipAndVersion() throws {
        do {
            let appID = try db.scalarInt("PRAGMA application_id")
            let objects = try db.scalarInt("SELECT count(*) FROM sqlite_master")
            if objects > 0 && appID != Int(Schema.applicationID) { throw StoreError.foreignDatabase(path: path) }
            let version = try db.userVersion()
            if version > Schema.currentVersion {
                throw StoreError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
            }
        } catch let e as SQLiteError {
            throw StoreError.opening(path: path, e)
        }
    }

    /// Applies the missing migrations. Re-reads the version inside the write
    /// transaction: another process may have migrated meanwhile.
    func migrate() throws {
        if try db.userVersion() == Schema.currentVersion { return }
        // WAL is a property of the file; set once, outside a transaction.
        try db.execute("PRAGMA journal_mode = WAL")
        try db.write {
            let version = try db.userVersion()
            guard version < Schema.currentVersion else { return }
            if version == 0 { try db.executeScript("PRAGMA application_id = \(Schema.applicationID)") }
            for n in version..<Schema.currentVersion {
                try db.executeScript(Schema.migrations[n])
            }
            try db.executeScript("PRAGMA user_version = \(Schema.currentVersion)")
        }
    }

    /// Before a long write (an import): a damaged file is refused, not made
    /// worse. `quick_check` reads every page once, outside any lock.
    public func requireIntactForWriting() throws {
        let answer: String?
        do { answer = try db.first("PRAGMA quick_check(1)") { $0.string(0) } } catch let e as SQLiteError {
            throw e.isCorrupt || e.isNotADatabase ? StoreError.damaged(path: path) : e
        }
        if answer != "ok" { throw StoreError.damaged(path: path) }
    }

    public var schemaVersion: Int { (try? db.userVersion()) ?? 0 }
    public static var supportedSchemaVersion: Int { Schema.currentVersion }

    /// Changes when another process commits: polled on the idle tick.
    public func dataVersion() -> Int { (try? db.dataVersion()) ?? 0 }

    /// An interactive session: checkpoints move out of commits to idle
    /// moments (`checkpointWhenIdle`), so no keystroke pays for one.
    public func checkpointOnlyWhenIdle() { try? db.deferCheckpoints() }

    /// Several reads that see one state of the data (one read transaction).
    public func snapshot<T>(_ body: () throws -> T) throws -> T { try db.read(body) }

    /// How this session's writes wait for another's lock (the TUI shows the wait).
    public var busyWait: BusyWait { db.busyWait }

    /// Called when the session is idle: checkpoints what it committed.
    public func checkpointWhenIdle() { db.checkpointIfCommitted() }

    static func systemToday() -> Day {
        var t = time(nil)
        var tmv = tm()
        localtime_r(&t, &tmv)
        return Day(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday)) ?? Day(ordinal: 0)
    }

    // MARK: meta

    public func meta(_ key: String) -> String? {
        try? db.first("SELECT value FROM meta WHERE key = ?", [key]) { $0.string(0) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
    }
}

extension SQLiteStore {
    public var hasPeople: Bool { ((try? db.scalarInt("SELECT EXISTS (SELECT 1 FROM people)")) ?? 0) != 0 }
    public var peopleCount: Int { (try? db.scalarInt("SELECT count(*) FROM people")) ?? 0 }
}
