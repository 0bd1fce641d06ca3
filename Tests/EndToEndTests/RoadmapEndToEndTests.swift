import CSQLite
import Foundation
import XCTest

/// The real binary in tmux: the demo coordinator filters the roadmap board to
/// one direction, moves a card to done by keys, quits, and finds it done
/// after a restart.
final class RoadmapEndToEndTests: XCTestCase {
    func status(_ path: String, titlePrefix: String) throws -> String? {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw XCTSkip("cannot open \(path)") }
        defer { sqlite3_close(db) }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT status FROM roadmap_items WHERE title LIKE ? || '%'", -1, &stmt, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(stmt) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_text(stmt, 1, titlePrefix, -1, transient)
        guard sqlite3_step(stmt) == SQLITE_ROW else { return nil }
        return sqlite3_column_text(stmt, 0).map { String(cString: $0) }
    }

    /// Opens the РМА tab (its number read from the tab bar) and the board of direction 6 by status.
    func openBoardOfDirection6(_ s: TmuxSession) throws -> String {
        let first = try s.waitFor("РМА")
        let tabLine = first.split(separator: "\n").first.map(String.init) ?? ""
        let tab = tabLine.components(separatedBy: " РМА").first?.split(separator: " ").last.map(String.init) ?? "4"
        try s.send(tab)
        _ = try s.waitFor("По кварталам")
        try s.send("d")
        _ = try s.waitFor("Направление")
        try s.type("шнор")
        _ = try s.waitFor("№6 Профилактики учебной неуспешности")
        try s.send("Enter")
        _ = try s.waitFor("напр.: №6")
        try s.send("v")
        return try s.waitFor("По статусам")
    }

    func testTheCoordinatorMovesACardToDoneAndItStaysDoneAfterARestart() throws {
        let db = try Harness.demoCopy()
        let title = "Мониторинг результатов"
        XCTAssertEqual(try status(db, titlePrefix: title), "planned")
        let command = "\(Harness.binary) --db \(TmuxSession.quote(db)) --as coordinator"
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

        let s = try TmuxSession(command: command, width: 80, height: 24, environment: env)
        _ = try openBoardOfDirection6(s)
        let board = try s.waitFor("выполнено (0)")
        XCTAssertTrue(board.contains("○ \(title)"), board)
        // The planned column is the first; the card goes forward twice: in progress, then done.
        try s.send("h")
        try s.send(">")
        _ = try s.waitFor("— выполняется")
        try s.send(">")
        let after = try s.waitFor("— выполнено")
        XCTAssertTrue(after.contains("выполнено (1)"), after)
        XCTAssertTrue(after.contains("● \(title)"), after)
        try s.send("q")
        _ = try s.waitFor("EXIT=0")
        XCTAssertEqual(try status(db, titlePrefix: title), "done")

        let again = try TmuxSession(command: command, width: 80, height: 24, environment: env)
        let restarted = try openBoardOfDirection6(again)
        _ = restarted
        let screen = try again.waitFor("выполнено (1)")
        XCTAssertTrue(screen.contains("● \(title)"), screen)
        XCTAssertTrue(screen.contains("запланировано (0)"), screen)
        try again.send("q")
        _ = try again.waitFor("EXIT=0")
    }
}
