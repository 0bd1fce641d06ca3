import Domain
import Foundation
import XCTest
@testable import Storage

/// The assignee works a request to the end through Storage: take, help,
/// resolve, hand back — each rule both ways, the right, the scope (assigned
/// to someone else), a stale version naming who changed it; history,
/// audit and the author's view of the answer and the help given.
final class RequestWorkStoreTests: XCTestCase {
    var f: ContractFixture!
    override func setUpWithError() throws { f = try ContractFixture() }
    override func tearDown() { f = nil }

    /// req1 (elkina's) assigned to the tutor by the methodist: version 2.
    private func assignedToTutor() throws -> TriageTarget {
        let outcome = try f.store.applyTriage(f.viewer("methodist"), [TriageTarget(id: f.id("req1"), version: 1)], .assignee(f.id("tutor")))
        XCTAssertEqual(outcome.changed, [f.id("req1")])
        return TriageTarget(id: f.id("req1"), version: 2)
    }

    private func refusal(_ body: () throws -> Any) -> StoreError? {
        do { _ = try body(); return nil } catch let e as StoreError { return e } catch { XCTFail("\(error)"); return nil }
    }

    func testTheAssigneeWorksTheRequestToTheEndAndTheAuthorReadsIt() throws {
        let tutor = try f.viewer("tutor")
        var t = try assignedToTutor()
        let audit = try f.probe.auditCount(entity: "request")
        var r = try f.store.workRequest(tutor, t, .take)
        XCTAssertEqual(r.status, .inProgress)
        t.version = r.version
        r = try f.store.workRequest(tutor, t, .help(date: Day(iso: "2024-03-12")!, form: .consultation, what: "  Разобрали программу  "))
        XCTAssertEqual(r.status, .inProgress)
        XCTAssertEqual(r.version, t.version + 1, "a record of help moves the request's version on")
        t.version = r.version
        r = try f.store.workRequest(tutor, t, .resolve(answer: "Программа готова, шаблон в письме"))
        XCTAssertEqual(r.status, .resolved)
        XCTAssertEqual(r.resolvedOn, f.store.today())
        XCTAssertEqual(try f.probe.auditCount(entity: "request"), audit + 3)
        // The author sees the answer, the help and a readable history.
        let elkina = try f.viewer("elkina")
        let seen = try XCTUnwrap(f.store.ownRequestsPage(elkina, limit: 10).first { $0.id == t.id })
        XCTAssertEqual(seen.request.answer, "Программа готова, шаблон в письме")
        let help = try f.store.requestHelp(elkina, id: t.id)
        XCTAssertEqual(help.map(\.what), ["Разобрали программу"])
        XCTAssertEqual(help.first?.form, .consultation)
        XCTAssertEqual(help.first?.actorName, "Сидорова Ольга Викторовна")
        let lines = try f.store.requestLog(elkina, id: t.id).map(\.line.ru)
        XCTAssertTrue(lines.contains("статус: назначен → в работе"), "\(lines)")
        XCTAssertTrue(lines.contains("оказана помощь: 12.03.2024, консультация: Разобрали программу"), "\(lines)")
        XCTAssertTrue(lines.contains("ответ: — → Программа готова, шаблон в письме"), "\(lines)")
        XCTAssertTrue(try f.store.requestHelp(f.viewer("petrova"), id: t.id).isEmpty, "another teacher reads nothing")
    }

    func testEachRuleRefusesAndWritesNothing() throws {
        let tutor = try f.viewer("tutor")
        var t = try assignedToTutor()
        let before = try f.probe.fingerprint()
        // Help and resolve before taking into work.
        XCTAssertEqual(refusal { try self.f.store.workRequest(tutor, t, .help(date: self.f.store.today(), form: .lessonVisit, what: "Урок")) },
                       .refused(Refusal("Сначала возьмите запрос в работу", "Take the request into work first")))
        XCTAssertNotNil(refusal { try self.f.store.workRequest(tutor, t, .resolve(answer: "Готово")) })
        XCTAssertEqual(try f.probe.fingerprint(), before)
        t.version = try f.store.workRequest(tutor, t, .take).version
        XCTAssertEqual(refusal { try self.f.store.workRequest(tutor, t, .take) },
                       .refused(Refusal("Запрос уже в работе", "The request is already in progress")))
        // Help: what is required; the date inside the request's life and not in the future.
        let mid = try f.probe.fingerprint()
        for (date, what) in [("2024-03-12", "   "), ("2024-02-01", "Урок"), ("2024-03-20", "Урок"), ("1800-01-01", "Урок")] {
            let e = refusal { try self.f.store.workRequest(tutor, t, .help(date: Day(iso: date)!, form: .lessonVisit, what: what)) }
            guard case .refused = e else { return XCTFail("\(date) «\(what)»: \(String(describing: e))") }
        }
        // Resolve: an answer, and at least one record of help.
        guard case .refused = refusal({ try self.f.store.workRequest(tutor, t, .resolve(answer: " ")) }) else { return XCTFail("no answer") }
        XCTAssertEqual(refusal { try self.f.store.workRequest(tutor, t, .resolve(answer: "Готово")) },
                       .refused(Refusal("Сначала запишите оказанную помощь: автор увидит, что было сделано",
                                        "Record the help given first: the author sees what was done")))
        // Hand back needs a reason.
        guard case .refused = refusal({ try self.f.store.workRequest(tutor, t, .handBack(reason: "")) }) else { return XCTFail("no reason") }
        XCTAssertEqual(try f.probe.fingerprint(), mid)
    }

    func testNoRightOutOfScopeAndStaleVersion() throws {
        let t = try assignedToTutor()
        let before = try f.probe.fingerprint()
        // No right: a teacher, a coordinator (who triages, but is no assignee).
        for login in ["elkina", "coord"] {
            XCTAssertEqual(refusal { try self.f.store.workRequest(self.f.viewer(login), t, .take) },
                           .forbidden(Action.workRequests.label), login)
        }
        // Out of scope: the methodist sees the request but it is the tutor's.
        XCTAssertEqual(refusal { try self.f.store.workRequest(self.f.viewer("methodist"), t, .take) }, .forbidden(RequestWork.notYours))
        // And an assignee who does not triage may not triage their own request.
        let triage = try f.store.applyTriage(f.viewer("tutor"), [t], .priority(.urgent))
        XCTAssertEqual(triage.refused.first?.reason, StoreError.forbidden(Action.triageRequests.label).message)
        // The РМА methodist of direction 3 sees it too, and may not work it either.
        XCTAssertEqual(refusal { try self.f.store.workRequest(self.f.viewer("rma"), t, .take) }, .forbidden(RequestWork.notYours))
        XCTAssertEqual(try f.probe.fingerprint(), before)
        // Stale: the methodist changes the due date after the tutor read it.
        _ = try f.store.applyTriage(f.viewer("methodist"), [t], .due(Day(iso: "2024-04-01")))
        guard case .conflict(let c)? = refusal({ try self.f.store.workRequest(self.f.viewer("tutor"), t, .take) }) else {
            return XCTFail("a stale version is a conflict")
        }
        XCTAssertEqual(c.changedBy, "Кузнецова Елена Павловна")
        XCTAssertEqual(try f.store.request(f.viewer("tutor"), id: t.id)?.request.status, .assigned, "nothing written")
    }

    func testHandingBackClearsTheAssigneeAndTellsWhy() throws {
        let tutor = try f.viewer("tutor")
        var t = try assignedToTutor()
        t.version = try f.store.workRequest(tutor, t, .take).version
        let r = try f.store.workRequest(tutor, t, .handBack(reason: "Нужен методист по воспитанию"))
        XCTAssertEqual(r.status, .triaged)
        XCTAssertNil(r.assigneeID)
        let lines = try f.store.requestLog(f.viewer("methodist"), id: t.id).map(\.line.ru)
        XCTAssertEqual(Array(lines.suffix(3)), ["статус: в работе → разобран", "исполнитель: Сидорова Ольга Викторовна → —",
                                                "возвращён на разбор: Нужен методист по воспитанию"])
        XCTAssertTrue(try f.store.requestsPage(tutor, RequestQuery(assigneeID: tutor.personID), limit: 10).isEmpty,
                      "out of the tutor's own list: it is no longer hers")
    }

    func testAResolveByTheAssigneeCountsOnTime() throws {
        let coord = try f.viewer("coord")
        let before = try f.store.indicatorDashboard(coord)
        let tutor = try f.viewer("tutor")
        var t = try assignedToTutor()
        _ = try f.store.applyTriage(f.viewer("methodist"), [t], .due(Day(iso: "2024-03-30")))
        t.version += 1
        t.version = try f.store.workRequest(tutor, t, .take).version
        t.version = try f.store.workRequest(tutor, t, .help(date: f.store.today(), form: .materials, what: "Шаблон программы")).version
        _ = try f.store.workRequest(tutor, t, .resolve(answer: "Готово"))
        let after = try f.store.indicatorDashboard(coord)
        XCTAssertEqual(after.total.requestsResolved, before.total.requestsResolved + 1)
        XCTAssertEqual(after.total.requestsResolvedOnTime, before.total.requestsResolvedOnTime + 1, "the on-time indicator moves")
    }
}
