import Domain
import Foundation
import XCTest
@testable import Storage

/// The permission matrix (`Permissions.matrix`), cell by cell, against
/// Storage: for every role and every action, a viewer with ONLY that role
/// does a representative operation of the action, and Storage allows it
/// exactly when the matrix says so. A refused write is `StoreError.forbidden`
/// and writes nothing; a refused read is forbidden or shows nothing.
final class PermissionMatrixTests: XCTestCase {
    enum Kind { case read, write }

    /// One representative operation of an action: `setup` makes the rows it
    /// needs (as the system, not as the viewer) and answers an id for `act`;
    /// `act` answers whether the viewer got the data (reads) or true (writes).
    struct Probe {
        var action: Action
        var kind: Kind
        var name: String
        var setup: (PermissionWorld, Viewer) throws -> Int64 = { _, _ in 0 }
        var act: (PermissionWorld, Viewer, Int64) throws -> Bool
    }

    static var probes: [Probe] { [
        Probe(action: .seeOwnRoute, kind: .read, name: "currentRoute(own)") { w, v, _ in
            try w.store.currentRoute(v, personID: v.personID) != nil
        },
        Probe(action: .editOwnSteps, kind: .write, name: "startMyStep", setup: { w, v in try w.freshOwnStep(v) }) { w, v, step in
            try w.store.startMyStep(v, stepID: step, expectedVersion: 1)
            return true
        },
        Probe(action: .askForHelp, kind: .write, name: "createRequest(own)") { w, v, _ in
            try w.store.createRequest(v, text: "Нужна помощь с уроком", authorID: v.personID, organizationID: nil, isYoungAuthor: false)
            return true
        },
        Probe(action: .assessSelf, kind: .write, name: "recordDiagnostic(own self-assessment)") { w, v, _ in
            let c = try XCTUnwrap(try w.store.competenceFramework().competences.first).id
            _ = try w.store.recordDiagnostic(v, Diagnostic(id: 0, personID: v.personID, date: w.today, source: .selfAssessment, scores: [c: 70]))
            return true
        },
        Probe(action: .recordDiagnostics, kind: .write, name: "recordDiagnostic(pupil's lesson observation)") { w, v, _ in
            let c = try XCTUnwrap(try w.store.competenceFramework().competences.first).id
            _ = try w.store.recordDiagnostic(v, Diagnostic(id: 0, personID: w.id("pupil"), date: w.today, source: .lessonObservation,
                                                           scores: [c: 70]))
            return true
        },
        Probe(action: .seeCaseload, kind: .read, name: "caseloadPage") { w, v, _ in
            try w.store.caseloadPage(v, limit: 10).map(\.login).contains("pupil")
        },
        Probe(action: .editRoutes, kind: .write, name: "cancelRoute", setup: { w, _ in try w.freshPupilDraft() }) { w, v, route in
            try w.store.cancelRoute(v, routeID: route, expectedVersion: 1, reason: "Составлен заново")
            return true
        },
        Probe(action: .confirmSteps, kind: .write, name: "confirmStep", setup: { w, _ in try w.freshPupilStep() }) { w, v, step in
            try w.store.confirmStep(v, stepID: step, expectedVersion: 1, comment: "Проверено")
            return true
        },
        Probe(action: .logConsultations, kind: .write, name: "logConsultation") { w, v, _ in
            try w.store.logConsultation(v, personID: w.id("pupil"), date: w.today, form: .inPerson, topic: "Разбор урока")
            return true
        },
        Probe(action: .assignTutors, kind: .write, name: "assignTutor(neighbour's new route)",
              setup: { w, _ in try w.freshUntutoredRoute() }) { w, v, route in
            try w.store.assignTutor(v, routeID: route, expectedVersion: 1, tutorID: w.id(PermissionWorld.login(.tutor)))
            return true
        },
        Probe(action: .seeRequests, kind: .read, name: "triageLoad + request(pupil's)") { w, v, _ in
            _ = try w.store.triageLoad(v)
            return try w.store.request(v, id: w.id("request_pupil")) != nil
        },
        Probe(action: .triageRequests, kind: .write, name: "applyTriage(priority)",
              setup: { w, _ in Int64(try w.requestVersion(w.id("request_pupil"))) }) { w, v, version in
            let current = try w.store.request(w.actor(.coordinator), id: w.id("request_pupil"))?.request.priority
            let outcome = try w.store.applyTriage(v, [TriageTarget(id: w.id("request_pupil"), version: Int(version))],
                                                  .priority(current == .high ? .normal : .high))
            // A request the viewer may see but not triage is refused for the right, as a thrown refusal would be.
            let forbidden = StoreError.forbidden(Action.triageRequests.label)
            if let refused = outcome.refused.first { throw refused.reason == forbidden.message ? forbidden : StoreError.refused(Refusal(refused.reason)) }
            return outcome.changed == [w.id("request_pupil")]
        },
        Probe(action: .triageRequests, kind: .write, name: "createRequest(for a colleague)") { w, v, _ in
            try w.store.createRequest(v, for: Requester(kind: .person, entityID: w.id("pupil"), name: "", place: ""),
                                      text: "Запрос, записанный методистом")
            return true
        },
        Probe(action: .workRequests, kind: .write, name: "workRequest(take, assigned to the viewer)",
              setup: { w, v in try w.freshRequestAssigned(to: v) }) { w, v, request in
            try w.store.workRequest(v, TriageTarget(id: request, version: 1), .take)
            return true
        },
        Probe(action: .seeRoadmap, kind: .read, name: "roadmapItems") { w, v, _ in
            !(try w.store.roadmapItems(v)).isEmpty
        },
        Probe(action: .editRoadmap, kind: .write, name: "saveRoadmapItem(new)") { w, v, _ in
            try w.store.saveRoadmapItem(v, RoadmapItem(id: 0, direction: 3, title: "Вебинар направления",
                                                       participants: [.rmaMethodists], executors: [.rmaMethodists],
                                                       timing: .duringYear(year: 2024), expectedResult: "Проведён"))
            return true
        },
        Probe(action: .seeSelection, kind: .read, name: "selectionPage") { w, v, _ in
            !(try w.store.selectionPage(v, after: nil, limit: 10)).isEmpty
        },
        Probe(action: .decideSelection, kind: .write, name: "decideApplication",
              setup: { w, _ in try w.freshApplication() }) { w, v, application in
            try w.store.decideApplication(v, id: application, expectedVersion: 1, .rejected(.noExperience))
            return true
        },
        Probe(action: .seeIndicators, kind: .read, name: "indicatorDashboard") { w, v, _ in
            _ = try w.store.indicatorDashboard(v)
            return true
        },
        Probe(action: .editCatalogs, kind: .write, name: "setCatalogRetired(event)",
              setup: { w, _ in Int64(try w.eventRow(w.id("event"))?.event.version ?? 0) }) { w, v, version in
            let retired = try w.eventRow(w.id("event"))?.retired ?? false
            try w.store.setCatalogRetired(v, .event, id: w.id("event"), expectedVersion: Int(version), retired: !retired)
            return true
        },
        Probe(action: .editMentoring, kind: .write, name: "createPair", setup: { w, _ in try w.freshMentee() }) { w, v, mentee in
            try w.store.createPair(v, menteeID: mentee, mentorID: w.id("colleague"))
            return true
        },
        Probe(action: .seePeople, kind: .read, name: "person(colleague outside the caseload)") { w, v, _ in
            try w.store.person(v, id: w.id("colleague")) != nil
        },
        Probe(action: .editRoles, kind: .write, name: "setRoles",
              setup: { w, _ in Int64(try w.personRecord(w.id("neighbour"))?.version ?? 0) }) { w, v, version in
            let roles = try w.personRecord(w.id("neighbour"))?.roles
            try w.store.setRoles(v, personID: w.id("neighbour"), expectedVersion: Int(version),
                                 roles: roles == [.teacher] ? [.teacher, .tutor] : [.teacher])
            return true
        },
        Probe(action: .importData, kind: .write, name: "addPerson") { w, v, _ in
            try w.store.addPerson(v, Person(id: 0, login: "new_\(v.login)", fullName: "Новикова Ирина",
                                            organizationID: w.id("schoolA"), position: "учитель"))
            return true
        },
        Probe(action: .seeAudit, kind: .read, name: "auditLog") { w, v, _ in
            _ = try w.store.auditLog(v, AuditQuery(), after: nil, limit: 10)
            return true
        },
    ] }

    func testEveryActionHasAProbe() {
        XCTAssertEqual(Set(Self.probes.map(\.action)), Set(Action.allCases), "a new action needs a probe here")
    }

    /// 7 roles × 24 actions: allowed exactly where the matrix says.
    func testEveryCellOfTheMatrixIsEnforcedByStorage() throws {
        var cells = 0, allowed = 0
        for role in Role.allCases {
            let world = try PermissionWorld()
            let viewer = try world.actor(role)
            XCTAssertEqual(viewer.roles, [role])
            for probe in Self.probes {
                let expected = Permissions.allows([role], probe.action)
                let cell = "\(role.rawValue) × \(probe.action.rawValue) [\(probe.name)]"
                let argument = try probe.setup(world, viewer)
                let before = try world.fingerprint()
                let audit = try world.fixture.probe.auditCount(entity: nil)
                let outcome: String
                do { outcome = try probe.act(world, viewer, argument) ? "allowed" : "hidden" }
                catch StoreError.forbidden { outcome = "forbidden" }
                catch { outcome = "error: \(error)" }
                cells += 1
                if expected {
                    allowed += 1
                    XCTAssertEqual(outcome, "allowed", cell)
                    if probe.kind == .write, outcome == "allowed" {
                        XCTAssertGreaterThan(try world.fixture.probe.auditCount(entity: nil), audit, "audited: " + cell)
                    }
                } else {
                    if probe.kind == .write {
                        XCTAssertEqual(outcome, "forbidden", cell)
                    } else {
                        XCTAssertTrue(outcome == "forbidden" || outcome == "hidden", "\(cell): \(outcome)")
                    }
                    XCTAssertEqual(try world.fingerprint(), before, "nothing written: " + cell)
                }
            }
        }
        print("PERMISSION MATRIX: \(Role.allCases.count) roles × \(Action.allCases.count) actions, "
              + "\(cells) probes (\(allowed) allowed, \(cells - allowed) refused)")
    }

    // MARK: scope: whose data, within an allowed action

    func testATeacherNeverSeesAnotherTeachersRoute() throws {
        let w = try PermissionWorld()
        let pupil = try w.fixture.viewer("pupil")
        for other in ["neighbour", "stranger", "colleague"] {
            XCTAssertNil(try w.store.currentRoute(pupil, personID: w.id(other)), other)
            XCTAssertNil(try w.store.teacherProfile(pupil, personID: w.id(other)), other)
            XCTAssertTrue(try w.store.timeline(pupil, personID: w.id(other)).isEmpty, other)
        }
        XCTAssertNil(try w.store.route(pupil, id: w.id("route_neighbour")))
        XCTAssertTrue(try w.store.steps(pupil, routeID: w.id("route_neighbour")).isEmpty)
        XCTAssertNil(try w.store.step(pupil, id: w.id("step_neighbour")))
        let before = try w.fingerprint()
        XCTAssertThrowsError(try w.store.startMyStep(pupil, stepID: w.id("step_neighbour"), expectedVersion: 1))
        XCTAssertThrowsError(try w.store.markMyStepDone(pupil, stepID: w.id("step_neighbour"), expectedVersion: 1,
                                                        evidence: Evidence(note: "Чужой шаг")))
        XCTAssertThrowsError(try w.store.askToSkipMyStep(pupil, stepID: w.id("step_neighbour"), expectedVersion: 1, reason: "Чужой шаг"))
        XCTAssertEqual(try w.fingerprint(), before)
        XCTAssertEqual(try w.store.currentRoute(pupil, personID: w.id("pupil"))?.id, w.id("route_pupil"), "but their own, yes")
        XCTAssertEqual(try w.store.requestsPage(pupil, RequestQuery(), limit: 10).map(\.id), [w.id("request_pupil")])
    }

    func testAMunicipalMethodistSeesTheirMunicipalityOnly() throws {
        let w = try PermissionWorld()
        let m = try w.actor(.municipalMethodist)
        // Requests.
        let inbox = Set(try w.store.requestsPage(m, RequestQuery(), limit: 50).map(\.id))
        XCTAssertTrue(inbox.contains(w.id("request_pupil")))
        XCTAssertFalse(inbox.contains(w.id("request_stranger")))
        XCTAssertFalse(try w.store.triagePage(m, RequestQuery(), limit: 50).map(\.summary.id).contains(w.id("request_stranger")))
        XCTAssertNil(try w.store.request(m, id: w.id("request_stranger")))
        XCTAssertEqual(try w.store.triageCounts(m).all, inbox.count)
        let before = try w.fingerprint()
        XCTAssertEqual(try w.store.applyTriage(m, [TriageTarget(id: w.id("request_stranger"), version: 1)], .priority(.high)).refused.map(\.id),
                       [w.id("request_stranger")])
        XCTAssertThrowsError(try w.store.createRequest(m, for: Requester(kind: .person, entityID: w.id("stranger"), name: "", place: ""),
                                                       text: "Чужой запрос")) { error in
            XCTAssertEqual(error as? StoreError, .forbidden(Phrase("создавать запросы за пределами своего муниципалитета",
                                                                   "create requests outside your municipality")))
        }
        XCTAssertEqual(try w.fingerprint(), before)
        // People.
        let people = try w.store.peoplePage(m, PeopleQuery(), limit: 100)
        XCTAssertEqual(Set(people.map(\.municipalityName)), ["Челябинский ГО"])
        XCTAssertTrue(people.map(\.login).contains("colleague"))
        XCTAssertNil(try w.store.person(m, id: w.id("stranger")))
        XCTAssertTrue(try w.store.searchPeople(m, "Чужова", limit: 10).isEmpty)
        XCTAssertFalse(try w.store.assigneeCandidates(m).contains { $0.id == w.id("stranger") })
        // Caseload: even a tutoring row across the border does not bring the stranger in.
        try w.store.loadTutoring(TutoringAssignment(tutorID: m.personID, personID: w.id("stranger"), since: Day(iso: "2024-01-01")!))
        XCTAssertEqual(try w.store.caseloadPage(m, limit: 10).map(\.login), ["pupil"])
        XCTAssertFalse(try w.store.inCaseload(m, personID: w.id("stranger")))
        let beforeWrite = try w.fingerprint()
        XCTAssertThrowsError(try w.store.logConsultation(m, personID: w.id("stranger"), date: w.today, form: .remote, topic: "Звонок"))
        XCTAssertEqual(try w.fingerprint(), beforeWrite)
    }

    func testATutorSeesOnlyTheirCaseload() throws {
        let w = try PermissionWorld()
        let t = try w.actor(.tutor)
        XCTAssertEqual(Set(try w.store.peoplePage(t, PeopleQuery(), limit: 100).map(\.login)), ["as_tutor", "pupil"])
        XCTAssertEqual(try w.store.caseloadPage(t, limit: 10).map(\.login), ["pupil"])
        XCTAssertNil(try w.store.person(t, id: w.id("neighbour")))
        XCTAssertNil(try w.store.currentRoute(t, personID: w.id("neighbour")))
        XCTAssertEqual(try w.store.currentRoute(t, personID: w.id("pupil"))?.id, w.id("route_pupil"))
        XCTAssertEqual(try w.store.requestsPage(t, RequestQuery(), limit: 10).map(\.id), [w.id("request_pupil")])
        let before = try w.fingerprint()
        XCTAssertThrowsError(try w.store.logConsultation(t, personID: w.id("neighbour"), date: w.today, form: .inPerson, topic: "Встреча"))
        XCTAssertThrowsError(try w.store.confirmStep(t, stepID: w.id("step_neighbour"), expectedVersion: 1, comment: ""))
        XCTAssertEqual(try w.fingerprint(), before)
    }

    func testARegionalMethodistSeesRequestsOfTheirDirectionsOnly() throws {
        let w = try PermissionWorld()
        let r = try w.actor(.regionalMethodist)
        let other = try w.store.loadRequest(HelpRequest(id: 0, text: "Другое направление", authorID: w.id("pupil"),
                                                        organizationID: w.id("schoolA"), municipalityID: w.id("A"), direction: 7,
                                                        createdOn: Day(iso: "2024-03-02")!),
                                            urgent: false, at: StandardRegion.requestsCreatedAt)
        let seen = Set(try w.store.requestsPage(r, RequestQuery(), limit: 50).map(\.id))
        XCTAssertEqual(seen, [w.id("request_pupil"), w.id("request_stranger")], "direction 3 in both municipalities, not 7")
        XCTAssertNil(try w.store.request(r, id: other))
    }

    func testAMentorSeesNoRequestsAndEditsNoRoute() throws {
        let w = try PermissionWorld()
        let mentor = try w.actor(.mentor)
        XCTAssertTrue(try w.store.requestsPage(mentor, RequestQuery(), limit: 10).isEmpty)
        XCTAssertNil(try w.store.person(mentor, id: w.id("colleague")))
    }
}
