import Foundation
import XCTest

/// The screen layer and the command line see Storage's API, never SQLite:
/// no CSQLite import and no reach into the store's connection (`.db`).
/// (Issue 16 takes this to every file above Storage and to SQL keywords.)
final class LayeringTests: XCTestCase {
    func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/\(folder)")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        XCTAssertFalse(files.isEmpty, "the sources of \(folder) are found")
        return try files.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    func testTheScreenAndTheCommandLineNeverReachSQLite() throws {
        for folder in ["TUI", "metodist"] {
            for file in try sources(folder) {
                XCTAssertFalse(file.text.contains("import CSQLite"), "\(folder)/\(file.path) imports CSQLite")
                XCTAssertNil(file.text.range(of: #"store\.db\b"#, options: .regularExpression),
                             "\(folder)/\(file.path) reaches into the store's connection")
            }
        }
    }
}
