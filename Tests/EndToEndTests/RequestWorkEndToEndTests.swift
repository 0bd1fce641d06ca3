import Foundation
import XCTest

/// Issue 19, in the real binary in tmux on the demo: the demo tutor takes
/// request №13 into work, records the help given and resolves it; the
/// author (teacher) reads the answer and the help; the region's on-time
/// indicator moves by the one request resolved on time.
final class RequestWorkEndToEndTests: XCTestCase {
    /// The region's row of «Доля запросов, решённых в срок»: numerator and denominator.
    private func onTime(_ db: String) throws -> (Int, Int)? {
        let out = try Harness.run(TutorEndToEndTests.binary, ["export", "indicators", "--db", db, "--as", "coordinator"])
        XCTAssertEqual(out.status, 0, out.stderr)
        guard let row = out.stdout.split(separator: "\n").first(where: { $0.hasPrefix("| Челябинская область | requestsOnTimeShare") }) else {
            return nil
        }
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 6, let n = Int(cells[4]), let d = Int(cells[5]) else { return nil }
        return (n, d)
    }

    func testTheDemoTutorWorksRequest13ToTheEndAndTheTeacherReadsTheAnswer() throws {
        let db = try Harness.demoCopy()
        let binary = TutorEndToEndTests.binary
        let before = try XCTUnwrap(onTime(db))
        do {
            let s = try TmuxSession(command: "\(binary) --db \(TmuxSession.quote(db)) --as tutor", width: 80, height: 24,
                                    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try s.waitFor("Запросы")
            try s.send("3")
            let list = try s.waitFor("w в работу")
            XCTAssertTrue(list.contains("   13 ") && list.contains("назначен"), "№13 waits for her:\n\(list)")
            try s.send("w")
            try s.waitFor("Запрос взят в работу")
            try s.send("p")
            try s.waitFor("Что сделано")
            try s.send("Tab", "Tab")
            try s.type("Разобрали структуру программы, дала шаблон")
            try s.send("C-s")
            try s.waitFor("Помощь записана")
            try s.send("r")
            try s.waitFor("Ответ автору")
            try s.type("Программа готова: шаблон и пример в письме")
            try s.send("C-s")
            let done = try s.waitFor("Запрос решён")
            XCTAssertTrue(done.contains("решён"), done)
            try s.send("Enter")
            let detail = try s.waitFor("Оказанная помощь")
            XCTAssertTrue(detail.contains("консультация — Разобрали структуру программы"), detail)
            try s.send("Escape", "q")
            try s.waitFor("EXIT=0")
        }
        do {
            let s = try TmuxSession(command: "\(binary) --db \(TmuxSession.quote(db)) --as teacher", width: 80, height: 24,
                                    environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            try s.waitFor("Мои запросы")
            try s.send("4")
            try s.waitFor("решён")
            try s.send("Enter")
            let read = try s.waitFor("Программа готова: шаблон и пример в письме")
            XCTAssertTrue(read.contains("Ответ") && read.contains("Оказанная помощь"), read)
            XCTAssertTrue(read.contains("Королёва Татьяна Владимировна"), read)
            try s.send("Escape", "q")
            try s.waitFor("EXIT=0")
        }
        let after = try XCTUnwrap(onTime(db))
        XCTAssertEqual(after.0, before.0 + 1, "resolved on time: \(before) → \(after)")
        XCTAssertEqual(after.1, before.1 + 1)
    }
}
