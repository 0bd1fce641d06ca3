import CSQLite

// SQLITE_TRANSIENT does not import: SQLite copies a bound string at once.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to one SQLite file: statement cache, typed binding,
/// transactions that take the write lock up front.
///
/// Not thread-safe by design: one connection per process/thread, like the
/// one-user-one-process deployment the program has.
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var cache: [String: OpaquePointer] = [:]
    private var transactionDepth = 0
    private let profile = SQLProfile.fromEnvironment()
    /// Commits since this connection last checkpointed (see `deferCheckpoints`).
    private var committedSinceCheckpoint = false
    /// Rows this connection has changed so far, committed or in autocommit
    /// (`data_version` counts only the others' commits). Only grows.
    public var ownChanges: Int { Int(sqlite3_total_changes64(handle)) }
    /// How statements wait for another connection's lock (5 s by default;
    /// an interactive session waits longer and shows that it waits).
    public let busyWait = BusyWait()

    /// Opens (and with `create`, creates) the file. Sets the per-connection
    /// pragmas; does not write anything to the file.
    /// - Parameter immutable: read a file nobody can be writing (SQLite then
    ///   needs no `-shm`, so a read-only folder works); implies `readOnly`.
    public init(path: String, create: Bool = true, readOnly: Bool = false, immutable: Bool = false) throws {
        var db: OpaquePointer?
        var flags = readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly && !immutable { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        var name = path
        if immutable {
            flags |= SQLITE_OPEN_URI
            name = "file:" + Database.uriEscaped(path) + "?immutable=1"
        }
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let msg = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: msg)
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        busyWait.attach(to: db)
        profile?.attach(to: db)
        do {
            try execute("PRAGMA foreign_keys = ON")
        } catch {
            sqlite3_close_v2(db)
            throw error
        }
    }

    /// A path as the path part of a `file:` URI.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...0xFF:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            default: out.append(Character(Unicode.Scalar(b)))
            }
        }
        return out
    }

    deinit {
        for (_, stmt) in cache { sqlite3_finalize(stmt) }
        sqlite3_close_v2(handle)
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Set once SQLite finds the file damaged: every later write is refused,
    /// so a damaged file is not made worse (`metodist check` tells more).
    public private(set) var isDamaged = false

    func error(_ rc: Int32, _ sql: String?) -> SQLiteError {
        let e = SQLiteError(code: rc, message: lastErrorMessage, sql: sql)
        if e.isCorrupt || e.isNotADatabase { isDamaged = true }
        return e
    }

    /// Runs a script of several statements (schema, pragmas), no parameters.
    public func executeScript(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let msg = err.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(err)
            throw SQLiteError(code: rc, message: msg, sql: sql)
        }
    }

    /// A cached prepared statement, reset and with bindings cleared.
    func statement(_ sql: String) throws -> OpaquePointer {
        if let s = cache[sql] { return s }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, sql) }
        cache[sql] = stmt
        return stmt
    }

    func bind(_ stmt: OpaquePointer, _ params: [SQLBindable], sql: String) throws {
        let expected = Int(sqlite3_bind_parameter_count(stmt))
        guard expected == params.count else {
            throw SQLiteError(code: SQLITE_RANGE, message: "expected \(expected) parameters, got \(params.count)", sql: sql)
        }
        for (i, p) in params.enumerated() {
            let idx = Int32(i + 1)
            let rc: Int32
            switch p.sqlValue {
            case .null: rc = sqlite3_bind_null(stmt, idx)
            case .int(let v): rc = sqlite3_bind_int64(stmt, idx, v)
            case .double(let v): rc = sqlite3_bind_double(stmt, idx, v)
            case .text(let v): rc = sqlite3_bind_text(stmt, idx, v, -1, SQLITE_TRANSIENT)
            case .blob(let v): rc = v.withUnsafeBytes { sqlite3_bind_blob(stmt, idx, $0.baseAddress, Int32(v.count), SQLITE_TRANSIENT) }
            }
            if rc != SQLITE_OK { throw error(rc, sql) }
        }
    }

    /// Runs a statement for each row; the statement is always reset after,
    /// so it never holds a read snapshot (a held snapshot hides other
    /// processes' commits and grows the WAL).
    public func forEach(_ sql: String, _ params: [SQLBindable] = [], _ body: (Row) throws -> Void) throws {
        let stmt = try statement(sql)
        defer { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt) }
        try bind(stmt, params, sql: sql)
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_ROW { try body(Row(stmt: stmt)); continue }
            if rc == SQLITE_DONE { return }
            throw error(rc, sql)
        }
    }

    /// All rows mapped.
    public func query<T>(_ sql: String, _ params: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        var out: [T] = []
        try forEach(sql, params) { out.append(try map($0)) }
        return out
    }

    /// The first row mapped, or nil.
    public func first<T>(_ sql: String, _ params: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> T? {
        let stmt = try statement(sql)
        defer { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt) }
        try bind(stmt, params, sql: sql)
        let rc = sqlite3_step(stmt)
        if rc == SQLITE_ROW { return try map(Row(stmt: stmt)) }
        if rc == SQLITE_DONE { return nil }
        throw error(rc, sql)
    }

    public func scalarInt(_ sql: String, _ params: [SQLBindable] = []) throws -> Int {
        try first(sql, params) { $0.int(0) } ?? 0
    }

    /// Runs a statement that returns no rows; answers the rows changed.
    @discardableResult
    public func execute(_ sql: String, _ params: [SQLBindable] = []) throws -> Int {
        let stmt = try statement(sql)
        defer { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt) }
        try bind(stmt, params, sql: sql)
        var rc = sqlite3_step(stmt)
        while rc == SQLITE_ROW { rc = sqlite3_step(stmt) }  // PRAGMAs may answer a row
        guard rc == SQLITE_DONE else { throw error(rc, sql) }
        return Int(sqlite3_changes(handle))
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` in a write transaction. The outermost one is
    /// `BEGIN IMMEDIATE`: it takes the write lock first, so it waits for
    /// another writer (`busyWait`) instead of failing half-way. Nested
    /// calls use savepoints. Any thrown error rolls everything back.
    public func write<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth == 0 {
            if isDamaged { throw SQLiteError(code: SQLITE_CORRUPT, message: "the file is damaged; writes are refused") }
            try execute("BEGIN IMMEDIATE")
        } else {
            try executeScript("SAVEPOINT sp\(transactionDepth)")
        }
        transactionDepth += 1
        do {
            let result = try body()
            transactionDepth -= 1
            if transactionDepth == 0 {
                try execute("COMMIT")
                committedSinceCheckpoint = true
            } else {
                try executeScript("RELEASE sp\(transactionDepth)")
            }
            return result
        } catch {
            transactionDepth -= 1
            if transactionDepth == 0 {
                try? execute("ROLLBACK")
            } else {
                try? executeScript("ROLLBACK TO sp\(transactionDepth); RELEASE sp\(transactionDepth)")
            }
            throw error
        }
    }

    /// A consistent read of several statements.
    public func read<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        try execute("BEGIN")
        transactionDepth += 1
        defer { transactionDepth -= 1; _ = try? execute("COMMIT") }
        return try body()
    }

    public var inTransaction: Bool { transactionDepth > 0 }

    /// Stops SQLite from copying the WAL back into the file inside a commit
    /// (every ~1,000 pages one commit paid for it: 100+ ms on a big file, in
    /// the middle of a keystroke); `checkpointIfCommitted` does it when idle.
    public func deferCheckpoints() throws {
        try execute("PRAGMA wal_autocheckpoint = 0")
    }

    /// Copies the WAL back into the file if this connection committed since
    /// the last time; PASSIVE, so it never waits for readers. Nothing to do
    /// costs nothing (an idle session must stay idle).
    public func checkpointIfCommitted() {
        guard committedSinceCheckpoint, transactionDepth == 0 else { return }
        committedSinceCheckpoint = false
        try? forEach("PRAGMA wal_checkpoint(PASSIVE)") { _ in }
    }

    /// Changes when another connection commits (own commits do not change it).
    public func dataVersion() throws -> Int { try scalarInt("PRAGMA data_version") }

    public func userVersion() throws -> Int { try scalarInt("PRAGMA user_version") }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
