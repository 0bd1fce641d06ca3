import XCTest
import Domain
@testable import Storage

/// The tutor's plan is checked when a step is saved, not at agreement:
/// adding or editing a step outside the route's period, a course of 0 hours
/// or of more hours than its programme is refused and writes nothing; data
/// that breaks these rules anyway (an older file, another tool) is found by `check`.
final class StepPlanRulesStoreTests: XCTestCase {
    var f: ContractFixture!
    var tutor: Viewer!
    var routeID: RouteID = 0

    override func setUpWithError() throws {
        f = try ContractFixture(stepProgramme: true)
        tutor = try f.viewer("tutor")
        try f.person("Новикова Дарья Олеговна", login: "novikova", org: "lyceum", roles: [.teacher])
        try f.store.loadTutoring(TutoringAssignment(tutorID: tutor.personID, personID: f.id("novikova"), since: Day(iso: "2023-09-01")!))
        routeID = try f.store.loadRoute(Route(id: 0, personID: f.id("novikova"), tutorID: tutor.personID, periodStart: Day(iso: "2023-09-01")!,
                                              periodEnd: Day(iso: "2024-08-31")!, status: .draft))
        f.ids["planned"] = try f.store.loadStep(RouteStep(id: 0, routeID: routeID, kind: .course, title: "Курс «Современный урок»",
                                                          catalog: .programme(f.id("prog")), plannedStart: Day(iso: "2024-03-01")!,
                                                          plannedEnd: Day(iso: "2024-04-01")!, hours: 36), position: 1)
    }
    override func tearDown() { f = nil }

    func route() throws -> Route { try XCTUnwrap(f.store.route(tutor, id: routeID)) }

    func testAnEditBeyondTheRoutesEndIsRefusedAndWritesNothing() throws {
        let untouched = try f.probe.fingerprint()
        XCTAssertThrowsError(try f.store.editStepPlan(tutor, stepID: f.id("planned"), expectedVersion: 1, title: "Курс «Современный урок»",
                                                      start: Day(iso: "2024-08-01")!, end: Day(iso: "2024-09-30")!, hours: 36)) { error in
            guard case .refused(let r) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(r.reason.ru.contains("выходит за период маршрута"), r.reason.ru)
        }
        XCTAssertThrowsError(try f.store.editStepPlan(tutor, stepID: f.id("planned"), expectedVersion: 1, title: "Курс «Современный урок»",
                                                      start: Day(iso: "2024-03-01")!, end: Day(iso: "2024-04-01")!, hours: 0))
        XCTAssertThrowsError(try f.store.editStepPlan(tutor, stepID: f.id("planned"), expectedVersion: 1, title: "Курс «Современный урок»",
                                                      start: Day(iso: "2024-03-01")!, end: Day(iso: "2024-04-01")!, hours: 72),
                             "72 hours of a 36-hour programme")
        XCTAssertEqual(try f.probe.fingerprint(), untouched)
        // Inside the rules it is saved.
        let edited = try f.store.editStepPlan(tutor, stepID: f.id("planned"), expectedVersion: 1, title: "Курс «Современный урок»",
                                              start: Day(iso: "2024-03-01")!, end: Day(iso: "2024-08-31")!, hours: 24)
        XCTAssertEqual(edited.hours, 24)
    }

    func testAddingACourseOfNoHoursIsRefused() throws {
        let r = try route()
        let course = RouteStep(id: 0, routeID: routeID, kind: .course, title: "Курс без часов", plannedStart: Day(iso: "2024-03-01")!,
                               plannedEnd: Day(iso: "2024-04-01")!, hours: 0)
        XCTAssertThrowsError(try f.store.addSteps(tutor, routeID: routeID, expectedRouteVersion: r.version, [course]))
        XCTAssertEqual(try f.store.steps(tutor, routeID: routeID).count, 1)
        var fine = course; fine.hours = 16
        XCTAssertEqual(try f.store.addSteps(tutor, routeID: routeID, expectedRouteVersion: r.version, [fine]).count, 1)
    }

    func testCheckFindsStepsThatBreakThePlanRules() throws {
        let sqlite = try f.sqlite("raw rows that no write of the program makes")
        func finds(_ text: String) throws -> Bool { try sqlite.check().findings.contains { $0.message.ru == text } }
        XCTAssertFalse(try finds("шаги вне периода своего маршрута"))
        try sqlite.db.execute("UPDATE steps SET planned_end = '2024-10-01' WHERE id = ?", [f.id("planned")])
        XCTAssertTrue(try finds("шаги вне периода своего маршрута"))
        try sqlite.db.execute("UPDATE steps SET planned_end = '2024-04-01', hours = 0 WHERE id = ?", [f.id("planned")])
        XCTAssertTrue(try finds("курсы без часов"))
        try sqlite.db.execute("UPDATE steps SET hours = 100 WHERE id = ?", [f.id("planned")])
        XCTAssertTrue(try finds("курсы с часами больше, чем в их программе"))
    }
}
