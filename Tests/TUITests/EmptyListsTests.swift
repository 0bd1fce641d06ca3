import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// A region with people and nothing else: no requests, routes, pairs,
/// catalog entries or roadmap items, so every list of every view is empty.
final class PeopleOnlyFixture {
    let dir: URL
    let store: SQLiteStore
    static let people: [(String, String, Set<Role>)] = [
        ("coord", "Смирнов Пётр Алексеевич", [.coordinator]),
        ("methodist", "Кузнецова Ирина Николаевна", [.municipalMethodist]),
        ("rma", "Орлова Мария Андреевна", [.regionalMethodist, .teacher]),
        ("mentor", "Петров Иван Ильич", [.mentor, .teacher]),
        ("admin", "Лебедев Павел Сергеевич", [.administrator]),
        ("tutoronly", "Сидорова Ольга Викторовна", [.tutor]),
        ("tutor", "Иванов Иван Иванович", [.teacher, .tutor]),
        ("teacher", "Ёлкина Анна Петровна", [.teacher]),
    ]

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        try store.loadMunicipality(Municipality(id: 1, name: "Копейский ГО", kind: .cityDistrict))
        try store.loadOrganization(Organization(id: 1, name: "МОУ «СОШ № 7»", kind: .school, municipalityID: 1))
        for (login, name, roles) in PeopleOnlyFixture.people {
            try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: 1, position: "учитель",
                                        birthDate: Day(iso: "1980-01-01"), roles: roles))
        }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ login: String) throws -> App {
        let ctx = AppContext(store: store, viewer: try store.viewer(login: login), language: .ru, theme: ThemeLoader.defaultTheme)
        return ViewCatalog.app(for: ctx)
    }
}

/// The words of the interaction layer: no list is silently blank (each
/// says what its emptiness means, or names the search that found nothing),
/// a number agrees with its noun, a verb with the person, a form over split
/// panes keeps their borders.
final class EmptyListsTests: XCTestCase {
    /// What each list of each view says with no rows (sub-panels by their key
    /// from the view's first; `|` between texts either of which): every view
    /// of every role must be here.
    static let emptyTexts: [String: [(keys: String, text: String)]] = [
        // The inbox opens on «Открытые»; those who work requests but do not triage open on their own ones;
        // the other requests lists have no filters.
        "requests": [("", "В «Открытые» запросов нет|Вам не назначено запросов|Запросов пока нет")],
        "assigned": [("", "Вам не назначено запросов")],
        "caseload": [("", "Вы пока никого не сопровождаете")],
        "rma": [("", "— пусто —"), ("O", "Заявок нет")],
        "mentoring": [("", "Пар нет"), ("<Tab>", "У всех молодых педагогов есть наставник")],
        "catalogs": [("", "Программ в каталоге пока нет"), ("S", "Стажировочных площадок пока нет"), ("B", "Практик пока нет"),
                     ("E", "Мероприятий пока нет")],
        "audit": [("", "Записей в журнале пока нет")],
        "myRoute": [("", "Открытых дефицитов нет")],
        "myDiagnostics": [("", "Диагностик у вас пока не было")],
        "myRequests": [("", "Вы ещё не просили помощи")],
        "dashboard": [("y", "У всех молодых педагогов есть наставник")],
        // The people are there: a name that matches nobody.
        "people": [("/яяя<Enter>", "Ничего не найдено по «яяя»")],
        "overview": [],
    ]

    func testEveryListOfEveryViewOfEveryRoleSaysItIsEmpty() throws {
        let f = try PeopleOnlyFixture()
        for (login, _, _) in PeopleOnlyFixture.people {
            for view in try f.app(login).views {
                guard let expected = EmptyListsTests.emptyTexts[view.id] else {
                    XCTFail("\(login): the view «\(view.id)» has no empty text in this test"); continue
                }
                for (keys, text) in expected {
                    // A fresh app per list: sub-panel keys are from the view's start.
                    let robot = Robot(try f.app(login))
                    robot.open(tab: view.id)
                    try robot.keys(keys)
                    XCTAssertTrue(text.split(separator: "|").contains { robot.screen.contains($0) }, "\(login) · \(view.id) \(keys): «\(text)»\n\(robot.screen)")
                    XCTAssertFalse(robot.status.contains(" из 0"), "an empty list claims no position:\n\(robot.screen)")
                }
            }
        }
    }

    func testAnInboxFilterAndASearchThatFindNothingSaySo() throws {
        let f = try PeopleOnlyFixture()
        let robot = Robot(try f.app("methodist"))
        robot.open(tab: "requests")
        XCTAssertTrue(robot.screen.contains("В «Открытые» запросов нет — * все запросы"), robot.screen)
        try robot.keys("*")
        XCTAssertTrue(robot.screen.contains("Запросов пока нет"), robot.screen)
        try robot.keys("/семинар<Enter>")
        XCTAssertTrue(robot.screen.contains("Ничего не найдено по «семинар»"), robot.screen)
        robot.open(tab: "caseload")
        try robot.keys("/Пет")
        XCTAssertTrue(robot.screen.contains("Нет сопровождаемых с «Пет»"), robot.screen)
    }

    func testTheStatusBarCountsTheRows() throws {
        let f = try PeopleOnlyFixture()
        let robot = Robot(try f.app("coord"))
        robot.open(tab: "people")
        XCTAssertTrue(robot.status.contains("Работники │ 1 из 8"), robot.screen)
        robot.open(tab: "rma")
        XCTAssertTrue(robot.status.contains("пунктов нет"), robot.screen)
        try robot.keys("M")
        XCTAssertTrue(robot.status.contains("1 методист "), "«1 методист», not «методистов 1»:\n\(robot.screen)")
    }

    func testAgesAgreeWithTheirNumber() throws {
        let f = try TeacherFixture()
        for (login, name, born) in [("y32", "Белова Вера Олеговна", "1991-06-01"), ("y31", "Белов Олег Петрович", "1992-06-01")] {
            try f.store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: 1, position: "учитель",
                                          birthDate: Day(iso: born), teachingSince: Day(iso: "2010-09-01"), roles: [.teacher]))
        }
        let app = try f.app("coord")
        let robot = Robot(app, size: Size(width: 120, height: 30))
        robot.open(tab: "mentoring")
        try robot.keys("<Tab>")
        XCTAssertTrue(robot.screen.contains("32 года"), robot.screen)
        XCTAssertTrue(robot.screen.contains("31 год"), robot.screen)
        XCTAssertFalse(robot.screen.contains("32 лет") || robot.screen.contains("31 лет"), robot.screen)
    }

    func testTheConflictMessageAgreesWithAWomansName() throws {
        let f = try TriageFixture()
        try f.backend.loadPerson(Person(id: 0, login: "fomina", fullName: "Фомина Анна Ильинична", organizationID: 1, position: "методист",
                                        roles: [.municipalMethodist]))
        let app = try f.app()
        let tab = try XCTUnwrap(app.views.firstIndex { $0.id == "requests" })
        _ = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("\(tab + 1)jxДубликат запроса №2"))
        _ = try f.backend.applyTriage(f.backend.viewer(login: "fomina"), [TriageTarget(id: 3, version: 1)], .priority(.high))
        let t = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("<C-s>")).terminal
        XCTAssertTrue(t.text().contains("Запись уже изменила Фомина Анна Ильинична"), t.snapshot())
    }

    /// At 160 columns the route has three panes: a form over them takes the
    /// middle one, its sides on the pane borders, so no border is cut and
    /// the detail's text does not run into the form's edge.
    func testAFormOverTheRoutesPanesKeepsTheirBorders() throws {
        let f = try TeacherFixture()
        let size = Size(width: 160, height: 48)
        let plain = try f.screen("t_progress", size: size)
        let form = try f.screen("t_progress", "jjjjd", size: size)
        let row = (0..<size.height).first { Array(form.line($0)).contains("┌") }
        let top = try XCTUnwrap(row, form.snapshot())
        let corners = Array(form.line(top))
        let left = try XCTUnwrap(corners.firstIndex(of: "┌")), right = try XCTUnwrap(corners.firstIndex(of: "┐"))
        let separatorRow = Array(plain.line(top))
        XCTAssertEqual(separatorRow[left], "│", "the form's left side is the pane border:\n\(form.snapshot())")
        XCTAssertEqual(separatorRow[right], "│", "and its right side:\n\(form.snapshot())")
        var y = top + 1
        while Array(form.line(y))[left] == "│" {
            XCTAssertEqual(Array(form.line(y))[right], "│", "row \(y):\n\(form.snapshot())")
            y += 1
        }
        XCTAssertEqual(Array(form.line(y))[left], "└", form.snapshot())
        XCTAssertEqual(Array(form.line(y))[right], "┘", form.snapshot())
        XCTAssertTrue(form.text().contains("Заметка"), form.snapshot())
    }
}
