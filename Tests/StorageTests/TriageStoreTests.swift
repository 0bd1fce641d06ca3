import Domain
import Foundation
import XCTest
@testable import Storage

/// The inbox's storage: triage order, one-transaction bulk changes with
/// refusals, comments, assignee load, load and lateness, scoping.
final class TriageStoreTests: XCTestCase {
    var f: ContractFixture!
    override func setUpWithError() throws { f = try ContractFixture() }
    override func tearDown() { f = nil }

    func testPagesFollowTheDomainsTriageOrderBothWays() throws {
        let coord = try f.viewer("coord")
        let all = try f.store.triagePage(coord, RequestQuery(), limit: 10)
        // req3: ШНОР school, priority high; req1: young author; req2: neither.
        XCTAssertEqual(all.map(\.id), [f.id("req3"), f.id("req1"), f.id("req2")])
        XCTAssertTrue(all[1].youngAuthor)
        let keys = all.map { $0.triageKey(today: f.store.today()) }
        XCTAssertEqual(keys, keys.sorted())
        let page2 = try f.store.triagePage(coord, RequestQuery(), after: all[0].key, limit: 10)
        XCTAssertEqual(page2.map(\.id), Array(all.dropFirst().map(\.id)))
        let before = try f.store.triagePage(coord, RequestQuery(), before: all[2].key, limit: 10)
        XCTAssertEqual(before.map(\.id), Array(all.prefix(2).map(\.id)))
        XCTAssertEqual(try f.store.triagePage(coord, RequestQuery(), before: .end, limit: 1).map(\.id), [f.id("req2")])
        // A closed request sorts after the open ones.
        _ = try f.store.applyTriage(coord, [TriageTarget(id: f.id("req3"), version: 1)], .status(.declined, reason: "Дубль"))
        XCTAssertEqual(try f.store.triagePage(coord, RequestQuery(), limit: 10).last?.id, f.id("req3"))
    }

    func testBulkChangesInOneTransactionWithRefusalsCounted() throws {
        let methodist = try f.viewer("methodist")
        let targets = [TriageTarget(id: f.id("req1"), version: 1), TriageTarget(id: f.id("req3"), version: 1),
                       TriageTarget(id: f.id("req2"), version: 1)]   // req2 is in another municipality
        let audit = try f.probe.auditCount(entity: nil)
        let outcome = try f.store.applyTriage(methodist, targets, .assignee(f.id("tutor")))
        XCTAssertEqual(outcome.changed, [f.id("req1"), f.id("req3")])
        XCTAssertEqual(outcome.refused.map(\.id), [f.id("req2")])
        XCTAssertTrue(outcome.refused.first?.reason.ru.hasPrefix("Не найдено") == true, "\(outcome.refused)")
        XCTAssertEqual(try f.probe.auditCount(entity: nil), audit + 2)
        let again = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 2)], .assignee(f.id("tutor")))
        XCTAssertEqual(again.unchanged, [f.id("req1")], "assigning the same person again writes nothing")
        let stale = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 1)], .priority(.urgent))
        XCTAssertEqual(stale.refused.count, 1, "a stale version is refused, not overwritten")
        let lifecycle = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 2)], .status(.new, reason: ""))
        XCTAssertTrue(lifecycle.refused.first?.reason.ru.contains("нельзя перейти в «новый»") ?? false, "\(lifecycle)")
    }

    func testCommentsAreHistoryRowsAndNeedARight() throws {
        let methodist = try f.viewer("methodist")
        try f.store.addRequestComment(methodist, id: f.id("req1"), text: "  Позвонила автору  ")
        let log = try f.store.requestLog(methodist, id: f.id("req1"))
        XCTAssertEqual(log.last?.change.field, "comment")
        XCTAssertEqual(log.last?.change.after, "Позвонила автору")
        XCTAssertEqual(log.last?.actorName, "Кузнецова Елена Павловна")
        XCTAssertThrowsError(try f.store.addRequestComment(methodist, id: f.id("req1"), text: " "))
        XCTAssertThrowsError(try f.store.addRequestComment(f.viewer("elkina"), id: f.id("req1"), text: "я автор"))
        let bulk = try f.store.addRequestComments(methodist, ids: [f.id("req1"), f.id("req2")], text: "Обзвон")
        XCTAssertEqual(bulk.changed, [f.id("req1")])
        XCTAssertEqual(bulk.refused.map(\.id), [f.id("req2")])
    }

    func testAssigneeCandidatesShowOpenLoadAndLoadPanelAggregates() throws {
        let methodist = try f.viewer("methodist")
        _ = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 1)], .assignee(f.id("tutor")))
        let candidates = try f.store.assigneeCandidates(methodist)
        XCTAssertEqual(Set(candidates.map(\.fullName)), ["Сидорова Ольга Викторовна", "Кузнецова Елена Павловна"])
        XCTAssertEqual(candidates.last?.openLoad, 1, "lightest first: the tutor with one open request comes last")
        XCTAssertThrowsError(try f.store.assigneeCandidates(f.viewer("elkina")))

        _ = try f.store.applyTriage(methodist, [TriageTarget(id: f.id("req1"), version: 2)], .status(.resolved, reason: ""))
        let load = try f.store.triageLoad(f.viewer("coord"))
        XCTAssertEqual(load.total.resolved, 1)
        XCTAssertEqual(load.total.medianDays, 14)   // 01.03 -> 15.03
        XCTAssertEqual(load.total.onTimeShare, 1)
        XCTAssertEqual(load.total.open, 2)
        XCTAssertEqual(load.byDirection.first { $0.key == 7 }?.open, 1)
        let counts = try f.store.triageCounts(methodist)
        XCTAssertEqual(counts.all, 2)
        XCTAssertEqual(counts.open, 1)
        XCTAssertEqual(counts.new, 1)
    }

    func testCreatingARequestForAPersonOrASchoolStaysInTheMunicipality() throws {
        let methodist = try f.viewer("methodist")
        let people = try f.store.requesters(methodist)
        XCTAssertTrue(people.contains { $0.name == "СОШ № 5" && $0.kind == .organization })
        XCTAssertFalse(people.contains { $0.name == "Петрова Мария Сергеевна" }, "another municipality's people are not offered")
        guard let elkina = people.first(where: { $0.name == "Ёлкина Анна Петровна" }) else { return XCTFail() }
        let id = try f.store.createRequest(methodist, for: elkina, text: "Нужна помощь", direction: 3)
        XCTAssertTrue(try f.store.triageRow(methodist, id: id)?.youngAuthor ?? false)
        let asha = Requester(kind: .organization, entityID: f.id("asha1"), name: "СОШ № 1 г. Аши", place: "")
        XCTAssertThrowsError(try f.store.createRequest(methodist, for: asha, text: "x"))
    }
}
