import Domain
import Foundation
import XCTest
import Exchange
@testable import Storage

/// A people import writes its rows and leaves their search entries for short
/// steps after its commit: the people are found all the same, an interrupted
/// fill is finished later, and `check` is not alarmed by a fill in progress.
final class PeopleSearchFillTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func ftsGap() throws -> Int {
        try f.store.db.scalarInt("SELECT (SELECT count(*) FROM people) - (SELECT count(*) FROM people_fts)")
    }

    func importPeople(_ n: Int) throws -> ExchangeReport {
        var csv = "логин,ФИО\n"
        for i in 0..<n { csv += "fill.\(i),Заполнова Ирина \(i)\n" }
        return PeopleImport.run(f.store, actor: try f.viewer("admin"), data: Data(csv.utf8), fileName: "p.csv")
    }

    func testImportedPeopleAreFoundAndNothingIsLeftPending() throws {
        let r = try importPeople(PeopleSearchFill.step * 2 + 17)   // three steps
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try ftsGap(), 0)
        XCTAssertFalse(f.store.hasPendingPeopleSearch)
        XCTAssertNil(f.store.meta(PeopleSearchFill.deferredKey), "the deferral ends with the import's write")
        XCTAssertEqual(try f.store.db.scalarInt("""
            SELECT count(*) FROM audit a JOIN people p ON p.id = a.entity_id
            WHERE a.entity = 'person' AND a.action = 'import' AND a.actor_login = 'admin' AND a.after = p.login || ': ' || p.full_name
            """), PeopleSearchFill.step * 2 + 17, "one audit row per new person, as before")
        let found = try f.store.searchPeople(f.viewer("admin"), "Заполнова", limit: 10_000)
        XCTAssertEqual(found.count, PeopleSearchFill.step * 2 + 17)
        let report = try f.store.check()
        XCTAssertTrue(report.isOK, "\(report.findings)")
    }

    func testAPersonAddedAfterAnImportGetsHisEntryAtOnce() throws {
        _ = try importPeople(3)
        try f.store.db.execute("INSERT INTO people(login, full_name, name_key) VALUES ('after.one', 'Позднякова Вера', 'позднякова вера')")
        XCTAssertEqual(try ftsGap(), 0, "the insert trigger is back once the import's write ends")
    }

    /// The import's process ended after its commit, before its fill.
    func interruptFill() throws {
        _ = try importPeople(50)
        let first = try f.store.db.scalarInt("SELECT min(id) FROM people WHERE login LIKE 'fill.%'")
        try f.store.db.write {
            try f.store.db.execute("DELETE FROM people_fts WHERE rowid >= ?", [first])
            try f.store.setMeta(PeopleSearchFill.pendingKey, String(first))
        }
        XCTAssertEqual(try ftsGap(), 50)
    }

    func testCheckDoesNotCallAFillInProgressDamage() throws {
        try interruptFill()
        let report = try f.store.check()
        XCTAssertTrue(report.isOK, "\(report.findings)")
        try f.store.db.execute("DELETE FROM people_fts WHERE rowid = (SELECT min(id) FROM people)")
        XCTAssertFalse(try f.store.check().isOK, "a gap before the pending range is still reported")
    }

    func testTheNextImportFinishesAnInterruptedFill() throws {
        try interruptFill()
        _ = try importPeople(1)
        XCTAssertEqual(try ftsGap(), 0)
        XCTAssertFalse(f.store.hasPendingPeopleSearch)
    }

    func testAnIdleSessionFinishesAFillThatStoodStill() throws {
        try interruptFill()
        var now: Int64 = 1_000
        f.store.clock = { now }
        f.store.continueStalledPeopleSearch(dataChanged: true)
        XCTAssertEqual(try ftsGap(), 50, "first seen: a live import may still be filling")
        now += SQLiteStore.stalledFillSeconds - 1
        f.store.continueStalledPeopleSearch(dataChanged: false)
        XCTAssertEqual(try ftsGap(), 50)
        now += 1
        f.store.continueStalledPeopleSearch(dataChanged: false)
        XCTAssertEqual(try ftsGap(), 0, "standing still 10 s: the session fills it")
        XCTAssertFalse(f.store.hasPendingPeopleSearch)
    }
}
