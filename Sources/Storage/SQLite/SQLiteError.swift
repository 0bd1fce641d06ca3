/// A failure of SQLite, with the statement and the cause, so a message can
/// say exactly what went wrong.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code; self.message = message; self.sql = sql
    }

    public var description: String {
        if let sql { return "SQLite error \(code): \(message) — in: \(sql.prefix(200))" }
        return "SQLite error \(code): \(message)"
    }

    /// Another process holds the write lock beyond the busy timeout.
    public var isBusy: Bool { code & 0xFF == 5 || code & 0xFF == 6 }
    /// The file is not a database (SQLITE_NOTADB).
    public var isNotADatabase: Bool { code & 0xFF == 26 }
    /// The file is damaged (SQLITE_CORRUPT).
    public var isCorrupt: Bool { code & 0xFF == 11 }
    /// The file may not be written (SQLITE_READONLY).
    public var isReadOnly: Bool { code & 0xFF == 8 }
    /// A UNIQUE / FOREIGN KEY / CHECK constraint failed.
    public var isConstraint: Bool { code & 0xFF == 19 }
}
