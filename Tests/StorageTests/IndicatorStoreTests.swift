import Domain
import XCTest
import DemoRegion
import Exchange
@testable import Storage

/// Indicators on IndicatorFixture, every right value counted by hand from
/// the table in its comment.
final class IndicatorStoreTests: XCTestCase {
    var f: IndicatorFixture!
    override func setUpWithError() throws { f = try IndicatorFixture() }
    override func tearDown() { f = nil }

    func byKind(_ counts: IndicatorCounts) -> [Indicator.Kind: Indicator] {
        Dictionary(uniqueKeysWithValues: IndicatorRules.indicators(from: counts).map { ($0.kind, $0) })
    }

    func assertShare(_ i: Indicator?, _ numerator: Int, _ denominator: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(i?.numerator, numerator, "numerator of \(String(describing: i?.kind))", file: file, line: line)
        XCTAssertEqual(i?.denominator, denominator, "denominator of \(String(describing: i?.kind))", file: file, line: line)
        if denominator == 0 { XCTAssertNil(i?.value, file: file, line: line) }
    }

    func testRegionCountsEveryIndicator() throws {
        let d = try f.store.indicatorDashboard(try f.viewer("coord"))
        XCTAssertEqual(d.scope, .region)
        let c = d.total
        // Teachers t1..t5; the mentor, tutor, methodists and coordinator are not teachers.
        XCTAssertEqual(c.teachers, 5)
        let i = byKind(c)
        assertShare(i[.diagnosedShare], 3, 5)                 // t1 (twice, counted once), t2, t4
        XCTAssertEqual(i[.diagnosedShare]?.value ?? 0, 0.6, accuracy: 1e-9)
        assertShare(i[.routeShare], 3, 5)                     // t1, t2, t3; t5's route is cancelled
        assertShare(i[.routesCompletedShare], 1, 3)           // t3 of the three routes not cancelled
        assertShare(i[.deficitsClosedShare], 2, 4)            // t1 closed + t4 closed of t1×2, t2, t4
        assertShare(i[.youngWithMentorShare], 1, 3)           // young: t1, t2 (service), t5; t4 turned 35 today; t5's pair ended
        assertShare(i[.requestsOnTimeShare], 2, 3)            // r1 and r3 (no due date) of r1, r2, r3
        XCTAssertEqual(i[.medianResolutionDays]?.value, 10)   // days 10, 4, 30 -> 10
        XCTAssertEqual(i[.medianResolutionDays]?.denominator, 3)
        assertShare(i[.registryCoursesShare], 1, 2)           // t1's P1 of t1's and t2's courses; t5's route cancelled
        assertShare(i[.municipalParticipationShare], 1, 3)    // Б applied in 2024; А only in 2023; В nobody
        XCTAssertEqual(c.methodistsPerDirection, [3: 1, 6: 1])
        // Worklists: t2 and t5 young without a mentor; t2's draft without a tutor; r4 overdue.
        XCTAssertEqual(d.totalWork.youngWithoutMentor, 2)
        XCTAssertEqual(d.totalWork.routesWithoutTutor, 1)
        XCTAssertEqual(d.totalWork.overdueRequests, 1)
    }

    func testMunicipalitiesAndOrganizationsSumToTheRegion() throws {
        let d = try f.store.indicatorDashboard(try f.viewer("coord"))
        XCTAssertEqual(d.municipalities.map(\.name), ["Алмазный ГО", "Берёзовский МР", "Васильковский МО"])
        let a = try XCTUnwrap(d.municipality(f.id("А"))), b = try XCTUnwrap(d.municipality(f.id("Б")))
        let v = try XCTUnwrap(d.municipality(f.id("В")))
        XCTAssertEqual(a.counts.teachers, 3); XCTAssertEqual(b.counts.teachers, 2); XCTAssertEqual(v.counts.teachers, 0)
        let ia = byKind(a.counts), ib = byKind(b.counts), iv = byKind(v.counts)
        assertShare(ia[.diagnosedShare], 2, 3); assertShare(ib[.diagnosedShare], 1, 2)
        assertShare(ia[.routesCompletedShare], 1, 3); assertShare(ib[.routesCompletedShare], 0, 0)   // «—» for Б
        assertShare(ia[.deficitsClosedShare], 1, 3); assertShare(ib[.deficitsClosedShare], 1, 1)
        assertShare(ia[.youngWithMentorShare], 1, 2); assertShare(ib[.youngWithMentorShare], 0, 1)
        assertShare(ia[.requestsOnTimeShare], 1, 2); assertShare(ib[.requestsOnTimeShare], 1, 1)
        XCTAssertEqual(ia[.medianResolutionDays]?.value, 7)   // (4 + 10) / 2
        XCTAssertEqual(ib[.medianResolutionDays]?.value, 30)
        assertShare(ia[.registryCoursesShare], 1, 2); assertShare(ib[.registryCoursesShare], 0, 0)
        assertShare(ia[.municipalParticipationShare], 0, 1); assertShare(ib[.municipalParticipationShare], 1, 1)
        assertShare(iv[.diagnosedShare], 0, 0); assertShare(iv[.municipalParticipationShare], 0, 1)
        XCTAssertEqual(a.work.youngWithoutMentor, 1); XCTAssertEqual(b.work.youngWithoutMentor, 1)
        XCTAssertEqual(b.work.overdueRequests, 1); XCTAssertEqual(a.work.overdueRequests, 0)
        // Organizations of А: Гимназия № 2 (t3, r5) and Школа № 1 (t1, t2, r1, r2, r6), in name order.
        // They are read one municipality at a time: the region's dashboard holds none.
        XCTAssertTrue(d.organizations.isEmpty)
        let orgs = try f.store.indicatorOrganizations(try f.viewer("coord"), municipality: f.id("А"))
        XCTAssertEqual(orgs.map(\.name), ["Гимназия № 2", "Школа № 1"])
        XCTAssertEqual(orgs.map(\.counts.teachers).reduce(0, +), a.counts.teachers)
        let school = try XCTUnwrap(orgs.first { $0.id == f.id("А1") })
        XCTAssertEqual(school.counts.teachers, 2)
        assertShare(byKind(school.counts)[.diagnosedShare], 2, 2)
        assertShare(byKind(school.counts)[.routeShare], 2, 2)
        XCTAssertEqual(school.work.routesWithoutTutor, 1)
        XCTAssertEqual(try f.store.indicatorCounts(try f.viewer("coord"), scope: .organization(f.id("А2")))?.routesCompleted, 1)
        // The region is the sum of the cells.
        XCTAssertEqual(d.municipalities.map(\.counts.teachers).reduce(0, +), d.total.teachers)
    }

    func testMunicipalMethodistSeesOnlyTheirMunicipality() throws {
        let methodist = try f.viewer("methodistA")
        let d = try f.store.indicatorDashboard(methodist)
        XCTAssertEqual(d.scope, .municipality(f.id("А")))
        XCTAssertEqual(d.title, "Алмазный ГО")
        XCTAssertEqual(d.total.teachers, 3)
        XCTAssertEqual(d.municipalities.map(\.name), ["Алмазный ГО"])
        assertShare(byKind(d.total)[.requestsOnTimeShare], 1, 2)   // r1, r2 only: r3 is Б's
        assertShare(byKind(d.total)[.municipalParticipationShare], 0, 1)
        XCTAssertNil(try f.store.indicatorCounts(methodist, scope: .municipality(f.id("Б"))))
        XCTAssertNil(try f.store.indicatorCounts(methodist, scope: .organization(f.id("Б1"))))
        XCTAssertThrowsError(try f.store.indicatorOrganizations(methodist, municipality: f.id("Б")))
        XCTAssertEqual(try f.store.indicatorOrganizations(methodist, municipality: f.id("А")).count, 2)
        XCTAssertThrowsError(try f.store.indicatorHistory(methodist, scope: .municipality(f.id("Б"))))
        XCTAssertThrowsError(try f.store.indicatorHistory(methodist, scope: .region))
        XCTAssertThrowsError(try f.store.indicatorWorkPage(methodist, .youngWithoutMentor, scope: .organization(f.id("Б1")), limit: 10))
        // Their worklists hold only А: t2 (not t5), and no overdue request (r4 is Б's).
        XCTAssertEqual(try f.store.indicatorWorkPage(methodist, .youngWithoutMentor, limit: 10).map(\.title), ["Жуков Борис Ильич"])
        XCTAssertEqual(try f.store.indicatorWorkPage(methodist, .overdueRequests, limit: 10).count, 0)
    }

    func testOthersAreRefused() throws {
        for login in ["t1", "tutor", "rma", "mentor"] {
            let v = try f.viewer(login)
            XCTAssertThrowsError(try f.store.indicatorDashboard(v), login) { error in
                guard case StoreError.forbidden = error else { return XCTFail("\(login): \(error)") }
            }
            XCTAssertThrowsError(try f.store.indicatorWorkPage(v, .overdueRequests, limit: 5), login)
            XCTAssertEqual(IndicatorExport.run(f.store, viewer: v, format: .csv).exitCode, 2, login)
        }
        XCTAssertEqual(try f.store.indicatorDashboard(try f.viewer("admin")).total.teachers, 5)
    }

    func testWorklistsArePagedByKeyset() throws {
        let coord = try f.viewer("coord")
        let first = try f.store.indicatorWorkPage(coord, .youngWithoutMentor, limit: 1)
        XCTAssertEqual(first.map(\.title), ["Жуков Борис Ильич"])
        let second = try f.store.indicatorWorkPage(coord, .youngWithoutMentor, after: first.last?.key, limit: 1)
        XCTAssertEqual(second.map(\.title), ["Кузнецова Дарья Юрьевна"])
        XCTAssertEqual(second.first?.municipalityName, "Берёзовский МР")
        XCTAssertEqual(try f.store.indicatorWorkPage(coord, .youngWithoutMentor, after: second.last?.key, limit: 1).count, 0)
        XCTAssertEqual(try f.store.indicatorWorkPage(coord, .youngWithoutMentor, before: second.last?.key, limit: 5).map(\.title),
                       ["Жуков Борис Ильич"])
        XCTAssertEqual(try f.store.indicatorWorkLastPage(coord, .youngWithoutMentor, limit: 1).map(\.title), ["Кузнецова Дарья Юрьевна"])
        let routes = try f.store.indicatorWorkPage(coord, .routesWithoutTutor, limit: 10)
        XCTAssertEqual(routes.map(\.title), ["Жуков Борис Ильич"])
        XCTAssertEqual(routes.first?.detail, "draft")
        XCTAssertEqual(routes.first?.personID, f.id("t2"))
        let overdue = try f.store.indicatorWorkPage(coord, .overdueRequests, limit: 10)
        XCTAssertEqual(overdue.map(\.id), [f.id("r4")])
        XCTAssertEqual(overdue.first?.day?.iso, "2024-03-01")
        XCTAssertEqual(try f.store.indicatorWorkPage(coord, .overdueRequests, scope: .municipality(f.id("А")), limit: 10).count, 0)
        XCTAssertEqual(try f.store.indicatorWorkPage(coord, .youngWithoutMentor, scope: .organization(f.id("Б1")), limit: 10).map(\.title),
                       ["Кузнецова Дарья Юрьевна"])
    }

    func testSnapshotIsUpsertedForTheMonth() throws {
        let coord = try f.viewer("coord")
        try f.store.recordIndicatorSnapshot(coord, try f.store.indicatorDashboard(coord))
        try f.store.recordIndicatorSnapshot(coord, try f.store.indicatorDashboard(coord))
        // 9 kinds for the region and for each of the 3 municipalities, once.
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM indicator_snapshots WHERE month = '2024-03'"), 36)
        var point = try f.store.indicatorHistory(coord, scope: .region)[.diagnosedShare]?.last
        XCTAssertEqual(point?.month, "2024-03"); XCTAssertEqual(point?.numerator, 3); XCTAssertEqual(point?.denominator, 5)
        // t3 is diagnosed: the month's row follows.
        try f.store.loadDiagnostic(Diagnostic(id: 0, personID: f.id("t3"), date: Day(iso: "2024-03-10")!, source: .regional, scores: [:]))
        try f.store.recordIndicatorSnapshot(coord, try f.store.indicatorDashboard(coord))
        point = try f.store.indicatorHistory(coord, scope: .region)[.diagnosedShare]?.last
        XCTAssertEqual(point?.numerator, 4)
        XCTAssertEqual(point?.value ?? 0, 0.8, accuracy: 1e-9)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM indicator_snapshots"), 36)
        let b = try f.store.indicatorHistory(try f.viewer("methodistB"), scope: .municipality(f.id("Б")))
        XCTAssertNil(b[.routesCompletedShare]?.last?.value)   // 0/0 stored as NULL, shown «—»
    }

    func testExportCSVForExcelAndMarkdown() throws {
        let coord = try f.viewer("coord")
        let excel = IndicatorExport.run(f.store, viewer: coord, format: .csv, excel: true)
        XCTAssertEqual(excel.exitCode, 0)
        XCTAssertEqual(excel.count, 4)   // the region and three municipalities
        XCTAssertTrue(excel.output.hasPrefix("\u{FEFF}территория;код;показатель;значение;числитель;знаменатель\r\n"))
        XCTAssertTrue(excel.output.contains("Алмазный ГО;diagnosedShare;Доля педагогов, прошедших диагностику;66,7;2;3\r\n"),
                      excel.output)
        XCTAssertTrue(excel.output.contains(";municipalParticipationShare;Доля муниципалитетов, участвующих в отборе в РМА;33,3;1;3\r\n"))
        XCTAssertTrue(excel.output.contains("Берёзовский МР;routesCompletedShare;Доля завершённых ИОМ;;0;0\r\n"))   // nothing to measure
        XCTAssertTrue(excel.output.contains("Берёзовский МР;overdueRequests;Просроченные запросы;1;1;\r\n"))
        let plain = IndicatorExport.run(f.store, viewer: coord, format: .csv, language: .en)
        XCTAssertFalse(plain.output.hasPrefix("\u{FEFF}"))
        XCTAssertTrue(plain.output.contains("Алмазный ГО,medianResolutionDays,Median days to resolve a request,7,2,2\r\n"), plain.output)
        let md = IndicatorExport.run(f.store, viewer: coord, format: .md)
        XCTAssertTrue(md.output.hasPrefix("# Показатели: "))
        XCTAssertTrue(md.output.contains("| Берёзовский МР | requestsOnTimeShare | Доля запросов, решённых в срок | 100 | 1 | 1 |"), md.output)
        // A municipal methodist exports only their municipality.
        let own = IndicatorExport.run(f.store, viewer: try f.viewer("methodistB"), format: .csv)
        XCTAssertEqual(own.count, 2)   // their whole scope and the municipality itself
        XCTAssertFalse(own.output.contains("Алмазный"))
    }

    func testExcelExportGuardsFormulas() throws {
        try f.store.loadMunicipality(Municipality(id: 0, name: "=СУММ(A1:A9)", kind: .municipalDistrict))
        let excel = IndicatorExport.run(f.store, viewer: try f.viewer("coord"), format: .csv, excel: true)
        XCTAssertFalse(excel.output.contains(";=СУММ"))
        XCTAssertFalse(excel.output.contains("\r\n=СУММ"))
        XCTAssertTrue(excel.output.contains("СУММ(A1:A9)"))
    }

    func testYoungRuleMatchesTheDomain() throws {
        // The SQL form of `isYoungTeacher` against the domain rule on the edges.
        let today = Day(year: 2024, month: 3, day: 15)!
        let births: [String?] = ["1989-03-15", "1989-03-16", "1989-03-14", "2024-03-16", "1960-01-01", nil]
        let services: [String?] = ["2021-03-15", "2021-03-16", "2021-03-14", "2025-01-01", "1990-01-01", nil]
        var i = 0
        for born in births { for since in services {
            i += 1
            let id = try f.store.loadPerson(Person(id: 0, login: "probe\(i)", fullName: "Проба", organizationID: nil, position: "",
                                                   birthDate: born.flatMap(Day.init(iso:)), teachingSince: since.flatMap(Day.init(iso:))))
            let young = IndicatorTally.youngSQL(alias: "p", today: today)
            let sql = try f.store.db.scalarInt("SELECT \(young.sql) FROM people p WHERE p.id = ?", young.params + [id]) != 0
            var person = Person(id: id, login: "probe", fullName: "Проба", organizationID: nil, position: "")
            person.birthDate = born.flatMap(Day.init(iso:)); person.teachingSince = since.flatMap(Day.init(iso:))
            XCTAssertEqual(sql, person.isYoungTeacher(on: today), "born \(born ?? "—"), since \(since ?? "—")")
        } }
        // On 29 February the text comparison still agrees.
        let leap = Day(year: 2024, month: 2, day: 29)!
        XCTAssertEqual(IndicatorTally.shifted(leap, years: 3), "2021-02-29")
    }

    func testDemoRegionHasTwelveMonthsOfHistoryEndingToday() throws {
        let dir = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("demo.db").path)
        _ = try DemoRegion.build(into: store, options: DemoOptions(teachers: 50, seed: 1)) { _, _, _ in }
        let coord = try store.viewer(login: "coordinator")
        // The region and 43 municipalities, 9 indicators, 12 month-ends.
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM indicator_snapshots"), 44 * 9 * 12)
        let history = try store.indicatorHistory(coord, scope: .region)
        let diagnosed = try XCTUnwrap(history[.diagnosedShare])
        XCTAssertEqual(diagnosed.map(\.month).first, "2023-04")
        XCTAssertEqual(diagnosed.map(\.month).last, "2024-03")
        // The last month is today's count; earlier ones are lower, none above 100 %.
        let now = try store.indicatorDashboard(coord)
        let today = try XCTUnwrap(now.indicators.first { $0.kind == .diagnosedShare })
        XCTAssertEqual(diagnosed.last?.numerator, today.numerator)
        XCTAssertEqual(diagnosed.last?.denominator, today.denominator)
        XCTAssertLessThan(diagnosed.first?.value ?? 1, today.value ?? 0)
        XCTAssertTrue(history.values.joined().allSatisfy { ($0.value ?? 0) >= 0 })
        XCTAssertTrue(history.filter { $0.key != .medianResolutionDays }.values.joined().allSatisfy { ($0.value ?? 0) <= 1 })
        // Recording today's values again changes nothing.
        let before = try store.db.scalarInt("SELECT total_changes()")
        try store.recordIndicatorSnapshot(coord, now)
        XCTAssertEqual(try store.db.scalarInt("SELECT total_changes()"), before)
    }
}
