import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// `metodist import diagnostics FILE.csv`: results create, persist and
/// close deficits by `DeficitRules`; all rows or none.
///
/// The fixture: elkina has a diagnostic of 01.10.2023 (М1 = 40, Ц1 = 75)
/// and an open М1 deficit (in work) found by it.
final class DiagnosticsImportTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func importText(_ text: String, as login: String? = "coord", dryRun: Bool = false, bom: Bool = false) throws -> ExchangeReport {
        let actor = try login.map { try f.viewer($0) }
        let data = (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        return DiagnosticsImport.run(f.store, actor: actor, data: data, fileName: "diag.csv", dryRun: dryRun)
    }

    func diagnosticCount() throws -> Int { try f.store.db.scalarInt("SELECT count(*) FROM diagnostics") }

    struct Row: Equatable { var code: String; var status: String; var score: Int; var severity: String; var closedBy: Int64? }

    func deficits(_ login: String) throws -> [Row] {
        try f.store.db.query("""
            SELECT c.code, d.status, d.score, d.severity, d.closed_by FROM deficits d JOIN competences c ON c.id = d.competence_id
            JOIN people p ON p.id = d.person_id WHERE p.login = ? ORDER BY d.id
            """, [login]) { Row(code: $0.string(0), status: $0.string(1), score: $0.int(2), severity: $0.string(3), closedBy: $0.optInt64(4)) }
    }

    func lastDiagnosticID() throws -> Int64 { try f.store.db.scalarInt("SELECT max(id) FROM diagnostics").asInt64 }

    func testALaterResultClosesADeficitAndAddsANewOne() throws {
        let r = try importText("логин,дата,источник,М1,Ц1\nelkina,01.03.2024,региональная диагностика,70,50\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertTrue(r.lines[0].contains("загружено диагностик — 1"), r.lines[0])
        let id = try lastDiagnosticID()
        XCTAssertEqual(try deficits("elkina"), [
            Row(code: "М1", status: "closed", score: 40, severity: "moderate", closedBy: id),
            Row(code: "Ц1", status: "identified", score: 50, severity: "moderate", closedBy: nil),
        ])
        XCTAssertEqual(try f.store.db.scalarInt("SELECT version FROM deficits WHERE id = ?", [f.id("deficit")]), 2, "version-checked write")
        XCTAssertEqual(try f.store.auditTrail(entity: "deficit", id: f.id("deficit")).first?.action, "close")
    }

    func testAStillLowScorePersistsWithTheNewScore() throws {
        let r = try importText("логин,дата,М1\nelkina,2024-03-01,45\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try deficits("elkina"), [Row(code: "М1", status: "persisting", score: 45, severity: "moderate", closedBy: nil)])
    }

    func testAnEarlierDiagnosticNeverClosesALaterDeficit() throws {
        let r = try importText("логин,дата,М1,Ц1\nelkina,01.09.2023,90,30\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try deficits("elkina"), [Row(code: "М1", status: "inWork", score: 40, severity: "moderate", closedBy: nil)],
                       "the М1 deficit stays; Ц1 was judged later (75), so the old 30 adds nothing")
        XCTAssertEqual(try diagnosticCount(), 2, "the diagnostic itself is stored as history")
    }

    func testRowsApplyInDateOrderWhateverTheFileOrder() throws {
        let r = try importText("логин,дата,М1\nivanov,01.03.2024,70\nivanov,01.11.2023,40\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let rows = try deficits("ivanov")
        XCTAssertEqual(rows.map(\.status), ["closed"], "found in November, closed in March")
    }

    func testBadLinesAreNamedAndNothingIsImported() throws {
        let before = try diagnosticCount()
        let r = try importText("""
            логин,дата,источник,М1,Ц1
            nobody,01.03.2024,,50,
            elkina,01.03.2024,,101,
            elkina,02.03.2024,,пять,
            elkina,01.01.2030,,50,
            elkina,03.03.2024,гадание,50,
            elkina,04.03.2024,,,
            elkina,01.10.2023,региональная диагностика,50,
            ivanov,05.03.2024,самооценка,50,60
            ivanov,05.03.2024,самооценка,55,60
            """)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertEqual(try diagnosticCount(), before)
        let text = r.lines.joined(separator: "\n")
        XCTAssertTrue(r.lines[0].contains("ошибок — 8"), text)
        XCTAssertTrue(text.contains("Строка 2, поле «логин»: логин «nobody» не найден"), text)
        XCTAssertTrue(text.contains("Строка 3, поле «М1»: «101»: нужна целая оценка от 0 до 100"), text)
        XCTAssertTrue(text.contains("Строка 4, поле «М1»: «пять»"), text)
        XCTAssertTrue(text.contains("Строка 5, поле «дата»: дата 01.01.2030 ещё не наступила"), text)
        XCTAssertTrue(text.contains("Строка 6, поле «источник»: «гадание»"), text)
        XCTAssertTrue(text.contains("Строка 7: В диагностике нет ни одной оценки"), text)
        XCTAssertTrue(text.contains("Строка 8: такая диагностика уже загружена"), text)
        XCTAssertTrue(text.contains("Строка 10: повторяет строку 9"), text)
        XCTAssertEqual(try deficits("ivanov"), [], "nothing of the good row either")
    }

    func testAnUnknownCompetenceColumnRefusesTheFile() throws {
        let r = try importText("логин,дата,М1,Х9\nelkina,01.03.2024,50,50\n")
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.lines[0].contains("строка 1: столбец «Х9»: нет такого поля и нет компетенции с таким кодом"), r.lines[0])
    }

    func testDryRunWritesNothing() throws {
        let before = try diagnosticCount()
        let r = try importText("логин,дата,М1\nelkina,01.03.2024,70\n", dryRun: true)
        XCTAssertEqual(r.exitCode, 0)
        XCTAssertEqual(r.count, 1)
        XCTAssertEqual(try diagnosticCount(), before)
        XCTAssertEqual(try deficits("elkina").map(\.status), ["inWork"])
    }

    func testBOMSemicolonAndCyrillicCodes() throws {
        let people = PeopleImport.run(f.store, actor: nil, data: Data("логин,ФИО,организация\nelkina.yo,Ёлкина Ёлка,Лицей № 31\n".utf8),
                                      fileName: "p.csv")
        XCTAssertEqual(people.exitCode, 0, people.lines.joined())
        let text = "ЛОГИН;Дата;Источник;м1;ц1\r\nelkina.yo;14.03.2024;Наблюдение урока;30;\r\n"
        let r = try importText(text, bom: true)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try deficits("elkina.yo"), [Row(code: "М1", status: "identified", score: 30, severity: "severe", closedBy: nil)])
        XCTAssertEqual(try f.store.db.first("SELECT source FROM diagnostics ORDER BY id DESC LIMIT 1") { $0.string(0) }, "lessonObservation")
    }

    func testRunningTheSameFileTwiceAddsNothing() throws {
        let file = "логин,дата,М1\nelkina,01.03.2024,70\n"
        XCTAssertEqual(try importText(file).exitCode, 0)
        let again = try importText(file)
        XCTAssertEqual(again.exitCode, 1)
        XCTAssertEqual(try diagnosticCount(), 2)
    }

    func testATeacherMayNotImport() throws {
        let r = try importText("логин,дата,М1\nelkina,01.03.2024,70\n", as: "elkina")
        XCTAssertEqual(r.exitCode, 2)
        XCTAssertEqual(try diagnosticCount(), 1)
    }
}

private extension Int { var asInt64: Int64 { Int64(self) } }
