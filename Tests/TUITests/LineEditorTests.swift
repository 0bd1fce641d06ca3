import XCTest
import Domain
@testable import TUI

final class LineEditorTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func edit(_ e: inout LineEditor, _ events: [InputEvent]) { for ev in events { _ = e.handle(ev) } }

    func testTypingCyrillicAndMovingByGrapheme() {
        var e = LineEditor()
        edit(&e, typing("Привет"))
        XCTAssertEqual(e.text, "Привет")
        XCTAssertEqual(e.cursor, 6)
        // "й" written as и + combining breve, and a family emoji: one step each.
        e.text = "и\u{306}👨‍👩‍👧x"
        XCTAssertEqual(e.characters.count, 3)
        XCTAssertEqual(e.handle(.key(.left)), .moved)
        XCTAssertEqual(e.handle(.key(.left)), .moved)
        XCTAssertEqual(e.cursor, 1)
        XCTAssertEqual(e.handle(.key(.backspace)), .changed)
        XCTAssertEqual(e.text, "👨‍👩‍👧x", "backspace removes the whole grapheme")
        XCTAssertEqual(e.handle(.key(.delete)), .changed)
        XCTAssertEqual(e.text, "x")
        XCTAssertEqual(e.handle(.key(.left)), .ignored, "nothing to the left")
    }

    func testHomeEndAndEmacsKeys() {
        var e = LineEditor(text: "заявка")
        XCTAssertEqual(e.handle(.key(.home)), .moved)
        XCTAssertEqual(e.cursor, 0)
        _ = e.handle(.key(.char("Н")))
        XCTAssertEqual(e.text, "Нзаявка")
        _ = e.handle(.key(.ctrl("e")))
        XCTAssertEqual(e.cursor, 7)
        _ = e.handle(.key(.ctrl("a")))
        XCTAssertEqual(e.cursor, 0)
        _ = e.handle(.key(.end))
        _ = e.handle(.key(.ctrl("b"))); _ = e.handle(.key(.ctrl("b")))
        XCTAssertEqual(e.handle(.key(.ctrl("k"))), .changed)
        XCTAssertEqual(e.text, "Нзаяв")
        _ = e.handle(.key(.left))
        XCTAssertEqual(e.handle(.key(.ctrl("u"))), .changed)
        XCTAssertEqual(e.text, "в")
        XCTAssertEqual(e.cursor, 0)
    }

    func testWordDeletion() {
        var e = LineEditor(text: "письмо в РМА/отчёт  ")
        XCTAssertEqual(e.handle(.key(.alt(.backspace))), .changed)
        XCTAssertEqual(e.text, "письмо в РМА/", "Alt+Backspace stops at punctuation")
        e.text = "письмо в РМА/отчёт"
        XCTAssertEqual(e.handle(.key(.ctrl("w"))), .changed)
        XCTAssertEqual(e.text, "письмо в ", "Ctrl+W deletes back to the blank")
        _ = e.handle(.key(.ctrl("w")))
        XCTAssertEqual(e.text, "письмо ")
        _ = e.handle(.key(.alt(.left)))
        XCTAssertEqual(e.cursor, 0)
        _ = e.handle(.key(.alt(.right)))
        XCTAssertEqual(e.cursor, 6)
        _ = e.handle(.key(.alt(.char("d"))))
        XCTAssertEqual(e.text, "письмо")
    }

    func testPasteJoinsLinesAndDropsControls() {
        var e = LineEditor()
        XCTAssertEqual(e.handle(.paste("первая\nвторая\r\nтретья\tконец")), .changed)
        XCTAssertEqual(e.text, "первая вторая третья конец")
        e.text = ""
        _ = e.handle(.paste("\u{1B}[31mEvil\u{202E}"))
        XCTAssertEqual(e.text, "[31mEvil", "ESC and bidi overrides never get into the data")
        XCTAssertEqual(e.handle(.key(.char("\u{7}"))), .rejected)
        var note = LineEditor(allowsNewlines: true)
        _ = note.handle(.paste("а\nб"))
        _ = note.handle(.key(.alt(.enter)))
        XCTAssertEqual(note.text, "а\nб\n")
    }

    func testMaxLength() {
        var e = LineEditor(maxLength: 5)
        XCTAssertEqual(e.insert("123"), .changed)
        XCTAssertEqual(e.handle(.paste("4567")), .changed)
        XCTAssertEqual(e.text, "12345")
        XCTAssertEqual(e.handle(.key(.char("8"))), .rejected)
        XCTAssertEqual(LineEditor(text: "длинный текст", maxLength: 4).text, "длин")
    }

    func testKeysItDoesNotUseAreIgnored() {
        var e = LineEditor(text: "x")
        for k: Key in [.enter, .escape, .tab, .up, .down, .function(2)] {
            XCTAssertEqual(e.handle(.key(k)), .ignored, "\(k)")
        }
        XCTAssertEqual(e.text, "x")
    }

    // MARK: Drawing

    func render(_ e: inout LineEditor, width: Int, focused: Bool = true) -> MemoryTerminal {
        let (t, p) = WidgetTest.screen(80, 24)
        p.text("Поиск:", y: 1)
        e.render(into: p.sub(Rect(x: 7, y: 1, width: width, height: 1)), focused: focused)
        return t
    }

    func testScrollsByCellWidthAndKeepsTheCursorVisible() {
        var e = LineEditor(text: "Съешь же ещё этих мягких французских булок")
        var t = render(&e, width: 20)
        assertScreen(t, """

            Поиск: … французских булок
            """)
        XCTAssertEqual(t.cursor?.x, 7 + 19)
        XCTAssertEqual(t.cursor?.y, 1)
        _ = e.handle(.key(.home))
        t = render(&e, width: 20)
        assertScreen(t, """

            Поиск: Съешь же ещё этих м…
            """)
        XCTAssertEqual(t.cursor?.x, 7)
        // Moving right inside the view does not scroll it.
        for _ in 0..<5 { _ = e.handle(.key(.right)) }
        t = render(&e, width: 20)
        XCTAssertEqual(t.line(1).hasPrefix("Поиск: Съешь же"), true)
        XCTAssertEqual(t.cursor?.x, 12)
    }

    func testWideCharactersNeverSplitAtTheEdges() {
        var e = LineEditor(text: "日本語のテキストです")
        var t = render(&e, width: 9)
        assertScreen(t, """

            Поиск: …トです
            """)
        XCTAssertEqual(t.cursor?.x, 7 + 7)
        _ = e.handle(.key(.home))
        t = render(&e, width: 9)
        assertScreen(t, """

            Поиск: 日本語の…
            """)
        XCTAssertEqual(t.cursor?.x, 7)
    }

    func testPlaceholderAndEscapesInSetText() {
        var e = LineEditor(placeholder: "ДД.ММ.ГГГГ")
        var t = render(&e, width: 12)
        assertScreen(t, "\nПоиск: ДД.ММ.ГГГГ")
        XCTAssertEqual(WidgetTest.role(t, x: 7, y: 1), .muted)
        XCTAssertEqual(t.cursor?.x, 7)
        e.text = "ok"
        t = render(&e, width: 12, focused: false)
        XCTAssertEqual(WidgetTest.role(t, x: 7, y: 1), .input)
        XCTAssertNil(t.cursor, "an unfocused field leaves the cursor alone")
    }

    func testWideScreen() {
        var e = LineEditor(text: "Эмодзи 😀 и 中文 и \u{1B}[31m")
        let (t, p) = WidgetTest.screen(160, 48)
        e.render(into: p.sub(Rect(x: 100, y: 40, width: 60, height: 1)), focused: true)
        XCTAssertEqual(t.line(40).trimmingCharacters(in: .whitespaces), "Эмодзи 😀 и 中文 и [31m")
        XCTAssertEqual(t.cursor?.x, 100 + 23)
    }

    /// Notes wrap at spaces like prose, never in the middle of a word that fits a row.
    func testNoteAreaWrapsAndPlacesTheCursor() {
        var e = LineEditor(text: "Первая строка заметки\nвторая", allowsNewlines: true)
        let (t, p) = WidgetTest.screen(80, 24)
        e.renderArea(into: p.sub(Rect(x: 2, y: 0, width: 10, height: 3)), focused: true)
        assertScreen(t, """
              строка   ↑
              заметки
              вторая
            """)
        XCTAssertEqual(t.cursor?.y, 2)
        XCTAssertEqual(t.cursor?.x, 8)
        _ = e.handle(.key(.ctrl("a")))
        XCTAssertEqual(e.cursor, 22, "Home goes to the start of the line in a note")
    }

    func testAWordLongerThanTheRowStillBreaks() {
        var e = LineEditor(text: "Суперкалифрагилистический да", allowsNewlines: true)
        let (t, p) = WidgetTest.screen(80, 24)
        e.renderArea(into: p.sub(Rect(x: 0, y: 0, width: 11, height: 4)), focused: false)
        assertScreen(t, """
            Суперкалиф
            рагилистич
            еский да
            """)
    }
}
