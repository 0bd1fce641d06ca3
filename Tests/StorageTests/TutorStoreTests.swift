import XCTest
import Domain
import Exchange
@testable import Storage

/// The tutor's reads and writes: scoping to the caseload, page reads,
/// domain rules, versions and audit.
final class TutorStoreTests: XCTestCase {
    func testCaseloadHasOnlyTheTutorsPeople() throws {
        let f = try ContractFixture()
        let tutor = try f.viewer("tutor")
        let rows = try f.store.wholeCaseload(tutor)
        XCTAssertEqual(rows.map(\.login), ["elkina"])
        XCTAssertEqual(rows.first?.openRequests, 1)
        XCTAssertEqual(rows.first?.overdue, 1)          // course planned to end 01.12.2023, still in progress
        XCTAssertNil(rows.first?.lastContact)
        // Someone outside the caseload is never read, however asked.
        XCTAssertFalse(try f.store.inCaseload(tutor, personID: f.id("petrova")))
        XCTAssertTrue(try f.store.caseloadPage(tutor, CaseloadQuery(text: "Петрова"), limit: 10).isEmpty)
        XCTAssertThrowsError(try f.store.logConsultation(tutor, personID: f.id("petrova"), date: f.store.today(), form: .remote, topic: "x"))
        XCTAssertThrowsError(try f.store.agreeRoute(tutor, routeID: f.id("route2"), expectedVersion: 1))
        XCTAssertNil(try f.store.proposalInput(tutor, personID: f.id("ivanov")))
        // A teacher has no caseload.
        XCTAssertTrue(try f.store.wholeCaseload(try f.viewer("ivanov")).isEmpty)
    }

    func testCaseloadPagesAreKeyset() throws {
        let f = try ContractFixture()
        let tutor = try f.viewer("tutor")
        for login in ["ivanov", "petrova"] {
            try f.store.loadTutoring(TutoringAssignment(tutorID: tutor.personID, personID: f.id(login), since: Day(iso: "2023-09-01")!))
        }
        let first = try f.store.caseloadPage(tutor, limit: 2)
        XCTAssertEqual(first.map(\.login), ["elkina", "ivanov"])
        let next = try f.store.caseloadPage(tutor, after: first.last?.key, limit: 2)
        XCTAssertEqual(next.map(\.login), ["petrova"])
        let back = try f.store.caseloadPage(tutor, before: next.first?.key, limit: 1)
        XCTAssertEqual(back.map(\.login), ["ivanov"])
        XCTAssertEqual(try f.store.caseloadPage(tutor, lastPage: true, limit: 1).map(\.login), ["petrova"])
    }

    func testDraftFromProposalsThenAgreeAndConsult() throws {
        let f = try ContractFixture()
        let tutor = try f.viewer("tutor")
        try f.store.loadTutoring(TutoringAssignment(tutorID: tutor.personID, personID: f.id("ivanov"), since: Day(iso: "2023-09-01")!))
        let diagnostic = try f.store.loadDiagnostic(Diagnostic(id: 0, personID: f.id("ivanov"), date: Day(iso: "2023-11-01")!, source: .regional,
                                                               scores: [f.id("c1"): 30]))
        try f.store.loadDeficit(Deficit(id: 0, personID: f.id("ivanov"), competenceID: f.id("c1"), severity: .severe, status: .identified,
                                        diagnosticID: diagnostic, score: 30))
        try f.store.loadProgramme(Programme(id: 50, title: "Курс М1", provider: "ЧИППКРО", kind: .upskilling, hours: 36, format: .distance,
                                            inFederalRegistry: true, competenceIDs: [f.id("c1")]))
        let input = try XCTUnwrap(try f.store.proposalInput(tutor, personID: f.id("ivanov")))
        let ranked = input.ranked(today: f.store.today())
        XCTAssertEqual(ranked.map(\.candidate.title), ["Курс М1"])
        let routeID = try f.store.draftRouteFromProposals(tutor, personID: f.id("ivanov"), existingRoute: nil, ranked)
        let route = try XCTUnwrap(try f.store.route(tutor, id: routeID))
        XCTAssertEqual(route.status, .draft)
        let agreed = try f.store.agreeRoute(tutor, routeID: routeID, expectedVersion: route.version)
        XCTAssertEqual(agreed.status, .agreed)
        // The teacher sees the agreed route.
        XCTAssertEqual(try f.store.currentRoute(try f.viewer("ivanov"), personID: f.id("ivanov"))?.status, .agreed)
        try f.store.logConsultation(tutor, personID: f.id("ivanov"), date: f.store.today(), form: .remote, topic: "План на год")
        let timeline = try f.store.timeline(tutor, personID: f.id("ivanov"))
        XCTAssertTrue(timeline.contains { $0.kind == .consultation && $0.text.contains("План на год") })
        XCTAssertTrue(timeline.contains { $0.kind == .route })
        XCTAssertTrue(timeline.contains { $0.kind == .diagnostic })
        XCTAssertGreaterThan(try f.store.auditTrail(entity: "route", id: routeID).count, 1)
    }

    func testConfirmReturnAndRulesAndConflict() throws {
        let f = try ContractFixture()
        let tutor = try f.viewer("tutor")
        let elkina = try f.viewer("elkina")
        try f.store.markMyStepDone(elkina, stepID: f.id("step"), expectedVersion: 1, evidence: Evidence(certificate: "123"))
        XCTAssertThrowsError(try f.store.returnStep(tutor, stepID: f.id("step"), expectedVersion: 2, comment: " ")) // needs a comment
        let returned = try f.store.returnStep(tutor, stepID: f.id("step"), expectedVersion: 2, comment: "Добавьте ссылку")
        XCTAssertEqual(returned.status, .inProgress)
        try f.store.markMyStepDone(elkina, stepID: f.id("step"), expectedVersion: 3, evidence: Evidence(link: "https://x"))
        // A stale version: a conflict naming who changed it, nothing written.
        XCTAssertThrowsError(try f.store.confirmStep(tutor, stepID: f.id("step"), expectedVersion: 3, comment: "")) { error in
            guard case StoreError.conflict(let c) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(c.changedBy, "Ёлкина Анна Петровна")
        }
        XCTAssertEqual(try f.store.confirmStep(tutor, stepID: f.id("step"), expectedVersion: 4, comment: "Принято").status, .confirmed)
        // The teacher cannot confirm.
        XCTAssertThrowsError(try f.store.confirmStep(elkina, stepID: f.id("step"), expectedVersion: 5, comment: ""))
    }

    func testCaseloadExport() throws {
        let f = try ContractFixture()
        let store = try f.sqlite("CaseloadExport reads a SQLiteStore (Sources/Storage/Exchange)")
        let csv = try CaseloadExport.render(store, viewer: try f.viewer("tutor"), format: .csv)
        XCTAssertTrue(csv.hasPrefix("ФИО,"))
        XCTAssertTrue(csv.contains("Ёлкина Анна Петровна,Лицей № 31"))
        let md = try CaseloadExport.render(store, viewer: try f.viewer("tutor"), format: .markdown)
        XCTAssertTrue(md.contains("| Ёлкина Анна Петровна |"))
        XCTAssertThrowsError(try CaseloadExport.render(store, viewer: try f.viewer("ivanov"), format: .csv))
    }
}
