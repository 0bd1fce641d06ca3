import Foundation
import XCTest

/// Everything above Storage — the CSV exchange, the demo-region generator,
/// the screen layer, the command line, the benchmark and the load tool — sees Storage's protocols, never SQLite: no
/// CSQLite import, no connection class (`Database`), no reach into a store's
/// connection (`.db`), no SQL. The SQL lives in `Sources/Storage` only.
final class LayeringTests: XCTestCase {
    static let aboveStorage = ["Sources/Exchange", "Sources/DemoRegion", "Sources/TUI", "Sources/metodist", "Benchmarks/metodist-bench", "Tools/metodist-load"]

    func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        XCTAssertFalse(files.isEmpty, "the sources of \(folder) are found")
        return try files.map { ("\(folder)/\($0)", try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// SQL as it is written in strings: a statement's opening words.
    static let sql = #"\b(SELECT\s+(DISTINCT\s+)?[\w.*(]+|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+TABLE|PRAGMA\s+\w|BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)|WITH\s+RECURSIVE)"#

    /// Code without comments and string literals: what names a type or a member.
    static func code(_ text: String) -> String {
        var s = text.replacingOccurrences(of: #"(?s)"""(.*?)""""#, with: "\"\"", options: .regularExpression)
        s = s.replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
        return uncommented(s)
    }

    /// The text without comments (a comment may name what it avoids).
    static func uncommented(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?s)/\*.*?\*/"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^\s*//[^\n]*"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"\s//\s[^\n]*"#, with: "", options: .regularExpression)
    }

    func violations(_ path: String, _ text: String) -> [String] {
        var found: [String] = []
        let code = LayeringTests.code(text)
        if code.range(of: #"\bimport\s+CSQLite\b"#, options: .regularExpression) != nil { found.append("\(path) imports CSQLite") }
        if code.range(of: #"\bDatabase\b"#, options: .regularExpression) != nil { found.append("\(path) names Database") }
        if code.range(of: #"\.db\b"#, options: .regularExpression) != nil { found.append("\(path) reaches a connection (.db)") }
        let uncommented = LayeringTests.uncommented(text)
        if let r = uncommented.range(of: LayeringTests.sql, options: .regularExpression) {
            found.append("\(path) holds SQL: «\(uncommented[r])»")
        }
        return found
    }

    func testNothingAboveStorageReachesSQLite() throws {
        var found: [String] = []
        for folder in LayeringTests.aboveStorage {
            for file in try sources(folder) { found += violations(file.path, file.text) }
        }
        XCTAssertEqual(found, [], found.joined(separator: "\n"))
    }

    /// The rule catches what it is for, and not file names or words in a message.
    func testTheRuleSeesSQLAndConnectionsButNotFileNames() {
        XCTAssertEqual(violations("a", #"let n = try store.db.scalarInt("x")"#), ["a reaches a connection (.db)"])
        XCTAssertEqual(violations("b", "let d = try Database(path: p)"), ["b names Database"])
        XCTAssertEqual(violations("c", "import CSQLite"), ["c imports CSQLite"])
        XCTAssertEqual(violations("d", #"q("SELECT id FROM people")"#), [#"d holds SQL: «SELECT id»"#])
        XCTAssertEqual(violations("e", "\"\"\"\n    UPDATE requests SET x = 1\n\"\"\""), [#"e holds SQL: «UPDATE requests SET»"#])
        XCTAssertEqual(violations("f", #"let path = home + "/metodist.db" // Database file"#), [])
        XCTAssertEqual(violations("g", #"say("Выберите (select) строку; update later")"#), [])
    }
}
