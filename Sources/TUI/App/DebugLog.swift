import Foundation

/// With `METODIST_DEBUG_LOG=FILE` in the environment, the technical detail
/// of an error (the SQLite code and the statement) is appended to FILE; the
/// screen shows only the words a user can act on. Off by default.
enum DebugLog {
    static func write(_ line: String) {
        guard let path = ProcessInfo.processInfo.environment["METODIST_DEBUG_LOG"], !path.isEmpty,
              !DebugLog.mayBeDatabase(path), let file = fopen(path, "a") else { return }
        defer { fclose(file) }
        fputs(line.replacingOccurrences(of: "\n", with: " ") + "\n", file)
    }

    /// A log pointed by mistake at a database, its -wal or -shm is not
    /// opened: closing our own descriptor on that file would drop every POSIX
    /// lock SQLite holds on it in this process (DatabaseFile.swift).
    static func mayBeDatabase(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".db", ".sqlite", ".sqlite3", "-wal", "-shm", "-journal"].contains { lower.hasSuffix($0) }
    }
}
