import XCTest
import Domain
@testable import Storage
@testable import TUI

/// A person's route as tutor: proposals, agree, confirm, consultations,
/// and a version conflict between two tutors (two connections to one file).
final class TutorRouteTests: XCTestCase {
    func testBuildFromProposalsAgreeAndConsult() throws {
        let f = try TeacherFixture(programmeCompetences: ["c_c1"])
        // Семёнов: last in name order; open, proposals, accept the first, make the draft.
        let (app, _) = try f.run("tutor", "4G<Enter>p")
        var s = Headless.run(app, size: Size(width: 80, height: 24), events: []).screen
        XCTAssertTrue(s.contains("Предложения для маршрута"), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("a<Enter>")).screen
        XCTAssertTrue(s.contains("черновик"), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("A")).screen
        XCTAssertTrue(s.contains("Маршрут согласован"), s)
        XCTAssertEqual(try f.store.currentRoute(try f.store.viewer(login: "t_none"), personID: f.id("t_none"))?.status, .agreed)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("l<Tab><Tab>План на год<C-s>")).screen
        XCTAssertTrue(s.contains("Консультация записана"), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("t")).screen
        XCTAssertTrue(s.contains("План на год"), s)
    }

    func testConfirmWaitingStep() throws {
        let f = try TeacherFixture()
        let before = try f.store.db.first("SELECT count(*) FROM steps WHERE route_id = ? AND status = 'done'", [f.id("route")]) { $0.int(0) } ?? 0
        XCTAssertGreaterThan(before, 0)
        let stepID = try XCTUnwrap(try f.store.db.first("SELECT id FROM steps WHERE route_id = ? AND status = 'done' ORDER BY position LIMIT 1",
                                                         [f.id("route")]) { $0.int64(0) })
        let position = try f.store.db.first("SELECT count(*) FROM steps WHERE route_id = ? AND position <= (SELECT position FROM steps WHERE id = ?)",
                                            [f.id("route"), stepID]) { $0.int(0) } ?? 1
        let moves = String(repeating: "j", count: position - 1)
        let (app, t) = try f.run("tutor", "4<Enter>\(moves)cПринято<C-s>")
        let s = t.snapshot()
        XCTAssertTrue(s.contains("Шаг подтверждён"), s)
        XCTAssertEqual(try f.store.db.first("SELECT status FROM steps WHERE id = ?", [stepID]) { $0.string(0) }, "confirmed")
        // `u` takes the confirmation back: the step waits for the tutor again, with the comment it had.
        let undone = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("u")).screen
        XCTAssertTrue(undone.contains("Отменено: шаг \(position) снова «выполнен»"), undone)
        XCTAssertEqual(try f.store.db.first("SELECT status, tutor_comment FROM steps WHERE id = ?", [stepID]) { [$0.string(0), $0.string(1)] },
                       ["done", ""])
    }

    /// A step added by hand: the dialog names the person, not the step the
    /// cursor was on; after «Шаг добавлен» the cursor is on the new step.
    func testAnAddedStepTakesTheCursor() throws {
        let f = try TeacherFixture()
        let (app, opened) = try f.run("tutor", "4j<Enter>n")
        let titleRow = try XCTUnwrap((0..<24).first { opened.line($0).contains("Новый шаг") }, opened.snapshot())
        XCTAssertFalse(opened.line(titleRow + 1).contains("Современное оценивание") || opened.line(titleRow + 2).contains("Современное оценивание"),
                       "the dialog names the step it does not act on:\n" + opened.snapshot())
        let s = Headless.run(app, size: Size(width: 80, height: 24),
                             events: try KeySyntax.parse("<Tab>Мастер-класс по оцениванию<Tab><Tab><Tab>8<C-s>")).screen
        XCTAssertTrue(s.contains("Шаг добавлен"), s)
        let screen = try XCTUnwrap(app.views.compactMap { $0 as? TutorCaseloadView }.first?.person)
        XCTAssertEqual(screen.selectedStep?.title, "Мастер-класс по оцениванию", s)
    }

    func testRemovingAStepAsksFirst() throws {
        let f = try TeacherFixture()
        let (app, _) = try f.run("tutor", "4j<Enter>-")
        var s = Headless.run(app, size: Size(width: 80, height: 24), events: []).screen
        XCTAssertTrue(s.contains("Удалить шаг"), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("y")).screen
        XCTAssertTrue(s.contains("Шаг удалён"), s)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM steps WHERE route_id = ?", [f.id("r_t_agreed")]), 1)
    }

    func testVersionConflictBetweenTwoTutors() throws {
        let f = try TeacherFixture()
        let tutor2 = try f.store.loadPerson(Person(id: 0, login: "tutor2", fullName: "Зайцева Нина Павловна", organizationID: 1,
                                                   position: "", roles: [.tutor]))
        try f.store.loadTutoring(TutoringAssignment(tutorID: tutor2, personID: f.id("t_agreed"), since: Day(iso: "2024-01-01")!))
        // Tutor 1 (this store) opens Орлова's agreed route and starts to cancel it.
        let (app, _) = try f.run("tutor", "4j<Enter>")
        // Tutor 2, through a second connection to the same file, cancels first.
        let other = try SQLiteStore(path: f.store.path)
        other.today = f.store.today
        let v2 = try other.viewer(login: "tutor2")
        let route = try XCTUnwrap(try other.currentRoute(v2, personID: f.id("t_agreed")))
        try other.cancelRoute(v2, routeID: route.id, expectedVersion: route.version, reason: "Уволилась")
        let s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("XПереход<C-s>")).screen
        XCTAssertTrue(s.contains("Зайцева Нина Павловна"), s)
        XCTAssertTrue(s.contains("Переход"), "the dialog stays open with the typed reason:\n\(s)")
        // Not overwritten: the reason is tutor 2's.
        XCTAssertEqual(try f.store.db.first("SELECT cancel_reason FROM routes WHERE id = ?", [route.id]) { $0.string(0) }, "Уволилась")
    }
}
