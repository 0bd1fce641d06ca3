import DemoRegion
import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// The demo kiosk on a memory terminal: the start screen, picking roles, no
/// way out for a visitor, the idle reset and the attract loop.
final class KioskTests: XCTestCase {
    /// One small demo region for the whole class (the kiosk tests only read).
    nonisolated(unsafe) static var sharedStore: SQLiteStore?
    nonisolated(unsafe) static var dir: URL?

    override class func setUp() {
        setUpUTF8Locale()
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-kiosk-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        dir = d
        if let store = try? SQLiteStore(path: d.appendingPathComponent("demo.db").path),
           (try? DemoRegion.build(into: store, options: DemoOptions(teachers: 50)) { _, _, _ in }) != nil {
            sharedStore = store
        }
    }

    override class func tearDown() {
        sharedStore = nil
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func kiosk(_ settings: KioskSettings = KioskSettings(), language: Language = .ru) throws -> KioskSession {
        guard let store = KioskTests.sharedStore else { throw XCTSkip("the demo region could not be built") }
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true)
        return KioskSession(store: store, language: language, theme: theme, settings: settings)
    }

    /// Feeds events (KeySyntax text, then `ticks` idle ticks) and draws after each.
    @discardableResult
    func run(_ k: KioskSession, _ keys: String = "", ticks: Int = 0, on term: MemoryTerminal) throws -> MemoryTerminal {
        k.render(on: term)
        for e in try KeySyntax.parse(keys) + Array(repeating: InputEvent.tick, count: ticks) {
            if k.handle(e) { k.render(on: term) }
        }
        return term
    }

    func term(_ w: Int = 80, _ h: Int = 24) -> MemoryTerminal { MemoryTerminal(size: Size(width: w, height: h)) }

    // MARK: the start screen

    func testStartScreenAt80x24ShowsTheProgramTheSystemAndTheSevenRoles() throws {
        let t = try run(try kiosk(), on: term())
        assertScreen(t, """

                     metodist · научно-методическое сопровождение педагогов
            РС НМС — региональная система, которая находит профессиональные дефициты
                педагога и ведёт его по маршруту (ИОМ) с тьютором до результата

          Выберите, кем побыть в демо-регионе:
          ▸ 1  Педагог
               Свой маршрут (ИОМ): шаги, дефициты, тьютор и наставник
            2  Тьютор
               Сопровождаемые педагоги: маршруты, шаги на подтверждение
            3  Наставник
               Пара «учитель – учитель»: путь молодого педагога
            4  Методист ММС
               Запросы педагогов муниципалитета: разбор, исполнители, сроки
            5  Методист РМА
               Региональный методический актив: дорожная карта, запросы
            6  Координатор
               Вся область: дорожная карта, отбор в РМА, показатели
            7  Администратор
               Люди и роли, каталоги, журнал изменений

           ↑↓ выбрать · Enter или цифра 1–7 — открыть · Esc или F10 — вернуться сюда
              Данные вымышленные; после вас демо-регион вернётся к исходному виду
        """)
    }

    func testStartScreenAt200x60IsFramedAndCentredWithEveryRole() throws {
        let t = try run(try kiosk(), on: term(200, 60))
        let lines = t.snapshot().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 60)
        // A frame titled «демо-киоск», centred: as much room on the left as on the right.
        guard let top = lines.firstIndex(where: { $0.contains("┌") && $0.contains("демо-киоск") }),
              let bottom = lines.lastIndex(where: { $0.contains("└") }) else {
            return XCTFail("no frame:\n\(t.snapshot())")
        }
        let left = TextWidth.of(String(lines[top].prefix { $0 == " " }))
        let right = 200 - TextWidth.of(lines[top].replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        XCTAssertLessThanOrEqual(abs(left - right), 1, lines[top])
        XCTAssertGreaterThan(top, 5, "vertically centred")
        XCTAssertGreaterThan(60 - bottom, 5, "vertically centred")
        let inside = lines[top...bottom].joined(separator: "\n")
        for role in KioskRole.all {
            XCTAssertTrue(inside.contains(role.title.ru), role.login)
            XCTAssertTrue(inside.contains(role.summary.ru), role.login)
        }
        XCTAssertTrue(inside.contains("РС НМС — региональная система"))
        // Every row of the frame keeps its right edge in the same column (Cyrillic is one cell wide).
        let edges = Set(lines[(top + 1)..<bottom].map { TextWidth.of($0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)) })
        XCTAssertEqual(edges.count, 1, "ragged right edge")
    }

    func testArrowsMoveTheChoiceAndTheScreenMarksIt() throws {
        let k = try kiosk()
        let t = try run(k, "<Down><Down><Down>", on: term())
        XCTAssertEqual(k.selectedRole, 3)
        XCTAssertEqual(k.mode, .start)
        XCTAssertTrue(t.line(12).contains("▸ 4  Методист ММС"), t.snapshot())
        try run(k, "<Up><Up><Up><Up>", on: t)
        XCTAssertEqual(k.selectedRole, 6, "wraps to the last role")
    }

    // MARK: roles

    func testADigitOpensThatRoleWithItsOwnTabs() throws {
        let k = try kiosk()
        let t = try run(k, "6", on: term(120, 40))
        XCTAssertEqual(k.mode, .role(5))
        let app = try XCTUnwrap(k.app)
        XCTAssertEqual(app.ctx.viewer.login, "coordinator")
        XCTAssertTrue(app.kiosk)
        // The same tabs as the coordinator gets outside the kiosk.
        let ctx = AppContext(store: k.store, viewer: try k.store.viewer(login: "coordinator"), language: .ru, theme: k.theme)
        XCTAssertEqual(app.views.map(\.id), ViewCatalog.views(for: ctx).map(\.id))
        XCTAssertTrue(t.line(0).contains(app.views[0].title.ru), t.line(0))
        XCTAssertTrue(t.line(39).contains("Esc"), "the status bar says how to go back: \(t.line(39))")
        XCTAssertFalse(t.line(39).contains("выход"), t.line(39))
        // The overview's key line offers the way back, not a quit that does nothing here.
        XCTAssertFalse(t.text().contains("q — выход"), t.text())
        XCTAssertTrue(t.text().contains("Esc — выбор роли"), t.text())
    }

    func testArrowsAndEnterOpenTheMethodistAndEscComesBack() throws {
        let k = try kiosk()
        let t = try run(k, "<Down><Down><Down><Enter>", on: term())
        XCTAssertEqual(k.mode, .role(3))
        XCTAssertEqual(k.app?.ctx.viewer.login, "methodist")
        try run(k, "<Esc>", on: t)
        XCTAssertEqual(k.mode, .start)
        XCTAssertNil(k.app)
        XCTAssertEqual(k.selectedRole, 3, "the choice is kept for the same visitor")
        try run(k, "2<F10>", on: t)
        XCTAssertEqual(k.mode, .start)
        XCTAssertTrue(t.snapshot().contains("Выберите, кем побыть"))
    }

    func testQAndCtrlCDoNotQuitAnywhere() throws {
        let k = try kiosk()
        let t = try run(k, "q<C-c>", on: term())
        XCTAssertFalse(k.finished)
        XCTAssertTrue(t.snapshot().contains("выхода нет"), t.snapshot())
        try run(k, "4q", on: t)
        XCTAssertFalse(k.finished)
        XCTAssertEqual(k.mode, .role(3))
        XCTAssertTrue(t.line(23).contains("выхода нет"), t.line(23))
        try run(k, "<C-c>", on: t)
        XCTAssertFalse(k.finished)
        XCTAssertEqual(k.mode, .role(3))
        XCTAssertFalse(k.app?.finished ?? true)
    }

    func testThePaletteOffersNeitherQuitNorExports() throws {
        let k = try kiosk()
        try run(k, "1", on: term())
        let app = try XCTUnwrap(k.app)
        let ids = app.paletteCommands.map(\.id)
        XCTAssertTrue(ids.contains("kiosk.home"), "\(ids)")
        XCTAssertFalse(ids.contains("app.quit"), "\(ids)")
        XCTAssertFalse(ids.contains { $0.lowercased().contains("export") }, "\(ids)")
        // Outside the kiosk the same teacher has both: the filter is the kiosk's.
        let plain = ViewCatalog.app(for: AppContext(store: app.ctx.store, viewer: app.ctx.viewer, language: .ru, theme: app.ctx.theme))
        XCTAssertTrue(plain.paletteCommands.map(\.id).contains("app.quit"))
    }

    func testTheRouteExportKeyWritesNoFileInTheKiosk() throws {
        let k = try kiosk()
        let t = try run(k, "1", on: term())
        let app = try XCTUnwrap(k.app)
        guard let route = app.views.firstIndex(where: { $0.bindings.contains { $0.action == "route.exportMarkdown" } }) else {
            throw XCTSkip("the teacher has no route tab")
        }
        app.switchTo(route)
        app.render(on: t)
        XCTAssertFalse(t.text().contains("экспорт"), "no export hint in the kiosk: \(t.text())")
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        try run(k, "e", on: t)
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        XCTAssertEqual(Set(after), Set(before))
        XCTAssertTrue(t.line(23).contains("выгрузка в файлы отключена"), t.line(23))
    }

    func testTheOperatorExitIsCtrlXThenCtrlCOnTheStartScreenOnly() throws {
        let k = try kiosk()
        let t = try run(k, "2<C-x><C-c>", on: term())
        XCTAssertFalse(k.finished, "not from a role")
        try run(k, "<Esc><C-x>j<C-c>", on: t)
        XCTAssertFalse(k.finished, "the two keys must come together")
        try run(k, "<C-x><C-c>", on: t)
        XCTAssertTrue(k.finished)
    }

    // MARK: idle

    func testIdleTimeoutReturnsToTheStartScreenAndAKeyPostponesIt() throws {
        let k = try kiosk(KioskSettings(idleSeconds: 3, attractAfterSeconds: 100))
        let t = try run(k, "<Down><Down><Enter>", ticks: 2, on: term())
        XCTAssertEqual(k.mode, .role(2))
        try run(k, "]", ticks: 2, on: t)   // a key starts the wait again
        XCTAssertEqual(k.mode, .role(2))
        try run(k, ticks: 1, on: t)
        XCTAssertEqual(k.mode, .start)
        XCTAssertEqual(k.selectedRole, 0, "the next visitor starts from the top")
        XCTAssertTrue(t.snapshot().contains("Выберите, кем побыть"), t.snapshot())
    }

    func testTheIdleResetRenewsTheDataForTheNextVisitorButEscDoesNot() throws {
        let k = try kiosk(KioskSettings(idleSeconds: 2, attractAfterSeconds: 100))
        var renewals = 0
        k.renewStore = { renewals += 1; return nil }
        let t = try run(k, "4<Esc>2", ticks: 1, on: term())
        XCTAssertEqual(renewals, 0, "the same visitor keeps their changes")
        try run(k, ticks: 1, on: t)
        XCTAssertEqual(k.mode, .start)
        XCTAssertEqual(renewals, 1)
        try run(k, ticks: 3, on: t)
        XCTAssertEqual(renewals, 1, "only a visitor's timeout renews the data")
    }

    func testAttractLoopAdvancesOnTicksAndTheFirstKeyOnlyStopsIt() throws {
        let k = try kiosk(KioskSettings(idleSeconds: 100, attractAfterSeconds: 2, attractStepSeconds: 3))
        let t = try run(k, ticks: 1, on: term())
        XCTAssertEqual(k.mode, .start)
        try run(k, ticks: 1, on: t)
        XCTAssertEqual(k.mode, .attract)
        XCTAssertEqual(k.app?.ctx.viewer.login, "teacher")
        XCTAssertTrue(t.line(23).contains("Нажмите любую клавишу, чтобы начать"), t.line(23))
        XCTAssertTrue(t.line(23).contains("Педагог"), t.line(23))
        let firstTab = try XCTUnwrap(k.app?.active)
        try run(k, ticks: 2, on: t)
        XCTAssertEqual(k.app?.active, firstTab, "not before the step is over")
        try run(k, ticks: 1, on: t)
        XCTAssertNotEqual(k.app?.active, firstTab, "the next tab of the same role")
        XCTAssertEqual(k.app?.ctx.viewer.login, "teacher")
        try run(k, ticks: 3, on: t)
        XCTAssertEqual(k.app?.ctx.viewer.login, "tutor", "then the next role")
        XCTAssertTrue(t.line(23).contains("Тьютор"), t.line(23))
        // The first key wakes the kiosk up: the start screen, and «5» does not open a role.
        try run(k, "5", on: t)
        XCTAssertEqual(k.mode, .start)
        XCTAssertNil(k.app)
        XCTAssertEqual(k.selectedRole, 0)
        XCTAssertTrue(t.snapshot().contains("Выберите, кем побыть"))
        try run(k, "5", on: t)
        XCTAssertEqual(k.mode, .role(4))
    }

    func testEnglishStartScreen() throws {
        let t = try run(try kiosk(language: .en), on: term())
        let s = t.snapshot()
        XCTAssertTrue(s.contains("Choose who to be in the demo region:"), s)
        XCTAssertTrue(s.contains("7  Administrator"), s)
        XCTAssertFalse(s.contains("Выберите"), s)
    }
}
