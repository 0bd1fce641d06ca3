import XCTest
import Domain
@testable import TUI

final class TabBarTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let titles = ["Мой маршрут", "Подопечные", "Заявки", "Доска РМА", "Отбор РМА", "Показатели", "Каталоги", "Люди и организации"]

    func render(_ bar: inout TabBar, width: Int) -> MemoryTerminal {
        let (t, p) = WidgetTest.screen(width, 3)
        bar.render(into: p)
        return t
    }

    func testFitsWhenThereIsRoom() {
        var bar = TabBar(titles: ["Маршрут", "Запросы", "中文 😀"], active: 1)
        let t = render(&bar, width: 80)
        assertScreen(t, " 1 Маршрут   2 Запросы   3 中文 😀")
        XCTAssertEqual(WidgetTest.role(t, x: 12, y: 0), .tabActive)
        XCTAssertEqual(WidgetTest.role(t, x: 2, y: 0), .tabInactive)
        XCTAssertEqual(WidgetTest.role(t, x: 79, y: 0), .tabInactive, "the row is filled")
    }

    func testShortensInactiveTitlesEvenlyAt80() {
        var bar = TabBar(titles: TabBarTests.titles, active: 2)
        let t = render(&bar, width: 80)
        assertScreen(t, """
             1 Мой …   2 Подо…   3 Заявки   4 Доск…   5 Отбо…   6 Пока…   7 Ката…   8 Люди…
            """)
        XCTAssertLessThanOrEqual(TextWidth.of(t.line(0)), 80)
        XCTAssertTrue(t.line(0).contains(" 3 Заявки "), "the active title stays whole")
        for n in 1...8 { XCTAssertTrue(t.line(0).contains(" \(n) "), "number \(n) always shows") }
    }

    func testNumbersOnlyWhenVeryNarrowAndTheActiveCutLast() {
        var bar = TabBar(titles: TabBarTests.titles, active: 7)
        var t = render(&bar, width: 50)
        assertScreen(t, """
             1   2   3   4   5   6   7   8 Люди и организации
            """)
        t = render(&bar, width: 30)
        assertScreen(t, """
            1 2 3 4 5 6 7  8 Люди и орга…
            """)
        for w in 0...20 { _ = render(&bar, width: w) }   // never crashes
    }

    func testWideScreenShowsEverything() {
        var bar = TabBar(titles: TabBarTests.titles + ["\u{1B}[31mEvil"], active: 0)
        let t = render(&bar, width: 160)
        assertScreen(t, " 1 Мой маршрут   2 Подопечные   3 Заявки   4 Доска РМА   5 Отбор РМА   6 Показатели   7 Каталоги   8 Люди и организации   9 ␛[31mEvil")
    }

    func testNumberKeysAndClicks() {
        var bar = TabBar(titles: ["А", "Б", "В"])
        XCTAssertEqual(bar.handle(.key(.char("3"))), .switched(2))
        XCTAssertEqual(bar.active, 2)
        XCTAssertEqual(bar.handle(.key(.char("4"))), .ignored, "no 4th tab")
        XCTAssertEqual(bar.handle(.key(.char("0"))), .ignored)
        XCTAssertEqual(bar.handle(.key(.char("٣"))), .ignored, "only ASCII digits")
        XCTAssertEqual(bar.handle(.key(.char("x"))), .ignored)
        _ = render(&bar, width: 80)
        XCTAssertEqual(bar.handle(.mouse(MouseEvent(x: 7, y: 0, button: .left))), .switched(1))
        XCTAssertEqual(bar.handle(.mouse(MouseEvent(x: 7, y: 1, button: .left))), .ignored)
    }
}
