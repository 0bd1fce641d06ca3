import CSQLite
import Foundation

/// With `METODIST_SQL_PROFILE=FILE` in the environment, every statement a
/// connection runs is appended to FILE with its time: the way to find the
/// query behind a slow key (`sort -rn FILE | head`). Off by default; costs
/// nothing then.
final class SQLProfile {
    private let file: UnsafeMutablePointer<FILE>

    private init(file: UnsafeMutablePointer<FILE>) { self.file = file }
    deinit { fclose(file) }

    /// The profile asked for by the environment, or nil.
    static func fromEnvironment() -> SQLProfile? {
        guard let path = ProcessInfo.processInfo.environment["METODIST_SQL_PROFILE"], !path.isEmpty,
              let file = fopen(path, "a") else { return nil }
        return SQLProfile(file: file)
    }

    /// Starts sending `handle`'s statement times here; the profile must
    /// outlive the connection (the Database holds it).
    func attach(to handle: OpaquePointer) {
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, nanoseconds in
            guard let context, let statement, let nanoseconds else { return 0 }
            let profile = Unmanaged<SQLProfile>.fromOpaque(context).takeUnretainedValue()
            let ms = Double(nanoseconds.load(as: Int64.self)) / 1_000_000
            let sql = sqlite3_expanded_sql(OpaquePointer(statement))
            let text = sql.map { String(cString: $0) } ?? "?"
            sqlite3_free(sql)
            let line = String(format: "%9.3f\t", ms) + text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\n"
            fputs(line, profile.file)
            return 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }
}
