import CSQLite
import Foundation
import XCTest

/// «Назначить тьютора» in the real binary in tmux, on the demo: a route of
/// Челябинский ГО is left without a tutor (as a tenth of the demo's routes
/// are); the demo tutor's program is running, filtered to that teacher;
/// the demo methodist assigns her from «Маршруты без тьютора»; the tutor's
/// caseload shows the teacher within a tick, without a key or a restart;
/// the tutor records a lesson observation that closes one of her deficits
/// and opens another, and the teacher's «Диагностика» tab shows both.
final class TutorAssignmentEndToEndTests: XCTestCase {
    /// Runs SQL on the file; answers the first row's texts.
    @discardableResult
    func sql(_ db: String, _ text: String) throws -> [String] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle else { throw XCTSkip("cannot open \(db)") }
        defer { sqlite3_close_v2(handle) }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(handle, text, -1, &stmt, nil) == SQLITE_OK else {
            XCTFail(String(cString: sqlite3_errmsg(handle))); return []
        }
        defer { sqlite3_finalize(stmt) }
        guard sqlite3_step(stmt) == SQLITE_ROW else { return [] }
        return (0..<sqlite3_column_count(stmt)).map { String(cString: sqlite3_column_text(stmt, $0)) }
    }

    func testAMethodistAssignsAndTheTutorsRunningSessionSeesTheNewcomer() throws {
        let db = try Harness.demoCopy()
        let binary = TutorEndToEndTests.binary
        // A teacher of the methodist's municipality, her route in progress with another tutor: made untutored.
        let row = try sql(db, """
            SELECT r.id, p.id, p.login, p.full_name FROM routes r JOIN people p ON p.id = r.person_id
            JOIN municipalities m ON m.id = p.municipality_id
            WHERE m.name = 'Челябинский ГО' AND r.status = 'inProgress' AND p.login NOT IN ('teacher', 'teacher2')
              AND r.tutor_id != (SELECT id FROM people WHERE login = 'tutor') AND (p.roles & 2) = 0
              AND NOT EXISTS (SELECT 1 FROM routes o WHERE o.person_id = p.id AND o.id != r.id)
            ORDER BY p.name_key LIMIT 1
            """)
        guard row.count == 4 else { return XCTFail("no such route in the demo") }
        let (route, person, login, name) = (row[0], row[1], row[2], row[3])
        try sql(db, "UPDATE routes SET tutor_id = NULL WHERE id = \(route)")
        try sql(db, "DELETE FROM tutoring WHERE person_id = \(person)")
        let surname = String(name.split(separator: " ").first ?? "")

        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        // The tutor's program, opened before the assignment, filtered to the teacher: nobody.
        let tutor = try TmuxSession(command: "\(binary) --db \(TmuxSession.quote(db)) --as tutor", width: 100, height: 30, environment: env)
        try tutor.waitFor("Сопровождаемые")
        try tutor.send("4")
        try tutor.waitFor("Прогресс")
        try tutor.send("/")
        try tutor.type(login)
        try tutor.waitFor("Фильтр: \(login)")
        try tutor.send("Enter")
        usleep(500_000)
        let before = try tutor.screen()
        XCTAssertFalse(before.contains(surname), "not in the caseload yet:\n\(before)")

        // The methodist assigns the demo tutor from the worklist.
        let methodist = try TmuxSession(command: "\(binary) --db \(TmuxSession.quote(db)) --as methodist", width: 100, height: 30,
                                        environment: env)
        try methodist.waitFor("Показатели")
        try methodist.send("5")
        try methodist.waitFor("без тьютора", timeout: 30)
        try methodist.send("t")
        try methodist.waitFor("Маршруты без тьютора · Челябинский ГО")
        try methodist.waitFor(surname)
        try methodist.send("a")
        try methodist.waitFor("Тьютор — \(name)")
        try methodist.type("Королёва")
        try methodist.waitFor("Королёва Татьяна Владимировна")
        try methodist.send("Enter")
        try methodist.waitFor("тьютор Королёва Т. В. · строка ушла из списка")
        let after = try methodist.screen()
        XCTAssertFalse(after.split(separator: "\n").dropFirst(2).dropLast(2).contains { $0.contains(name) }, "the row left the list:\n\(after)")

        // The tutor's program shows her within a tick (about a second), no key pressed.
        try tutor.waitFor(surname, timeout: 5)
        try methodist.send("Escape")
        try methodist.send("q")
        try methodist.waitFor("EXIT=0")
        // The teacher's screen names the tutor.
        let teacher = try Harness.run(binary, ["--db", db, "--as", login, "--headless", "--size", "120x30", "--keys", ""])
        XCTAssertEqual(teacher.status, 0, teacher.stderr)
        XCTAssertTrue(teacher.stdout.contains("Королёва"), teacher.stdout)

        // The tutor observes a lesson: an open deficit scores 80 (closed), a competence without one scores 30 (found).
        let competences = try rows(db, "SELECT id, code FROM competences ORDER BY id")
        let open = Set(try rows(db, "SELECT competence_id FROM deficits WHERE person_id = \(person) AND status != 'closed'").map { $0[0] })
        guard let closing = competences.firstIndex(where: { open.contains($0[0]) }),
              let opening = competences.firstIndex(where: { !open.contains($0[0]) }) else { return XCTFail("no deficit to close or open") }
        try tutor.send("Enter")
        try tutor.waitFor("ИОМ")
        try tutor.send("o")
        try tutor.waitFor("Диагностика: наблюдение урока")
        // The fields: source, date, then one score per competence in the framework's order.
        var focus = -2
        for (index, score) in [(closing, "80"), (opening, "30")].sorted(by: { $0.0 < $1.0 }) {
            for _ in focus..<index { try tutor.send("Down") }
            focus = index
            try tutor.type(score)
        }
        try tutor.send("C-s")
        try tutor.waitFor("Диагностика записана · закрыт: \(competences[closing][1])")
        try tutor.waitFor("выявлен: \(competences[opening][1])")
        try tutor.send("Escape", "Escape", "q")
        try tutor.waitFor("EXIT=0")
        let tab = try Harness.run(binary, ["--db", db, "--as", login, "--headless", "--size", "120x30", "--keys", "3"])
        XCTAssertEqual(tab.status, 0, tab.stderr)
        XCTAssertTrue(tab.stdout.contains("наблюдение урока"), tab.stdout)
        XCTAssertTrue(tab.stdout.contains("✓ закрыт: \(competences[closing][1])"), tab.stdout)
        XCTAssertTrue(tab.stdout.contains("+ выявлен: \(competences[opening][1])"), tab.stdout)
    }

    /// Every row's texts.
    func rows(_ db: String, _ text: String) throws -> [[String]] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else { throw XCTSkip("cannot open \(db)") }
        defer { sqlite3_close_v2(handle) }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(handle, text, -1, &stmt, nil) == SQLITE_OK else { XCTFail(String(cString: sqlite3_errmsg(handle))); return [] }
        defer { sqlite3_finalize(stmt) }
        var out: [[String]] = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            out.append((0..<sqlite3_column_count(stmt)).map { String(cString: sqlite3_column_text(stmt, $0)) })
        }
        return out
    }
}
