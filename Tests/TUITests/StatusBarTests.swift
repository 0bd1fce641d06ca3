import XCTest
import Domain
@testable import TUI

final class StatusBarTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func bar(_ language: Language = .ru) -> StatusBar {
        StatusBar(who: "Иванова А. П. · методист", view: "Заявки", counts: "124 из 1 000 000 · отмечено 3",
                  hints: StatusBar.defaultHints(language))
    }

    func render(_ b: StatusBar, width: Int) -> MemoryTerminal {
        let (t, p) = WidgetTest.screen(width, 2)
        b.render(into: p.sub(Rect(x: 0, y: 1, width: width, height: 1)))
        return t
    }

    func testSnapshot80() {
        let t = render(bar(), width: 80)
        assertScreen(t, """

             Иванова А. П. · методист │ Заявки │ 124 из 1 000 000 · отмечено 3     ? помощь
            """)
        XCTAssertEqual(WidgetTest.role(t, x: 1, y: 1), .statusBar)
    }

    func testSnapshotWideEnglish() {
        let t = render(bar(.en), width: 160)
        assertScreen(t, """

             Иванова А. П. · методист │ Заявки │ 124 из 1 000 000 · отмечено 3                                                                   ? help  : commands  q quit
            """)
        let line = Array(t.line(1))
        XCTAssertEqual(WidgetTest.role(t, x: line.firstIndex(of: "?") ?? 0, y: 1), .statusKey)
        XCTAssertEqual(line.last, " ", "a space before the right edge")
    }

    func testHintsGiveWayFirstThenTheLeftIsCut() {
        let t = render(bar(), width: 50)
        assertScreen(t, """

             Иванова А. П. · методист │ Заявки │ 1…  ? помощь
            """)
        let tiny = render(bar(), width: 12)
        assertScreen(tiny, """

             Иванова А.…
            """)
        for w in 0...8 { _ = render(bar(), width: w) }
    }

    func testMessagesTakeTheLeftAndExpireAfterTicks() {
        var b = bar()
        b.show("Конфликт: запись изменена другим пользователем \u{1B}[2J", kind: .error, ticks: 2)
        var t = render(b, width: 80)
        assertScreen(t, """

             Конфликт: запись изменена другим пользователем ␛[2J        ? помощь  : команды
            """)
        XCTAssertEqual(WidgetTest.role(t, x: 2, y: 1), .danger)
        XCTAssertFalse(b.tick())
        XCTAssertNotNil(b.message)
        XCTAssertTrue(b.tick(), "gone after two ticks")
        XCTAssertNil(b.message)
        t = render(b, width: 80)
        XCTAssertTrue(t.line(1).contains("Иванова"))
        b.show("Сохранено")
        XCTAssertEqual(b.message?.kind, .info)
        XCTAssertEqual(b.message?.remainingTicks, 4)
        b.show("Проверьте дату", kind: .warning)
        XCTAssertEqual(b.message?.remainingTicks, 8, "warnings and errors stay longer")
        t = render(b, width: 80)
        XCTAssertEqual(WidgetTest.role(t, x: 2, y: 1), .warning)
        var empty = StatusBar()
        XCTAssertFalse(empty.tick(), "no message: nothing to redraw")
    }
}
