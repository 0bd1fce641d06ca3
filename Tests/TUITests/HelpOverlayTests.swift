import XCTest
import Domain
@testable import TUI

final class HelpOverlayTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let bindings: [KeyBinding] = [
        KeyBinding("assign", keys: [.char("a")], label: Phrase("назначить исполнителя", "assign an executor"),
                   group: Phrase("Заявки", "Requests")),
        KeyBinding("status", keys: [.char("s")], label: Phrase("изменить статус", "change the status"), group: Phrase("Заявки", "Requests")),
        KeyBinding("save", keys: [.ctrl("s")], label: Phrase("сохранить", "save"), group: KeyBinding.Groups.general),
    ] + TableView<ArraySource<Int, Int>>.keyBindings(allowsMarks: true) + [
        KeyBinding("due", keys: [.char("d")], label: Phrase("срок", "due date"), group: Phrase("Заявки", "Requests")),
        KeyBinding("quit", keys: [.char("q"), .function(10)], label: Phrase("выйти", "quit"), group: KeyBinding.Groups.general),
    ]

    func testGeneratedFromBindingsGroupedInOrder() {
        let h = HelpOverlay(title: "Клавиши: Заявки", bindings: HelpOverlayTests.bindings, language: .ru)
        XCTAssertEqual(h.lines.prefix(6), [
            .heading("Заявки"),
            .binding(keys: "a", label: "назначить исполнителя"),
            .binding(keys: "s", label: "изменить статус"),
            .binding(keys: "d", label: "срок"),
            .blank,
            .heading("Общие"),
        ])
        XCTAssertTrue(h.lines.contains(.binding(keys: "q F10", label: "выйти")))
        XCTAssertTrue(h.lines.contains(.binding(keys: "Space", label: "отметить строку")))
        XCTAssertEqual(KeyBinding.action(for: .function(10), in: HelpOverlayTests.bindings), "quit")
        XCTAssertNil(KeyBinding.action(for: .char("z"), in: HelpOverlayTests.bindings))
    }

    func testSnapshot80x24() {
        var h = HelpOverlay(title: "Клавиши: Заявки", bindings: HelpOverlayTests.bindings, language: .ru)
        let (t, p) = WidgetTest.screen(80, 24)
        h.render(into: p)
        assertScreen(t, """

                                ┌─ Клавиши: Заявки ────────────────────┐
                                │ Заявки                               │
                                │ a            назначить исполнителя   │
                                │ s            изменить статус         │
                                │ d            срок                    │
                                │                                      │
                                │ Общие                                │
                                │ Ctrl+S       сохранить               │
                                │ q F10        выйти                   │
                                │                                      │
                                │ Навигация                            │
                                │ ↑ k Ctrl+P   строка вверх            │
                                │ ↓ j Ctrl+N   строка вниз             │
                                │ PgUp Ctrl+B  страница вверх          │
                                │ PgDn Ctrl+F  страница вниз           │
                                │ Ctrl+U       полстраницы вверх       │
                                │ Ctrl+D       полстраницы вниз        │
                                │ Home g       в начало                │
                                │ End G        в конец                 │
                                │ Enter        открыть                 │
                                │ > <          сменить сортировку      │
                                └───────────────────────── 1–20 из 21 ─┘
            """)
        XCTAssertNil(t.cursor)
    }

    func testScrollsWhenLongAndCloses() {
        var h = HelpOverlay(title: "Keys", bindings: HelpOverlayTests.bindings, language: .en)
        var (t, p) = WidgetTest.screen(80, 10)
        h.render(into: p)
        assertScreen(t, """

                                ┌─ Keys ───────────────────────────────┐
                                │ Requests                             │
                                │ a            assign an executor      │
                                │ s            change the status       │
                                │ d            due date                │
                                │                                      │
                                │ General                              │
                                └────────────────────────── 1–6 of 21 ─┘
            """)
        _ = h.handle(.key(.pageDown))
        (t, p) = WidgetTest.screen(80, 10)
        h.render(into: p)
        assertScreen(t, """

                                ┌─ Keys ───────────────────────────────┐
                                │ General                              │
                                │ Ctrl+S       save                    │
                                │ q F10        quit                    │
                                │                                      │
                                │ Navigation                           │
                                │ ↑ k Ctrl+P   row up                  │
                                └───────────────────────── 6–11 of 21 ─┘
            """)
        _ = h.handle(.key(.end))
        _ = h.handle(.key(.down))
        let atEnd = h.scroll
        _ = h.handle(.key(.down))
        XCTAssertEqual(h.scroll, atEnd, "stops at the end")
        _ = h.handle(.key(.char("g")))
        XCTAssertEqual(h.scroll, 0)
        for k: Key in [.escape, .char("?"), .char("q")] {
            XCTAssertEqual(h.handle(.key(k)), .closed)
        }
        XCTAssertEqual(h.handle(.key(.char("x"))), .handled, "a modal keeps every key")
    }

    func testWide() {
        var h = HelpOverlay(title: "Keys", bindings: HelpOverlayTests.bindings, language: .en)
        let (t, p) = WidgetTest.screen(200, 60)
        h.render(into: p)
        XCTAssertTrue(t.snapshot().contains("│ Requests"))
        XCTAssertFalse(t.snapshot().contains(" of "), "no scroll position when it all fits")
    }
}
