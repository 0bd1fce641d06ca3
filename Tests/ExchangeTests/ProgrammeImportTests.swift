import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// `metodist import programmes FILE.csv`: the catalog rule on hours
/// (≥ 16 повышение квалификации, ≥ 250 переподготовка), all rows or none.
final class ProgrammeImportTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func importText(_ text: String, as login: String? = "coord", dryRun: Bool = false, bom: Bool = false) throws -> ExchangeReport {
        let actor = try login.map { try f.viewer($0) }
        let data = (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        return ProgrammeImport.run(f.store, actor: actor, data: data, fileName: "programmes.csv", dryRun: dryRun)
    }

    func count() throws -> Int { try f.store.db.scalarInt("SELECT count(*) FROM programmes") }

    static let good = """
        название,организатор,вид,часы,формат,в реестре,компетенции
        Ёмкий урок: проектирование «по-новому»,ГБУ ДПО ЧИППКРО,повышение квалификации,16,смешанно,да,"М1, Ц1"
        Учитель-дефектолог,Институт «Ёлочка»,профессиональная переподготовка,250,дистанционно,нет,
        Цифровая школа,ЦНППМ,ПК,36,очно,,Ц1
        """

    func testAGoodFileAddsEveryProgrammeAtTheMinimumHours() throws {
        let r = try importText(Self.good)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try count(), 3)
        let row = try f.store.db.first("SELECT id, title, provider, kind, hours, format, in_registry FROM programmes WHERE hours = 16") {
            ($0.int64(0), $0.string(1), $0.string(2), $0.string(3), $0.int(4), $0.string(5), $0.int(6))
        }
        let p = try XCTUnwrap(row)
        XCTAssertEqual(p.1, "Ёмкий урок: проектирование «по-новому»")
        XCTAssertEqual(p.2, "ГБУ ДПО ЧИППКРО")
        XCTAssertEqual(p.3, "upskilling")
        XCTAssertEqual(p.5, "blended")
        XCTAssertEqual(p.6, 1)
        let codes = try f.store.db.query("""
            SELECT c.code FROM programme_competences pc JOIN competences c ON c.id = pc.competence_id WHERE pc.programme_id = ? ORDER BY c.id
            """, [p.0]) { $0.string(0) }
        XCTAssertEqual(codes, ["М1", "Ц1"])
        XCTAssertEqual(try f.store.db.first("SELECT kind FROM programmes WHERE hours = 250") { $0.string(0) }, "retraining")
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM programmes_fts WHERE programmes_fts MATCH 'емкий'"), 1)
    }

    func testHoursUnderTheKindsMinimumAreABadLine() throws {
        let r = try importText("""
            название,организатор,вид,часы,формат
            Короткий курс,ЧИППКРО,повышение квалификации,15,очно
            Короткая переподготовка,ЧИППКРО,переподготовка,249,очно
            Хороший курс,ЧИППКРО,ПК,72,очно
            """)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertEqual(try count(), 0, "the good row is not imported either")
        let text = r.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Строка 2, поле «часы»: «повышение квалификации»: не меньше 16 ч, а указано 15"), text)
        XCTAssertTrue(text.contains("Строка 3, поле «часы»: «профессиональная переподготовка»: не меньше 250 ч, а указано 249"), text)
    }

    func testOtherBadLinesAreNamed() throws {
        let r = try importText("""
            название,организатор,вид,часы,формат,в реестре,компетенции
            ,ЧИППКРО,,36,очно,,
            Курс,ЧИППКРО,стажировка,36,очно,,
            Курс 2,ЧИППКРО,,много,очно,,
            Курс 3,ЧИППКРО,,36,по почте,,
            Курс 4,ЧИППКРО,,36,очно,возможно,
            Курс 5,ЧИППКРО,,36,очно,,Z7
            Курс 6,ЧИППКРО,,36,очно,,
            курс 6,чиппкро,,72,очно,,
            """)
        XCTAssertEqual(r.exitCode, 1)
        let text = r.lines.joined(separator: "\n")
        for expected in ["Строка 2, поле «название»: пустое название", "Строка 3, поле «вид»: «стажировка»",
                         "Строка 4, поле «часы»: «много»", "Строка 5, поле «формат»: «по почте»",
                         "Строка 6, поле «в реестре»: «возможно»", "Строка 7, поле «компетенции»: нет компетенции с кодом «Z7»",
                         "Строка 9: повторяет строку 8"] {
            XCTAssertTrue(text.contains(expected), "\(expected)\n\(text)")
        }
    }

    func testAProgrammeAlreadyInTheCatalogIsRefused() throws {
        XCTAssertEqual(try importText(Self.good).exitCode, 0)
        let again = try importText("название,организатор,часы,формат\nЦИФРОВАЯ ШКОЛА,цнппм,40,очно\n")
        XCTAssertEqual(again.exitCode, 1)
        XCTAssertTrue(again.lines.joined().contains("такая программа уже есть в каталоге"), again.lines.joined())
        XCTAssertEqual(try count(), 3)
    }

    func testBOMSemicolonAndDryRun() throws {
        let text = "Название;Организатор;Часы;Формат;Компетенции\r\nКурс «Ёж»;ЧИППКРО;18;дистанционно;\"М1; Ц1\"\r\n"
        let dry = try importText(text, dryRun: true, bom: true)
        XCTAssertEqual(dry.exitCode, 0, dry.lines.joined())
        XCTAssertEqual(try count(), 0)
        let real = try importText(text, bom: true)
        XCTAssertEqual(real.exitCode, 0, real.lines.joined())
        XCTAssertEqual(try f.store.db.first("SELECT title FROM programmes") { $0.string(0) }, "Курс «Ёж»")
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM programme_competences"), 2)
    }

    func testAMethodistWithoutTheRightCannotImport() throws {
        XCTAssertEqual(try importText(Self.good, as: "methodist").exitCode, 2)
        XCTAssertEqual(try count(), 0)
    }
}
