import Domain
import Foundation
import XCTest
@testable import Storage

/// Two users editing the same thing never silently overwrite each other; every change is audited.
/// SQLite-specific (the `Fixture`, not the contract suite): these exercise SQLiteStore's own generic
/// versioned writers (`updateRequest`, `updateStep`), its `requestHistory` and `data_version` across
/// two connections to one file, none of which is in the protocols (their data is loaded through
/// `RegionLoading`, `StandardRegion`).
final class ConflictAndAuditTests: XCTestCase {
    func testSecondStaleUpdateFromAnotherConnectionIsAConflictNamingWhoChangedIt() throws {
        let f = try Fixture()
        let other = try SQLiteStore(path: f.path)       // a second process's connection to the same file
        other.clock = { 1_700_000_100 }
        let methodistHere = try f.viewer("methodist")
        let coordinatorThere = try other.viewer(login: "coord")
        let req = try XCTUnwrap(try f.store.request(methodistHere, id: f.id("req1")))
        XCTAssertEqual(req.request.version, 1)

        // The coordinator, in the other connection, changes it first.
        try other.updateRequest(coordinatorThere, id: f.id("req1"), expectedVersion: 1) { r in
            var r = r; r.priority = .high; return .success(r)
        }
        // The methodist's update was based on version 1: refused, nothing written.
        XCTAssertThrowsError(try f.store.updateRequest(methodistHere, id: f.id("req1"), expectedVersion: 1) { r in
            var r = r; r.priority = .low; return .success(r)
        }) { error in
            guard case .conflict(let c)? = error as? StoreError else { return XCTFail("expected a conflict, got \(error)") }
            XCTAssertEqual(c.currentVersion, 2)
            XCTAssertEqual(c.changedBy, "Смирнов Пётр Алексеевич")
            XCTAssertTrue(c.message.ru.contains("Смирнов"))
        }
        let fresh = try XCTUnwrap(try f.store.request(methodistHere, id: f.id("req1")))
        XCTAssertEqual(fresh.request.priority, .high, "the first change stands")
        XCTAssertEqual(fresh.request.version, 2)
    }

    func testUpdateWritesHistoryAndAuditInTheSameTransaction() throws {
        let f = try Fixture()
        let m = try f.viewer("methodist")
        let rma = f.id("rma")
        try f.store.updateRequest(m, id: f.id("req1"), expectedVersion: 1) { r in
            var r = r; r.status = .assigned; r.assigneeID = rma; r.due = Day(year: 2024, month: 4, day: 1); return .success(r)
        }
        let history = try f.store.requestHistory(m, id: f.id("req1"))
        // The creation (the fixture's load), then the three changes.
        XCTAssertEqual(history.map(\.change.field), ["status", "status", "assignee", "due"])
        XCTAssertEqual(history.first?.change.after, "new")
        XCTAssertEqual(history.last?.change.after, "2024-04-01")
        XCTAssertEqual(history.last?.actorName, "Кузнецова Елена Павловна")
        let audit = try f.store.auditTrail(entity: "request", id: f.id("req1"))
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(audit[0].actorLogin, "methodist")
        XCTAssertEqual(audit[0].at, 1_700_000_000)
        XCTAssertTrue(audit[0].before.contains("status=new"))
        XCTAssertTrue(audit[0].after.contains("status=assigned"))
    }

    func testARefusedChangeWritesNothing() throws {
        let f = try Fixture()
        let m = try f.viewer("methodist")
        XCTAssertThrowsError(try f.store.updateRequest(m, id: f.id("req1"), expectedVersion: 1) { _ in
            .failure(Refusal("нельзя", "no"))
        }) { error in
            guard case .refused = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try f.store.request(m, id: f.id("req1"))?.request.version, 1)
        XCTAssertTrue(try f.store.auditTrail(entity: "request", id: f.id("req1")).isEmpty)
        XCTAssertEqual(try f.store.requestHistory(m, id: f.id("req1")).map(\.change.after), ["new"], "only the creation")
    }

    func testStepUpdateByTheTeacherIsAuditedAndVersioned() throws {
        let f = try Fixture()
        let teacher = try f.viewer("elkina")
        let updated = try f.store.updateStep(teacher, stepID: f.id("step"), expectedVersion: 1) { s, _ in
            var s = s; s.status = .done; s.evidence = Evidence(certificate: "ПК-2024-0012", note: "Удостоверение получено"); return .success(s)
        }
        XCTAssertEqual(updated.version, 2)
        let reread = try XCTUnwrap(try f.store.step(teacher, id: f.id("step")))
        XCTAssertEqual(reread.status, .done)
        XCTAssertEqual(reread.evidence.certificate, "ПК-2024-0012")
        let audit = try f.store.auditTrail(entity: "step", id: f.id("step"))
        XCTAssertEqual(audit.first?.after, "status=done; certificate=ПК-2024-0012; note=Удостоверение получено")
        // A stale second attempt is a conflict.
        XCTAssertThrowsError(try f.store.updateStep(teacher, stepID: f.id("step"), expectedVersion: 1) { s, _ in .success(s) })
    }

    func testAnotherTeacherCannotTouchTheStep() throws {
        let f = try Fixture()
        let stranger = try f.viewer("ivanov")
        XCTAssertThrowsError(try f.store.updateStep(stranger, stepID: f.id("step"), expectedVersion: 1) { s, _ in .success(s) }) { error in
            guard case .notFound = error as? StoreError else { return XCTFail("a hidden step must look absent, got \(error)") }
        }
    }

    func testDataVersionNoticesAnotherConnectionsCommit() throws {
        let f = try Fixture()
        let other = try SQLiteStore(path: f.path)
        let before = f.store.dataVersion()
        try other.setMeta("ping", "1")
        XCTAssertNotEqual(f.store.dataVersion(), before)
        let mine = f.store.dataVersion()
        try f.store.setMeta("ping", "2")
        XCTAssertEqual(f.store.dataVersion(), mine, "own commits do not change data_version")
    }

    /// The session's change token moves for both: another session's commit
    /// (re-read what is shown) and its own (the other tabs are behind).
    func testChangeTokenMovesForOwnAndOthersCommits() throws {
        let f = try Fixture()
        let other = try SQLiteStore(path: f.path)
        let start = f.store.changeToken()
        try f.store.setMeta("ping", "1")
        let afterOwn = f.store.changeToken()
        XCTAssertNotEqual(afterOwn, start, "an own commit moves the token")
        try other.setMeta("ping", "2")
        XCTAssertNotEqual(f.store.changeToken(), afterOwn, "another session's commit moves the token")
        let settled = f.store.changeToken()
        _ = try f.store.regionName
        XCTAssertEqual(f.store.changeToken(), settled, "a read does not move it")
    }
}

/// The conflict message names who changed the row, the verb agreeing with the name.
final class ConflictMessageTests: XCTestCase {
    func testTheVerbAgreesWithWhoChangedTheRow() {
        func message(_ who: String?) -> String {
            Conflict(entity: "request", id: 1, expectedVersion: 1, currentVersion: 2, changedBy: who, changedAt: nil).message.ru
        }
        XCTAssertTrue(message("Кузнецова Ирина Николаевна").hasPrefix("Запись уже изменила Кузнецова Ирина Николаевна;"), message("Кузнецова Ирина Николаевна"))
        XCTAssertTrue(message("Смирнов Пётр Алексеевич").hasPrefix("Запись уже изменил Смирнов Пётр Алексеевич;"))
        XCTAssertTrue(message(nil).hasPrefix("Запись уже изменил другой пользователь;"))
    }
}
