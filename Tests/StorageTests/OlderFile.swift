@testable import Storage

/// A file exactly as a build of an older schema left it: the first
/// `version` migrations and nothing after, written by the raw connection
/// (no store of today opens it until the test says so).
enum OlderFile {
    static func make(at path: String, version: Int, then script: String = "") throws {
        let db = try Database(path: path)
        try db.execute("PRAGMA journal_mode = WAL")
        try db.executeScript("PRAGMA application_id = \(Schema.applicationID)")
        for n in 0..<version { try db.executeScript(Schema.migrations[n]) }
        try db.executeScript("PRAGMA user_version = \(version)")
        if !script.isEmpty { try db.executeScript(script) }
    }
}
