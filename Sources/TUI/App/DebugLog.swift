import Foundation

/// With `METODIST_DEBUG_LOG=FILE` in the environment, the technical detail
/// of an error (the SQLite code and the statement) is appended to FILE; the
/// screen shows only the words a user can act on. Off by default.
enum DebugLog {
    static func write(_ line: String) {
        guard let path = ProcessInfo.processInfo.environment["METODIST_DEBUG_LOG"], !path.isEmpty,
              let file = fopen(path, "a") else { return }
        defer { fclose(file) }
        fputs(line.replacingOccurrences(of: "\n", with: " ") + "\n", file)
    }
}
