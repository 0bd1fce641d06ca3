import XCTest
@testable import Domain

/// The one cleaning of stored text (imports, forms, the command line, the store's writes).
final class StoredTextTests: XCTestCase {
    private func assertStorable(_ s: String, newlines: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x0A && newlines { continue }
            XCTAssertFalse(v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || Sanitizer.isBidiControl(v) || v == 0xFEFF,
                           "U+\(String(v, radix: 16)) left in \(s.debugDescription)", file: file, line: line)
        }
    }

    func testPlainTextIsUnchanged() {
        for s in ["Иванова Мария Петровна", "日本語", "😀 ok", "👩\u{200D}🏫", "е\u{0301}", "«кавычки» — тире", "NBSP\u{A0}ok", ""] {
            XCTAssertEqual(StoredText.clean(s), s)
            XCTAssertTrue(StoredText.isClean(s))
        }
    }

    func testEscapeSequencesAndBidiAreDropped() {
        let evil = "Помогите\u{1B}]52;c;ZXZpbA==\u{07} с \u{1B}[2Jурок\u{9B}31m\u{202E}ом\u{2066}\u{200F}\u{061C}\u{FEFF}\u{7F}"
        XCTAssertEqual(StoredText.clean(evil), "Помогите]52;c;ZXZpbA== с [2Jурок31mом")
        XCTAssertFalse(StoredText.isClean(evil))
    }

    func testLineBreaksKeptInMultilineAndSpacedInOneLine() {
        XCTAssertEqual(StoredText.clean("a\r\nb\rc\nd\te"), "a\nb\nc\nd e")
        XCTAssertEqual(StoredText.clean("a\r\nb\rc\nd\te", multiline: false), "a b c d e")
        XCTAssertTrue(StoredText.isClean("строка 1\nстрока 2"))
    }

    func testEveryLowScalarIsStorableAfterCleaning() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)..<0x3000 { if let u = Unicode.Scalar(v) { all.append(u) } }
        all.append("\u{FEFF}")
        assertStorable(StoredText.clean(String(all)))
        assertStorable(StoredText.clean(String(all), multiline: false), newlines: false)
    }
}
