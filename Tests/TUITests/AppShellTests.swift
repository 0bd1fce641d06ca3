import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The app as a whole on the in-memory terminal: tabs by role, help,
/// palette, resize, filters, and data text drawn harmlessly.
final class AppShellTests: XCTestCase {
    var f: AppFixture!
    override func setUpWithError() throws { f = try AppFixture() }
    override func tearDown() { f = nil }

    func testTheTeacherGetsOnlyTheTabsTheirRoleAllows() throws {
        let t = try f.screen("elkina", "")
        // Issue 4: a teacher's own tabs follow «Обзор» (their requests are «Мои запросы»).
        assertScreenLine(t, 0, " 1 Обзор   2 Мой маршрут   3 Диагностика   4 Мои запросы")
        XCTAssertFalse(t.text().contains("Работники"))
    }

    func testCoordinatorOverviewAt80x24() throws {
        let t = try f.screen("coord", "")
        assertScreen(t, """
         1 Обзор   2 Рабо…   3 Запр…   4 РМА   5 Пока…   6 Наст…   7 Ката…   8 Журн…

          Здравствуйте, Смирнов Пётр Алексеевич
          МАОУ «Лицей № 31» · Челябинский ГО
          Роли: координатор

          Ваши вкладки
            2 Работники      — кого вы видите по должности; / — фильтр по фамилии
            3 Запросы        — запросы на адресную помощь; / — поиск по тексту
            4 РМА            — дорожная карта, отбор в РМА, направления, мониторинг
            5 Показатели     — показатели; Enter — вглубь до школы и человека
            6 Наставничество — пары наставник – молодой педагог; n — назначить
            7 Каталоги       — программы ДПП, площадки, практики, мероприятия
            8 Журнал         — кто, что и когда менял; p — по человеку, d — по датам

          ? — все клавиши экрана   : — найти действие по названию   q — выход







         Смирнов Пётр Алексеевич · координатор │ Обзор     ? помощь  : команды  q выход
        """)
    }

    func testPeopleListShowsCyrillicCJKEmojiAndEscapesHarmlessly() throws {
        let t = try f.screen("coord", "2", size: Size(width: 100, height: 24))
        let text = t.text()
        XCTAssertTrue(text.contains("Ёлкина Анна Петровна ★"), "young teacher marked:\n\(text)")
        XCTAssertTrue(text.contains("李小龍 Ли 😀"), text)
        XCTAssertTrue(text.contains("Злоумышленник ␛[31mКрасный␛[0m"), text)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "no raw ESC or bidi override reaches the screen")
        // Every row is exactly the width of the screen: wide characters are counted right.
        for y in 0..<t.size.height { XCTAssertEqual(TextWidth.of(t.line(y)), 100, "row \(y): \(t.line(y))") }
    }

    func testFilterByCyrillicPrefixWithYo() throws {
        for typed in ["ёлк", "ЕЛК", "Елкина"] {
            let t = try f.screen("coord", "2/\(typed)", size: Size(width: 100, height: 24))
            let rows = t.snapshot().split(separator: "\n").filter { $0.contains("МАОУ") }
            XCTAssertEqual(rows.count, 1, "\(typed):\n\(t.snapshot())")
            XCTAssertTrue(rows.first?.contains("Ёлкина") ?? false)
            XCTAssertTrue(t.text().contains("Фильтр: \(typed)"))
        }
        // Esc clears the filter: everyone is back.
        let cleared = try f.screen("coord", "2/ёлк<Esc>", size: Size(width: 100, height: 24))
        XCTAssertTrue(cleared.text().contains("Иванов Иван Иванович"))
        XCTAssertFalse(cleared.text().contains("Фильтр:"))
    }

    func testHelpIsGeneratedFromTheViewsBindings() throws {
        let t = try f.screen("coord", "2?", size: Size(width: 100, height: 40))
        let text = t.text()
        XCTAssertTrue(text.contains("Клавиши: Работники"), text)
        XCTAssertTrue(text.contains("Фильтр по фамилии или поиск по словам"))
        XCTAssertTrue(text.contains("Выйти из программы"))
        let closed = try f.screen("coord", "2?<Esc>", size: Size(width: 100, height: 40))
        XCTAssertFalse(closed.text().contains("Клавиши:"))
    }

    func testPaletteFindsATabByARussianWordAndOpensIt() throws {
        let t = try f.screen("coord", ":запрос<Enter>", size: Size(width: 100, height: 24))
        XCTAssertTrue(t.line(0).contains("3 Запросы"))
        XCTAssertTrue(t.text().contains("Кто просит"), t.snapshot())
        XCTAssertTrue(t.text().contains("Помогите составить ИОМ"))
    }

    func testPaletteQuitEndsTheApp() throws {
        let app = try f.app("coord")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse(":выход<Enter>"))
        XCTAssertTrue(app.finished)
    }

    func testRequestsShowOverdueAndOpenADetail() throws {
        // The overdue request comes first (higher priority); move off it so its row is not the selection.
        let t = try f.screen("coord", "3j", size: Size(width: 120, height: 24))
        XCTAssertTrue(t.text().contains("01.03.2024"), t.snapshot())
        // The overdue due date is drawn in the danger role.
        let row = (0..<t.size.height).first { t.line($0).contains("01.03.2024") } ?? -1
        let x = t.line(row).distance(from: t.line(row).startIndex, to: t.line(row).range(of: "01.03.2024")!.lowerBound)
        XCTAssertEqual(t.style(x: x, y: row), ThemeLoader.defaultTheme.style(.danger))
        let detail = try f.screen("coord", "3<Enter>", size: Size(width: 120, height: 24))
        XCTAssertTrue(detail.text().contains("Запрос №"), detail.snapshot())
        XCTAssertTrue(detail.text().contains("Исполнитель: Иванов Иван Иванович"))
    }

    func testResizeBelowMinimumAndBackNeverCrashes() throws {
        for size in [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 30, height: 8), Size(width: 79, height: 24)] {
            let app = try f.app("coord")
            let t = Headless.run(app, size: Size(width: 80, height: 24), events: [.key(.char("2")), .resize(size), .key(.down)]).terminal
            if size.width >= 30 { XCTAssertTrue(t.text().contains("Увелич"), t.snapshot()) }
            XCTAssertFalse(app.finished)
        }
        let back = try f.screen("coord", "2<Resize:30x8><Resize:80x24>")
        XCTAssertTrue(back.line(0).contains("2 Работники"))
        XCTAssertTrue(back.text().contains("ФИО"))
    }

    func testEnglishInterface() throws {
        let t = try f.screen("coord", "", size: Size(width: 160, height: 40), language: .en)
        XCTAssertTrue(t.line(0).contains("1 Overview   2 People   3 Requests   4 RMA   5 Indicators"), t.line(0))
        XCTAssertTrue(t.text().contains("Hello, Смирнов Пётр Алексеевич"))
    }

    func testAnotherProcessesChangeIsNoticedOnTheTick() throws {
        let app = try f.app("coord")
        let terminal = MemoryTerminal(size: Size(width: 100, height: 24))
        _ = app.handle(.key(.char("2")))
        app.render(on: terminal)
        XCTAssertFalse(terminal.text().contains("Новикова"))
        let other = try SQLiteStore(path: f.store.path)
        try other.loadPerson(Person(id: 0, login: "n", fullName: "Абрамова Новикова", organizationID: 1, position: "", roles: [.teacher]))
        XCTAssertTrue(app.handle(.tick), "a tick after another process's commit redraws")
        app.render(on: terminal)
        XCTAssertTrue(terminal.text().contains("Абрамова Новикова"), terminal.snapshot())
        XCTAssertFalse(app.handle(.tick), "an idle tick with nothing new draws nothing")
    }

    func testQuitKeyFinishesAndHangupToo() throws {
        let a = try f.app("coord")
        _ = a.handle(.key(.char("q")))
        XCTAssertTrue(a.finished)
        let b = try f.app("coord")
        _ = b.handle(.hangup)
        XCTAssertTrue(b.finished)
    }

    func testEscThenQuicklyQIsEscapeThenQuit() throws {
        // A terminal delivers a fast Esc + q as Alt+q.
        let app = try f.app("coord")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: [.key(.char("2")), .key(.enter), .key(.alt(.char("q")))])
        XCTAssertTrue(app.finished, "the card closed on Esc and q quit")
    }

    func testTypingQInTheFilterDoesNotQuit() throws {
        let app = try f.app("coord")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("2/q"))
        XCTAssertFalse(app.finished)
    }

    func testWithoutColoursTheSelectionIsStillVisible() throws {
        let app = try f.app("coord", colors: false)
        let t = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("2")).terminal
        let selectedRow = (1..<t.size.height).first { y in (0..<80).contains { t.style(x: $0, y: y)?.reverse == true } }
        XCTAssertNotNil(selectedRow, "the selected row is shown in reverse video without colours")
        for y in 0..<t.size.height {
            for x in 0..<80 { XCTAssertEqual(t.style(x: x, y: y)?.foreground ?? .default, .default) }
        }
    }
}
