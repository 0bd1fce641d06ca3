import XCTest
@testable import Domain

/// A planned step keeps its rules from the moment it is saved: inside the
/// route's period, a course with hours, no more hours than its programme.
final class StepPlanRulesTests: XCTestCase {
    let route = Route(id: 1, personID: 1, tutorID: 2, periodStart: Day(iso: "2023-09-01")!, periodEnd: Day(iso: "2024-08-31")!, status: .draft)

    func step(_ kind: StepKind = .course, _ start: String = "2023-10-01", _ end: String = "2023-12-01", hours: Int = 36) -> RouteStep {
        RouteStep(id: 0, routeID: 1, kind: kind, title: "Курс", plannedStart: Day(iso: start)!, plannedEnd: Day(iso: end)!, hours: hours)
    }

    func testAStepInsideThePeriodWithItsHoursStands() {
        XCTAssertNil(step().planRefusal(in: route, programmeHours: 36))
        XCTAssertNil(step(.selfEducation, hours: 0).planRefusal(in: route), "self-education may have no hours")
        XCTAssertNil(step(.course, "2023-09-01", "2024-08-31", hours: 72).planRefusal(in: route), "the period's own ends are inside")
    }

    func testAStepOutsideThePeriodIsRefusedNamingBoth() throws {
        let refusal = try XCTUnwrap(step(.course, "2024-08-01", "2024-09-15").planRefusal(in: route))
        XCTAssertTrue(refusal.reason.ru.contains("выходит за период маршрута 01.09.2023–31.08.2024"), refusal.reason.ru)
        XCTAssertNotNil(step(.course, "2023-08-31", "2023-10-01").planRefusal(in: route))
    }

    func testACourseNeedsHoursAndNoMoreThanItsProgramme() throws {
        XCTAssertTrue(try XCTUnwrap(step(hours: 0).planRefusal(in: route)).reason.ru.contains("должны быть часы"))
        let more = try XCTUnwrap(step(hours: 40).planRefusal(in: route, programmeHours: 36))
        XCTAssertEqual(more.reason.ru, "В программе курса «Курс» 36 часов, а у шага 40")
        XCTAssertNil(step(hours: 24).planRefusal(in: route, programmeHours: 36), "a part of the programme is fine")
    }

    func testAgreementUsesTheSameRules() {
        guard case .failure(let refusal) = route.agree(steps: [step(hours: 0)]) else { return XCTFail("agreed with a course of 0 hours") }
        XCTAssertTrue(refusal.reason.ru.contains("должны быть часы"), refusal.reason.ru)
    }
}
