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

    // MARK: Long notes (the wrapping is kept between frames and redone where edited)

    /// The note drawn on a fresh screen tall enough for all of it, and where the cursor is.
    func area(_ e: inout LineEditor, width: Int, height: Int) -> (screen: [String], cursor: String) {
        let (t, p) = WidgetTest.screen(width + 2, height)
        e.renderArea(into: p.sub(Rect(x: 1, y: 0, width: width, height: height)), focused: true)
        let cursor = t.cursor.map { "\($0.x),\($0.y)" } ?? "none"
        return ((0..<height).map { t.line($0) }, cursor)
    }

    /// An editor that never drew: its layout is made from scratch.
    func fresh(_ e: LineEditor) -> LineEditor {
        var f = LineEditor(text: e.text, maxLength: e.maxLength, allowsNewlines: true)
        for _ in 0..<(e.characters.count - e.cursor) { _ = f.handle(.key(.left)) }
        return f
    }

    func testEditingALongNoteWrapsAsAFreshLayoutWould() {
        var e = LineEditor(maxLength: 4000, allowsNewlines: true)
        let width = 23, height = 120
        let words = ["Учитель", "просит", "помочь", "с", "программой", "中文字", "😀", "и", "ёлкой,", "очень-очень-длинное-слово-без-пробелов", "7"]
        var steps = 0
        func check(_ what: String) {
            var f = fresh(e)
            let kept = area(&e, width: width, height: height), made = area(&f, width: width, height: height)
            XCTAssertEqual(kept.screen, made.screen, what)
            XCTAssertEqual(kept.cursor, made.cursor, what)
            steps += 1
        }
        for w in 0..<60 {   // typed at the end, a frame per key, a line break now and then
            for ch in words[w % words.count] + (w % 9 == 8 ? "\n" : " ") {
                _ = e.handle(ch == "\n" ? .key(.ctrl("j")) : .key(.char(ch)))
                check("typing word \(w)")
            }
        }
        // Edits in the middle: the rows before and after move.
        let edits: [[InputEvent]] = [
            Array(repeating: key(.left), count: 150), typing("вставка "), [key(.backspace)], typing("中"),
            [key(.alt(.backspace))], [key(.ctrl("w"))], Array(repeating: key(.left), count: 40), [key(.delete), key(.delete)],
            [.paste("первая\nвторая строка вставки")], [key(.ctrl("k"))], [key(.home)], typing("  "), [key(.ctrl("u"))],
            [key(.end)], [key(.ctrl("j"))], typing("x"), [key(.backspace), key(.backspace), key(.backspace)],
        ]
        for (n, batch) in edits.enumerated() {
            for ev in batch { _ = e.handle(ev); check("edit \(n)") }
            // Several edits between two frames (keys arrive faster than frames).
            _ = e.handle(key(.left)); _ = e.handle(key(.char("ы"))); _ = e.handle(key(.right)); _ = e.handle(key(.backspace))
            check("batched edit \(n)")
        }
        XCTAssertGreaterThan(steps, 700)
    }

    func testA4000CharacterNoteKeepsItsTextCursorAndRows() {
        var e = LineEditor(maxLength: 4000, allowsNewlines: true)
        let (t, p) = WidgetTest.screen(40, 4)
        let words = ["программа", "по", "математике", "для", "7", "класса,"]
        var typed = ""
        var w = 0
        while typed.count < 4000 { typed += words[w % words.count] + " "; w += 1 }
        typed = String(typed.prefix(4000))
        for ch in typed {
            XCTAssertEqual(e.handle(key(.char(ch))), .changed)
            e.renderArea(into: p.sub(Rect(x: 0, y: 0, width: 40, height: 4)), focused: true)
        }
        XCTAssertEqual(e.text, typed)
        XCTAssertEqual(e.cursor, 4000)
        XCTAssertEqual(e.handle(key(.char("я"))), .rejected, "4,000 is the limit")
        var f = fresh(e)
        let (t2, p2) = WidgetTest.screen(40, 4)
        f.renderArea(into: p2.sub(Rect(x: 0, y: 0, width: 40, height: 4)), focused: true)
        XCTAssertEqual((0..<4).map { t.line($0) }, (0..<4).map { t2.line($0) })
        XCTAssertEqual(t.cursor?.x, t2.cursor?.x)
        XCTAssertEqual(t.line(0).last, "↑", "text hidden above")
        XCTAssertTrue(t.line(3).hasPrefix(String(typed.suffix(from: typed.index(typed.endIndex, offsetBy: -10)))) || t.line(3).contains("класса,"),
                      t.line(3))
    }

    /// A row never gets wider than the area: a wide character after a word
    /// carried to a row that began with a space used to stick out into the ↑/↓ column.
    func testAWideCharacterAfterACarriedWordStaysInTheRow() {
        var e = LineEditor(text: "Ответ:\n 中文中文", allowsNewlines: true)
        let (t, p) = WidgetTest.screen(20, 5)
        e.renderArea(into: p.sub(Rect(x: 0, y: 0, width: 8, height: 5)), focused: true)   // 7 cells of text
        assertScreen(t, """
            Ответ:

            中文中
            文
            """)
        XCTAssertEqual(t.cursor?.x, 2)
        XCTAssertEqual(t.cursor?.y, 3)
    }

    func testCyrillicAndWideNoteRows() {
        var e = LineEditor(text: "Прошу помочь с 日本語のテキスト и эмодзи 😀😀😀 в конце", allowsNewlines: true)
        let (t, p) = WidgetTest.screen(20, 8)
        e.renderArea(into: p.sub(Rect(x: 0, y: 0, width: 13, height: 8)), focused: true)
        assertScreen(t, """
            Прошу помочь
             с
            日本語のテキ
            スト и
            эмодзи
            😀😀😀 в
            конце
            """)
        XCTAssertEqual(t.cursor?.x, 5)
        XCTAssertEqual(t.cursor?.y, 6)
    }
}
