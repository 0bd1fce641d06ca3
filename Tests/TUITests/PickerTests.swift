import XCTest
import Domain
@testable import TUI

final class PickerTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let people: [PickerItem] = [
        PickerItem(id: "p1", title: "Соколова Мария Ивановна", detail: "3 в работе"),
        PickerItem(id: "p2", title: "Петрова Анна Сергеевна", detail: "12 в работе"),
        PickerItem(id: "p3", title: "Артёмов Пётр Андреевич", detail: "0 в работе"),
        PickerItem(id: "p4", title: "Петров Иван Ильич", detail: "7 в работе"),
        PickerItem(id: "p5", title: "王小明 😀", detail: "1 в работе"),
        PickerItem(id: "p6", title: "\u{1B}[31mEvil", detail: nil),
    ]

    func filtered(_ q: String) -> [String] {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, language: .ru)
        for ev in typing(q) { _ = p.handle(ev) }
        return p.visibleItems.map(\.item.id)
    }

    func testFilterByWordPrefixAndSubstringKeepingOrder() {
        XCTAssertEqual(filtered("петр"), ["p2", "p3", "p4"], "the caller's order, not a score order")
        XCTAssertEqual(filtered("петр ан"), ["p2", "p3", "p4"], "ан: a word beginning or a piece (Иван)")
        XCTAssertEqual(filtered("петр анн"), ["p2"])
        XCTAssertEqual(filtered("ПЕТРОВА"), ["p2", "p4"], "another ending of the same stem (Петров)")
        XCTAssertEqual(filtered("артем"), ["p3"], "ё = е")
        XCTAssertEqual(filtered("ьич"), ["p4"], "a piece inside a word")
        XCTAssertEqual(filtered("пвн"), [], "no scattered letters in a picker")
        XCTAssertEqual(filtered("王"), ["p5"])
    }

    func testKeys() {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, selectedID: "p3", language: .ru)
        XCTAssertEqual(p.selectedItem?.id, "p3", "opens on the current value")
        XCTAssertEqual(p.handle(.key(.up)), .handled)
        XCTAssertEqual(p.handle(.key(.enter)), .picked("p2"))
        for ev in typing("иван") { _ = p.handle(ev) }
        XCTAssertEqual(p.visibleItems.map(\.item.id), ["p1", "p4"])
        _ = p.handle(.key(.down))
        XCTAssertEqual(p.handle(.key(.enter)), .picked("p4"))
        XCTAssertEqual(p.handle(.key(.escape)), .cancelled)
    }

    func testSnapshots() {
        var p = Picker(title: "Исполнитель", items: PickerTests.people, language: .ru)
        var (t, painter) = WidgetTest.screen(80, 24)
        p.render(into: painter)
        assertScreen(t, """







                               ┌─ Исполнитель ─────────────────────────┐
                               │ ›                                     │
                               ├───────────────────────────────────────┤
                               │ Соколова Мария Ивановна    3 в работе │
                               │ Петрова Анна Сергеевна    12 в работе │
                               │ Артёмов Пётр Андреевич     0 в работе │
                               │ Петров Иван Ильич          7 в работе │
                               │ 王小明 😀                  1 в работе │
                               │ ␛[31mEvil                             │
                               └────────────────────────────── 6 из 6 ─┘
            """)
        (t, painter) = WidgetTest.screen(200, 60)
        for ev in typing("петр") { _ = p.handle(ev) }
        p.render(into: painter)
        XCTAssertTrue(t.line(26).contains("│ › петр"), t.line(26))
        XCTAssertTrue(t.line(28).contains("│ Петрова Анна Сергеевна"), t.line(28))
        XCTAssertTrue(t.line(30).contains("│ Петров Иван Ильич"), t.line(30))
        XCTAssertTrue(t.line(34).contains("3 из 6"), t.line(34))
        XCTAssertEqual(WidgetTest.role(t, x: 89, y: 29), .highlight, "the matched letters of Пётр")
    }
}
