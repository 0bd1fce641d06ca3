import CSQLite
import Foundation
import XCTest

/// The real binary in tmux: the demo methodist triages three new requests
/// (direction, assignee, due date) by keys alone; the assignees then see them.
final class TriageEndToEndTests: XCTestCase {
    /// Rows of one SQL query as text.
    func query(_ path: String, _ sql: String) throws -> [[String]] {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw XCTSkip("cannot open \(path)") }
        defer { sqlite3_close(db) }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
            XCTFail(String(cString: sqlite3_errmsg(db))); return []
        }
        defer { sqlite3_finalize(stmt) }
        var rows: [[String]] = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(stmt)).map { i in
                sqlite3_column_text(stmt, i).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }

    /// Data rows of the inbox on a captured screen: the lines after the header.
    func dataRows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.contains("Статус") && $0.contains("Кто просит") }) else { return [] }
        return Array(lines[(header + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    func testTheMethodistTriagesThreeNewRequestsByKeysAndTheAssigneesSeeThem() throws {
        let db = try Harness.demoCopy()
        let newBefore = try query(db, """
            SELECT count(*) FROM requests q JOIN people m ON m.login = 'methodist'
            WHERE q.status = 'new' AND q.municipality_id = m.municipality_id
            """).first?.first.flatMap { Int($0) } ?? 0
        guard newBefore >= 3 else { throw XCTSkip("the demo methodist has fewer than three new requests") }

        let s = try TmuxSession(command: "\(Harness.binary) --db \(TmuxSession.quote(db)) --as methodist", width: 120, height: 40,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        let first = try s.waitFor("Запросы")
        // The inbox's tab number from the tab bar.
        let tabLine = first.split(separator: "\n").first.map(String.init) ?? ""
        let tab = tabLine.components(separatedBy: " Запросы").first?.split(separator: " ").last.map(String.init) ?? "3"
        try s.send(tab)
        var screen = try s.waitFor("Кто просит")

        // Walk down the open inbox; on each new request: direction 1, the lightest assignee, due in a week.
        var cursor = 0
        var done = 0
        while done < 3 {
            let rows = dataRows(screen)
            // The cursor follows the request through its three actions, staying on its screen line.
            guard let next = rows.indices.first(where: { $0 >= cursor && $0 < rows.count - 1 && rows[$0].contains(" новый ") }) else {
                XCTFail("no new request below row \(cursor):\n\(screen)"); return
            }
            for _ in cursor..<next { try s.send("j") }
            cursor = next
            try s.send("d"); try s.waitFor("Направление —")
            try s.type("1."); try s.send("Enter")
            try s.waitFor("направление 1")
            try s.send("a"); try s.waitFor("снять исполнителя")
            try s.send("Down", "Enter")
            try s.waitFor(": исполнитель")
            try s.send("t"); try s.waitFor("Срок (")
            try s.send("C-u"); try s.type("+7"); try s.send("Enter")
            screen = try s.waitFor(": срок")
            done += 1
            usleep(200_000)
            screen = try s.screen()
        }
        try s.send("q")
        try s.waitFor("EXIT=0")

        // Three requests of the methodist's municipality are now assigned, with direction 1 and a due date, by the methodist.
        let triaged = try query(db, """
            SELECT q.id, a.login, q.text FROM requests q JOIN people a ON a.id = q.assignee_id
            WHERE q.status = 'assigned' AND q.direction = 1 AND q.due IS NOT NULL
              AND q.id IN (SELECT entity_id FROM history h JOIN people m ON m.id = h.actor_id
                           WHERE h.entity = 'request' AND m.login = 'methodist' AND h.field = 'due')
            """)
        XCTAssertEqual(triaged.count, 3, "\(triaged)")
        // Each assignee sees their request: the binary, headless, as the assignee, searching its text.
        for row in triaged {
            let words = row[2].split(separator: " ").prefix(6).joined(separator: " ")
            let r = try Harness.metodist(["--db", db, "--as", row[1], "--headless", "--size", "160x40",
                                          "--keys", ":Открыть: Запросы<Enter>/\(words)<Enter>"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains(String(words.prefix(20))), "\(row[1]) does not see request \(row[0]):\n\(r.stdout)")
        }
    }
}
