import Domain
import Foundation
import XCTest
import Exchange
@testable import Storage

/// The audit log read back: only for those who may, newest first, paged by
/// key both ways, filtered by person, object and dates through the indexes.
final class AuditLogTests: XCTestCase {
    var f: ContractFixture!
    override func setUpWithError() throws { f = try ContractFixture() }
    override func tearDown() { f = nil }

    /// Writes `n` entries an hour apart, alternating actor and object, starting at `start`.
    func seed(_ n: Int, start: Int64) throws -> [Int64] {
        let m = try f.viewer("methodist"), c = try f.viewer("coord")
        var ats: [Int64] = []
        try f.store.loadingAtOnce {
            for i in 0..<n {
                let at = start + Int64(i) * 3600
                f.store.clock = { at }
                let actor = i % 2 == 0 ? m : c
                try f.store.loadAuditEntry(AuditEntry(at: at, actorID: actor.personID, actorLogin: actor.login,
                                                      entity: i % 3 == 0 ? "step" : "request", entityID: Int64(i % 4), action: "update",
                                                      before: "priority=\(i)", after: "priority=\(i + 1)"))
                ats.append(at)
            }
        }
        return ats
    }

    func testOnlyAdministratorsAndCoordinatorsReadTheLog() throws {
        for login in ["elkina", "tutor", "methodist", "rma"] {
            XCTAssertThrowsError(try f.store.auditLog(f.viewer(login), AuditQuery(), after: nil, limit: 10), login) { e in
                guard case .forbidden? = e as? StoreError else { return XCTFail("\(login): \(e)") }
            }
        }
        XCTAssertNoThrow(try f.store.auditLog(f.viewer("coord"), AuditQuery(), after: nil, limit: 10))
        XCTAssertNoThrow(try f.store.auditLog(f.viewer("admin"), AuditQuery(), after: nil, limit: 10))
    }

    func testKeysetPagesWalkTheWholeLogNewestFirstBothWays() throws {
        _ = try seed(23, start: 1_700_000_000)
        let admin = try f.viewer("admin")
        let everything = try f.store.auditLog(admin, AuditQuery(), after: nil, limit: 1000)
        XCTAssertEqual(everything.map(\.key), everything.map(\.key).sorted { ($0.at, $0.id) > ($1.at, $1.id) })
        var walked: [AuditRow] = []
        var last: AuditKey?
        while true {
            let page = try f.store.auditLog(admin, AuditQuery(), after: last, limit: 5)
            walked += page
            guard page.count == 5 else { break }
            last = page.last?.key
        }
        XCTAssertEqual(walked.map(\.id), everything.map(\.id), "no entry twice, none missing")
        // Backwards from the 10th: the 5 just newer, in display order.
        let back = try f.store.auditLog(admin, AuditQuery(), after: everything[9].key, backwards: true, limit: 5)
        XCTAssertEqual(back.map(\.id), everything[4..<9].map(\.id))
        // Backwards from nowhere: the oldest ones.
        let oldest = try f.store.auditLog(admin, AuditQuery(), after: nil, backwards: true, limit: 3)
        XCTAssertEqual(oldest.map(\.id), everything.suffix(3).map(\.id))
    }

    func testFiltersByPersonObjectDatesAndText() throws {
        let ats = try seed(12, start: SQLiteStore.startOfDay(Day(year: 2024, month: 3, day: 1)!) + 8 * 3600)
        let admin = try f.viewer("admin")
        func ids(_ q: AuditQuery) throws -> [Int64] { try f.store.auditLog(admin, q, after: nil, limit: 100).map(\.id) }
        let all = try f.store.auditLog(admin, AuditQuery(), after: nil, limit: 100)

        let coordID = f.id("coord")
        XCTAssertEqual(try ids(AuditQuery(actorID: coordID)), all.filter { $0.entry.actorID == coordID }.map(\.id))
        XCTAssertEqual(try ids(AuditQuery(actorID: coordID)).count, 6)
        XCTAssertTrue(try f.store.auditLog(admin, AuditQuery(actorID: coordID), after: nil, limit: 100)
            .allSatisfy { $0.actorName == "Смирнов Пётр Алексеевич" })

        XCTAssertEqual(try ids(AuditQuery(entity: "step")), all.filter { $0.entry.entity == "step" }.map(\.id))
        XCTAssertEqual(try ids(AuditQuery(entity: "request", entityID: 1)),
                       all.filter { $0.entry.entity == "request" && $0.entry.entityID == 1 }.map(\.id))

        // 12 hours from 08:00 on 1 March stay within that day; the 2nd of March has none.
        XCTAssertEqual(try ids(AuditQuery(from: Day(year: 2024, month: 3, day: 1), to: Day(year: 2024, month: 3, day: 1))).count, 12)
        XCTAssertEqual(try ids(AuditQuery(from: Day(year: 2024, month: 3, day: 2))).count, 0)
        XCTAssertEqual(try ids(AuditQuery(to: Day(year: 2024, month: 2, day: 29))).count, 0)
        XCTAssertEqual(try ids(AuditQuery(from: Day(year: 2024, month: 3, day: 1), to: Day(year: 2024, month: 3, day: 1))),
                       all.filter { $0.entry.at >= ats[0] && $0.entry.at <= ats[11] }.map(\.id))

        XCTAssertEqual(try ids(AuditQuery(text: "priority=11")), all.filter { $0.entry.before == "priority=11" || $0.entry.after == "priority=11" }.map(\.id))
        XCTAssertEqual(try ids(AuditQuery(actorID: coordID, entity: "step")),
                       all.filter { $0.entry.actorID == coordID && $0.entry.entity == "step" }.map(\.id))
        XCTAssertEqual(try f.store.auditEntities(admin), ["request", "step"])
    }

    func testARealChangeReadsAsWords() throws {
        let m = try f.viewer("methodist")
        XCTAssertEqual(try f.store.applyTriage(m, [TriageTarget(id: f.id("req1"), version: 1)], .priority(.high)).changed, [f.id("req1")])
        let row = try XCTUnwrap(try f.store.auditLog(f.viewer("coord"), AuditQuery(entity: "request", entityID: f.id("req1")),
                                                     after: nil, limit: 1).first)
        XCTAssertEqual(row.actorName, "Кузнецова Елена Павловна")
        XCTAssertEqual(AuditText.entityLabel(row.entry.entity, id: row.entry.entityID, language: .ru), "Запрос №\(f.id("req1"))")
        XCTAssertEqual(AuditText.action(row.entry.action).ru, "изменение")
        XCTAssertTrue(AuditText.summary(before: row.entry.before, after: row.entry.after).contains("priority:"),
                      row.entry.before + " / " + row.entry.after)
    }

    func testSummariesShowOnlyWhatChanged() {
        XCTAssertEqual(AuditText.summary(before: "status=draft; due=2024-03-01", after: "status=approved; due=2024-03-01"),
                       "status: draft → approved")
        XCTAssertEqual(AuditText.summary(before: "", after: "Новый запрос"), "Новый запрос")
        XCTAssertEqual(AuditText.summary(before: "tutor=", after: "tutor=99"), "tutor: — → 99", "an empty side is a dash")
        XCTAssertEqual(AuditText.summary(before: "route=5; title=Курс", after: ""), "× route=5; title=Курс")
        XCTAssertEqual(AuditText.summary(before: "teacher", after: "teacher,tutor"), "teacher → teacher,tutor")
        XCTAssertEqual(AuditText.entity("nonsense").ru, "nonsense")
    }

    func testTheIndexesAnswerTheFilters() throws {
        func plan(_ q: AuditQuery, rare: Bool = false) throws -> String {
            // The same SQL auditLog runs, as SQLite plans it.
            let (sql, params) = SQLiteStore.auditSQL(q, after: AuditKey(at: 1, id: 1), backwards: false, entityIsRare: rare)
            return try f.sqlite("the query plan").db.query("EXPLAIN QUERY PLAN " + sql, params + [1]) { $0.string(3) }.joined(separator: " | ")
        }
        let none = try plan(AuditQuery())
        XCTAssertTrue(none.contains("audit_at"), none)
        XCTAssertFalse(none.contains("TEMP B-TREE"), none)
        let actor = try plan(AuditQuery(actorID: 5))
        XCTAssertTrue(actor.contains("audit_actor"), actor)
        XCTAssertFalse(actor.contains("TEMP B-TREE"), actor)
        let object = try plan(AuditQuery(entity: "request", entityID: 3))
        XCTAssertTrue(object.contains("audit_entity"), object)
        XCTAssertFalse(object.contains("TEMP B-TREE"), object)
        let kind = try plan(AuditQuery(entity: "request"))
        XCTAssertTrue(kind.contains("audit_at") && !kind.contains("TEMP B-TREE"), kind)
        let rareKind = try plan(AuditQuery(entity: "site"), rare: true)
        XCTAssertTrue(rareKind.contains("audit_entity"), rareKind)
        XCTAssertTrue(try f.sqlite("the query plan").isRareAuditEntity("site"))
    }

    func testExportWritesTheFilteredLogOrRefuses() throws {
        _ = try seed(6, start: 1_700_000_000)
        let coord = try f.viewer("coord")
        let store = try f.sqlite("AuditExport reads a SQLiteStore (Sources/Storage/Exchange)")
        let csv = AuditExport.run(store, viewer: coord, query: AuditQuery(entity: "step"), format: .csv)
        XCTAssertEqual(csv.exitCode, 0)
        let lines = csv.output.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "№,когда,кто,логин,объект,номер,действие,изменение,было,стало")
        XCTAssertEqual(csv.count, 2)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[1].contains("Шаг маршрута") && lines[1].contains("priority: 3 → 4"), String(lines[1]))
        let excel = AuditExport.run(store, viewer: coord, query: AuditQuery(), format: .csv, excel: true)
        XCTAssertTrue(excel.output.hasPrefix("\u{FEFF}№;когда;"))
        let md = AuditExport.run(store, viewer: coord, query: AuditQuery(), format: .md, language: .en)
        XCTAssertTrue(md.output.hasPrefix("# Audit log"))
        XCTAssertTrue(md.output.contains("| Route step | 3 | changed | priority: 3 → 4 |"), md.output)
        let refused = AuditExport.run(store, viewer: try f.viewer("methodist"), query: AuditQuery(), format: .csv)
        XCTAssertEqual(refused.exitCode, 2)
        XCTAssertTrue(refused.output.isEmpty)
        XCTAssertTrue(refused.lines.joined().contains("журнал"), refused.lines.joined())
    }
}
