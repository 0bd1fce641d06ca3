import XCTest
@testable import Domain

final class SanitizerTests: XCTestCase {
    /// No scalar that could drive a terminal or reorder text.
    private func assertSafe(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        for u in s.unicodeScalars {
            let v = u.value
            XCTAssertFalse(v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v), "control U+\(String(v, radix: 16)) in \(s.debugDescription)", file: file, line: line)
            XCTAssertFalse((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C,
                           "bidi control U+\(String(v, radix: 16))", file: file, line: line)
        }
    }

    func testPlainTextUnchanged() {
        for s in ["Иванова Мария Петровна", "日本語", "😀 ok", "е\u{0301}", "«кавычки» — тире", ""] {
            XCTAssertEqual(Sanitizer.clean(s), s)
        }
    }

    func testEscapeBecomesVisible() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}b"), "a\u{241B}b")  // ␛
        assertSafe(Sanitizer.clean("a\u{1B}b"))
    }

    func testCSISequenceIsDefused() {
        let evil = "Имя\u{1B}[2J\u{1B}[31mкрасное\u{1B}]0;title\u{07}\u{1B}[0m"
        let clean = Sanitizer.clean(evil)
        assertSafe(clean)
        XCTAssertEqual(clean, "Имя␛[2J␛[31mкрасное␛]0;title␇␛[0m")
    }

    func testC1ControlsIncludingSingleByteCSI() {
        XCTAssertEqual(Sanitizer.clean("\u{9B}31mX"), "¿31mX")
        XCTAssertEqual(Sanitizer.clean("\u{85}\u{9D}\u{9C}"), "¿¿¿")
        assertSafe(Sanitizer.clean("\u{80}\u{9F}\u{9B}"))
        XCTAssertEqual(Sanitizer.clean("\u{A0}"), "\u{A0}")  // NBSP is printable
    }

    func testDEL() {
        XCTAssertEqual(Sanitizer.clean("a\u{7F}b"), "a\u{2421}b")
    }

    func testBidiOverridesReplaced() {
        let spoof = "invoice\u{202E}fdp.exe"
        XCTAssertEqual(Sanitizer.clean(spoof), "invoice\u{FFFD}fdp.exe")
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let s = "a" + String(Character(Unicode.Scalar(v) ?? "x")) + "b"
            XCTAssertEqual(Sanitizer.clean(s), "a\u{FFFD}b", "U+\(String(v, radix: 16))")
        }
        // ZWJ in emoji sequences is not a bidi control and stays.
        XCTAssertEqual(Sanitizer.clean("👩\u{200D}🏫"), "👩\u{200D}🏫")
    }

    func testTabsBecomeSpaces() {
        XCTAssertEqual(Sanitizer.clean("a\tb\t\tc"), "a b  c")
    }

    func testOtherC0AndNewlinesInClean() {
        XCTAssertEqual(Sanitizer.clean("a\u{0}b\u{8}c"), "a\u{2400}b\u{2408}c")
        assertSafe(Sanitizer.clean("x\ny\rz"))
    }

    func testEveryLowScalarIsSafeAfterCleaning() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)..<0x3000 {
            if let u = Unicode.Scalar(v) { all.append(u) }
        }
        assertSafe(Sanitizer.clean(String(all)))
        for line in Sanitizer.lines(String(all)) { assertSafe(line) }
        assertSafe(Sanitizer.oneLine(String(all)))
    }

    func testLinesSplitOnCRLFLFAndCR() {
        XCTAssertEqual(Sanitizer.lines("a\r\nb\nc\rd"), ["a", "b", "c", "d"])
        XCTAssertEqual(Sanitizer.lines("строка 1\r\nстрока 2\r\n"), ["строка 1", "строка 2", ""])
        XCTAssertEqual(Sanitizer.lines("a\n\nb"), ["a", "", "b"])
        XCTAssertEqual(Sanitizer.lines("a\r\rb"), ["a", "", "b"])
        XCTAssertEqual(Sanitizer.lines("one"), ["one"])
        XCTAssertEqual(Sanitizer.lines(""), [""])
    }

    func testLinesAreCleaned() {
        XCTAssertEqual(Sanitizer.lines("a\u{1B}[1m\nb\tc"), ["a␛[1m", "b c"])
    }

    func testOneLine() {
        XCTAssertEqual(Sanitizer.oneLine("первая\r\nвторая"), "первая ⏎ вторая")
        XCTAssertEqual(Sanitizer.oneLine("без переводов"), "без переводов")
    }
}
