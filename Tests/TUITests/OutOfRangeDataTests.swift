import Domain
import Exchange
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// Numbers outside the domain's ranges: refused at the import, and, when a
/// store holds them anyway (an older build, another tool), no screen traps.
final class OutOfRangeDataTests: XCTestCase {
    /// Issue 15's probe: a programme of 9223372036854775807 hours was
    /// accepted, a tutor's proposal offered it, the route was built, and the
    /// teacher and the tutor trapped on start (`Route.progress`).
    func testAProgrammeOfInt64MaxHoursIsRefusedAndNeverReachesARoute() throws {
        let f = try TeacherFixture(programmeCompetences: ["c_c1"])   // the proposals below offer «prog»
        let coordinator = try f.store.viewer(login: "coord")
        let csv = """
            название,организатор,вид,часы,формат,в реестре,компетенции
            Бесконечный курс,ЧИППКРО,ПК,9223372036854775807,очно,да,"Ц1, М2"
            """
        let report = ProgrammeImport.run(f.store, actor: coordinator, data: Data(csv.utf8), fileName: "p.csv")
        let text = report.lines.joined(separator: "\n")
        XCTAssertNotEqual(report.exitCode, 0, text)
        XCTAssertTrue(text.contains("поле «часы»"), text)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM programmes WHERE title = 'Бесконечный курс'"), 0)

        // The tutor builds Семёнов's route from the proposals and the
        // teacher logs in: whatever the catalog held, both screens open.
        let (tutorApp, _) = try f.run("tutor", "4G<Enter>p")
        _ = Headless.run(tutorApp, size: Size(width: 80, height: 24), events: try KeySyntax.parse("aaa<Enter>"))
        XCTAssertTrue(try f.screen("t_none").snapshot().contains("ИОМ на"))
        XCTAssertTrue(try f.screen("tutor", "4").snapshot().contains("Семёнов"))
    }

    /// Values no build of ours writes any more, put in with SQL as another
    /// tool would: every screen of the teacher, the tutor, the mentor and the
    /// coordinator still draws (a trap would end the test process), and
    /// `check` names each kind of value with its count.
    func testEveryScreenDrawsAStoreHoldingValuesOutOfRangeAndCheckCountsThem() throws {
        let f = try TeacherFixture(programmeCompetences: ["c_c1"], siteCompetences: ["c_c1"])
        try OutOfRangeDataTests.corrupt(f)

        let report = try f.store.check()
        let found = report.findings.map { "\($0.message.ru) — \($0.count)" }.joined(separator: "\n")
        XCTAssertFalse(report.isOK, found)
        for (column, count) in [("programmes.hours", 2), ("steps.hours", 3), ("sites.capacity", 1), ("deficits.score", 1),
                                ("events.direction", 1), ("steps.planned_end", 1), ("steps.planned_start", 1),
                                ("people.birth_date", 1), ("people.teaching_since", 1), ("routes.period_end", 1),
                                ("requests.due", 1), ("events.date", 1), ("diagnostics.scores", 1)] {
            XCTAssertTrue(report.findings.contains { $0.message.ru.contains("(\(column))") && $0.count == count },
                          "\(column) — \(count)\n\(found)")
        }

        let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]
        let keys = ["", "<Enter>", "<Down><Enter>", "<Tab>", "<Tab><Enter>", "G<Enter>", "G<Enter>p", "<Enter>p",
                    "S<Enter>", "E<Enter>", "B"]
        var drawn = 0
        for login in ["t_progress", "t_none", "t_agreed", "t_done", "tutor", "mentor", "coord"] {
            let tabs = try f.app(login).views.count
            for tab in 0..<tabs {
                for size in sizes {
                    for k in keys {
                        let app = try f.app(login)
                        for v in app.views { (v as? MyRouteView)?.exportDirectory = f.dir.path }   // `E` exports
                        app.switchTo(tab)
                        let screen = Headless.run(app, size: size, events: try KeySyntax.parse(k)).screen
                        XCTAssertFalse(screen.isEmpty)
                        drawn += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(drawn, 300)
        // The route with the absurd steps says what is stored, saturated, not a wrapped negative.
        let route = try f.screen("t_progress").snapshot()
        XCTAssertTrue(route.contains("9223372036854775807 из 92233720"), route)
    }

    /// What another tool might leave in the fixture's file: values out of
    /// the domain's ranges, which every write of ours refuses, so they are
    /// written past the store with SQL, on purpose. (The programme of −1
    /// hours is only loaded: `RegionLoading` takes rows as they are.)
    static func corrupt(_ f: TeacherFixture) throws {
        try f.store.loadProgramme(Programme(id: 0, title: "Минус час", provider: "Другая программа", kind: .upskilling, hours: -1,
                                            format: .inPerson, inFederalRegistry: false, competenceIDs: [f.id("c_m2")]))
        let db = f.store.db
        let max = Int64.max, min = Int64.min
        try db.execute("UPDATE steps SET hours = ? WHERE id IN (?, ?)", [max, f.id("s_course"), f.id("s_visits")])
        try db.execute("UPDATE steps SET hours = ? WHERE id = ?", [min, f.id("s_self")])
        try db.execute("UPDATE steps SET planned_start = '0001-01-01', planned_end = '9999-12-31' WHERE id = ?", [f.id("s_lesson")])
        try db.execute("UPDATE programmes SET hours = ? WHERE id = ?", [max, f.id("prog")])
        try db.execute("UPDATE sites SET capacity = ? WHERE id = ?", [max, f.id("site")])
        try db.execute("UPDATE diagnostics SET scores = ? WHERE id = ?",
                       ["\(f.id("c_m2"))=\(max);\(f.id("c_c1"))=\(min);\(f.id("c_f2"))=1000;\(f.id("c_p1"))=58", f.id("d2")])
        try db.execute("UPDATE deficits SET score = ? WHERE id = ?", [max, f.id("def_m2")])
        try db.execute("UPDATE events SET date = '9999-12-31', direction = 999 WHERE id = ?", [f.id("event")])
        try db.execute("UPDATE people SET birth_date = '0001-01-01', teaching_since = '9999-12-31' WHERE id = ?", [f.id("t_none")])
        try db.execute("UPDATE routes SET period_end = '9999-12-31' WHERE id = ?", [f.id("r_t_agreed")])
        try db.execute("UPDATE requests SET due = '0001-01-01' WHERE id = ?", [f.id("req_old")])
    }
}
