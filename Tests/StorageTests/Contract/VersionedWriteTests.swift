import XCTest
import Domain
@testable import Storage

/// The one versioned write, kind by kind: a write from a stale version is a
/// conflict, a write without the right is forbidden — neither leaves a
/// trace — and a write that changes something adds exactly the Domain's
/// change list to the history and one audit row, and moves the version on.
final class VersionedWriteTests: XCTestCase {
    var f: ContractFixture!
    var coord: Viewer!
    var teacher: Viewer!

    override func setUpWithError() throws {
        f = try ContractFixture()
        coord = try f.viewer("coord")
        teacher = try f.viewer("elkina")
    }

    /// Checks one kind. `write(viewer, version)` performs the change as `allowed`
    /// (or as `denied`, who lacks the right); `version` is the one the user saw.
    private func check(_ entity: String, _ id: Int64, version: Int, allowed: Viewer, denied: Viewer,
                       expected: [FieldChange], action: String,
                       file: StaticString = #filePath, line: UInt = #line,
                       _ write: (Viewer, Int) throws -> Void) throws {
        func history() throws -> [FieldChange] { try f.store.changeHistory(coord, entity: entity, id: id).map(\.change) }
        let historyBefore = try history()
        let auditBefore = try f.store.auditTrail(entity: entity, id: id)
        let untouched = try f.probe.fingerprint()

        XCTAssertThrowsError(try write(allowed, version + 7), "stale", file: file, line: line) { error in
            guard case .conflict(let c) = error as? StoreError else { return XCTFail("not a conflict: \(error)", file: file, line: line) }
            XCTAssertEqual(c.currentVersion, version, file: file, line: line)
        }
        XCTAssertThrowsError(try write(denied, version), "no right", file: file, line: line) { error in
            guard case .forbidden = error as? StoreError else { return XCTFail("not forbidden: \(error)", file: file, line: line) }
        }
        XCTAssertEqual(try f.probe.fingerprint(), untouched, "a refused write leaves no trace", file: file, line: line)

        try write(allowed, version)
        XCTAssertEqual(Array(try history().dropFirst(historyBefore.count)), expected, "history = the Domain's change list",
                       file: file, line: line)
        let audit = try f.store.auditTrail(entity: entity, id: id)
        XCTAssertEqual(audit.count, auditBefore.count + 1, "one audit row per write", file: file, line: line)
        XCTAssertEqual(audit.first?.action, action, file: file, line: line)
        XCTAssertEqual(audit.first?.actorLogin, allowed.login, file: file, line: line)
        XCTAssertEqual(audit.first?.after, expected.map { "\($0.field)=\($0.after)" }.joined(separator: "; "), file: file, line: line)
        // The same write again is stale: the version moved on.
        XCTAssertThrowsError(try write(allowed, version), file: file, line: line)
    }

    func testARequest() throws {
        let methodist = try f.viewer("methodist")
        try check("request", f.id("req1"), version: 1, allowed: methodist, denied: teacher,
                  // A new request's priority triages it (the Domain's rule lists both).
                  expected: [FieldChange(.status, before: "new", after: "triaged"), FieldChange(.priority, before: "normal", after: "high")],
                  action: "update") { v, version in
            let outcome = try f.store.applyTriage(v, [TriageTarget(id: f.id("req1"), version: version)], .priority(.high))
            switch outcome.refused.first?.cause {
            case nil: break
            case .conflict?: throw StoreError.conflict(Conflict(entity: "request", id: f.id("req1"), expectedVersion: version,
                                                                 currentVersion: try f.store.request(v, id: f.id("req1"))?.request.version,
                                                                 changedBy: nil, changedAt: nil))
            case .right?: throw StoreError.forbidden(Action.triageRequests.label)
            case let other?: XCTFail("refused: \(other)")
            }
        }
    }

    func testAStep() throws {
        try check("step", f.id("step"), version: 1, allowed: teacher, denied: coord,
                  expected: [FieldChange(field: "status", before: "inProgress", after: "done"),
                             FieldChange(field: "certificate", before: "", after: "№ 123")], action: "update") { v, version in
            try f.store.markMyStepDone(v, stepID: f.id("step"), expectedVersion: version, evidence: Evidence(certificate: "№ 123"))
        }
    }

    /// `u` on a step: the move taken back is a versioned change of its own, and
    /// a change by someone else since the move (here: the stale `version + 7`) is a conflict.
    func testAStepMoveUndone() throws {
        let before = try XCTUnwrap(f.store.step(teacher, id: f.id("step")))
        let done = try f.store.markMyStepDone(teacher, stepID: f.id("step"), expectedVersion: 1, evidence: Evidence(certificate: "№ 123"))
        try check("step", f.id("step"), version: done.version, allowed: teacher, denied: coord,
                  expected: [FieldChange(field: "status", before: "done", after: "inProgress"),
                             FieldChange(field: "certificate", before: "№ 123", after: "")], action: "undo") { v, version in
            try f.store.undoStepMove(v, stepID: f.id("step"), expectedVersion: version, restoring: before, by: .owner)
        }
        XCTAssertEqual(try f.store.step(teacher, id: f.id("step"))?.evidence, before.evidence)
        // The teacher cannot take back what is not her move: the step is back in progress now.
        XCTAssertThrowsError(try f.store.undoStepMove(teacher, stepID: f.id("step"), expectedVersion: done.version + 1,
                                                      restoring: done, by: .owner)) { error in
            guard case .refused = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    func testARoute() throws {
        let tutor = try f.viewer("tutor")
        try check("route", f.id("route"), version: 1, allowed: tutor, denied: teacher,
                  expected: [FieldChange(field: "status", before: "inProgress", after: "cancelled"),
                             FieldChange(field: "cancelReason", before: "", after: "переезд")], action: "cancel") { v, version in
            try f.store.cancelRoute(v, routeID: f.id("route"), expectedVersion: version, reason: "переезд")
        }
    }

    func testARoadmapItem() throws {
        let id = try f.store.loadRoadmapItem(RoadmapItem(id: 0, direction: 1, title: "Семинар", participants: [], executors: [],
                                                         timing: .duringYear(year: 2024), expectedResult: "Проведён"))
        try check("roadmap", id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "status", before: "planned", after: "inProgress")], action: "status") { v, version in
            try f.store.moveRoadmapItem(v, id: id, expectedVersion: version, to: .inProgress)
        }
    }

    func testAnApplication() throws {
        let id = try f.store.loadApplication(RMAApplication(id: 0, personID: f.id("rma"), year: 2024, directions: [3], criteria: []))
        try check("application", id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "decision", before: "pending", after: "rejected: noExperience")],
                  action: "decision") { v, version in
            try f.store.decideApplication(v, id: id, expectedVersion: version, .rejected(.noExperience))
        }
    }

    func testAMentoringPair() throws {
        let id = try f.store.loadMentoringPair(MentoringPair(id: 0, mentorID: f.id("tutor"), menteeID: f.id("elkina"),
                                                             start: Day(iso: "2024-01-10")!))
        try check("mentoring", id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "end", before: "", after: "2024-03-15"),
                             FieldChange(field: "status", before: "active", after: "ended")], action: "end") { v, version in
            try f.store.endPair(v, id: id, expectedVersion: version)
        }
    }

    /// `u` after ending a pair: back to active, no end, as a change of its own.
    func testAMentoringPairsEndUndone() throws {
        let id = try f.store.loadMentoringPair(MentoringPair(id: 0, mentorID: f.id("tutor"), menteeID: f.id("elkina"),
                                                             start: Day(iso: "2024-01-10")!))
        let before = try XCTUnwrap(f.store.mentoringPair(coord, id: id))
        try f.store.endPair(coord, id: id, expectedVersion: 1)
        try check("mentoring", id, version: 2, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "end", before: "2024-03-15", after: ""),
                             FieldChange(field: "status", before: "ended", after: "active")], action: "undo") { v, version in
            try f.store.undoPairEnd(v, id: id, expectedVersion: version, restoring: before)
        }
        XCTAssertEqual(try f.store.mentoringPair(coord, id: id)?.status, .active)
    }

    func testAProgramme() throws {
        let p = try f.store.saveProgramme(coord, Programme(id: 0, title: "Цифровая дидактика", provider: "ЧИППКРО", hours: 36,
                                                           format: .distance, inFederalRegistry: false, competenceIDs: [f.id("c1")]))
        try check("programme", p.id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "hours", before: "36", after: "72"),
                             FieldChange(field: "competences", before: "\(f.id("c1"))", after: "\(f.id("c1")),\(f.id("c2"))")],
                  action: "edit") { v, version in
            var edited = p
            edited.hours = 72; edited.competenceIDs = [f.id("c1"), f.id("c2")]; edited.version = version
            try f.store.saveProgramme(v, edited)
        }
        XCTAssertEqual(try f.store.programmeRow(coord, id: p.id)?.programme.competenceIDs.sorted(), [f.id("c1"), f.id("c2")].sorted())
    }

    func testASite() throws {
        let s = try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("shnor"), topic: "Наставничество",
                                                           competenceIDs: [], capacity: 3))
        try check("site", s.id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "capacity", before: "3", after: "5")], action: "edit") { v, version in
            var edited = s
            edited.capacity = 5; edited.version = version
            try f.store.saveSite(v, edited)
        }
    }

    func testAPractice() throws {
        let x = try f.store.savePractice(coord, BestPractice(id: 0, title: "Клуб читателей", authorID: f.id("elkina"),
                                                             organizationID: f.id("lyceum"), direction: 1, competenceIDs: []))
        try check("practice", x.id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "status", before: "submitted", after: "review")], action: "status") { v, version in
            try f.store.reviewPractice(v, id: x.id, expectedVersion: version, to: .review)
        }
    }

    func testAnEventAndItsRetirement() throws {
        let e = try f.store.saveEvent(coord, Event(id: 0, title: "Форум", kind: .conference, date: Day(iso: "2024-04-01")!, direction: 1))
        try check("event", e.id, version: 1, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "title", before: "Форум", after: "Форум молодых педагогов")], action: "edit") { v, version in
            var edited = e
            edited.title = "Форум молодых педагогов"; edited.version = version
            try f.store.saveEvent(v, edited)
        }
        try check("event", e.id, version: 2, allowed: coord, denied: teacher,
                  expected: [FieldChange(field: "retired", before: "false", after: "true")], action: "retire") { v, version in
            try f.store.setCatalogRetired(v, .event, id: e.id, expectedVersion: version, retired: true)
        }
    }

    func testAPersonsRoles() throws {
        let admin = try f.viewer("admin")
        try check("person", f.id("petrova"), version: 1, allowed: admin, denied: coord,
                  expected: [FieldChange(field: "roles", before: "teacher", after: "teacher,mentor")], action: "roles") { v, version in
            try f.store.setRoles(v, personID: f.id("petrova"), expectedVersion: version, roles: [.teacher, .mentor])
        }
    }

    func testARuleThatChangesNothingWritesNothing() throws {
        let methodist = try f.viewer("methodist")
        let untouched = try f.probe.fingerprint()
        let outcome = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 1)], .priority(.normal))
        XCTAssertEqual(outcome.unchanged, [f.id("req1")])
        XCTAssertEqual(try f.probe.fingerprint(), untouched)
    }
}
