import Domain
import Foundation
import XCTest
@testable import Storage

/// Assigning a tutor through the one versioned write (`assignTutor`), on the
/// permission world: everyone in municipality A, strangers in B.
final class TutorAssignmentStoreTests: XCTestCase {
    var tutorLogin: String { PermissionWorld.login(.tutor) }

    /// A second tutor in A and one in B.
    func world() throws -> PermissionWorld {
        let w = try PermissionWorld()
        try w.fixture.person("Вторая Тьютор Анна", login: "tutor2", org: "schoolA", roles: [.teacher, .tutor], directions: [3])
        try w.fixture.person("Чужая Тьютор Белла", login: "tutorB", org: "schoolB", roles: [.tutor])
        return w
    }

    func testAMethodistAssignsAndTheCaseloadShowsThePersonAtOnce() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist), t = try w.actor(.tutor)
        let route = try w.freshUntutoredRoute()
        XCTAssertFalse(try w.store.caseloadPage(t, limit: 10).map(\.login).contains("neighbour"))
        let history = try w.fixture.probe.count("history"), audit = try w.fixture.probe.auditCount(entity: "route")
        let changed = try w.store.assignTutor(m, routeID: route, expectedVersion: 1, tutorID: w.id(tutorLogin))
        XCTAssertEqual(changed.tutorID, w.id(tutorLogin))
        XCTAssertEqual(changed.version, 2)
        XCTAssertEqual(try w.fixture.probe.count("history"), history + 1, "one history row: the tutor")
        XCTAssertEqual(try w.fixture.probe.auditCount(entity: "route"), audit + 1, "one audit row")
        let entry = try XCTUnwrap(try w.store.auditLog(try w.actor(.coordinator), AuditQuery(), after: nil, limit: 1).first)
        XCTAssertEqual(entry.entry.action, "tutor")
        XCTAssertEqual(entry.entry.after, "tutor=\(w.id(tutorLogin))")
        XCTAssertTrue(try w.store.caseloadPage(t, limit: 10).map(\.login).contains("neighbour"), "the newcomer is in the caseload")
        // Another session (another user's program) sees it too.
        let other = try w.fixture.instance.anotherSession()
        XCTAssertTrue(try other.caseloadPage(t, limit: 10).map(\.login).contains("neighbour"))
    }

    func testChangingTheTutorMovesThePersonBetweenCaseloads() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist), t = try w.actor(.tutor), t2 = try w.fixture.viewer("tutor2")
        let route = w.id("route_pupil")   // the pupil is in every role's caseload by a tutoring row
        try w.store.assignTutor(m, routeID: route, expectedVersion: 1, tutorID: w.id(tutorLogin))
        try w.store.assignTutor(m, routeID: route, expectedVersion: 2, tutorID: w.id("tutor2"))
        XCTAssertFalse(try w.store.caseloadPage(t, limit: 10).map(\.login).contains("pupil"), "the old tutor's assignment ended")
        XCTAssertTrue(try w.store.caseloadPage(t2, limit: 10).map(\.login).contains("pupil"))
        let removed = try w.store.assignTutor(m, routeID: route, expectedVersion: 3, tutorID: nil)
        XCTAssertNil(removed.tutorID)
        XCTAssertFalse(try w.store.caseloadPage(t2, limit: 10).map(\.login).contains("pupil"))
        // The same tutor again writes nothing.
        let before = try w.fingerprint()
        XCTAssertEqual(try w.store.assignTutor(m, routeID: route, expectedVersion: 4, tutorID: nil).version, 4)
        XCTAssertEqual(try w.fingerprint(), before)
    }

    func testAStaleVersionIsRefusedNamingWhoChangedIt() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist), c = try w.actor(.coordinator)
        let route = try w.freshUntutoredRoute()
        try w.store.assignTutor(c, routeID: route, expectedVersion: 1, tutorID: w.id("tutor2"))
        let before = try w.fingerprint()
        XCTAssertThrowsError(try w.store.assignTutor(m, routeID: route, expectedVersion: 1, tutorID: w.id(tutorLogin))) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.changedBy, "Роль координатор")
            XCTAssertEqual(conflict.currentVersion, 2)
        }
        XCTAssertEqual(try w.fingerprint(), before)
    }

    func testWithoutTheRightNothingIsWritten() throws {
        let w = try world()
        let route = try w.freshUntutoredRoute()
        for role in [Role.tutor, .teacher, .regionalMethodist, .mentor] {
            let before = try w.fingerprint()
            XCTAssertThrowsError(try w.store.assignTutor(try w.actor(role), routeID: route, expectedVersion: 1, tutorID: w.id(tutorLogin))) { error in
                XCTAssertEqual(error as? StoreError, .forbidden(Action.assignTutors.label), "\(role)")
            }
            XCTAssertThrowsError(try w.store.tutorCandidates(try w.actor(role), personID: w.id("neighbour")), "\(role)")
            XCTAssertEqual(try w.fingerprint(), before, "\(role)")
        }
    }

    func testAMethodistOfAnotherMunicipalityIsRefused() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist)
        let before = try w.fingerprint()
        // The stranger's route (B) is not the methodist's to see.
        XCTAssertThrowsError(try w.store.assignTutor(m, routeID: w.id("route_stranger"), expectedVersion: 1, tutorID: w.id(tutorLogin))) { error in
            guard case StoreError.notFound = error else { return XCTFail("\(error)") }
        }
        // A tutor of B for a route of A: refused by the rule, named.
        let route = try w.freshUntutoredRoute()
        let fresh = try w.fingerprint()
        XCTAssertThrowsError(try w.store.assignTutor(m, routeID: route, expectedVersion: 1, tutorID: w.id("tutorB"))) { error in
            guard case StoreError.refused(let r) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(r.reason.ru.contains("Чужая Тьютор Белла работает в другом муниципалитете"), r.reason.ru)
        }
        XCTAssertEqual(try w.fingerprint(), fresh)
        XCTAssertFalse(try w.store.tutorCandidates(m, personID: w.id("neighbour")).contains { $0.id == w.id("tutorB") })
        XCTAssertThrowsError(try w.store.tutorCandidates(m, personID: w.id("stranger")))
        _ = before
        // The coordinator assigns across the region.
        let c = try w.actor(.coordinator)
        XCTAssertEqual(try w.store.assignTutor(c, routeID: route, expectedVersion: 1, tutorID: w.id("tutorB")).tutorID, w.id("tutorB"))
    }

    func testRuleRefusals() throws {
        let w = try world()
        let c = try w.actor(.coordinator)
        let route = try w.freshUntutoredRoute()
        XCTAssertThrowsError(try w.store.assignTutor(c, routeID: route, expectedVersion: 1, tutorID: w.id("colleague"))) { error in
            XCTAssertTrue((error as? StoreError)?.message.ru.contains("не тьютор") ?? false, "\(error)")
        }
        try w.store.cancelRoute(try w.actor(.administrator), routeID: route, expectedVersion: 1, reason: "Переезд")
        XCTAssertThrowsError(try w.store.assignTutor(c, routeID: route, expectedVersion: 2, tutorID: w.id(tutorLogin))) { error in
            XCTAssertTrue((error as? StoreError)?.message.ru.contains("отменён") ?? false, "\(error)")
        }
    }

    func testMarkedRoutesAtOnce() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist)
        let a = try w.freshUntutoredRoute(), b = w.id("route_neighbour"), stranger = w.id("route_stranger")
        try w.store.assignTutor(m, routeID: b, expectedVersion: 1, tutorID: w.id("tutor2"))   // b is now at version 2
        let outcome = try w.store.assignTutor(m, [(a, 1), (b, 1), (stranger, 1)], tutorID: w.id(tutorLogin))
        XCTAssertEqual(outcome.changed, [a])
        XCTAssertEqual(outcome.refused.map(\.id), [b, stranger])
        XCTAssertTrue(outcome.summary(.ru).hasPrefix("Тьютор назначен: 1 · отказано: 2"), outcome.summary(.ru))
        XCTAssertEqual(try w.store.route(m, id: b)?.tutorID, w.id("tutor2"), "the stale one is left as it was")
    }

    func testCandidatesAreRankedWithTheirLoad() throws {
        let w = try world()
        let c = try w.actor(.coordinator)
        // The neighbour's deficit is of direction 3: tutor2 works in it.
        try w.deficit(of: w.id("neighbour"))
        let candidates = try w.store.tutorCandidates(c, personID: w.id("neighbour"))
        // as_tutor tutors the pupil (load 1), tutor2 nobody (0); tutorB is of another municipality: last.
        XCTAssertEqual(candidates.map(\.id), [w.id("tutor2"), w.id(tutorLogin), w.id("tutorB")])
        XCTAssertEqual(candidates.map(\.caseload), [0, 1, 0])
        XCTAssertEqual(try w.store.tutorCandidates(try w.actor(.municipalMethodist), personID: w.id("neighbour")).map(\.id),
                       [w.id("tutor2"), w.id(tutorLogin)])
    }

    func testAPersonWithoutARouteGetsTheTutorWhoWillBuildIt() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist), t = try w.actor(.tutor), t2 = try w.fixture.viewer("tutor2")
        try w.fixture.person("Бездорожная Зоя", login: "noroute", org: "schoolA", roles: [.teacher])
        let zoya = w.id("noroute")
        try w.deficit(of: zoya)
        let history = try w.fixture.probe.count("history"), audit = try w.fixture.probe.auditCount(entity: "tutoring")
        XCTAssertTrue(try w.store.assignCaseloadTutor(m, personID: zoya, expectedTutorID: nil, tutorID: w.id(tutorLogin)))
        XCTAssertEqual(try w.fixture.probe.count("history"), history + 1)
        XCTAssertEqual(try w.fixture.probe.auditCount(entity: "tutoring"), audit + 1)
        XCTAssertTrue(try w.store.caseloadPage(t, limit: 10).map(\.login).contains("noroute"), "in the caseload at once")
        XCTAssertEqual(try w.store.personDossier(m, id: zoya)?.tutorName, "Роль тьютор", "the card names the tutor")
        XCTAssertEqual(try w.store.indicatorWorkPage(m, .deficitsWithoutRoute, limit: 10).first?.tutorName, "Роль тьютор")
        // Stale: the methodist saw nobody, the coordinator has assigned meanwhile.
        let before = try w.fingerprint()
        XCTAssertThrowsError(try w.store.assignCaseloadTutor(try w.actor(.coordinator), personID: zoya, expectedTutorID: nil,
                                                             tutorID: w.id("tutor2"))) { error in
            guard case StoreError.conflict(let c) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(c.changedBy, "Роль методист ММС")
        }
        XCTAssertEqual(try w.fingerprint(), before)
        XCTAssertTrue(try w.store.assignCaseloadTutor(m, personID: zoya, expectedTutorID: w.id(tutorLogin), tutorID: w.id("tutor2")))
        XCTAssertFalse(try w.store.caseloadPage(t, limit: 10).map(\.login).contains("noroute"))
        XCTAssertTrue(try w.store.caseloadPage(t2, limit: 10).map(\.login).contains("noroute"))
        XCTAssertFalse(try w.store.assignCaseloadTutor(m, personID: zoya, expectedTutorID: w.id("tutor2"), tutorID: w.id("tutor2")), "no change")
        // Rules and scope as for a route.
        XCTAssertThrowsError(try w.store.assignCaseloadTutor(m, personID: zoya, expectedTutorID: w.id("tutor2"), tutorID: w.id("tutorB")))
        XCTAssertThrowsError(try w.store.assignCaseloadTutor(m, personID: w.id("stranger"), expectedTutorID: nil, tutorID: w.id(tutorLogin)))
        XCTAssertThrowsError(try w.store.assignCaseloadTutor(t, personID: zoya, expectedTutorID: w.id("tutor2"), tutorID: w.id(tutorLogin))) { error in
            XCTAssertEqual(error as? StoreError, .forbidden(Action.assignTutors.label))
        }
        // A person with a route gets the tutor on the route.
        XCTAssertThrowsError(try w.store.assignCaseloadTutor(m, personID: w.id("neighbour"), expectedTutorID: nil, tutorID: w.id(tutorLogin))) { error in
            XCTAssertTrue((error as? StoreError)?.message.ru.contains("уже есть маршрут") ?? false, "\(error)")
        }
    }

    func testTheWorklistListsDeficitsWithoutARouteAndRoutesWithoutATutor() throws {
        let w = try world()
        let m = try w.actor(.municipalMethodist)
        try w.fixture.person("Бездорожная Зоя", login: "noroute", org: "schoolA", roles: [.teacher])
        try w.deficit(of: w.id("noroute"))
        let people = try w.store.indicatorWorkPage(m, .deficitsWithoutRoute, limit: 10)
        XCTAssertEqual(people.map(\.title), ["Бездорожная Зоя"])
        XCTAssertEqual(people.first?.detail, "1")
        let routes = try w.store.indicatorWorkPage(m, .routesWithoutTutor, limit: 50)
        XCTAssertTrue(routes.contains { $0.id == w.id("route_neighbour") && $0.version == 1 })
        XCTAssertFalse(routes.contains { $0.id == w.id("route_stranger") }, "another municipality's")
        // Keyset paging: a page after the first row starts after it.
        let first = try XCTUnwrap(routes.first)
        XCTAssertEqual(try w.store.indicatorWorkPage(m, .routesWithoutTutor, after: first.key, limit: 50).first?.id, routes.dropFirst().first?.id)
    }
}

extension PermissionWorld {
    /// An open deficit of competence c1 (direction 3) for the person.
    func deficit(of person: PersonID) throws {
        let d = try store.loadDiagnostic(Diagnostic(id: 0, personID: person, date: Day(iso: "2024-01-10")!, source: .regional,
                                                    scores: [id("c1"): 30]))
        try store.loadDeficit(Deficit(id: 0, personID: person, competenceID: id("c1"), severity: .severe, status: .identified,
                                      diagnosticID: d, score: 30))
    }

    /// The picker reads a municipality's tutors, not its whole staff: 1.4 s on the national file before the index.
    func testThePickerReadsTutorsThroughTheirIndex() throws {
        XCTAssertEqual(Codecs.bit(.tutor), 2, "the literal of the index and of the picker's queries")
        let db = try ContractFixture().sqlite("the query plan").db
        for (sql, params) in [(SQLiteStore.localTutors, [1, 1] as [SQLBindable]), (SQLiteStore.otherTutors, [1, 1, 50])] {
            let plan = try db.query("EXPLAIN QUERY PLAN SELECT p.id FROM people p " + sql, params) { $0.string(3) }.joined(separator: " | ")
            XCTAssertTrue(plan.contains("people_tutors"), plan)
        }
    }

    /// The picker's «нагрузка N» is the caseload's size: a person counted once whether tutored,
    /// on a route of hers or both; an ended tutoring and a closed route do not count.
    func testThePickersLoadIsTheCaseloadsSize() throws {
        let f = try ContractFixture()
        let tutor = f.id("tutor")
        // elkina: tutoring and a route in progress (one person); ivanov: a route only; petrova: tutoring ended.
        try f.store.loadRoute(Route(id: 0, personID: f.id("ivanov"), tutorID: tutor, periodStart: Day(iso: "2023-09-01")!,
                                    periodEnd: Day(iso: "2024-08-31")!, status: .agreed))
        try f.store.loadRoute(Route(id: 0, personID: f.id("ivanov"), tutorID: tutor, periodStart: Day(iso: "2022-09-01")!,
                                    periodEnd: Day(iso: "2023-08-31")!, status: .completed))
        try f.store.loadTutoring(TutoringAssignment(tutorID: tutor, personID: f.id("petrova"), since: Day(iso: "2023-01-01")!,
                                                    until: Day(iso: "2024-01-01")!))
        let methodist = try f.viewer("methodist")
        let offered = try f.store.tutorCandidates(methodist, personID: f.id("petrova"), others: 10)
        let load = try XCTUnwrap(offered.first { $0.id == tutor }).caseload
        XCTAssertEqual(load, 2)
        XCTAssertEqual(try f.store.caseloadPage(try f.viewer("tutor"), limit: 50).count, load, "the same as her caseload")
    }
}
