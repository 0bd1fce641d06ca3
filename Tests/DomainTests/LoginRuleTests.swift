import XCTest
@testable import Domain

/// Logins are Latin letters, digits, `.`, `_`, `-`: no two can look alike.
final class LoginRuleTests: XCTestCase {
    func testOrdinaryLoginsPass() {
        for login in ["teacher", "teacher2", "orlova.a", "ivanov_i", "a-b", "7school", String(repeating: "a", count: 64)] {
            XCTAssertNil(LoginRule.refusal(login), login)
        }
    }

    func testLookAlikesAreRefusedNamingTheCharacter() throws {
        let cases: [(String, String)] = [
            ("teach\u{200B}er", "U+200B (невидимый знак)"),
            ("teacher\u{A0}", "U+00A0 (неразрывный пробел)"),
            ("te\u{0430}cher", "U+0430 (кириллическая буква «а»)"),   // Cyrillic а in a Latin name
            ("teacher\u{1B}]52;c;eA==\u{07}", "U+001B (управляющий знак)"),
            ("two words", "U+0020 (пробел)"),
            ("ёлкин", "U+0451"),
        ]
        for (login, named) in cases {
            let why = try XCTUnwrap(LoginRule.refusal(login), login.debugDescription)
            XCTAssertTrue(why.reason.ru.contains(named), why.reason.ru)
            XCTAssertFalse(why.reason.ru.unicodeScalars.contains { $0.value < 0x20 || (0x80..<0xA0).contains($0.value) },
                           "the message quotes the login sanitized: \(why.reason.ru.debugDescription)")
        }
    }

    func testShapeRules() {
        XCTAssertNotNil(LoginRule.refusal(""))
        XCTAssertNotNil(LoginRule.refusal(".hidden"))
        XCTAssertNotNil(LoginRule.refusal("-x"))
        XCTAssertNotNil(LoginRule.refusal(String(repeating: "a", count: 65)))
    }
}
