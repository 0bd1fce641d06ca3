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
        // The statement triagePage runs for the region (one part) and for a municipal
        // methodist (their municipality, their own, assigned to them: a part each), open
        // requests only: each part walks an index in triage order, so no part sorts the
        // requests it matches; only the merged page (at most a page per part) is sorted.
        for login in ["coord", "methodist"] {
            let viewer = try f.viewer(login)
            let query = RequestQuery(statuses: [.new, .triaged, .assigned, .inProgress])
            let statement = try f.store.triagePageStatement(viewer, query, after: TriageRowKey(""), before: nil, limit: 50)
            let plan = try f.store.db.query("EXPLAIN QUERY PLAN " + statement.sql, statement.params) { $0.string(3) }
            let text = plan.joined(separator: "\n")
            if login == "coord" {
                XCTAssertFalse(text.contains("TEMP B-TREE"), text)
                XCTAssertTrue(text.contains("requests_triage_key"), text)
            } else {
                // The big parts walk their index in order; an author's few requests may be
                // sorted, and so is the merged page.
                for index in ["requests_municipality_triage_key", "requests_assignee_triage_key"] {
                    let at = try XCTUnwrap(plan.firstIndex { $0.contains(index) }, "\(index) unused:\n" + text)
                    XCTAssertFalse(plan[at + 1].contains("TEMP B-TREE"), text)
                }
            }
        }
    }

    func testEveryPartOfAScopeIsMergedInTriageOrderBothWays() throws {
        // A municipal methodist who also wrote a request and has one assigned from another
        // municipality sees all three kinds; pages of two, forwards and backwards, must
        // give exactly the rows and the order of one unpaged read.
        let methodist = try f.viewer("methodist")
        let (m, chel, asha) = (f.id("methodist"), f.id("chel"), f.id("asha"))
        try f.store.db.write {
            for (author, assignee, municipality, priority, created) in [
                (m, nil, asha, 1, "2024-02-10"), (f.id("petrova"), m, asha, 2, "2024-02-11"),
                (f.id("petrova"), nil, asha, 2, "2024-02-12"),   // not theirs: must stay out
                (f.id("elkina"), nil, chel, 1, "2024-01-05"), (f.id("ivanov"), m, chel, 3, "2024-03-02"),
            ] as [(Int64, Int64?, Int64, Int, String)] {
                try f.store.db.execute("""
                    INSERT INTO requests(text, author_id, municipality_id, priority, urgent, status, created_on, assignee_id)
                    VALUES ('Запрос', ?, ?, ?, 0, 'new', ?, ?)
                    """, [author, municipality, priority, created, assignee])
            }
        }
        let everything = try f.store.triagePage(methodist, RequestQuery(), limit: 1000)
        let visible = try f.store.db.query(
            "SELECT q.id FROM requests q WHERE \(Visibility.requests(methodist).sql) ORDER BY q.triage_key",
            Visibility.requests(methodist).params) { $0.int64(0) }
        XCTAssertEqual(everything.map(\.id), visible)
        XCTAssertEqual(everything.count, 6)
        var forwards: [RequestID] = [], anchor: TriageRowKey?
        while true {
            let page = try f.store.triagePage(methodist, RequestQuery(), after: anchor, limit: 2)
            forwards += page.map(\.id)
            guard page.count == 2, let last = page.last else { break }
            anchor = last.key
        }
        XCTAssertEqual(forwards, visible)
        var backwards: [RequestID] = [], before = TriageRowKey.end
        while true {
            let page = try f.store.triagePage(methodist, RequestQuery(), before: before, limit: 2)
            backwards = page.map(\.id) + backwards
            guard page.count == 2, let first = page.first else { break }
            before = first.key
        }
        XCTAssertEqual(backwards, visible)
    }
}
