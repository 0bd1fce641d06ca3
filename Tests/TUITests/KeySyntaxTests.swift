import XCTest
@testable import TUI

final class KeySyntaxTests: XCTestCase {
    private func keys(_ s: String, file: StaticString = #filePath, line: UInt = #line) -> [InputEvent] {
        do { return try KeySyntax.parse(s) } catch {
            XCTFail("parse failed: \(error)", file: file, line: line)
            return []
        }
    }

    private func parseError(_ s: String, file: StaticString = #filePath, line: UInt = #line) -> KeySyntaxError? {
        do {
            let events = try KeySyntax.parse(s)
            XCTFail("expected an error, got \(events)", file: file, line: line)
            return nil
        } catch { return error }
    }

    func testLiteralText() {
        XCTAssertEqual(keys("ab"), [.key(.char("a")), .key(.char("b"))])
        XCTAssertEqual(keys("при вет"), "при вет".map { .key(.char($0)) })
        XCTAssertEqual(keys("日😀"), [.key(.char("日")), .key(.char("😀"))])
        XCTAssertEqual(keys(""), [])
        XCTAssertEqual(keys("a b")[1], .key(.char(" ")))
        XCTAssertEqual(keys(">"), [.key(.char(">"))])
        XCTAssertEqual(keys("a\nb\tc"), [.key(.char("a")), .key(.enter), .key(.char("b")), .key(.tab), .key(.char("c"))])
    }

    func testNamedKeys() {
        let table: [(String, Key)] = [
            ("<Enter>", .enter), ("<Esc>", .escape), ("<Tab>", .tab), ("<S-Tab>", .backTab), ("<BS>", .backspace),
            ("<Del>", .delete), ("<Ins>", .insert), ("<Up>", .up), ("<Down>", .down), ("<Left>", .left), ("<Right>", .right),
            ("<PgUp>", .pageUp), ("<PgDn>", .pageDown), ("<Home>", .home), ("<End>", .end),
            ("<Space>", .char(" ")), ("<lt>", .char("<")),
            ("<F1>", .function(1)), ("<F5>", .function(5)), ("<F12>", .function(12)),
            ("<C-x>", .ctrl("x")), ("<C-X>", .ctrl("x")), ("<C-a>", .ctrl("a")),
            ("<M-x>", .alt(.char("x"))), ("<M-X>", .alt(.char("X"))), ("<M-ж>", .alt(.char("ж"))),
            ("<M-Enter>", .alt(.enter)), ("<M-Up>", .alt(.up)), ("<M-Space>", .alt(.char(" "))),
            ("<enter>", .enter), ("<ESC>", .escape), ("<pgdn>", .pageDown),
        ]
        for (text, key) in table {
            XCTAssertEqual(keys(text), [.key(key)], text)
        }
    }

    func testResizeAndTick() {
        XCTAssertEqual(keys("<Resize:100x30>"), [.resize(Size(width: 100, height: 30))])
        XCTAssertEqual(keys("<resize:80x24>"), [.resize(Size(width: 80, height: 24))])
        XCTAssertEqual(keys("<Tick>"), [.tick])
    }

    func testMixedSequence() {
        XCTAssertEqual(keys("/ив<Enter><Down>x<lt>y<C-c>"), [
            .key(.char("/")), .key(.char("и")), .key(.char("в")), .key(.enter), .key(.down),
            .key(.char("x")), .key(.char("<")), .key(.char("y")), .key(.ctrl("c")),
        ])
    }

    func testUnknownNameIsAnErrorWithNameAndPosition() {
        guard let e = parseError("ab<Foo>c") else { return }
        XCTAssertEqual(e.position, 3)
        XCTAssertEqual(e.token, "<Foo>")
        XCTAssertTrue(e.description.contains("<Foo>"), e.description)
        XCTAssertTrue(e.description.contains("3"), e.description)
        XCTAssertTrue(e.text(.en).contains("unknown key <Foo> at position 3"), e.text(.en))
    }

    func testPositionCountsCharactersNotBytes() {
        XCTAssertEqual(parseError("Жж<Bad>")?.position, 3)
        XCTAssertEqual(parseError("<Enter><Nope>")?.position, 8)
    }

    func testMalformedNames() {
        for bad in ["<C-1>", "<C-ab>", "<C->", "<M->", "<F13>", "<F0>", "<F+1>", "<Resize:0x10>", "<Resize:80>",
                    "<Resize:axb>", "<>", "< Enter>", "<M-Nope>"] {
            XCTAssertNotNil(parseError(bad), bad)
        }
    }

    func testUnclosedBracket() {
        guard let e = parseError("x<Enter") else { return }
        XCTAssertEqual(e.position, 2)
        XCTAssertTrue(e.text(.en).contains("unclosed"), e.text(.en))
        XCTAssertTrue(e.text(.en).contains("<lt>"), e.text(.en))
        XCTAssertNotNil(parseError("<"))
    }

    func testNotationRoundTrips() {
        let all: [Key] = [
            .char("a"), .char("Я"), .char(" "), .char("<"), .char(">"), .char("日"), .enter, .escape, .tab, .backTab,
            .backspace, .delete, .insert, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
            .function(1), .function(12), .ctrl("x"), .alt(.char("x")), .alt(.char(" ")), .alt(.char("<")),
            .alt(.char(">")), .alt(.enter), .alt(.up),
        ]
        for key in all {
            let text = KeySyntax.notation(key)
            XCTAssertEqual(keys(text), [.key(key)], "\(key) -> \(text)")
        }
        XCTAssertEqual(KeySyntax.notation(.ctrl("x")), "<C-x>")
        XCTAssertEqual(KeySyntax.notation(.alt(.char("x"))), "<M-x>")
        XCTAssertEqual(KeySyntax.notation(.char("<")), "<lt>")
    }

    func testDescriptions() {
        XCTAssertEqual(KeySyntax.describe(.enter), "Enter")
        XCTAssertEqual(KeySyntax.describe(.escape), "Esc")
        XCTAssertEqual(KeySyntax.describe(.ctrl("x")), "Ctrl+X")
        XCTAssertEqual(KeySyntax.describe(.alt(.char("x"))), "Alt+x")
        XCTAssertEqual(KeySyntax.describe(.alt(.enter)), "Alt+Enter")
        XCTAssertEqual(KeySyntax.describe(.pageDown), "PgDn")
        XCTAssertEqual(KeySyntax.describe(.pageUp), "PgUp")
        XCTAssertEqual(KeySyntax.describe(.up), "↑")
        XCTAssertEqual(KeySyntax.describe(.down), "↓")
        XCTAssertEqual(KeySyntax.describe(.left), "←")
        XCTAssertEqual(KeySyntax.describe(.right), "→")
        XCTAssertEqual(KeySyntax.describe(.function(5)), "F5")
        XCTAssertEqual(KeySyntax.describe(.backTab), "Shift+Tab")
        XCTAssertEqual(KeySyntax.describe(.char(" ")), "Space")
        XCTAssertEqual(KeySyntax.describe(.char("/")), "/")
        XCTAssertEqual(KeySyntax.describe(.char("G")), "G")
    }
}
