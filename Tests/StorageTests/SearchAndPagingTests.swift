import Domain
import Foundation
import XCTest
@testable import Storage

/// Cyrillic full-text search (case, ё = е, awkward input) and keyset paging.
final class SearchAndPagingTests: XCTestCase {
    func names(_ rows: [PersonSummary]) -> [String] { rows.map(\.fullName) }

    func testPeopleSearchIgnoresCaseAndTreatsYoAsYe() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        for typed in ["елкина", "ЁЛКИНА", "Ёлк", "елк анна", "ЕЛКИНА АННА ПЕТРОВНА"] {
            XCTAssertEqual(names(try f.store.searchPeople(coord, typed, limit: 10)), ["Ёлкина Анна Петровна"], typed)
        }
        XCTAssertEqual(names(try f.store.searchPeople(coord, "пётр алекс", limit: 10)), ["Смирнов Пётр Алексеевич"])
        XCTAssertEqual(names(try f.store.searchPeople(coord, "ПЕТР АЛЕКС", limit: 10)), ["Смирнов Пётр Алексеевич"])
        // A prefix: «петр» also starts «Петрова» and «Петровна».
        XCTAssertEqual(names(try f.store.searchPeople(coord, "петр", limit: 10)),
                       ["Ёлкина Анна Петровна", "Петрова Мария Сергеевна", "Смирнов Пётр Алексеевич"])
    }

    func testAwkwardInputNeverBreaksTheQuery() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        for typed in ["\"", "С-300", "a\"b", "*", "OR", "NEAR(", "   ", "^", "елкина\"", "(иванов"] {
            XCTAssertNoThrow(try f.store.searchPeople(coord, typed, limit: 5), typed)
            XCTAssertNoThrow(try f.store.requestsPage(coord, RequestQuery(text: typed), limit: 5), typed)
        }
        let found = try f.store.requestsPage(coord, RequestQuery(text: "С-300"), limit: 5)
        XCTAssertEqual(found.map(\.id), [f.id("req2")])
    }

    func testRequestTextSearchIsCaseInsensitiveForCyrillic() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        XCTAssertEqual(try f.store.requestsPage(coord, RequestQuery(text: "ФУНКЦИОНАЛЬН"), limit: 5).map(\.id), [f.id("req1")])
        XCTAssertEqual(try f.store.requestsPage(coord, RequestQuery(text: "семинар воспит"), limit: 5).map(\.id), [f.id("req3")])
    }

    func testSearchIndexFollowsUpdates() throws {
        let f = try ContractFixture()
        // SQLite: its search index follows a write past the store (the index's triggers).
        try f.sqlite("the search index's triggers").db.execute("UPDATE people SET full_name = 'Семёнова Анна Петровна' WHERE login = 'elkina'")
        let coord = try f.viewer("coord")
        XCTAssertTrue(try f.store.searchPeople(coord, "елкина", limit: 5).isEmpty)
        XCTAssertEqual(names(try f.store.searchPeople(coord, "семенова", limit: 5)), ["Семёнова Анна Петровна"])
    }

    /// 1,000 people: pages of 37 walk the whole list once, in order, with no repeats.
    /// Requests page backwards by the same keyset as forwards (End and PgUp in a request list
    /// read the pages before the anchor, not the whole list from its start).
    func testRequestsPageBackwardsAsForwards() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        try f.store.loadingAtOnce {
            for i in 0..<120 {
                try f.store.loadRequest(HelpRequest(id: 0, text: "Запрос \(i)", authorID: f.id("elkina"), organizationID: f.id("lyceum"),
                                                    municipalityID: f.id("chel"), priority: RequestPriority(rawValue: i % 4) ?? .normal,
                                                    createdOn: Day(iso: "2024-03-01")!.adding(days: i % 9)),
                                        urgent: i % 5 == 0, at: 1_690_000_000)
            }
        }
        var all: [RequestSummary] = []
        var anchor: RequestKey?
        while true {
            let page = try f.store.requestsPage(coord, RequestQuery(), after: anchor, limit: 25)
            if page.isEmpty { break }
            all += page
            anchor = page.last?.key
        }
        XCTAssertGreaterThanOrEqual(all.count, 120)
        XCTAssertEqual(try f.store.requestsPage(coord, RequestQuery(), before: nil, limit: 25).map(\.id), all.suffix(25).map(\.id))
        let middle = all[60]
        XCTAssertEqual(try f.store.requestsPage(coord, RequestQuery(), before: middle.key, limit: 25).map(\.id),
                       all[35..<60].map(\.id))
        XCTAssertEqual(try f.store.requestsPage(coord, RequestQuery(), before: all[3].key, limit: 25).map(\.id), all[0..<3].map(\.id))
    }

    func testKeysetPagingWalksEveryRowOnceInOrder() throws {
        let f = try ContractFixture()
        let surnames = ["Абрамова", "Ёлкин", "Борисов", "Яковлева", "Елисеев", "Жукова", "Ясенев", "Ильина"]
        try f.store.loadingAtOnce {
            for i in 0..<1000 {
                let name = "\(surnames[i % surnames.count]) Сотрудник \(String(format: "%04d", 999 - i))"
                try f.store.loadPerson(Person(id: 0, login: "bulk\(i)", fullName: name, organizationID: f.id("asha1"), position: ""))
            }
        }
        let coord = try f.viewer("coord")
        let query = PeopleQuery(municipalityID: f.id("asha"))
        var seen: [PersonSummary] = []
        var anchor: PersonKey?
        while true {
            let page = try f.store.peoplePage(coord, query, after: anchor, limit: 37)
            XCTAssertLessThanOrEqual(page.count, 37)
            if page.isEmpty { break }
            seen += page
            anchor = page.last?.key
        }
        XCTAssertEqual(seen.count, 1002)  // the bulk plus Петрова and Васильев of Аша
        XCTAssertEqual(Set(seen.map(\.id)).count, seen.count, "no row twice")
        let keys = seen.map { SearchKey.fold($0.fullName) }
        XCTAssertEqual(keys, keys.sorted(), "name order, ё sorted as е")
        // Backwards from the end gives the same rows in the same order.
        let last = try f.store.peopleLastPage(coord, query, limit: 37)
        XCTAssertEqual(last.map(\.id), seen.suffix(37).map(\.id))
        let beforeLast = try f.store.peoplePage(coord, query, before: last.first?.key, limit: 37)
        XCTAssertEqual(beforeLast.map(\.id), seen.dropLast(37).suffix(37).map(\.id))
        // Prefix search with ё: «ёлкин» and «елкин» find the same people, and «Елисеев» is not among them.
        let yo = try f.store.peoplePage(coord, PeopleQuery(municipalityID: f.id("asha"), namePrefix: "ЁЛКИН"), limit: 500)
        let ye = try f.store.peoplePage(coord, PeopleQuery(municipalityID: f.id("asha"), namePrefix: "елкин"), limit: 500)
        XCTAssertEqual(yo.count, 125)
        XCTAssertEqual(yo.map(\.id), ye.map(\.id))
    }

    func testPeoplePagingUsesTheNameIndex() throws {
        let f = try ContractFixture()
        // SQLite: its query plan.
        let plan = try f.sqlite("the query plan").db.query("""
            EXPLAIN QUERY PLAN SELECT id FROM people p WHERE p.name_key >= ? AND p.name_key < ? AND (p.name_key, p.id) > (?, ?)
            ORDER BY p.name_key, p.id LIMIT 30
            """, ["ив", "ив\u{10FFFF}", "ив", 0]) { $0.string(3) }.joined(separator: " | ")
        XCTAssertTrue(plan.contains("USING COVERING INDEX people_name") || plan.contains("USING INDEX people_name"), plan)
        XCTAssertFalse(plan.contains("TEMP B-TREE"), "no sort of the whole table: \(plan)")
    }

    func testRequestPagingFollowsTriageOrder() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        let all = try f.store.requestsPage(coord, RequestQuery(), limit: 10)
        // req3: priority high; then req1 (urgent: young teacher), then req2 (older but not urgent).
        XCTAssertEqual(all.map(\.id), [f.id("req3"), f.id("req1"), f.id("req2")])
        let firstTwo = try f.store.requestsPage(coord, RequestQuery(), limit: 2)
        let rest = try f.store.requestsPage(coord, RequestQuery(), after: firstTwo.last?.key, limit: 2)
        XCTAssertEqual((firstTwo + rest).map(\.id), all.map(\.id))
    }
}
