import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// A small region with a few entries in each catalog, for the «Каталоги» tab.
final class CatalogFixture {
    let dir: URL
    let store: SQLiteStore
    var programmeYo: Programme!

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-cat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        store.clock = { 1_710_486_000 }
        try store.loadingAtOnce {
            try store.loadMunicipality(Municipality(id: 1, name: "Челябинский ГО", kind: .cityDistrict))
            try store.loadOrganization(Organization(id: 1, name: "МАОУ «Лицей № 31»", kind: .school, municipalityID: 1))
            for (login, name, roles) in [("coord", "Смирнов Пётр Алексеевич", Set<Role>([.coordinator])),
                                         ("admin", "Орлова Нина Ивановна", [.administrator]),
                                         ("elkina", "Ёлкина Анна Петровна", [.teacher])] {
                try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: 1, position: "учитель",
                                            birthDate: Day(iso: "1980-01-01"), roles: roles))
            }
            try store.loadCompetence(Competence(id: 1, code: "М1", name: "Проектирование урока", area: .methodical, direction: 1))
            try store.loadCompetence(Competence(id: 2, code: "Ц1", name: "Цифровые инструменты", area: .digital, direction: 11))
        }
        let coord = try store.viewer(login: "coord")
        programmeYo = try store.saveProgramme(coord, Programme(id: 0, title: "Ёмкие задачи по физике", provider: "ЧИППКРО", hours: 36,
                                                               format: .blended, inFederalRegistry: true, competenceIDs: [1]))
        _ = try store.saveProgramme(coord, Programme(id: 0, title: "Менеджмент в образовании", provider: "ЧИРО", kind: .retraining,
                                                     hours: 260, format: .distance, inFederalRegistry: false, competenceIDs: [2]))
        _ = try store.saveProgramme(coord, Programme(id: 0, title: "Цифровая дидактика", provider: "ЧИППКРО", hours: 16,
                                                     format: .inPerson, inFederalRegistry: true, competenceIDs: [1, 2]))
        _ = try store.saveSite(coord, InternshipSite(id: 0, organizationID: 1, topic: "Наставничество молодых учителей", competenceIDs: [1], capacity: 12))
        _ = try store.savePractice(coord, BestPractice(id: 0, title: "Школа молодого педагога", authorID: nil, organizationID: 1,
                                                       direction: 5, competenceIDs: [1]))
        _ = try store.saveEvent(coord, Event(id: 0, title: "Августовская конференция", kind: .conference,
                                             date: Day(year: 2024, month: 8, day: 27)!, direction: nil))
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ login: String = "coord") throws -> App {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true)
        let app = ViewCatalog.app(for: AppContext(store: store, viewer: viewer, language: .ru, theme: theme))
        if let i = app.views.firstIndex(where: { $0.id == "catalogs" }) { app.switchTo(i) }
        return app
    }

    /// Runs keys on the catalogs tab.
    func run(_ keys: String, app: App? = nil, size: Size = Size(width: 80, height: 24)) throws -> (MemoryTerminal, App) {
        let app = try app ?? self.app()
        let result = Headless.run(app, size: size, events: try KeySyntax.parse(keys))
        return (result.terminal, app)
    }

    /// The rows of the tab itself: without the tab bar (other tabs come and go) and the status bar.
    func body(_ t: MemoryTerminal, rows: Int? = nil) -> String {
        (1..<(rows.map { $0 + 1 } ?? (t.size.height - 1))).map { t.line($0) }.joined(separator: "\n")
    }

    func text(_ t: MemoryTerminal) -> String { (0..<t.size.height).map { t.line($0) }.joined(separator: "\n") }

    func view(_ app: App) throws -> CatalogView { try XCTUnwrap(app.views.first { $0.id == "catalogs" } as? CatalogView) }
}

final class CatalogViewTests: XCTestCase {
    func testProgrammesAt80x24() throws {
        let f = try CatalogFixture()
        let (t, _) = try f.run("")
        // Rows below the tab bar (the other tabs are not this test's business).
        let expected = """
             P Программы ДПП   S Площадки   B Практики   E Мероприятия
            вид: все · ФР: все · формат: все
            Программа                          Вид  Часы Формат       ФР Разработчик
            Ёмкие задачи по физике             ПК     36 смешанно     ✓  ЧИППКРО
            Менеджмент в образовании           ПП    260 дистанционно    ЧИРО
            Цифровая дидактика                 ПК     16 очно         ✓  ЧИППКРО
            """
        XCTAssertEqual(normalizedScreenLines(f.body(t, rows: 6)), normalizedScreenLines(expected), f.text(t))
        XCTAssertTrue(t.line(22).hasPrefix("/ поиск  ⏎ подробно  v вид  r ФР"), t.line(22))
    }

    func testAt200x60TheDetailPaneIsOnTheRight() throws {
        let f = try CatalogFixture()
        let (t, _) = try f.run("", size: Size(width: 200, height: 60))
        let expected = """
             P Программы ДПП   S Площадки   B Практики   E Мероприятия
            вид: все · ФР: все · формат: все
            Программа                                                  Вид  Часы Формат       ФР Разработчик                        │ Ёмкие задачи по физике
            Ёмкие задачи по физике                                     ПК     36 смешанно     ✓  ЧИППКРО                            │ Разработчик: ЧИППКРО
            Менеджмент в образовании                                   ПП    260 дистанционно    ЧИРО                               │ Вид: повышение квалификации
            Цифровая дидактика                                         ПК     16 очно         ✓  ЧИППКРО                            │ Объём: 36 ч (не меньше 16)
                                                                                                                                    │ Формат: смешанно
                                                                                                                                    │ ФР ДПП: входит
                                                                                                                                    │
                                                                                                                                    │ Компетенции
                                                                                                                                    │ • М1 Проектирование урока
                                                                                                                                    │
                                                                                                                                    │ Изменения
            """
        XCTAssertEqual(normalizedScreenLines(f.body(t, rows: 13)), normalizedScreenLines(expected), f.text(t))
        XCTAssertTrue(t.line(14).contains("coord · создано"), t.line(14))
        XCTAssertTrue(t.line(58).hasSuffix("a показ. архив") || t.line(58).contains("a показ. архив "), t.line(58))
    }

    func testEnterAt80ColumnsOpensTheDetailAsABox() throws {
        let f = try CatalogFixture()
        let (t, app) = try f.run("j<Enter>")
        XCTAssertTrue(t.line(3).hasPrefix("┌─ Программы ДПП ─"), t.line(3))
        XCTAssertTrue(f.body(t).contains("│ Менеджмент в образовании"), f.text(t))
        XCTAssertTrue(f.body(t).contains("Объём: 260 ч (не меньше 250)"), f.text(t))
        let (closed, _) = try f.run("<Esc>", app: app)
        XCTAssertFalse(f.body(closed).contains("┌─ Программы ДПП"), f.text(closed))
    }

    func testANewSiteStartsFromItsHostAndANegativeCapacityIsRefused() throws {
        let f = try CatalogFixture()
        let (picker, app) = try f.run("Sn")
        XCTAssertTrue(f.text(picker).contains("Организация, где пройдёт стажировка"), f.text(picker))
        let (t, _) = try f.run("лицей<Enter>Цифровая<Space>школа<Tab><BS>-3<C-s>", app: app)
        XCTAssertTrue(f.text(t).contains("Новая площадка: МАОУ «Лицей № 31»"), f.text(t))
        XCTAssertTrue(f.text(t).contains("Вместимость площадки: от 0 до 1000"), f.text(t))
        guard case .form? = try f.view(app).modal else { return XCTFail("the form must stay open") }
        let (saved, _) = try f.run("<BS><BS>25<C-s>", app: app)
        XCTAssertTrue(f.body(saved).contains("Цифровая школа"), f.text(saved))
        let coord = try f.store.viewer(login: "coord")
        XCTAssertEqual(try f.store.sitePage(coord, SiteQuery(text: "цифровая"), limit: 5).first?.site.capacity, 25)
    }

    func testHelpListsTheCatalogKeys() throws {
        let f = try CatalogFixture()
        let (t, _) = try f.run("?", size: Size(width: 120, height: 60))
        for shown in ["Программы ДПП", "Лучшие практики", "Подана → на экспертизу", "В архив / из архива"] {
            XCTAssertTrue(f.text(t).contains(shown), shown + "\n" + f.text(t))
        }
    }

    func testTooFewHoursShowTheRefusalAndKeepTheForm() throws {
        let f = try CatalogFixture()
        let (t, app) = try f.run("nКурс<Space>для<Space>вожатых<Tab>ЧИППКРО<Tab><Tab>8<C-s>")
        XCTAssertTrue(f.text(t).contains("не меньше 16 ч, а указано 8"), f.text(t))
        let view = try f.view(app)
        guard case .form(let form, _)? = view.modal else { return XCTFail("the form must stay open\n" + f.text(t)) }
        XCTAssertEqual(form.field("title")?.value, "Курс для вожатых")
        XCTAssertEqual(form.field("hours")?.value, "8")
        let coord = try f.store.viewer(login: "coord")
        XCTAssertTrue(try f.store.programmePage(coord, ProgrammeQuery(text: "вожатых"), limit: 5).isEmpty)
        // Fixing the hours saves it.
        let (fixed, _) = try f.run("<BS>18<C-s>", app: app)
        XCTAssertNil(view.modal, f.text(fixed))
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(text: "вожатых"), limit: 5).first?.programme.hours, 18)
        XCTAssertTrue(f.text(fixed).contains("Курс для вожатых"), f.text(fixed))
    }

    func testRetireAsksThenHidesTheEntry() throws {
        let f = try CatalogFixture()
        let (asked, app) = try f.run("x")
        XCTAssertTrue(f.text(asked).contains("Убрать в архив «Ёмкие задачи по физике»?"), f.text(asked))
        let (t, _) = try f.run("д", app: app)
        XCTAssertTrue(f.text(t).contains("В архиве: «Ёмкие задачи по физике»"), f.text(t))
        XCTAssertFalse(f.body(t, rows: 8).contains("Ёмкие задачи"), f.text(t))
        let coord = try f.store.viewer(login: "coord")
        XCTAssertEqual(try f.store.programmeRow(coord, id: f.programmeYo.id)?.programme.retired, true)
        // The archive shows it again, marked; x there restores it.
        let (shown, _) = try f.run("a", app: app)
        XCTAssertTrue(f.text(shown).contains("Ёмкие задачи по физике · архив"), f.text(shown))
        _ = try f.run("xд", app: app)
        XCTAssertEqual(try f.store.programmeRow(coord, id: f.programmeYo.id)?.programme.retired, false)
    }

    func testSearchWithYoAndQuickFilters() throws {
        let f = try CatalogFixture()
        let (t, _) = try f.run("/емкие<Enter>")
        XCTAssertTrue(f.body(t).contains("Ёмкие задачи по физике"), f.text(t))
        XCTAssertFalse(f.body(t).contains("Менеджмент"), f.text(t))
        let (v, _) = try f.run("v")   // повышение квалификации only
        XCTAssertTrue(v.line(2).contains("вид: повышение квалификации"), v.line(2))
        XCTAssertFalse(f.body(v).contains("Менеджмент"), f.text(v))
        let (r, _) = try f.run("rr")  // not in the registry
        XCTAssertTrue(f.body(r).contains("Менеджмент") && !f.body(r).contains("Цифровая дидактика"), f.text(r))
    }

    func testPracticeReviewKeysFollowTheLifecycle() throws {
        let f = try CatalogFixture()
        let (refused, app) = try f.run("B+")
        XCTAssertTrue(f.text(refused).contains("нельзя перейти в «включена в реестр»"), f.text(refused))
        let (t, _) = try f.run("w+", app: app)
        XCTAssertTrue(f.body(t).contains("включена в реестр"), f.text(t))
        let coord = try f.store.viewer(login: "coord")
        XCTAssertEqual(try f.store.practicePage(coord, PracticeQuery(), limit: 5).first?.practice.status, .included)
    }

    func testAConflictKeepsTheTypedTextAndNamesWhoChangedIt() throws {
        let f = try CatalogFixture()
        let (_, app) = try f.run("e<Tab>Новый<Space>разработчик")
        // Meanwhile the administrator edits the same programme.
        let admin = try f.store.viewer(login: "admin")
        var theirs = f.programmeYo!
        theirs.hours = 40
        _ = try f.store.saveProgramme(admin, theirs)
        let (t, _) = try f.run("<C-s>", app: app)
        XCTAssertTrue(f.text(t).contains("Орлова Нина Ивановна"), f.text(t))
        guard case .form(let form, _)? = try f.view(app).modal else { return XCTFail("the form must stay open") }
        XCTAssertEqual(form.field("provider")?.value, "ЧИППКРОНовый разработчик")
        XCTAssertEqual(form.failure?.contains("Орлова Нина Ивановна"), true, "the form itself says why")
    }

    func testCatalogsTabIsForEditorsAndEventsListTheLatestFirst() throws {
        let f = try CatalogFixture()
        XCTAssertNil(try f.app("elkina").views.first { $0.id == "catalogs" })
        let (t, _) = try f.run("E")
        XCTAssertTrue(f.body(t).contains("27.08.2024 конференция  Августовская конференция"), f.text(t))
        let (p, _) = try f.run("Ep")   // upcoming only: still there (August is after 15.03)
        XCTAssertTrue(f.body(p).contains("Августовская"), f.text(p))
        let (past, _) = try f.run("Epp")
        XCTAssertTrue(past.line(2).contains("прошедшие"), past.line(2))
        XCTAssertFalse(f.body(past).contains("Августовская конференция  "), f.text(past))
        // A typed period: the event is in it, then not; a backwards period is refused and the dates stay.
        let (inRange, app) = try f.run("ED01.08.2024<Tab>31.08.2024<C-s>")
        XCTAssertTrue(inRange.line(2).contains("01.08.2024 – 31.08.2024"), inRange.line(2))
        XCTAssertTrue(f.body(inRange).contains("Августовская"), f.text(inRange))
        let (backwards, _) = try f.run("D<C-s>", app: app)
        XCTAssertFalse(f.text(backwards).contains("позже"), "the same dates again are fine")
        let (wrong, _) = try f.run("D<Tab><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>01.01.2024<C-s>", app: app)
        XCTAssertTrue(f.text(wrong).contains("Начало периода позже конца: 01.08.2024 > 01.01.2024"), f.text(wrong))
    }
}
