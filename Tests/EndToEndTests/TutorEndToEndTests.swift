import CSQLite
import Foundation
import XCTest

/// The demo tutor, in the real binary in tmux: finds the teacher without a
/// route (teacher2, Семёнов), builds a route from proposals, agrees it and
/// logs a consultation; then the teacher sees the agreed route.
final class TutorEndToEndTests: XCTestCase {
    /// The binary next to the running test executable (whatever the scratch
    /// path), else the Harness's.
    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("metodist").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : Harness.binary
    }

    func testTheDemoTutorBuildsAgreesAndConsultsAndTheTeacherSeesTheRoute() throws {
        let db = try Harness.demoCopy()
        let binary = TutorEndToEndTests.binary
        do {
            let s = try TmuxSession(command: "\(binary) --db \(TmuxSession.quote(db)) --as tutor", width: 100, height: 30,
                                    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try s.waitFor("Сопровождаемые")
            try s.send("4")
            try s.waitFor("Прогресс")
            try s.send("/")
            try s.type("teacher2")
            try s.waitFor("Фильтр: teacher2")
            try s.send("Enter")
            let list = try s.waitFor("Семёнов Артём")
            XCTAssertFalse(list.contains("Ефремова"), "the filter keeps only teacher2:\n\(list)")
            try s.send("Enter")
            try s.waitFor("Маршрута нет")
            try s.send("p")
            try s.waitFor("Предложения для маршрута")
            try s.send("a", "a", "a", "Enter")
            try s.waitFor("Черновик маршрута: шагов 3")
            try s.send("A")
            try s.waitFor("Маршрут согласован")
            try s.send("l")
            try s.waitFor("Консультация")
            try s.send("Tab", "Tab")
            try s.type("Обсуждение маршрута")
            try s.send("Enter")
            try s.type("Маршрут согласован")
            try s.send("Enter", "Enter")
            try s.waitFor("Консультация записана")
            try s.send("t")
            try s.waitFor("Обсуждение маршрута")
            try s.send("Escape", "Escape")
            try s.waitFor("Прогресс")
            try s.send("q")
            try s.waitFor("EXIT=0")
        }
        // The teacher sees the agreed route.
        let teacher = try Harness.run(binary, ["--db", db, "--as", "teacher2", "--headless", "--size", "100x30", "--keys", ""])
        XCTAssertEqual(teacher.status, 0, teacher.stderr)
        XCTAssertTrue(teacher.stdout.contains("согласован"), teacher.stdout)
        XCTAssertTrue(teacher.stdout.contains("Наставничество"), teacher.stdout)
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else { return XCTFail("cannot open \(db)") }
        defer { sqlite3_close_v2(handle) }
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(handle, """
            SELECT count(*) FROM consultations c JOIN people p ON p.id = c.person_id WHERE p.login = 'teacher2' AND c.topic = 'Обсуждение маршрута'
            """, -1, &stmt, nil)
        defer { sqlite3_finalize(stmt) }
        XCTAssertEqual(sqlite3_step(stmt), SQLITE_ROW)
        XCTAssertEqual(sqlite3_column_int(stmt, 0), 1)
    }
}
