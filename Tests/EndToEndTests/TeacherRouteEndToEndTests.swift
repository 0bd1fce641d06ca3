import CSQLite
import Foundation
import XCTest

/// The demo teacher, in the real binary in tmux: marks a step done with
/// evidence typed in Cyrillic, quits, comes back and finds it done — and
/// the database holds the change and its audit row.
final class TeacherRouteEndToEndTests: XCTestCase {
    func session(_ db: String) throws -> TmuxSession {
        try TmuxSession(command: "\(Harness.binary) --db \(TmuxSession.quote(db)) --as teacher", width: 100, height: 30,
                        environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }

    func testTheDemoTeacherMarksAStepDoneWithCyrillicEvidenceAndFindsItDoneNextTime() throws {
        let db = try Harness.demoCopy()
        let certificate = "УД-7731 «Ёлкина»"
        do {
            let s = try session(db)
            let screen = try s.waitFor("Шаги маршрута")
            XCTAssertTrue(screen.contains("Мой маршрут"), "the teacher lands on the route:\n\(screen)")
            // The internship (in progress) is the fifth step of the demo route.
            try s.send("j", "j", "j", "j")
            try s.waitFor("шаг 5 из 6")
            try s.send("d")
            try s.waitFor("Удостоверение №")
            try s.type(certificate)
            try s.send("Tab", "Tab")
            try s.type("Стажировка пройдена, отчёт у наставника")
            // Enter in the note breaks a line; Ctrl+S saves (the program turns the terminal's flow control off).
            try s.send("Enter")
            try s.type("Вторая строка")
            try s.send("C-s")
            try s.waitFor("Шаг 5 выполнен — ждёт подтверждения тьютора")
            try s.send("q")
            try s.waitFor("EXIT=0")
        }
        do {
            let s = try session(db)
            try s.waitFor("Шаги маршрута")
            try s.send("j", "j", "j", "j")
            let screen = try s.waitFor("шаг 5 из 6")
            let row = screen.split(separator: "\n").first { $0.contains(" 5 Стажировка") } ?? ""
            XCTAssertTrue(row.contains("выполнен") && row.contains("✓"), "step 5 is done with evidence:\n\(screen)")
            try s.send("q")
            try s.waitFor("EXIT=0")
        }
        // The database: the step is done with the evidence, and the audit log has the change.
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else {
            return XCTFail("cannot open \(db)")
        }
        defer { sqlite3_close_v2(handle) }
        let step = query(handle, """
            SELECT s.id, s.status, s.evidence_certificate, s.evidence_note FROM steps s
            JOIN routes r ON r.id = s.route_id JOIN people p ON p.id = r.person_id
            WHERE p.login = 'teacher' AND s.title LIKE 'Стажировка%'
            """)
        XCTAssertEqual(step.count, 1)
        XCTAssertEqual(step.first?[1], "done")
        XCTAssertEqual(step.first?[2], certificate)
        XCTAssertEqual(step.first?[3], "Стажировка пройдена, отчёт у наставника\nВторая строка", "Enter made a second line of the note")
        let stepID = step.first?[0] ?? ""
        let audit = query(handle, "SELECT actor_login, after FROM audit WHERE entity = 'step' AND entity_id = \(Int(stepID) ?? -1) ORDER BY id DESC")
        XCTAssertEqual(audit.first?[0], "teacher")
        XCTAssertTrue(audit.first?[1].contains("status=done") ?? false, "\(audit)")
        XCTAssertTrue(audit.first?[1].contains(certificate) ?? false, "\(audit)")
    }

    /// Rows of text columns.
    func query(_ db: OpaquePointer, _ sql: String) -> [[String]] {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK, let stmt else { return [] }
        defer { sqlite3_finalize(stmt) }
        var rows: [[String]] = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            rows.append((0..<sqlite3_column_count(stmt)).map { i in
                sqlite3_column_text(stmt, i).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }
}
