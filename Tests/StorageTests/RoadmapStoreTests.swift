import Domain
import Foundation
import XCTest
import DemoRegion
import Exchange
@testable import Storage

/// The roadmap, the selection and the РМА reads on a small demo region
/// (the roadmap and the selection are the seed's whatever the size).
final class RoadmapStoreTests: XCTestCase {
    var dir: URL?

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    /// A fresh small demo region for each test. SQLite-specific for now: the
    /// demo region is built into SQLite only (`DemoRegion.build`); the tests
    /// read it through the protocols alone (`any Backend`).
    func demo() throws -> any Backend { try demoSQLite() }

    func demoSQLite() throws -> SQLiteStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-rma-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        self.dir = dir
        let store = try SQLiteStore(path: dir.appendingPathComponent("demo.db").path)
        try DemoRegion.build(into: store, options: DemoOptions(teachers: 100)) { _, _, _ in }
        return store
    }

    func testTheCoordinatorReadsTheRoadmapGeneralItemsFirst() throws {
        let store = try demo()
        let coordinator = try store.viewer(login: "coordinator")
        let items = try store.roadmapItems(coordinator)
        XCTAssertGreaterThan(items.count, 19)
        XCTAssertNil(items.first?.direction)
        XCTAssertTrue(items.first?.title.hasPrefix("Формирование комплекта распорядительных документов") ?? false)
        let one = try store.roadmapItems(coordinator, direction: 1)
        XCTAssertTrue(one.allSatisfy { $0.direction == 1 || $0.direction == nil })
        XCTAssertTrue(try store.roadmapItems(coordinator, direction: 1, includeGeneral: false).allSatisfy { $0.direction == 1 })
    }

    func testATeacherMayNotSeeTheRoadmapOrTheSelection() throws {
        let store = try demo()
        let teacher = try store.viewer(login: "teacher")
        XCTAssertThrowsError(try store.roadmapItems(teacher))
        XCTAssertThrowsError(try store.selectionPage(teacher, after: nil, limit: 10))
        XCTAssertThrowsError(try store.selectionOverview(teacher))
    }

    func testMovingAnItemIsVersionCheckedRefusedByTheRulesAndAudited() throws {
        let store = try demo()
        let coordinator = try store.viewer(login: "coordinator")
        guard let item = try store.roadmapItems(coordinator).first(where: { $0.status == .planned }) else { return XCTFail("no planned item") }
        let moved = try store.moveRoadmapItem(coordinator, id: item.id, expectedVersion: item.version, to: .inProgress)
        XCTAssertEqual(moved.status, .inProgress)
        XCTAssertEqual(try store.roadmapItem(coordinator, id: item.id)?.status, .inProgress)
        // The version the user saw is stale now: a conflict, nothing written.
        XCTAssertThrowsError(try store.moveRoadmapItem(coordinator, id: item.id, expectedVersion: item.version, to: .done)) { error in
            guard case StoreError.conflict = error else { return XCTFail("\(error)") }
        }
        // in progress -> in progress is not a move of the lifecycle.
        XCTAssertThrowsError(try store.moveRoadmapItem(coordinator, id: item.id, expectedVersion: moved.version, to: .inProgress)) { error in
            guard case StoreError.refused = error else { return XCTFail("\(error)") }
        }
        let history = try store.roadmapHistory(coordinator, id: item.id)
        XCTAssertEqual(history.first?.action, "status")
        XCTAssertEqual(history.first?.after, "status=inProgress")
        XCTAssertEqual(history.first?.actorLogin, "coordinator")
    }

    func testCreatingAndEditingAnItemRoundTrips() throws {
        let store = try demo()
        let rma = try store.viewer(login: "rma")
        let new = RoadmapItem(id: 0, direction: 6, title: "  Вебинар для ШНОР  ", participants: [.schoolStaff], participantsNote: "Учителя ШНОР",
                              executors: [.rmaMethodists], coExecutors: [.chippkro], timing: .quarter(year: 2024, quarter: 2, months: [4]),
                              expectedResult: "Не менее 30 участников")
        let saved = try store.saveRoadmapItem(rma, new)
        XCTAssertEqual(saved.title, "Вебинар для ШНОР")
        let read = try store.roadmapItem(rma, id: saved.id)
        XCTAssertEqual(read?.timing, .quarter(year: 2024, quarter: 2, months: [4]))
        XCTAssertEqual(read?.coExecutors, [.chippkro])
        var edited = try XCTUnwrap(read)
        edited.timing = .perEventsPlan(year: 2024)
        let again = try store.saveRoadmapItem(rma, edited)
        XCTAssertEqual(try store.roadmapItem(rma, id: saved.id)?.timing, .perEventsPlan(year: 2024))
        XCTAssertEqual(again.version, 2)
        // A quarter V is refused by the domain.
        edited.timing = .quarter(year: 2024, quarter: 5, months: [])
        edited.version = again.version
        XCTAssertThrowsError(try store.saveRoadmapItem(rma, edited))
        XCTAssertEqual(try store.roadmapHistory(rma, id: saved.id).map(\.action), ["edit", "create"])
    }

    func testTheSelectionTotalsAreTheSeeds() throws {
        let store = try demo()
        let o = try store.selectionOverview(try store.viewer(login: "coordinator"))
        XCTAssertEqual(o.totals.applied, 629)
        XCTAssertEqual(o.totals.approved, 458)
        XCTAssertEqual(o.totals.rejected, 171)
        XCTAssertEqual(o.totals.byReason[.lowAssessment], 68)
        XCTAssertEqual(o.withoutApplications.count, 7)
        XCTAssertTrue(o.withoutApplications.contains("Варненский МР"))
        XCTAssertEqual(o.municipalitiesTotal, 43)
        XCTAssertEqual(o.participationShare ?? 0, 36.0 / 43.0, accuracy: 0.0001)
    }

    func testTheApplicationsArePagedByKeyset() throws {
        let store = try demo()
        let rma = try store.viewer(login: "rma")
        var all: [SelectionRow] = []
        var last: ApplicationID?
        while true {
            let page = try store.selectionPage(rma, after: last, limit: 100)
            all += page
            guard page.count == 100, let id = page.last?.application.id else { break }
            last = id
        }
        XCTAssertEqual(all.count, 629)
        XCTAssertEqual(Set(all.map(\.application.id)).count, 629)
        XCTAssertEqual(try store.selectionPage(rma, before: 201, limit: 100).map(\.application.id), Array(101...200).map(Int64.init))
    }

    func testDecisionsFollowTheRules() throws {
        let store = try demo()
        let coordinator = try store.viewer(login: "coordinator")
        let rma = try store.viewer(login: "rma")
        let row = try XCTUnwrap(try store.selectionPage(coordinator, after: nil, limit: 5).last)
        // A РМА methodist sees the selection but does not decide.
        XCTAssertThrowsError(try store.decideApplication(rma, id: row.application.id, expectedVersion: row.application.version, .pending))
        // A decided application must be reopened first.
        XCTAssertThrowsError(try store.decideApplication(coordinator, id: row.application.id, expectedVersion: row.application.version,
                                                         .rejected(.noExperience))) { error in
            guard case StoreError.refused = error else { return XCTFail("\(error)") }
        }
        let reopened = try store.decideApplication(coordinator, id: row.application.id, expectedVersion: row.application.version, .pending)
        let rejected = try store.decideApplication(coordinator, id: row.application.id, expectedVersion: reopened.version, .rejected(.noExperience))
        XCTAssertEqual(try store.selectionRow(coordinator, id: row.application.id)?.application.decision, .rejected(.noExperience))
        // Back as it was, for the other tests.
        let back = try store.decideApplication(coordinator, id: row.application.id, expectedVersion: rejected.version, .pending)
        _ = try store.decideApplication(coordinator, id: row.application.id, expectedVersion: back.version, row.application.decision)
        XCTAssertEqual(try store.auditTrail(entity: "application", id: row.application.id).count, 4)
    }

    func testDirectionsAndMonitoring() throws {
        let store = try demo()
        let coordinator = try store.viewer(login: "coordinator")
        let directions = try store.directionOverviews(coordinator)
        XCTAssertEqual(directions.map(\.direction.number), Array(1...19))
        XCTAssertTrue(directions.allSatisfy { $0.methodists.count >= 2 })
        XCTAssertTrue(directions.allSatisfy { $0.roadmapItems >= 1 })
        let results = try store.methodistResults(coordinator)
        XCTAssertGreaterThanOrEqual(results.count, 458)
        // Those falling short come first.
        let marks = results.map { RMAMonitoringRules.shortfalls($0).count }
        XCTAssertEqual(marks, marks.sorted(by: >))
        let six = try store.methodistResults(coordinator, direction: 6)
        XCTAssertTrue(six.allSatisfy { $0.directions.contains(6) })
        XCTAssertTrue(six.contains { $0.name == (try? store.viewer(login: "rma"))?.fullName })
    }

    func testTheExportHasTheSeedsColumns() throws {
        let store = try demoSQLite()   // RoadmapExport reads a SQLiteStore (Sources/Storage/Exchange)
        let coordinator = try store.viewer(login: "coordinator")
        let csv = try RoadmapExport.render(store, viewer: coordinator, format: .csv)
        let first = csv.components(separatedBy: "\r\n").first
        XCTAssertEqual(first, "Наименование мероприятия/события,Участники,Исполнители/соисполнители,Сроки,Ожидаемый результат")
        XCTAssertTrue(csv.contains("I квартал 2024 (февраль–март)"))
        let md = try RoadmapExport.render(store, viewer: coordinator, format: .md, direction: 6)
        XCTAssertTrue(md.contains("| Наименование мероприятия/события | Участники | Исполнители/соисполнители | Сроки | Ожидаемый результат |"))
        XCTAssertTrue(md.contains("## 1. Общие мероприятия для всех направлений"))
        XCTAssertTrue(md.contains("### 6. Сопровождение профилактики учебной неуспешности"))
        XCTAssertFalse(md.contains("### 1. "))
        XCTAssertThrowsError(try RoadmapExport.render(store, viewer: try store.viewer(login: "teacher"), format: .csv))
    }
}
