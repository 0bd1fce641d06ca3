import XCTest
@testable import Domain

/// `u` on a step takes back the move just made, by the hand that made it,
/// and puts back everything that move changed.
final class StepUndoTests: XCTestCase {
    let planned = RouteStep(id: 7, routeID: 1, kind: .course, title: "Курс", plannedStart: Day(iso: "2024-03-01")!,
                            plannedEnd: Day(iso: "2024-04-01")!, hours: 36, tutorComment: "Начните с модуля 2")

    func testEveryTeachersMoveComesBackExactly() throws {
        let started = try planned.start(routeStatus: .inProgress).get()
        XCTAssertEqual(try started.undoing(to: planned, by: .owner, routeStatus: .inProgress).get(), planned)
        let done = try started.markDone(evidence: Evidence(certificate: "77-1", note: "сдан"), routeStatus: .inProgress).get()
        XCTAssertEqual(try done.undoing(to: started, by: .owner, routeStatus: .inProgress).get(), started, "the evidence goes too")
        let doneAtOnce = try planned.markDone(evidence: Evidence(note: "сразу"), routeStatus: .inProgress).get()
        XCTAssertEqual(try doneAtOnce.undoing(to: planned, by: .owner, routeStatus: .inProgress).get(), planned)
        let skipped = try started.askSkip(reason: "болезнь", routeStatus: .inProgress).get()
        XCTAssertEqual(try skipped.undoing(to: started, by: .owner, routeStatus: .inProgress).get(), started, "the reason goes too")
    }

    func testTheTutorsConfirmAndReturnComeBack() throws {
        let done = try planned.markDone(evidence: Evidence(note: "сдан"), routeStatus: .inProgress).get()
        let confirmed = try done.confirm(comment: "Отлично", routeStatus: .inProgress).get()
        XCTAssertEqual(try confirmed.undoing(to: done, by: .tutor, routeStatus: .inProgress).get(), done, "the comment goes back too")
        let returned = try done.returnToWork(comment: "Добавьте ссылку", routeStatus: .inProgress).get()
        XCTAssertEqual(try returned.undoing(to: done, by: .tutor, routeStatus: .inProgress).get(), done)
    }

    func testAHandTakesBackOnlyItsOwnMoves() throws {
        let done = try planned.markDone(evidence: Evidence(note: "сдан"), routeStatus: .inProgress).get()
        let confirmed = try done.confirm(routeStatus: .inProgress).get()
        // The teacher cannot "undo" the tutor's confirmation, nor the tutor the teacher's work.
        XCTAssertThrowsError(try confirmed.undoing(to: done, by: .owner, routeStatus: .inProgress).get())
        XCTAssertThrowsError(try done.undoing(to: planned, by: .tutor, routeStatus: .inProgress).get())
        // Not the reverse of one move: confirmed straight back to planned.
        XCTAssertThrowsError(try confirmed.undoing(to: planned, by: .tutor, routeStatus: .inProgress).get())
        // Another step's state is not this one's past.
        var other = planned; other.id = 8
        XCTAssertThrowsError(try planned.start(routeStatus: .inProgress).get().undoing(to: other, by: .owner, routeStatus: .inProgress).get())
    }

    func testAFinishedRouteKeepsItsSteps() throws {
        let started = try planned.start(routeStatus: .inProgress).get()
        guard case .failure(let refusal) = started.undoing(to: planned, by: .owner, routeStatus: .completed) else {
            return XCTFail("a completed route's step was changed")
        }
        XCTAssertTrue(refusal.reason.ru.contains("отменить изменение шага уже нельзя"), refusal.reason.ru)
    }

    func testAnEndedPairComesBackOnlyFromItsEnd() throws {
        let pair = MentoringPair(id: 3, mentorID: 1, menteeID: 2, start: Day(iso: "2024-01-10")!, status: .active)
        let ended = try pair.ended(on: Day(iso: "2024-03-15")!).get()
        XCTAssertEqual(try ended.undoingEnd(to: pair).get(), pair)
        XCTAssertThrowsError(try pair.undoingEnd(to: pair).get(), "an active pair has no end to take back")
        var completed = ended; completed.status = .completed
        XCTAssertThrowsError(try completed.undoingEnd(to: pair).get(), "a completed pair is not an early end")
    }
}
