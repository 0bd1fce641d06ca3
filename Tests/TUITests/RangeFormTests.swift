import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// Forms that take numbers and dates check them against the domain's
/// `ValueRanges` in the field: refused before saving, the form kept open
/// with what was typed, nothing written.
final class RangeFormTests: XCTestCase {
    func testAProgrammeOfTooManyHoursIsRefusedInTheField() throws {
        let f = try CatalogFixture()
        let (t, app) = try f.run("nДолгий<Space>курс<Tab>ЧИППКРО<Tab><Tab>99999<C-s>")
        XCTAssertTrue(f.text(t).contains("Часы программы: от 1 до 1000, а указано 99999"), f.text(t))
        guard case .form(let form, _)? = try f.view(app).modal else { return XCTFail("the form must stay open\n" + f.text(t)) }
        XCTAssertEqual(form.field("hours")?.value, "99999")
        XCTAssertEqual(form.field("title")?.value, "Долгий курс")
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM programmes WHERE title = 'Долгий курс'"), 0)
        let (saved, _) = try f.run("<BS><BS><BS><BS><BS>72<C-s>", app: app)
        XCTAssertNil(try f.view(app).modal, f.text(saved))
        XCTAssertEqual(try f.store.db.scalarInt("SELECT hours FROM programmes WHERE title = 'Долгий курс'"), 72)
    }

    func testASiteOfTooManyPlacesAndAnEventInTheYear9999AreRefused() throws {
        let f = try CatalogFixture()
        let wide = Size(width: 160, height: 40)
        let (site, _) = try f.run("S<Enter>e<Tab><BS><BS>100000<C-s>", size: wide)
        XCTAssertTrue(f.text(site).contains("Вместимость площадки: от 0 до 1000"), f.text(site))
        let (event, app) = try f.run("EnСъезд<Tab><Tab>" + String(repeating: "<BS>", count: 10) + "31.12.9999<C-s>", size: wide)
        XCTAssertTrue(f.text(event).contains("Нужна дата с 01.01.1900 по 31.12.2100"), f.text(event))
        guard case .form? = try f.view(app).modal else { return XCTFail("the form must stay open\n" + f.text(event)) }
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM events WHERE date > '2100-12-31'"), 0)
    }

    func testATutorsStepOfTooManyHoursIsRefusedInTheField() throws {
        let f = try TeacherFixture()
        let (app, _) = try f.run("tutor", "4j<Enter>")
        let before = try f.store.db.scalarInt("SELECT count(*) FROM steps")
        let s = Headless.run(app, size: Size(width: 80, height: 24),
                             events: try KeySyntax.parse("n<Tab>Слёт<Tab><Tab><Tab><BS>5000<C-s>")).screen
        XCTAssertTrue(s.contains("Часы шага: от 0 до 1000, а указано 5000"), s)
        XCTAssertTrue(s.contains("Слёт"), "the dialog stays open with the typed title:\n\(s)")
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM steps"), before)
    }

    func testTheRulesRefuseWhatNoFormChecks() {
        // A step of absurd hours or dates, however it was built (a proposal
        // from a stored programme of 9223372036854775807 hours).
        let route = RouteID(1), day = Day(year: 2024, month: 3, day: 1)!
        let huge = RouteStep(id: 0, routeID: route, kind: .course, title: "Курс", plannedStart: day, plannedEnd: day, hours: Int.max)
        XCTAssertEqual(huge.validate()?.reason.ru, "Часы шага: от 0 до 1000, а указано 9223372036854775807")
        let far = RouteStep(id: 0, routeID: route, kind: .course, title: "Курс", plannedStart: day,
                            plannedEnd: Day(year: 9999, month: 12, day: 31)!, hours: 36)
        XCTAssertEqual(far.validate()?.reason.ru, "Нужна дата с 01.01.1900 по 31.12.2100, а указано 31.12.9999")
        let programme = Programme(id: 0, title: "Курс", provider: "ЧИППКРО", hours: 1001, format: .inPerson,
                                  inFederalRegistry: false, competenceIDs: [])
        XCTAssertEqual(programme.validate()?.reason.en, "Programme hours: from 1 to 1000, but 1001 given")
        XCTAssertNil(Programme(id: 0, title: "Курс", provider: "", kind: .retraining, hours: 1000, format: .inPerson,
                               inFederalRegistry: false, competenceIDs: []).validate())
    }
}
