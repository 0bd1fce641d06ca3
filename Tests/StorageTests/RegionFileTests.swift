import DemoRegion
import Domain
import Foundation
import Storage
import XCTest

/// A region's file as data: what it is (a demo or a real region, written
/// when it was made), its one clock, and what an unknown login is told.
final class RegionFileTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-region-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// A demo file, built and closed, as `metodist demo` leaves it.
    func demoPath() throws -> String {
        let path = dir.appendingPathComponent("demo.db").path
        let store = try SQLiteStore(path: path)
        try DemoRegion.build(into: store, options: DemoOptions(teachers: 100)) { _, _, _ in }
        return path
    }

    func testADemoSessionRecordsItsActionsOnTheDayItsScreensCallToday() throws {
        let store = try SQLiteStore(path: try demoPath(), mode: .existing)   // a session opening the file
        let today = store.today()
        XCTAssertEqual(today, DemoOptions.defaultToday, "a demo lives on its fixed day")
        XCTAssertNotEqual(today, SQLiteStore.localTime(Int64(Date().timeIntervalSince1970)).day, "…which is not the real one")
        let methodist = try store.viewer(login: "methodist")
        let id = try XCTUnwrap(store.db.first("""
            SELECT id FROM requests WHERE municipality_id = ? AND status NOT IN ('resolved', 'declined') ORDER BY id LIMIT 1
            """, [methodist.municipalityID]) { $0.int64(0) })
        try store.addRequestComment(methodist, id: id, text: "CLOCK-TEST")

        let logged = try store.requestLog(methodist, id: id).filter { $0.change.after == "CLOCK-TEST" }
        XCTAssertEqual(logged.count, 1)
        XCTAssertEqual(logged.first.map { SQLiteStore.localTime($0.change.at).day }, today, "the history says it was done today")

        let admin = try store.viewer(login: "admin")
        let todays = try store.auditLog(admin, AuditQuery(from: today, to: today), after: nil, limit: 50)
        XCTAssertTrue(todays.contains { $0.entry.after == "CLOCK-TEST" }, "the audit filter for today finds it")
        for row in todays { XCTAssertEqual(SQLiteStore.localTime(row.entry.at).day, today) }
        let later = try store.auditLog(admin, AuditQuery(from: today.adding(days: 1)), after: nil, limit: 50)
        XCTAssertFalse(later.contains { $0.entry.after == "CLOCK-TEST" }, "nothing done today is in the future")
    }

    func testARealRegionRunsOnTheSystemClock() throws {
        let path = dir.appendingPathComponent("own.db").path
        let store = try SQLiteStore.initRegion(RegionCharter(regionName: "Тюменская область", adminLogin: "boss",
                                                             adminName: "Петрова Анна Ивановна"), at: path)
        let now = SQLiteStore.localTime(Int64(Date().timeIntervalSince1970)).day
        XCTAssertEqual(store.today(), now)
        XCTAssertEqual(SQLiteStore.localTime(store.clock()).day, now)
    }

    func testAFileKnowsWhetherItIsADemoAndAnUnknownLoginIsToldTheWayIn() throws {
        let demo = try SQLiteStore(path: try demoPath(), mode: .existing)
        XCTAssertEqual(demo.origin, .demo)
        func hint(_ store: SQLiteStore) -> LoginHint? {
            do { _ = try store.viewer(login: "nobody"); return nil } catch {
                guard case .unknownLogin(_, let hint)? = error as? StoreError else { return nil }
                return hint
            }
        }
        XCTAssertEqual(hint(demo), .demo(logins: ["teacher", "teacher2", "tutor", "mentor", "methodist", "rma", "coordinator", "admin"]))
        // Only the logins the file really has.
        try demo.db.execute("UPDATE people SET login = 'mentor.old' WHERE login = 'mentor'")
        XCTAssertEqual(hint(demo), .demo(logins: ["teacher", "teacher2", "tutor", "methodist", "rma", "coordinator", "admin"]))

        let own = try SQLiteStore.initRegion(RegionCharter(regionName: "Тюменская область", adminLogin: "boss",
                                                           adminName: "Петрова Анна Ивановна"), at: dir.appendingPathComponent("own.db").path)
        XCTAssertEqual(own.origin, .own)
        // A real region may have a «teacher»: it is still no demo.
        _ = try own.addPerson(nil, Person(id: 0, login: "teacher", fullName: "Ёлкина Алёна Сергеевна", organizationID: nil, position: "учитель"))
        XCTAssertEqual(own.origin, .own)
        XCTAssertEqual(hint(own), .region(administrators: ["boss"]))
        let message = StoreError.unknownLogin("nobody", hint: .region(administrators: ["boss"])).message
        XCTAssertTrue(message.ru.contains("metodist import people"), message.ru)
        XCTAssertTrue(message.ru.contains("boss"), message.ru)
        XCTAssertFalse(message.ru.contains("демо"), message.ru)
    }

    func testInitHoldsTheRegionAndOneAdministratorOnly() throws {
        let path = dir.appendingPathComponent("own.db").path
        let store = try SQLiteStore.initRegion(RegionCharter(regionName: "  Тюменская\u{1B}[2J область ", adminLogin: "boss",
                                                             adminName: "Петрова Анна Ивановна"), at: path)
        XCTAssertEqual(store.regionName, "Тюменская[2J область", "stored cleaned and trimmed")
        XCTAssertEqual(store.schemaVersion, SQLiteStore.supportedSchemaVersion)
        XCTAssertEqual(try store.db.first("PRAGMA journal_mode") { $0.string(0) }, "wal")
        let admin = try store.viewer(login: "boss")
        XCTAssertEqual(admin.roles, [.administrator])
        XCTAssertEqual(store.peopleCount, 1)
        for table in ["municipalities", "organizations", "competences", "requests", "routes", "programmes", "roadmap_items", "rma_applications"] {
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM \(table)"), 0, "no demo data: \(table)")
        }
        XCTAssertTrue(try store.check().isOK)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("own.db") }, [],
                       "no temporary file is left")
    }

    func testInitRefusesAnExistingFileAndBadNamesLeavingNothing() throws {
        let path = dir.appendingPathComponent("there.db").path
        try Data("не база\n".utf8).write(to: URL(fileURLWithPath: path))
        let charter = RegionCharter(regionName: "Тюменская область", adminLogin: "boss", adminName: "Петрова Анна Ивановна")
        XCTAssertThrowsError(try SQLiteStore.initRegion(charter, at: path)) { XCTAssertEqual($0 as? StoreError, .alreadyExists(path: path)) }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "не база\n")
        let fresh = dir.appendingPathComponent("fresh.db").path
        for bad in [RegionCharter(regionName: " ", adminLogin: "boss", adminName: "А Б"),
                    RegionCharter(regionName: "Регион", adminLogin: "бос", adminName: "А Б"),
                    RegionCharter(regionName: "Регион", adminLogin: "boss", adminName: "\u{7}")] {
            XCTAssertNotNil(bad.refusal)
            XCTAssertThrowsError(try SQLiteStore.initRegion(bad, at: fresh))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["there.db"], "nothing is made")
    }
}
