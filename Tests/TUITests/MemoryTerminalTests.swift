import XCTest
@testable import TUI

final class MemoryTerminalTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        LocaleSetup.ensureUTF8()
    }

    func testBlankScreen() {
        let t = MemoryTerminal(size: Size(width: 4, height: 2))
        XCTAssertEqual(t.text(), "    \n    ")
        XCTAssertEqual(t.snapshot(), "\n")
        assertScreen(t, "")
    }

    func testPutCyrillic() {
        let t = MemoryTerminal(size: Size(width: 12, height: 2))
        t.put("Привет", x: 1, y: 0, style: .plain)
        t.put("мир", x: 3, y: 1, style: Style(bold: true))
        assertScreen(t, """
             Привет
               мир
            """)
        XCTAssertEqual(t.cells[0][1].text, "П")
        XCTAssertEqual(t.cells[0][6].text, "т")
        XCTAssertEqual(t.style(x: 3, y: 1)?.bold, true)
        XCTAssertEqual(t.style(x: 2, y: 1)?.bold, false)
        XCTAssertNil(t.style(x: 12, y: 0))
    }

    func testPutCJKTakesTwoCells() {
        let t = MemoryTerminal(size: Size(width: 6, height: 1))
        t.put("日本", x: 0, y: 0, style: .plain)
        XCTAssertEqual(t.cells[0].map(\.text), ["日", "", "本", "", " ", " "])
        XCTAssertEqual(t.line(0), "日本  ")
        t.put("x", x: 4, y: 0, style: .plain)
        assertScreen(t, "日本x")
    }

    func testOverwritingRightHalfOfWideCharBlanksLeftHalf() {
        let t = MemoryTerminal(size: Size(width: 6, height: 1))
        t.put("日本", x: 0, y: 0, style: .plain)
        t.put("x", x: 1, y: 0, style: .plain)
        XCTAssertEqual(t.cells[0].map(\.text), [" ", "x", "本", "", " ", " "])
        assertScreen(t, " x本")
    }

    func testOverwritingLeftHalfOfWideCharBlanksRightHalf() {
        let t = MemoryTerminal(size: Size(width: 6, height: 1))
        t.put("日本", x: 0, y: 0, style: .plain)
        t.put("y", x: 2, y: 0, style: .plain)
        XCTAssertEqual(t.cells[0].map(\.text), ["日", "", "y", " ", " ", " "])
        assertScreen(t, "日y")
    }

    func testWideOverWideShifted() {
        let t = MemoryTerminal(size: Size(width: 6, height: 1))
        t.put("日本", x: 0, y: 0, style: .plain)
        t.put("語", x: 1, y: 0, style: .plain)  // covers the right half of 日 and the left half of 本
        XCTAssertEqual(t.cells[0].map(\.text), [" ", "語", "", " ", " ", " "])
    }

    func testClippingAtTheRightEdge() {
        let t = MemoryTerminal(size: Size(width: 5, height: 2))
        t.put("abcdef", x: 3, y: 0, style: .plain)
        t.put("a日", x: 3, y: 1, style: .plain)  // 日 would need columns 4 and 5: left out whole
        assertScreen(t, """
               ab
               a
            """)
        XCTAssertEqual(t.line(1), "   a ")
    }

    func testClippingOutsideTheScreen() {
        let t = MemoryTerminal(size: Size(width: 5, height: 2))
        t.put("abc", x: -1, y: 0, style: .plain)
        t.put("hidden", x: 0, y: 2, style: .plain)
        t.put("hidden", x: 0, y: -1, style: .plain)
        t.put("far", x: 9, y: 1, style: .plain)
        assertScreen(t, "bc")
    }

    func testCombiningMarkJoinsPreviousCell() {
        let t = MemoryTerminal(size: Size(width: 6, height: 1))
        t.put("за\u{0301}мок", x: 0, y: 0, style: .plain)
        XCTAssertEqual(t.cells[0][1].text, "а\u{0301}")
        assertScreen(t, "за\u{0301}мок")
    }

    func testBeginFrameClearsAndCursor() {
        let t = MemoryTerminal(size: Size(width: 5, height: 1))
        t.put("abc", x: 0, y: 0, style: .plain)
        t.setCursor(x: 2, y: 0)
        XCTAssertEqual(t.cursor?.x, 2)
        t.present()
        XCTAssertEqual(t.framesPresented, 1)
        t.beginFrame()
        assertScreen(t, "")
        XCTAssertNil(t.cursor)
    }

    func testResizeQueuesEventAndBlanks() {
        let t = MemoryTerminal(size: Size(width: 5, height: 1))
        t.put("abc", x: 0, y: 0, style: .plain)
        t.resize(to: Size(width: 3, height: 2))
        XCTAssertEqual(t.size, Size(width: 3, height: 2))
        XCTAssertEqual(t.nextEvent(timeoutMilliseconds: 0), .resize(Size(width: 3, height: 2)))
        XCTAssertEqual(t.nextEvent(timeoutMilliseconds: 0), .tick)
        XCTAssertEqual(t.text(), "   \n   ")
    }

    func testPainterBoxSnapshot() {
        let t = MemoryTerminal(size: Size(width: 16, height: 4))
        let p = Painter(terminal: t, rect: Rect(x: 0, y: 0, width: 14, height: 4), theme: ThemeLoader.defaultTheme)
        p.box(title: "Заявки")
        p.sub(Rect(x: 1, y: 1, width: 12, height: 2)).text("Иванов 日本語 очень длинно", y: 0)
        p.sub(Rect(x: 1, y: 1, width: 12, height: 2)).text("esc\u{1B}[2J", y: 1)
        assertScreen(t, """
            ┌─ Заявки ───┐
            │Иванов 日本…│
            │esc␛[2J     │
            └────────────┘
            """)
    }

    func testScreenDiffReportsDifferingRows() {
        XCTAssertNil(screenDiff(actual: "a  \nb\n\n", expected: "a\nb"))
        let diff = screenDiff(actual: "abc\nxyz\nsame", expected: "abc\nxYz\nsame")
        XCTAssertNotNil(diff)
        let text = diff ?? ""
        XCTAssertTrue(text.contains("> 1 |xYz|"), text)
        XCTAssertTrue(text.contains("> 1 |xyz|"), text)
        XCTAssertTrue(text.contains("  0 |abc|"), text)
        XCTAssertTrue(text.contains("rows that differ: 1"), text)
        XCTAssertTrue(text.contains("first difference at row 1, character 1"), text)
        let longer = screenDiff(actual: "a\nb", expected: "a") ?? ""
        XCTAssertTrue(longer.contains("(no line)"), longer)
    }
}
