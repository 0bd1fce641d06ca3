import Domain
import XCTest
@testable import Storage
@testable import TUI

/// `u` in the triage inbox puts the last action back through the same
/// versioned write, and refuses when someone else changed the request since
/// (on SQLite: the history and the audit are seen to record the undo).
final class TriageUndoTests: XCTestCase {
    var f: TriageFixture!
    override func setUpWithError() throws { f = try TriageFixture(.sqlite) }
    override func tearDown() { f = nil }

    func testUndoPutsTheDirectionBackAndTheHistorySaysSo() throws {
        let before = try XCTUnwrap(f.request(5))
        let robot = Robot(try f.app("methodist"), size: Size(width: 100, height: 24)).open(tab: "requests")
        try robot.select("Просьба о н").press("triage.direction").keys("7<Enter>")
        XCTAssertEqual(try f.request(5)?.direction, 7, robot.screen)
        robot.press("triage.undo")
        XCTAssertEqual(try f.request(5)?.direction, before.direction, robot.screen)
        XCTAssertTrue(robot.status.contains("Отменено (№5): направление 7"), robot.screen)
        let app = robot.app
        let log = try f.backend.requestLog(f.backend.viewer(login: "coord"), id: 5).filter { $0.change.field == "direction" }
        XCTAssertEqual(log.map(\.change.after), ["7", before.direction.map(String.init) ?? ""], "the undo is a change of its own")
        let again = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("u")).terminal
        XCTAssertTrue(again.text().contains("Отменять нечего"), "one undo per action:\n\(again.snapshot())")
    }

    func testUndoIsRefusedWhenSomeoneElseChangedTheRequestSince() throws {
        let (app, _) = try f.run("p<Up><Enter>")          // №5 to «срочный»
        XCTAssertEqual(try f.request(5)?.priority, .urgent)
        let other = try f.otherSession()
        let fresh = try XCTUnwrap(f.request(5))
        _ = try other.applyTriage(other.viewer(login: "coord"), [TriageTarget(id: 5, version: fresh.version)], .direction(2))
        let t = Headless.run(app, size: Size(width: 120, height: 24), events: try KeySyntax.parse("u")).terminal
        XCTAssertTrue(t.text().contains("Отменить нельзя: №5: Запись уже изменил Смирнов Пётр Алексеевич"), t.snapshot())
        XCTAssertEqual(try f.request(5)?.priority, .urgent, "the other user's write stands, the undo did not overwrite it")
        XCTAssertEqual(try f.request(5)?.direction, 2)
    }

    func testALifecycleMoveIsNotUndoneAndLeavesNothingToUndo() throws {
        let (app, _) = try f.run("d7<Enter>")
        // A decline after the direction: the lifecycle goes forward only, and the older undo is gone.
        _ = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("kxДубликат<C-s>"))
        XCTAssertEqual(try f.request(5)?.status, .declined)
        let t = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("u")).terminal
        XCTAssertTrue(t.text().contains("Отменять нечего"), t.snapshot())
        XCTAssertEqual(try f.request(5)?.status, .declined)
        XCTAssertEqual(try f.request(5)?.direction, 7)
    }
}
