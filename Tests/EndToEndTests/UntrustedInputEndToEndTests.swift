import Foundation
import XCTest

/// The real binary: nothing from a CSV, an argument or a theme file reaches
/// the terminal raw (the `ESC ] 52` clipboard write, `ESC ] 0` title and
/// `ESC ] 8` hyperlink of the issue), look-alike logins are refused.
final class UntrustedInputEndToEndTests: XCTestCase {
    static let binary: String = {
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("metodist").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : Harness.binary
    }()

    func metodist(_ args: [String]) throws -> Harness.Result { try Harness.run(Self.binary, args) }

    /// ESC, BEL, C1 controls (as UTF-8, U+0080–U+009F).
    func assertNoTerminalControls(_ output: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = output.unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x07 || (0x80..<0xA0).contains($0.value) }
        XCTAssertTrue(bad.isEmpty, "raw controls \(bad.map { String($0.value, radix: 16) }) in \(output.debugDescription)", file: file, line: line)
    }

    func testImportMessagesCarryNoEscapeSequences() throws {
        let db = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("requests.csv").path
        let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", title = "\u{1B}]0;owned\u{07}"
        let link = "\u{1B}]8;;http://evil.example\u{07}x\u{1B}]8;;\u{07}"
        try Data("""
            логин;текст;дата
            teacher\(clipboard);Помогите;
            \(title);Помогите ещё;
            teacher;Помогите снова;01.03.2024\(link)
            teacher\u{9B}2J;И ещё;\(clipboard)
            """.utf8).write(to: URL(fileURLWithPath: csv))
        for lang in ["ru", "en"] {
            let r = try metodist(["import", "requests", csv, "--db", db, "--as", "methodist", "--lang", lang])
            XCTAssertEqual(r.status, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains(lang == "ru" ? "Строка 5" : "Line 5"), r.stderr)
            assertNoTerminalControls(r.stderr)
            assertNoTerminalControls(r.stdout)
        }
        // A file name with an escape sequence is quoted sanitized too.
        let evilName = dir.appendingPathComponent("x\u{1B}]0;owned\u{07}.csv").path
        let missing = try metodist(["import", "people", evilName, "--db", db, "--as", "admin"])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        assertNoTerminalControls(missing.stderr)
    }

    func testALookAlikeLoginIsRefused() throws {
        let db = try Harness.demoCopy()
        for login in ["teach\u{200B}er", "teacher\u{A0}", "te\u{0430}cher", "teacher\u{1B}]0;owned\u{07}"] {
            let r = try metodist(["export", "route", "--db", db, "--as", login])
            XCTAssertNotEqual(r.status, 0, login.debugDescription)
            XCTAssertTrue(r.stderr.contains("U+"), "the character is named: \(r.stderr)")
            XCTAssertTrue(r.stdout.isEmpty, r.stdout)
            assertNoTerminalControls(r.stderr)
        }
    }

    func testAThemeFileThatIsNotAThemeIsNotPrinted() throws {
        let db = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shadow = dir.appendingPathComponent("shadow").path
        try Data("root:$6$Zq1XsaLt$9bYhAsHeD:19000:0:99999:7:::\nTOKEN=hunter2\n".utf8).write(to: URL(fileURLWithPath: shadow))
        let r = try metodist(["--db", db, "--as", "teacher", "--headless", "--size", "200x24", "--theme", shadow, "--keys", ""])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("не файл темы"), r.stdout)
        for secret in ["Zq1XsaLt", "9bYhAsHeD", "19000", "hunter2"] {
            XCTAssertFalse(r.stdout.contains(secret) || r.stderr.contains(secret), "\(secret) printed: \(r.stdout)")
        }
    }
}
