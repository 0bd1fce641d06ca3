import XCTest
@testable import Domain

final class RouteRulesTests: XCTestCase {
    func route(_ status: RouteStatus = .draft, tutor: PersonID? = 5) -> Route {
        Route(id: 2, personID: 7, tutorID: tutor, periodStart: day("2024-09-01"), periodEnd: day("2025-08-31"), status: status)
    }
    func step(_ id: StepID, _ status: StepStatus = .planned, from: String = "2024-10-01", to: String = "2024-11-30",
              hours: Int = 10, title: String = "Шаг") -> RouteStep {
        RouteStep(id: id, routeID: 2, kind: .selfEducation, title: title, plannedStart: day(from), plannedEnd: day(to),
                  hours: hours, status: status)
    }

    func testAgree() {
        XCTAssertEqual(success(route().agree(steps: [step(1), step(2, from: "2024-09-01", to: "2025-08-31")]))?.status, .agreed)
        assertRefused(route(tutor: nil).agree(steps: [step(1)]), ru: ["тьютора"], en: ["tutor"])
        assertRefused(route().agree(steps: []), ru: ["нет ни одного шага"], en: ["no steps"])
        assertRefused(route().agree(steps: [step(1, .skipped)]), en: ["no steps"])
        assertRefused(route().agree(steps: [step(1), step(2, from: "2024-08-31", title: "Ранний")]),
                      ru: ["«Ранний»", "31.08.2024", "01.09.2024–31.08.2025"], en: ["outside the route period"])
        assertRefused(route().agree(steps: [step(1, to: "2025-09-01", title: "Поздний")]), ru: ["«Поздний»"])
        assertRefused(route().agree(steps: [step(1, from: "2024-12-01", to: "2024-11-01")]), en: ["ends"])
        assertRefused(route(.agreed).agree(steps: [step(1)]), ru: ["уже «согласован»"])
        assertRefused(route(.inProgress).agree(steps: [step(1)]), ru: ["«реализуется»", "«согласован»"])
    }

    /// A route in progress is corrected step by step (a re-diagnostic opens
    /// a deficit mid-year); a finished or cancelled one is history.
    func testThePlanChangesUntilTheRouteIsCompletedOrCancelled() {
        for status in [RouteStatus.draft, .agreed, .inProgress] {
            XCTAssertEqual(success(route(status).replanned("шаг"))?.changes.first?.field, "plan", "\(status)")
        }
        assertRefused(route(.completed).replanned(""), ru: ["«завершён»", "не завершён и не отменён"], en: ["completed or cancelled"])
        assertRefused(route(.cancelled).replanned(""), ru: ["«отменён»"])
    }

    func testAgreeIgnoresSkippedStepsOutsideThePeriod() {
        XCTAssertNotNil(success(route().agree(steps: [step(1), step(2, .skipped, from: "2020-01-01", to: "2020-01-02")])))
    }

    func testAgreeRefusesABackwardsPeriod() {
        var r = route()
        r.periodEnd = day("2024-08-01")
        assertRefused(r.agree(steps: [step(1)]), en: ["period ends"])
    }

    func testStart() {
        XCTAssertEqual(success(route(.agreed).start())?.status, .inProgress)
        assertRefused(route(.draft).start(), ru: ["«черновик»", "«реализуется»"])
    }

    func testComplete() {
        let finished = [step(1, .confirmed), step(2, .skipped), step(3, .confirmed)]
        XCTAssertEqual(success(route(.inProgress).complete(steps: finished))?.status, .completed)
        assertRefused(route(.inProgress).complete(steps: [step(1, .confirmed), step(2, .done, title: "Курс")]),
                      ru: ["1", "«Курс»", "выполнен"], en: ["1 step(s)"])
        assertRefused(route(.inProgress).complete(steps: [step(1, .skipped)]), ru: ["ни один шаг не подтверждён"])
        assertRefused(route(.inProgress).complete(steps: []), en: ["no step is confirmed"])
        assertRefused(route(.agreed).complete(steps: finished), ru: ["«согласован»", "«завершён»"])
    }

    func testCancel() {
        let cancelled = success(route(.inProgress).cancel(reason: "  увольнение "))
        XCTAssertEqual(cancelled?.status, .cancelled)
        XCTAssertEqual(cancelled?.cancelReason, "увольнение")
        XCTAssertEqual(success(route(.draft).cancel(reason: "дубль"))?.status, .cancelled)
        XCTAssertEqual(success(route(.agreed).cancel(reason: "дубль"))?.status, .cancelled)
        assertRefused(route(.draft).cancel(reason: " "), ru: ["причину"], en: ["reason"])
        assertRefused(route(.completed).cancel(reason: "x"), en: ["final"])
    }

    func testBackToDraft() {
        XCTAssertEqual(success(route(.agreed).backToDraft(steps: [step(1), step(2, .skipped)]))?.status, .draft)
        assertRefused(route(.agreed).backToDraft(steps: [step(1), step(2, .inProgress, title: "Стажировка")]),
                      ru: ["«Стажировка»", "«выполняется»"])
        assertRefused(route(.inProgress).backToDraft(steps: []), ru: ["«реализуется»", "«черновик»"])
    }

    func testProgress() {
        let steps = [step(1, .planned, hours: 16), step(2, .inProgress, hours: 8), step(3, .done, hours: 36),
                     step(4, .confirmed, hours: 72), step(5, .confirmed, hours: 4), step(6, .skipped, hours: 100)]
        let p = Route.progress(of: steps)
        XCTAssertEqual(p.total, 5)
        XCTAssertEqual(p.done, 3)
        XCTAssertEqual(p.confirmed, 2)
        XCTAssertEqual(p.awaitingConfirmation, 1)
        XCTAssertEqual(p.skipped, 1)
        XCTAssertEqual(p.hoursPlanned, 136)
        XCTAssertEqual(p.hoursDone, 112)
        XCTAssertEqual(p.fractionDone, 0.6, accuracy: 1e-9)
        XCTAssertEqual(p.fractionConfirmed, 0.4, accuracy: 1e-9)
        let empty = Route.progress(of: [step(1, .skipped)])
        XCTAssertEqual(empty.total, 0)
        XCTAssertEqual(empty.fractionDone, 0)
    }

    func testCovers() {
        XCTAssertTrue(route().covers(day("2024-09-01")))
        XCTAssertTrue(route().covers(day("2025-08-31")))
        XCTAssertFalse(route().covers(day("2025-09-01")))
    }
}
