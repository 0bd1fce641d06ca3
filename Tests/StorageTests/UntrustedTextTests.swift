import Domain
import Foundation
import XCTest
import Exchange
@testable import Storage

/// Nothing from data reaches a terminal raw, and nothing raw is stored:
/// import messages quote values through the screen's sanitizer, every
/// write of free text is cleaned (`StoredText`), logins are `LoginRule`'s.
final class UntrustedTextTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    /// ESC, BEL, C1, DEL, bidi controls: what could drive a terminal or reorder text.
    static func hasRawControl(_ s: String, allowingNewlines: Bool = false) -> Bool {
        s.unicodeScalars.contains {
            let v = $0.value
            if v == 0x0A && allowingNewlines { return false }
            return v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || v == 0xFEFF
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
        }
    }

    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let title = "\u{1B}]0;owned\u{1B}\\"
    static let link = "\u{1B}]8;;http://evil.example\u{07}click\u{1B}]8;;\u{07}"

    func testRequestImportMessagesQuoteLoginAndDateCellsSanitized() throws {
        let csv = """
            логин,текст,дата
            elkina\(Self.clipboard),Помогите,
            \(Self.title),Помогите ещё,
            elkina,Помогите снова,01.03.2024\(Self.link)
            elkina,И ещё,\(Self.clipboard)
            """
        for language in [Language.ru, .en] {
            let r = RequestImport.run(f.store, actor: try f.viewer("coord"), data: Data(csv.utf8), fileName: "req\u{1B}[2J.csv",
                                      language: language)
            XCTAssertEqual(r.exitCode, 1)
            XCTAssertEqual(r.lines.count, 5, r.lines.joined(separator: "\n"))
            for line in r.lines { XCTAssertFalse(Self.hasRawControl(line), line.debugDescription) }
        }
    }

    func testPeopleImportMessagesQuoteCellsSanitized() throws {
        let r = PeopleImport.run(f.store, actor: try f.viewer("admin"),
                                 data: Data("логин,ФИО,дата рождения\nok1,Имя,\(Self.clipboard)\nok2,Имя,01.01.1990\(Self.title)\n".utf8),
                                 fileName: "people.csv")
        XCTAssertEqual(r.exitCode, 1)
        for line in r.lines { XCTAssertFalse(Self.hasRawControl(line), line.debugDescription) }
    }

    func testImportedRequestTextIsStoredClean() throws {
        let csv = "логин,текст\nelkina,\"Помогите\u{1B}[31m с \u{202E}уроком\u{2066}\u{9B}1m\nвторая строка\u{200F}\"\n"
        let r = RequestImport.run(f.store, actor: try f.viewer("coord"), data: Data(csv.utf8), fileName: "r.csv")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let text = try XCTUnwrap(f.store.db.first("SELECT text FROM requests ORDER BY id DESC LIMIT 1") { $0.string(0) })
        XCTAssertEqual(text, "Помогите[31m с уроком1m\nвторая строка", "line breaks of a multi-line request are kept")
        let audited = try XCTUnwrap(f.store.db.first("SELECT after FROM audit WHERE entity = 'request' ORDER BY id DESC LIMIT 1") { $0.string(0) })
        XCTAssertFalse(Self.hasRawControl(audited, allowingNewlines: true), audited.debugDescription)
    }

    func testStoreWritesCleanTextWhateverTheCaller() throws {
        let elkina = try f.viewer("elkina")
        let id = try f.store.createRequest(elkina, text: "Нужна\u{1B}]0;x\u{07} помощь\u{202E} с\u{FEFF} ФГОС\r\nспасибо",
                                           authorID: elkina.personID, organizationID: nil, isYoungAuthor: true)
        let text = try XCTUnwrap(f.store.db.first("SELECT text FROM requests WHERE id = ?", [id]) { $0.string(0) })
        XCTAssertEqual(text, "Нужна]0;x помощь с ФГОС\nспасибо")

        let coord = try f.viewer("coord")
        try f.store.addRequestComment(coord, id: id, text: "коммент\u{1B}[2J\u{9D}")
        let comment = try XCTUnwrap(f.store.db.first("SELECT after FROM history WHERE entity = 'request' AND field = 'comment' AND entity_id = ?", [id]) { $0.string(0) })
        XCTAssertEqual(comment, "коммент[2J")

        let version = try XCTUnwrap(f.store.request(coord, id: id)).request.version
        try f.store.updateRequest(coord, id: id, expectedVersion: version) { r in
            var r = r; r.text = "правка\u{1B}[5m\u{2067}"; return .success(r)
        }
        XCTAssertEqual(try f.store.db.first("SELECT text FROM requests WHERE id = ?", [id]) { $0.string(0) }, "правка[5m")
        for row in try f.store.db.query("SELECT before || after FROM audit", [], { $0.string(0) }) {
            XCTAssertFalse(Self.hasRawControl(row, allowingNewlines: true), row.debugDescription)
        }
        for row in try f.store.db.query("SELECT before || after FROM history", [], { $0.string(0) }) {
            XCTAssertFalse(Self.hasRawControl(row, allowingNewlines: true), row.debugDescription)
        }
    }

    func testADraftIsKeptClean() throws {
        let elkina = try f.viewer("elkina")
        try f.store.saveDraft(elkina, Draft(form: "f", fields: ["text": "черновик\u{1B}]52;c;eA==\u{07}\nстрока\u{202E}"]))
        XCTAssertEqual(try f.store.loadDrafts(elkina).first?.fields["text"], "черновик]52;c;eA==\nстрока")
    }

    func testPeopleImportRefusesLookAlikeLogins() throws {
        let before = try f.store.db.scalarInt("SELECT count(*) FROM people")
        let csv = "логин,ФИО\nel\u{200B}kina,Ёлкина-двойник\nelkina\u{A0},Ёлкина-двойник\nelk\u{0456}na,Ёлкина-двойник\n\u{0435}lkina,Двойник\ngood.login,Настоящий\n"
        let r = PeopleImport.run(f.store, actor: try f.viewer("admin"), data: Data(csv.utf8), fileName: "people.csv")
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM people"), before, "all rows or none")
        let text = r.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("ошибок — 4"), text)
        XCTAssertTrue(text.contains("Строка 2, поле «логин»: в логине «el\u{200B}kina» недопустимый знак U+200B (невидимый знак)"), text)
        XCTAssertTrue(text.contains("Строка 3, поле «логин»: в логине «elkina\u{A0}» недопустимый знак U+00A0 (неразрывный пробел)"), text)
        XCTAssertTrue(text.contains("Строка 4, поле «логин»: в логине «elk\u{0456}na» недопустимый знак U+0456 (кириллическая буква «\u{0456}»)"), text)
        XCTAssertTrue(text.contains("Строка 5, поле «логин»"), text)
    }

    func testCheckNamesStoredLoginsOutsideTheRule() throws {
        XCTAssertFalse(try f.store.check().findings.contains { $0.message.ru.contains("логины вне правила") })
        // Written by an older build or another tool: the store's own writes refuse them.
        try f.store.db.execute("UPDATE people SET login = 'el\u{200B}kina' WHERE id = (SELECT min(id) FROM people)")
        try f.store.db.execute("UPDATE people SET login = '.dot' WHERE id = (SELECT max(id) FROM people)")
        let finding = try f.store.check().findings.first { $0.message.ru.contains("логины вне правила") }
        XCTAssertEqual(finding?.count, 2)
    }

    func testAsWithALookAlikeLoginIsRefusedNamingTheCharacter() throws {
        XCTAssertThrowsError(try f.store.viewer(login: "el\u{200B}kina")) { error in
            let message = (error as? StoreError)?.message.ru ?? "\(error)"
            XCTAssertTrue(message.contains("U+200B"), message)
        }
        XCTAssertThrowsError(try f.store.viewer(login: "coord\u{1B}]0;x\u{07}")) { error in
            let message = (error as? StoreError)?.message.ru ?? "\(error)"
            XCTAssertFalse(Self.hasRawControl(message), message.debugDescription)
        }
    }

    func testStoreErrorMessagesQuotePathsSanitized() {
        let evil = "/tmp/x\u{1B}]0;owned\u{07}.db"
        for e in [StoreError.notADatabase(path: evil), .foreignDatabase(path: evil), .cannotOpen(path: evil, reason: "r\u{1B}[2J"),
                  .unknownLogin("x\u{1B}[2J"), .newerSchema(path: evil, found: 9, supported: 3),
                  .invalid(Phrase("«\u{1B}[2J»", "“\u{1B}[2J”"))] {
            XCTAssertFalse(Self.hasRawControl(e.message.ru), e.message.ru.debugDescription)
            XCTAssertFalse(Self.hasRawControl(e.message.en), e.message.en.debugDescription)
        }
    }
}
