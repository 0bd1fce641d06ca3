import Domain
import Foundation
import XCTest
@testable import Storage

/// The stored triage key (`requests.triage_key`) must give the domain's
/// triage order whoever wrote the rows, and must follow the calendar: a
/// teacher stops being young on their 35th birthday.
final class TriageKeyTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func order(_ viewer: Viewer) throws -> [RequestID] {
        let rows = try f.store.triagePage(viewer, RequestQuery(), limit: 50)
        let keys = rows.map { $0.triageKey(today: f.store.today()) }
        XCTAssertEqual(keys, keys.sorted(), "stored order differs from RequestRules.triageOrder")
        return rows.map(\.id)
    }

    func testAYoungAuthorStopsCountingOnTheDayTheyTurn35() throws {
        let coord = try f.viewer("coord")
        // Ёлкина (born 1998-05-01) is young: her req1 comes before the older req2.
        XCTAssertEqual(try order(coord), [f.id("req3"), f.id("req1"), f.id("req2")])
        f.store.today = { Day(year: 2033, month: 4, day: 30)! }
        XCTAssertEqual(try order(coord), [f.id("req3"), f.id("req1"), f.id("req2")], "34 the day before")
        f.store.today = { Day(year: 2033, month: 5, day: 1)! }
        XCTAssertEqual(try order(coord), [f.id("req3"), f.id("req2"), f.id("req1")], "35 on the birthday")
        XCTAssertEqual(f.store.meta("triage_day"), "2033-05-01")
    }

    func testKeysFollowWritesThatBypassTheStore() throws {
        let coord = try f.viewer("coord")
        _ = try order(coord)
        try f.store.db.write {
            // Any writer (even the sqlite3 CLI): a school becomes ШНОР, an author's birth date is corrected,
            // a request is raised and another closed.
            try f.store.db.execute("UPDATE organizations SET flags = 1 WHERE id = ?", [f.id("asha1")])
            try f.store.db.execute("UPDATE people SET birth_date = '1970-01-01' WHERE id = ?", [f.id("elkina")])
            try f.store.db.execute("UPDATE requests SET status = 'resolved', resolved_on = '2024-03-12' WHERE id = ?", [f.id("req3")])
            try f.store.db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, priority, status, created_on)
                VALUES ('Срочно: наставник для молодого учителя', NULL, ?, ?, 3, 'new', '2024-03-14')
                """, [f.id("lyceum"), f.id("chel")])
        }
        let fresh = try f.store.db.scalarInt("SELECT max(id) FROM requests")
        // The urgent one; req2 (now ШНОР); req1 (no longer young); req3 closed last.
        XCTAssertEqual(try order(coord), [Int64(fresh), f.id("req2"), f.id("req1"), f.id("req3")])
    }

    func testTheInboxPagesThroughTheIndexWithoutSorting() throws {
        // The coordinator's region-wide inbox and a municipal methodist's, open requests only:
        // the conditions triagePage builds, so a status index cannot lure SQLite into sorting.
        for municipality in [nil, f.id("chel")] {
            let viewer = try f.viewer(municipality == nil ? "coord" : "methodist")
            let query = RequestQuery(statuses: [.new, .triaged, .assigned, .inProgress], municipalityID: municipality)
            let (conditions, params) = f.store.requestConditions(viewer, query, orderedByTriageKey: true)
            let plan = try f.store.db.query("""
                EXPLAIN QUERY PLAN SELECT q.id FROM requests q WHERE \(conditions.joined(separator: " AND "))
                AND q.triage_key > '' ORDER BY q.triage_key LIMIT 50
                """, params) { $0.string(3) }.joined(separator: "\n")
            XCTAssertFalse(plan.contains("TEMP B-TREE"), plan)
            XCTAssertTrue(plan.contains("triage_key"), plan)
        }
    }
}
