import Domain
import XCTest
@testable import Storage
@testable import TUI

/// «Журнал»: who changed what and when, for coordinators and administrators,
/// at 80x24 and 200x60, with its filters by keys alone.
final class AuditViewTests: XCTestCase {
    var f: AppFixture!
    /// Noon on 14 March 2024, local time: the first entry; then one an hour.
    var start: Int64 = 0

    override func setUpWithError() throws {
        f = try AppFixture()
        start = SQLiteStore.startOfDay(Day(year: 2024, month: 3, day: 14)!) + 12 * 3600
        let coord = try f.store.viewer(login: "coord"), ivanov = try f.store.viewer(login: "ivanov")
        let entries: [(Viewer?, String, Int64?, String, String, String)] = [
            (nil, "demo", nil, "demo", "", "демо-регион построен"),
            (coord, "request", 1, "update", "status=new; priority=1", "status=assigned; priority=1"),
            (ivanov, "step", 7, "edit", "Курс; 2024-03-01–2024-04-01; 36 ч", "Курс; 2024-03-05–2024-04-05; 36 ч"),
            (coord, "request", 2, "comment", "", "Позвоните в школу\nвторая строка"),
            (ivanov, "request", 1, "update", "priority=1", "priority=2"),
        ]
        try f.store.db.write {
            for (i, e) in entries.enumerated() {
                let at = start + Int64(i) * 3600
                f.store.clock = { at }
                try f.store.audit(e.0, entity: e.1, id: e.2, action: e.3, before: e.4, after: e.5)
            }
        }
    }
    override func tearDown() { f = nil }

    /// The rows between the tab bar and the status bar (the status bar names the viewer).
    func body(_ t: MemoryTerminal) -> String { (1..<(t.size.height - 1)).map { t.line($0) }.joined(separator: "\n") }

    func when(_ i: Int, short: Bool = true) -> String { AuditText.when(start + Int64(i) * 3600, shortYear: short) }

    /// The app of `login` on its «Журнал» tab, after `keys`.
    func audit(_ login: String = "coord", _ keys: String = "", size: Size = Size(width: 80, height: 24)) throws -> MemoryTerminal {
        let app = try f.app(login)
        let index = try XCTUnwrap(app.views.firstIndex { $0 is AuditView })
        app.switchTo(index)
        return Headless.run(app, size: size, events: try KeySyntax.parse(keys)).terminal
    }

    func testOnlyCoordinatorsAndAdministratorsGetTheTab() throws {
        XCTAssertTrue(try f.app("coord").views.contains { $0 is AuditView })
        XCTAssertFalse(try f.app("elkina").views.contains { $0 is AuditView })
        XCTAssertFalse(try f.app("ivanov").views.contains { $0 is AuditView }, "a tutor does not")
    }

    func testTheLogAt80x24NewestFirst() throws {
        let t = try audit()
        XCTAssertTrue(t.line(0).contains("Журнал"), t.snapshot())
        assertScreenLine(t, 1, "Когда          Кто            Объект           Действие    Изменение")
        assertScreenLine(t, 2, when(4) + " Иванов Иван И… Запрос №1        изменение   приоритет: 1 → 2")
        XCTAssertTrue(t.line(3).contains("Запрос №2") && t.line(3).contains("комментарий") && t.line(3).contains("Позвоните в школу в"),
                      t.snapshot())
        XCTAssertTrue(t.line(4).contains("Шаг №7") && t.line(4).contains("Курс; 2024-03-01"), t.snapshot())
        XCTAssertTrue(t.line(5).contains("Смирнов Пётр") && t.line(5).contains("статус: новый → назн"), t.snapshot())
        XCTAssertTrue(t.line(6).contains("system") && t.line(6).contains("Демо-регион"), t.snapshot())
        for y in 0..<24 { XCTAssertLessThanOrEqual(TextWidth.of(t.line(y)), 80) }
    }

    func testTheWideScreenShowsTheSelectedEntryBesideTheList() throws {
        let t = try audit("coord", "j", size: Size(width: 200, height: 60))
        let text = t.text()
        XCTAssertTrue(text.contains("Кто: Смирнов Пётр Алексеевич (coord)"), t.snapshot())
        XCTAssertTrue(text.contains("Стало:"), t.snapshot())
        XCTAssertTrue(text.contains("  Позвоните в школу"), t.snapshot())
        XCTAssertTrue(text.contains("  вторая строка"), "line breaks kept in the panel")
        XCTAssertTrue(t.line(2).contains(when(4, short: false)) && t.line(2).contains("Иванов Иван Иванович"), t.snapshot())
        for y in 0..<60 { XCTAssertLessThanOrEqual(TextWidth.of(t.line(y)), 200) }
    }

    func testEnterShowsTheWholeBeforeAndAfter() throws {
        let t = try audit("coord", "jj<Enter>")
        let text = t.text()
        XCTAssertTrue(text.contains("Запись журнала"), t.snapshot())
        XCTAssertTrue(text.contains("Было:") && text.contains("2024-03-01–2024-04-01"), t.snapshot())
        XCTAssertTrue(text.contains("Стало:") && text.contains("2024-03-05–2024-04-05"), t.snapshot())
        let closed = try audit("coord", "jj<Enter><Esc>")
        XCTAssertFalse(closed.text().contains("Запись журнала"))
    }

    func testFiltersByPersonObjectKindDatesAndText() throws {
        // p on Иванов's newest entry: only Иванов's.
        let person = try audit("coord", "p")
        XCTAssertTrue(person.line(1).contains("Отбор: кто: Иванов Иван Иванович"), person.snapshot())
        XCTAssertTrue(person.line(3).contains("Иванов") && person.line(4).contains("Иванов"), person.snapshot())
        XCTAssertFalse(body(person).contains("Смирнов Пётр"), person.snapshot())
        // o on «Запрос №1»: both of its entries, from both people.
        let object = try audit("coord", "o")
        XCTAssertTrue(object.line(1).contains("Запрос №1"), object.snapshot())
        XCTAssertTrue(object.text().contains("статус: новый → назн") && !object.text().contains("Позвоните"), object.snapshot())
        // t: every request.
        let kind = try audit("coord", "t")
        XCTAssertTrue(kind.text().contains("Позвоните") && !kind.text().contains("Шаг №7"), kind.snapshot())
        // x clears.
        let cleared = try audit("coord", "px")
        XCTAssertTrue(body(cleared).contains("Смирнов Пётр") && !cleared.text().contains("Отбор:"), cleared.snapshot())
        // A date range that ends before the entries: nothing; typed as ДД.ММ.ГГГГ.
        let dates = try audit("coord", "d01.03.2024<Tab>13.03.2024<C-s>")
        XCTAssertTrue(dates.text().contains("01.03.2024–13.03.2024"), dates.snapshot())
        XCTAssertTrue(dates.text().contains("Записей с таким отбором нет — x сбросить"), dates.snapshot())
        // The text search.
        let search = try audit("coord", "/школу<Enter>")
        XCTAssertTrue(search.text().contains("Запрос №2") && !search.text().contains("Запрос №1 "), search.snapshot())
    }

    func testTheSystemsEntryCannotBeFilteredByPerson() throws {
        let t = try audit("coord", "Gp")
        XCTAssertTrue(t.line(23).contains("программа"), t.snapshot())
    }
}
