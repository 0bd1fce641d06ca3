import Domain
import Foundation
import XCTest
@testable import DemoRegion
@testable import Storage

/// The demo region: the seed's numbers, the demo logins' scenarios, every
/// status present, a sound file, and the same data for the same seed.
final class DemoRegionTests: XCTestCase {
    static let today = DemoOptions.defaultToday

    /// Builds a region into a fresh temporary file.
    final class Built {
        let dir: URL
        let store: SQLiteStore
        let summary: DemoSummary
        var progressCalls = 0
        var lastProgress = (0, 0)

        init(teachers: Int, seed: UInt64 = 1) throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            store = try SQLiteStore(path: dir.appendingPathComponent("demo.db").path)
            var calls = 0
            var last = (0, 0)
            summary = try DemoRegion.build(into: store, options: DemoOptions(teachers: teachers, seed: seed)) { done, total, _ in
                calls += 1
                last = (done, total)
            }
            progressCalls = calls
            lastProgress = last
        }

        deinit { try? FileManager.default.removeItem(at: dir) }

        func int(_ sql: String, _ params: [SQLBindable] = []) throws -> Int { try store.db.scalarInt(sql, params) }
        func strings(_ sql: String, _ params: [SQLBindable] = []) throws -> [String] {
            try store.db.query(sql, params) { $0.string(0) }
        }
        func id(_ login: String) throws -> Int64 {
            try store.db.first("SELECT id FROM people WHERE login = ?", [login]) { $0.int64(0) } ?? -1
        }

        /// Every row of every table but the audit log and the full-text indexes, in id order.
        func digest() throws -> String {
            let tables = try strings("""
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name <> 'audit'
                AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var out = ""
            for t in tables {
                let columns = try store.db.query("SELECT name FROM pragma_table_info(?)", [t]) { $0.string(0) }
                let order = (1...max(1, columns.count)).map(String.init).joined(separator: ", ")
                out += "[\(t)]\n"
                try store.db.forEach("SELECT * FROM \(t) ORDER BY \(order)") { row in
                    out += (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|") + "\n"
                }
            }
            return out
        }
    }

    func bit(_ role: Role) -> Int { Codecs.bit(role) }

    // MARK: - Determinism

    func testSameSeedSameData() throws {
        let a = try Built(teachers: 200, seed: 7)
        let b = try Built(teachers: 200, seed: 7)
        let da = try a.digest(), db = try b.digest()
        XCTAssertGreaterThan(da.count, 10_000)
        XCTAssertEqual(da, db, "the same seed must give the same rows")
        let c = try Built(teachers: 200, seed: 8)
        XCTAssertNotEqual(da, try c.digest(), "another seed gives another region")
    }

    // MARK: - A small region

    func testSmallRegion() throws {
        let r = try Built(teachers: 200)
        try checkSeed(r)
        try checkLogins(r, caseloadAtLeast: 20)
        try checkStatuses(r)
        try checkConsistency(r)
        try checkFile(r)
        try checkSummary(r)
        XCTAssertEqual(r.lastProgress.0, r.lastProgress.1, "progress ends at its total")
        XCTAssertGreaterThan(r.progressCalls, 5)
    }

    func testSmallestRegion() throws {
        let r = try Built(teachers: 50)
        try checkSeed(r)
        try checkLogins(r, caseloadAtLeast: 10)
        try checkFile(r)
        try checkSummary(r)
        // Extra applicants fill the selection: teachers = 50 + extras.
        XCTAssertEqual(try r.int("SELECT count(*) FROM people WHERE roles & ? <> 0", [bit(.teacher)]), r.summary.teachers)
        XCTAssertGreaterThan(r.summary.teachers, 50)
    }

    func testTypicalRegion() throws {
        let r = try Built(teachers: 3000)
        try checkSeed(r)
        try checkLogins(r, caseloadAtLeast: 23)
        try checkStatuses(r)
        try checkConsistency(r)
        try checkFile(r)
        try checkSummary(r)
        // No extra applicants at this size: exactly the asked teachers.
        XCTAssertEqual(r.summary.teachers, 3000)
        let share = Double(r.summary.youngTeachers) / Double(r.summary.teachers)
        XCTAssert((0.15...0.30).contains(share), "young teachers \(share)")
        // Young teachers recomputed by the domain rule agree with the summary.
        var young = 0
        try r.store.db.forEach("SELECT birth_date, teaching_since FROM people WHERE roles & ? <> 0", [bit(.teacher)]) { row in
            let p = Person(id: 0, login: "", fullName: "", organizationID: nil, position: "", birthDate: row.day(0), teachingSince: row.day(1))
            if p.isYoungTeacher(on: DemoRegionTests.today) { young += 1 }
        }
        XCTAssertEqual(young, r.summary.youngTeachers)
        let mentored = try r.int("SELECT count(DISTINCT mentee_id) FROM mentoring")
        XCTAssert((0.55...0.85).contains(Double(mentored) / Double(young)), "mentored \(mentored) of \(young)")
        let diagnosed = try r.int("SELECT count(DISTINCT person_id) FROM diagnostics")
        XCTAssert((0.78...0.92).contains(Double(diagnosed) / 3000), "diagnosed \(diagnosed)")
        let withDeficits = try r.int("SELECT count(DISTINCT person_id) FROM deficits")
        let withRoutes = try r.int("SELECT count(DISTINCT person_id) FROM routes")
        XCTAssert((0.5...0.7).contains(Double(withRoutes) / Double(withDeficits)), "routes \(withRoutes) of \(withDeficits)")
        let tutors = try r.int("SELECT count(*) FROM people WHERE roles & ? <> 0", [bit(.tutor)])
        XCTAssert((40...120).contains(tutors), "tutors \(tutors)")
        let requests = try r.int("SELECT count(*) FROM requests")
        XCTAssertEqual(requests, 300)
        let organizations = try r.int("SELECT count(*) FROM organizations WHERE kind IN ('school', 'kindergarten', 'vocational')")
        XCTAssert((100...160).contains(organizations), "organizations \(organizations)")
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM people WHERE full_name LIKE '%ё%' OR full_name LIKE '%Ё%'"), 50)
    }

    func testRefusesNonEmptyStoreAndTooFewTeachers() throws {
        let r = try Built(teachers: 50)
        XCTAssertThrowsError(try DemoRegion.build(into: r.store, options: DemoOptions(teachers: 50)) { _, _, _ in }) { error in
            guard case StoreError.invalid = error else { return XCTFail("\(error)") }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("demo.db").path)
        XCTAssertThrowsError(try DemoRegion.build(into: store, options: DemoOptions(teachers: 49)) { _, _, _ in }) { error in
            guard case StoreError.invalid = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM people"), 0)
    }

    // MARK: - Checks

    /// The seed: 43 municipalities by name and kind, the 7 without applications,
    /// 629 / 458 / 171 with a reason on every rejection, 19 directions.
    func checkSeed(_ r: Built) throws {
        let names = try r.strings("SELECT name FROM municipalities ORDER BY id")
        XCTAssertEqual(names, DemoMunicipalities.all.map(\.name))
        XCTAssertEqual(names.count, 43)
        XCTAssertEqual(Array(names.prefix(7)), ["Варненский МР", "Кизильский МР", "Локомотивный ГО", "Нагайбакский МР",
                                                "Пластовский МР", "Троицкий МР", "Уйский МР"])
        for row in try r.store.db.query("SELECT name, kind FROM municipalities", [], { ($0.string(0), $0.string(1)) }) {
            XCTAssertEqual(row.1, MunicipalityKind.of(name: row.0).rawValue, row.0)
        }
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications"), 629)
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications WHERE decision = 'approved' AND reason IS NULL"), 458)
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications WHERE decision = 'rejected'"), 171)
        let reasons = Set(try r.strings("SELECT DISTINCT reason FROM rma_applications WHERE decision = 'rejected'"))
        XCTAssertEqual(reasons, Set(RejectionReason.allCases.map(\.rawValue)))
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications WHERE decision = 'rejected' AND reason IS NULL"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications WHERE year <> 2023"), 0)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM rma_applications WHERE length(directions) - length(replace(directions, ',', '')) >= 3"), 0,
                             "a few apply to more than three directions")
        let byMunicipality = try r.store.db.query("""
            SELECT m.id, count(a.id) FROM municipalities m
            LEFT JOIN people p ON p.municipality_id = m.id LEFT JOIN rma_applications a ON a.person_id = p.id
            GROUP BY m.id ORDER BY m.id
            """, [], { ($0.int(0), $0.int(1)) })
        XCTAssertEqual(byMunicipality.count, 43)
        for (id, count) in byMunicipality {
            if id <= 7 { XCTAssertEqual(count, 0, "municipality \(id) sent no applications in the seed") }
            else { XCTAssertGreaterThan(count, 0, "municipality \(id) took part") }
        }
        XCTAssertEqual(try r.int("SELECT count(*) FROM people WHERE roles & ? <> 0", [bit(.regionalMethodist)]), 458)
        XCTAssertEqual(try r.int("SELECT count(DISTINCT person_id) FROM rma_applications"), 629, "one application per person")
        // Directions 1...19 among the approved, in the roadmap and the catalog of events.
        var approvedDirections = Set<Int>()
        for d in try r.strings("SELECT directions FROM rma_applications WHERE decision = 'approved'") {
            approvedDirections.formUnion(Codecs.ints(d))
        }
        XCTAssertEqual(approvedDirections, Set(1...19))
        XCTAssertEqual(Set(try r.store.db.query("SELECT DISTINCT direction FROM roadmap_items WHERE direction IS NOT NULL", [], { $0.int(0) })),
                       Set(1...19))
        XCTAssertEqual(try r.int("SELECT count(*) FROM roadmap_items WHERE direction IS NULL"), 2)
        let general = try r.strings("SELECT title FROM roadmap_items WHERE direction IS NULL ORDER BY id")
        XCTAssertEqual(general.first, "Формирование комплекта распорядительных документов, обеспечивающих реализацию цели и задач деятельности регионального методического актива (РМА)")
        XCTAssertEqual(general.last, "Формирование и ведение деятельности РМА в модуле «Цифровой кабинет методиста» Академии Минпросвещения России (по направлениям)")
        XCTAssertEqual(r.store.meta("demo_today"), "2024-03-15")
        XCTAssertEqual(r.store.meta("region"), "Челябинская область")
        XCTAssertEqual(r.store.meta("demo_seed"), "1")
    }

    /// Every demo login exists with its role and its scenario.
    func checkLogins(_ r: Built, caseloadAtLeast: Int) throws {
        let roles: [(String, Role)] = [("teacher", .teacher), ("teacher2", .teacher), ("tutor", .tutor), ("mentor", .mentor),
                                       ("methodist", .municipalMethodist), ("rma", .regionalMethodist),
                                       ("coordinator", .coordinator), ("admin", .administrator)]
        for (login, role) in roles {
            let bits = try r.store.db.first("SELECT roles FROM people WHERE login = ?", [login]) { $0.int(0) }
            XCTAssertNotNil(bits, login)
            XCTAssertNotEqual((bits ?? 0) & bit(role), 0, "\(login) is \(role)")
        }
        XCTAssertEqual(Set(r.summary.logins.map(\.login)), Set(roles.map(\.0)))
        XCTAssertTrue(r.summary.logins.allSatisfy { !$0.note.isEmpty && !$0.fullName.isEmpty })
        let today = DemoRegionTests.today.iso
        let teacher = try r.id("teacher"), teacher2 = try r.id("teacher2"), tutor = try r.id("tutor")

        // teacher: young, route in progress with steps in every status, an overdue one, deficits, mentor, tutor.
        XCTAssertEqual(try r.strings("SELECT full_name FROM people WHERE id = ?", [teacher]), ["Ёлкина Алёна Сергеевна"])
        XCTAssertEqual(try r.strings("SELECT name_key FROM people WHERE id = ?", [teacher]), ["елкина алена сергеевна"])
        let route = try r.store.db.first("SELECT id, status, tutor_id FROM routes WHERE person_id = ?", [teacher]) {
            ($0.int64(0), $0.string(1), $0.optInt64(2))
        }
        XCTAssertEqual(route?.1, RouteStatus.inProgress.rawValue)
        XCTAssertEqual(route?.2, tutor)
        let stepStatuses = Set(try r.strings("SELECT status FROM steps WHERE route_id = ?", [route?.0 ?? -1]))
        XCTAssertEqual(stepStatuses, Set(StepStatus.allCases.map(\.rawValue)))
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM steps WHERE route_id = ? AND planned_end < ? AND status IN ('planned', 'inProgress')",
                                       [route?.0 ?? -1, today]), 0, "an overdue step")
        XCTAssertGreaterThanOrEqual(try r.int("SELECT count(*) FROM deficits WHERE person_id = ? AND status = 'inWork'", [teacher]), 3)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM deficits WHERE person_id = ? AND status = 'identified'", [teacher]), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM mentoring WHERE mentee_id = ? AND mentor_id = ? AND status = 'active'",
                                 [teacher, try r.id("mentor")]), 1)
        XCTAssertEqual(try r.int("SELECT count(*) FROM tutoring WHERE person_id = ? AND tutor_id = ?", [teacher, tutor]), 1)

        // teacher2: open deficits, no route.
        XCTAssertEqual(try r.int("SELECT count(*) FROM routes WHERE person_id = ?", [teacher2]), 0)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM deficits WHERE person_id = ? AND status <> 'closed'", [teacher2]), 0)

        // tutor: a caseload with every kind of attention case.
        let caseload = try r.int("SELECT count(*) FROM tutoring WHERE tutor_id = ?", [tutor])
        XCTAssert((caseloadAtLeast...40).contains(caseload), "caseload \(caseload)")
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM routes WHERE tutor_id = ? AND status = 'draft'", [tutor]), 0)
        XCTAssertGreaterThan(try r.int("""
            SELECT count(*) FROM steps s JOIN routes ro ON ro.id = s.route_id WHERE ro.tutor_id = ? AND s.status = 'done'
            """, [tutor]), 1, "steps waiting for confirmation")
        XCTAssertGreaterThan(try r.int("""
            SELECT count(*) FROM steps s JOIN routes ro ON ro.id = s.route_id
            WHERE ro.tutor_id = ? AND ro.status = 'inProgress' AND s.planned_end < ? AND s.status IN ('planned', 'inProgress')
            """, [tutor, today]), 1, "overdue steps")
        let stale = DemoRegionTests.today.adding(days: -40).iso
        XCTAssertGreaterThan(try r.int("""
            SELECT count(*) FROM tutoring t WHERE t.tutor_id = ?
            AND coalesce((SELECT max(date) FROM consultations c WHERE c.person_id = t.person_id AND c.tutor_id = t.tutor_id), '') < ?
            """, [tutor, stale]), 1, "not contacted for 40+ days")
        XCTAssertGreaterThan(try r.int("""
            SELECT count(*) FROM tutoring t WHERE t.tutor_id = ?
            AND NOT EXISTS (SELECT 1 FROM routes ro WHERE ro.person_id = t.person_id)
            AND EXISTS (SELECT 1 FROM deficits d WHERE d.person_id = t.person_id AND d.status <> 'closed')
            """, [tutor]), 0, "deficits and no route")

        // methodist: new requests of Челябинский ГО to triage.
        let chel = try r.store.db.first("SELECT municipality_id FROM people WHERE login = 'methodist'") { $0.optInt64(0) } ?? nil
        XCTAssertEqual(try r.strings("SELECT name FROM municipalities WHERE id = ?", [chel]), ["Челябинский ГО"])
        XCTAssertGreaterThanOrEqual(try r.int("""
            SELECT count(*) FROM requests WHERE municipality_id = ? AND status = 'new' AND assignee_id IS NULL
            """, [chel]), 5)

        // rma: directions 1 and 6, requests assigned.
        XCTAssertEqual(try r.strings("SELECT directions FROM people WHERE login = 'rma'"), ["1,6"])
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM requests WHERE assignee_id = ?", [try r.id("rma")]), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM rma_applications WHERE person_id = ? AND decision = 'approved'", [try r.id("rma")]), 1)
    }

    /// Every status of routes, steps, requests, mentoring pairs, practices and the roadmap.
    func checkStatuses(_ r: Built) throws {
        func statuses(_ table: String) throws -> Set<String> { Set(try r.strings("SELECT DISTINCT status FROM \(table)")) }
        XCTAssertEqual(try statuses("routes"), Set(RouteStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("steps"), Set(StepStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("requests"), Set(RequestStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("mentoring"), Set(MentoringStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("practices"), Set(PracticeStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("roadmap_items"), Set(RoadmapStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(try statuses("deficits"), Set(DeficitStatus.allCases.map(\.rawValue)))
        XCTAssertEqual(Set(try r.strings("SELECT DISTINCT kind FROM steps")), Set(StepKind.allCases.map(\.rawValue)))
        XCTAssertEqual(Set(try r.strings("SELECT DISTINCT timing_kind FROM roadmap_items")),
                       ["quarter", "perSchoolCalendar", "perEventsPlan", "duringYear"])
        // Some roadmap items are overdue on the demo's today, by the domain rule.
        var overdue = 0
        try r.store.db.forEach("SELECT timing_kind, timing_year, timing_quarter, timing_months, status FROM roadmap_items") { row in
            let year = row.int(1)
            let timing: RoadmapTiming
            switch row.string(0) {
            case "quarter": timing = .quarter(year: year, quarter: row.int(2), months: Codecs.ints(row.string(3)))
            case "perSchoolCalendar": timing = .perSchoolCalendar(year: year)
            case "perEventsPlan": timing = .perEventsPlan(year: year)
            default: timing = .duringYear(year: year)
            }
            XCTAssertNil(timing.validate())
            let item = RoadmapItem(id: 0, direction: nil, title: "", participants: [], executors: [], timing: timing,
                                   expectedResult: "", status: RoadmapStatus(rawValue: row.string(4)) ?? .planned)
            if item.isOverdue(on: DemoRegionTests.today) { overdue += 1 }
        }
        XCTAssertGreaterThanOrEqual(overdue, 3)
        // Requests overdue, resolved late, urgent.
        let today = DemoRegionTests.today.iso
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM requests WHERE status IN ('assigned', 'inProgress') AND due < ?", [today]), 0)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM requests WHERE status = 'resolved' AND resolved_on > due"), 0)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM requests WHERE urgent = 1"), 0)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM requests WHERE author_id IS NULL"), 0, "requests from schools")
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM routes WHERE tutor_id IS NULL"), 0, "routes without a tutor")
    }

    /// Rows agree with each other and with the domain's rules.
    func checkConsistency(_ r: Built) throws {
        let today = DemoRegionTests.today.iso
        // Step statuses follow the route's.
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM steps s JOIN routes ro ON ro.id = s.route_id
            WHERE (ro.status IN ('draft', 'agreed') AND s.status <> 'planned')
               OR (ro.status = 'completed' AND s.status NOT IN ('confirmed', 'skipped'))
               OR (ro.status = 'cancelled' AND s.status NOT IN ('planned', 'skipped'))
            """), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM routes WHERE (status = 'cancelled') <> (cancel_reason IS NOT NULL)"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM routes WHERE period_start <> '2023-09-01' OR period_end <> '2024-08-31'"), 0)
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM routes ro WHERE NOT EXISTS (SELECT 1 FROM steps s WHERE s.route_id = ro.id)
            """), 0)
        // Evidence on done steps, reasons on skipped ones, every step addresses a deficit of its person.
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM steps WHERE status IN ('done', 'confirmed')
            AND trim(evidence_certificate) = '' AND trim(evidence_link) = '' AND trim(evidence_note) = ''
            """), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM steps WHERE status = 'skipped' AND trim(skip_reason) = ''"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM steps WHERE planned_end < planned_start OR hours < 0 OR trim(title) = ''"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM steps s WHERE NOT EXISTS (SELECT 1 FROM step_deficits x WHERE x.step_id = s.id)"), 0)
        for column in ["programme_id", "site_id", "practice_id", "event_id"] {
            XCTAssertEqual(try r.int("SELECT count(*) FROM (SELECT route_id FROM steps WHERE \(column) IS NOT NULL GROUP BY route_id, \(column) HAVING count(*) > 1)"),
                           0, "no catalog item twice in a route: \(column)")
        }
        XCTAssertEqual(try r.int("SELECT count(*) FROM steps WHERE kind = 'course' AND programme_id IS NULL"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM steps WHERE kind = 'horizontalLearning' AND practice_id IS NULL"), 0)
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM step_deficits x JOIN steps s ON s.id = x.step_id JOIN routes ro ON ro.id = s.route_id
            JOIN deficits d ON d.id = x.deficit_id WHERE d.person_id <> ro.person_id
            """), 0)
        // Deficits addressed by a live route are in work (or closed by the later diagnostic).
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM step_deficits x JOIN steps s ON s.id = x.step_id JOIN routes ro ON ro.id = s.route_id
            JOIN deficits d ON d.id = x.deficit_id WHERE ro.status <> 'cancelled' AND d.status NOT IN ('inWork', 'closed')
            """), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM deficits WHERE (status = 'closed') <> (closed_by IS NOT NULL)"), 0)
        // Severity by the domain's rule, on the score stored.
        try r.store.db.forEach("SELECT score, severity, status FROM deficits") { row in
            let expected = DeficitRules.severity(score: row.int(0), scale: .standard)
            XCTAssertEqual(expected?.rawValue, row.string(1), "score \(row.int(0))")
            XCTAssertLessThan(row.int(0), 60)
        }
        // Scores parse and every deficit is under the threshold in its diagnostic.
        var scores: [Int64: [CompetenceID: Int]] = [:]
        try r.store.db.forEach("SELECT id, scores FROM diagnostics") { row in scores[row.int64(0)] = Codecs.scores(row.string(1)) }
        XCTAssertTrue(scores.values.allSatisfy { (6...10).contains($0.count) || $0.count == 8 })
        try r.store.db.forEach("SELECT diagnostic_id, competence_id, closed_by FROM deficits") { row in
            let found = scores[row.int64(0)]?[row.int64(1)]
            XCTAssertNotNil(found)
            XCTAssertLessThan(found ?? 100, 60)
            if let closer = row.optInt64(2) { XCTAssertGreaterThanOrEqual(scores[closer]?[row.int64(1)] ?? 0, 60) }
        }
        XCTAssertEqual(try r.int("SELECT count(*) FROM diagnostics WHERE date > ?", [today]), 0)
        // Requests: urgent by the rule, history starts with «new», dates in order.
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM requests q JOIN organizations o ON o.id = q.organization_id
            WHERE q.urgent <> ((o.flags & 1) <> 0 OR (q.author_id IS NOT NULL AND
                (SELECT birth_date > '1989-03-15' OR teaching_since > '2021-03-15' FROM people p WHERE p.id = q.author_id)))
            """), 0)
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM requests q WHERE NOT EXISTS
            (SELECT 1 FROM history h WHERE h.entity = 'request' AND h.entity_id = q.id AND h.field = 'status' AND h.after = 'new')
            """), 0)
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM requests q WHERE q.status <> (SELECT h.after FROM history h
            WHERE h.entity = 'request' AND h.entity_id = q.id AND h.field = 'status' ORDER BY h.at DESC, h.id DESC LIMIT 1)
            """), 0, "the last status change is the request's status")
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE status = 'new' AND (assignee_id IS NOT NULL OR direction IS NOT NULL)"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE text LIKE '%{%' OR text LIKE '%}%' OR trim(text) = ''"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE (status = 'resolved') <> (resolved_on IS NOT NULL)"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE (status = 'declined') <> (decline_reason <> '')"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE status IN ('assigned', 'inProgress', 'resolved') AND (assignee_id IS NULL OR due IS NULL)"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE created_on > ? OR resolved_on > ?", [today, today]), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests WHERE status = 'new' AND created_on < ?",
                                 [DemoRegionTests.today.adding(days: -14).iso]), 0, "new requests are recent")
        // Catalogs.
        try r.store.db.forEach("SELECT kind, hours FROM programmes") { row in
            let kind = ProgrammeKind(rawValue: row.string(0))
            XCTAssertNotNil(kind)
            XCTAssertGreaterThanOrEqual(row.int(1), kind?.minimumHours ?? 0)
        }
        XCTAssertGreaterThanOrEqual(try r.int("SELECT count(*) FROM programmes"), 55)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM programmes WHERE in_registry = 1"), 30)
        XCTAssertGreaterThan(try r.int("SELECT count(*) FROM programmes WHERE kind = 'retraining'"), 3)
        XCTAssertGreaterThanOrEqual(try r.int("SELECT count(*) FROM sites"), 8)
        XCTAssertGreaterThanOrEqual(try r.int("SELECT count(*) FROM events"), 40)
        XCTAssertEqual(try r.int("SELECT count(*) FROM competences WHERE direction NOT BETWEEN 1 AND 19"), 0)
        XCTAssertEqual(Set(try r.strings("SELECT DISTINCT area FROM competences")), Set(CompetenceArea.allCases.map(\.rawValue)))
        // Mentoring: a pair never pairs someone with themselves; mentors have the role.
        XCTAssertEqual(try r.int("SELECT count(*) FROM mentoring WHERE mentor_id = mentee_id"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM routes WHERE tutor_id = person_id"), 0)
        XCTAssertEqual(try r.int("""
            SELECT count(*) FROM mentoring m JOIN people p ON p.id = m.mentor_id WHERE p.roles & ? = 0
            """, [bit(.mentor)]), 0)
        try r.store.db.forEach("SELECT full_name, name_key FROM people") { row in
            XCTAssertEqual(row.string(1), SearchKey.fold(row.string(0)))
        }
        XCTAssertEqual(try r.int("SELECT count(*) FROM people WHERE name_key LIKE '%ё%'"), 0)
    }

    func checkFile(_ r: Built) throws {
        XCTAssertEqual(try r.strings("PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(try r.strings("PRAGMA journal_mode"), ["wal"], "the file is back in WAL mode")
        XCTAssertEqual(try r.int("PRAGMA synchronous"), 1, "NORMAL again")
        XCTAssertEqual(try r.int("PRAGMA foreign_keys"), 1, "foreign keys enforced again")
        XCTAssertEqual(try r.int("SELECT count(*) FROM requests_fts"), try r.int("SELECT count(*) FROM requests"))
        XCTAssertEqual(try r.int("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'елкин*'"),
                       try r.int("SELECT count(*) FROM people WHERE name_key LIKE 'елкин%'"))
        XCTAssertEqual(try r.int("SELECT count(*) FROM pragma_foreign_key_check"), 0)
        XCTAssertEqual(try r.int("SELECT count(*) FROM audit"), 1, "one summary audit row, no per-row audit")
        XCTAssertEqual(try r.strings("SELECT action FROM audit"), ["demo"])
        XCTAssertEqual(try r.int("SELECT count(*) FROM people_fts"), try r.int("SELECT count(*) FROM people"))
    }

    func checkSummary(_ r: Built) throws {
        let s = r.summary
        XCTAssertEqual(s.municipalities, try r.int("SELECT count(*) FROM municipalities"))
        XCTAssertEqual(s.organizations, try r.int("SELECT count(*) FROM organizations"))
        XCTAssertEqual(s.people, try r.int("SELECT count(*) FROM people"))
        XCTAssertEqual(s.teachers, try r.int("SELECT count(*) FROM people WHERE roles & ? <> 0", [bit(.teacher)]))
        XCTAssertEqual(s.diagnostics, try r.int("SELECT count(*) FROM diagnostics"))
        XCTAssertEqual(s.deficits, try r.int("SELECT count(*) FROM deficits"))
        XCTAssertEqual(s.routes, try r.int("SELECT count(*) FROM routes"))
        XCTAssertEqual(s.steps, try r.int("SELECT count(*) FROM steps"))
        XCTAssertEqual(s.requests, try r.int("SELECT count(*) FROM requests"))
        XCTAssertEqual(s.mentoringPairs, try r.int("SELECT count(*) FROM mentoring"))
        XCTAssertEqual(s.roadmapItems, try r.int("SELECT count(*) FROM roadmap_items"))
        XCTAssertEqual(s.programmes, try r.int("SELECT count(*) FROM programmes"))
        XCTAssertEqual([s.applications, s.approved, s.rejected], [629, 458, 171])
        XCTAssertEqual(s.logins.count, 8)
        XCTAssertFalse(s.lines.isEmpty)
    }
}
