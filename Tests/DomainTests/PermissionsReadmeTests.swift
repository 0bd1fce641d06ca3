import Foundation
import XCTest
@testable import Domain

/// The README's «Права доступа» table says exactly what `Permissions.matrix`
/// says: parsed cell by cell, so the documentation cannot drift from the code.
final class PermissionsReadmeTests: XCTestCase {
    static var readme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
    }

    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The table under the heading, as [role: actions].
    func parsedTable() throws -> [Role: Set<Action>] {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(of: "## Права доступа") else {
            XCTFail("README has no «## Права доступа» section"); return [:]
        }
        guard let head = lines[heading...].firstIndex(where: { $0.hasPrefix("| Действие") }) else {
            XCTFail("the section has no table"); return [:]
        }
        let columns = Self.cells(lines[head]).dropFirst().map { label in Role.allCases.first { $0.label.ru == label } }
        XCTAssertFalse(columns.contains(nil), "every column is a role: \(Self.cells(lines[head]))")
        XCTAssertEqual(Set(columns.compactMap { $0 }), Set(Role.allCases), "one column per role")
        var table: [Role: Set<Action>] = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, []) })
        var seen: [Action] = []
        for line in lines[(head + 2)...] {
            guard line.hasPrefix("|") else { break }
            let cells = Self.cells(line)
            let name = cells[0].split(separator: "`").dropFirst().first.map(String.init) ?? ""
            guard let action = Action(rawValue: name) else { XCTFail("unknown action in README: \(cells[0])"); continue }
            XCTAssertTrue(cells[0].hasPrefix(action.label.ru), "the row of \(action) is labelled «\(action.label.ru)»")
            seen.append(action)
            XCTAssertEqual(cells.count, columns.count + 1, "\(action): one cell per role")
            for (role, cell) in zip(columns, cells.dropFirst()) {
                guard let role else { continue }
                XCTAssertTrue(cell == "✓" || cell == "—", "\(action) × \(role): «\(cell)»")
                if cell == "✓" { table[role, default: []].insert(action) }
            }
        }
        XCTAssertEqual(seen.count, Set(seen).count, "each action once")
        XCTAssertEqual(Set(seen), Set(Action.allCases), "one row per action")
        return table
    }

    func testTheReadmeTableIsThePermissionMatrix() throws {
        let table = try parsedTable()
        for role in Role.allCases {
            for action in Action.allCases {
                XCTAssertEqual(table[role]?.contains(action) ?? false, Permissions.matrix[role]?.contains(action) ?? false,
                               "README vs Permissions.matrix: \(role.label.ru) × \(action.rawValue)")
            }
        }
    }
}
