import XCTest
@testable import TUI

final class TextWidthTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        LocaleSetup.ensureUTF8()  // wcwidth answers -1 for non-ASCII under the C locale
    }

    func testLocaleIsUTF8() {
        XCTAssertTrue(LocaleSetup.isUTF8)
        XCTAssertEqual(setUpUTF8Locale().uppercased().filter { $0 != "-" }, "UTF8")
    }

    func testCyrillicIsOneCell() {
        XCTAssertEqual(TextWidth.of("Я"), 1)
        XCTAssertEqual(TextWidth.of("Привет, мир"), 11)
        XCTAssertEqual(TextWidth.of("Ёлка ёж"), 7)
        XCTAssertEqual(TextWidth.of(scalar: "ё"), 1)
    }

    func testCJKIsTwoCells() {
        XCTAssertEqual(TextWidth.of("日"), 2)
        XCTAssertEqual(TextWidth.of("日本語"), 6)
        XCTAssertEqual(TextWidth.of("a日b"), 4)
        XCTAssertEqual(TextWidth.of("한국"), 4)
    }

    func testEmojiIsTwoCells() {
        XCTAssertEqual(TextWidth.of("😀"), 2)
        XCTAssertEqual(TextWidth.of(character: "👍"), 2)
        // U+2764 alone is one cell; with VS16 it asks for emoji presentation: two.
        XCTAssertEqual(TextWidth.of("\u{2764}"), 1)
        XCTAssertEqual(TextWidth.of("\u{2764}\u{FE0F}"), 2)
    }

    func testCombiningMarksAddNothing() {
        XCTAssertEqual(TextWidth.of(scalar: "\u{0301}"), 0)
        XCTAssertEqual(TextWidth.of(scalar: "\u{200D}"), 0)
        let accented = "е\u{0301}"  // е + combining acute: one character
        XCTAssertEqual(accented.count, 1)
        XCTAssertEqual(TextWidth.of(accented), 1)
        XCTAssertEqual(TextWidth.of("за\u{0301}мок"), 5)
    }

    func testControlCharactersCountZero() {
        XCTAssertEqual(TextWidth.of(scalar: "\u{1B}"), 0)
        XCTAssertEqual(TextWidth.of(scalar: "\u{9B}"), 0)
        XCTAssertEqual(TextWidth.of(""), 0)
    }

    func testFitKeepsShortText() {
        XCTAssertEqual(TextWidth.fit("Привет", width: 6), "Привет")
        XCTAssertEqual(TextWidth.fit("日本", width: 4), "日本")
        XCTAssertEqual(TextWidth.fit("", width: 3), "")
    }

    func testFitAddsEllipsis() {
        XCTAssertEqual(TextWidth.fit("Привет, мир", width: 7), "Привет…")
        XCTAssertEqual(TextWidth.of(TextWidth.fit("Привет, мир", width: 7)), 7)
        XCTAssertEqual(TextWidth.fit("abc", width: 1), "…")
        XCTAssertEqual(TextWidth.fit("abc", width: 0), "")
        XCTAssertEqual(TextWidth.fit("abc", width: -3), "")
    }

    func testFitNeverSplitsAWideCharacter() {
        // 日本語 is 6 cells; in 4 there is room for 日 and … only (本 would need 5).
        XCTAssertEqual(TextWidth.fit("日本語", width: 4), "日…")
        XCTAssertEqual(TextWidth.fit("日本語", width: 5), "日本…")
        XCTAssertEqual(TextWidth.fit("日本語", width: 2), "…")
        for width in 0...8 {
            let fitted = TextWidth.fit("a日本😀語b", width: width)
            XCTAssertLessThanOrEqual(TextWidth.of(fitted), width, "width \(width): \(fitted)")
            for ch in fitted where ch != "…" { XCTAssertTrue("a日本😀語b".contains(ch), "\(ch) is a whole character") }
        }
    }

    func testFitKeepsCombiningMarkWithItsLetter() {
        let text = "за\u{0301}мок и ключ"
        let fitted = TextWidth.fit(text, width: 4)
        XCTAssertEqual(fitted, "за\u{0301}м…")
        XCTAssertEqual(TextWidth.of(fitted), 4)
        // The mark is never separated from its letter.
        XCTAssertEqual(TextWidth.fit("а\u{0301}б\u{0301}в", width: 2), "а\u{0301}…")
    }

    func testPadToExactWidth() {
        XCTAssertEqual(TextWidth.pad("Да", width: 4), "Да  ")
        XCTAssertEqual(TextWidth.pad("日本", width: 5), "日本 ")
        // A wide character that would cross the edge is left out and the gap padded.
        XCTAssertEqual(TextWidth.pad("日本語", width: 4), "日… ")
        XCTAssertEqual(TextWidth.of(TextWidth.pad("日本語", width: 4)), 4)
        XCTAssertEqual(TextWidth.pad("длинный текст", width: 5), "длин…")
        XCTAssertEqual(TextWidth.padLeft("42", width: 5), "   42")
        XCTAssertEqual(TextWidth.padLeft("日", width: 3), " 日")
        for width in 0...10 {
            XCTAssertEqual(TextWidth.of(TextWidth.pad("😀日a本", width: width)), width)
            XCTAssertEqual(TextWidth.of(TextWidth.padLeft("😀日a本", width: width)), width)
        }
    }

    func testWrapAtSpaces() {
        XCTAssertEqual(TextWidth.wrap("Привет мир как дела", width: 10), ["Привет мир", "как дела"])
        XCTAssertEqual(TextWidth.wrap("один\nдва три", width: 20), ["один", "два три"])
        XCTAssertEqual(TextWidth.wrap("", width: 5), [""])
        XCTAssertEqual(TextWidth.wrap("раз\r\nдва\rтри", width: 10), ["раз", "два", "три"])
        XCTAssertEqual(TextWidth.wrap("abc", width: 0), [])
    }

    func testWrapBreaksLongWordsWithoutSplittingCharacters() {
        XCTAssertEqual(TextWidth.wrap("日本語日本語", width: 5), ["日本", "語日", "本語"])
        XCTAssertEqual(TextWidth.wrap("абвгдеж", width: 3), ["абв", "где", "ж"])
        // A wide character in a 1-cell column still goes somewhere, whole, and wrapping ends.
        XCTAssertEqual(TextWidth.wrap("日本", width: 1), ["日", "本"])
        let lines = TextWidth.wrap("за\u{0301}мок за\u{0301}мок", width: 3)
        XCTAssertEqual(lines, ["за\u{0301}м", "ок", "за\u{0301}м", "ок"])
        for line in TextWidth.wrap("Методист 日本語 сопровождает 😀😀😀 педагогов", width: 7) {
            XCTAssertLessThanOrEqual(TextWidth.of(line), 7, line)
        }
    }
}
