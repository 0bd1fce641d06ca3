import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// `metodist import requests FILE.csv`: all rows or none, each bad line named.
final class RequestImportTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func requestCount() throws -> Int { try f.store.db.scalarInt("SELECT count(*) FROM requests") }

    func importText(_ text: String, as login: String? = nil, dryRun: Bool = false, bom: Bool = false) throws -> ExchangeReport {
        let actor = try login.map { try f.viewer($0) }
        let data = (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        return RequestImport.run(f.store, actor: actor, data: data, fileName: "requests.csv", dryRun: dryRun)
    }

    func testAGoodFileImportsEveryRow() throws {
        let before = try requestCount()
        let r = try importText("""
            логин,организация,текст,направление,дата
            elkina,,Помогите с проектной деятельностью,9,01.03.2024
            ,СОШ № 5,Школа просит выездной семинар,6,
            ivanov,СОШ № 5,Нужна помощь с ФГОС,,2024-03-14
            """)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(try requestCount(), before + 3)
        XCTAssertTrue(r.lines.first?.contains("загружено запросов — 3") ?? false)
        let coord = try f.viewer("coord")
        let imported = try f.store.triagePage(coord, RequestQuery(text: "проектной"), limit: 5)
        XCTAssertEqual(imported.first?.request.createdOn, Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(imported.first?.request.direction, 9)
        XCTAssertEqual(imported.first?.request.status, .new)
        XCTAssertEqual(imported.first?.request.municipalityID, f.id("chel"))
        XCTAssertTrue(imported.first?.summary.urgent ?? false, "a young author is urgent")
        let school = try f.store.triagePage(coord, RequestQuery(text: "выездной"), limit: 5).first
        XCTAssertNil(school?.request.authorID)
        XCTAssertEqual(school?.request.organizationID, f.id("shnor"))
        XCTAssertEqual(school?.request.createdOn, f.store.today(), "no date: today")
        // The import is audited and each request has its history.
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM audit WHERE action = 'import'"), 4)
        XCTAssertEqual(try f.store.requestHistory(coord, id: school?.id ?? -1).first?.change.after, "new")
    }

    func testBOMAndSemicolonsAsExcelWritesThem() throws {
        let r = try importText("Логин автора;Текст;Направление\r\nelkina;\"Нужна консультация; срочно\";3\r\n", bom: true)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let found = try f.store.triagePage(f.viewer("coord"), RequestQuery(text: "консультация срочно"), limit: 5)
        XCTAssertEqual(found.first?.request.text, "Нужна консультация; срочно")
    }

    func testQuotedMultiLineFields() throws {
        let r = try importText("логин,текст\nelkina,\"Первая строка запроса\nвторая строка, с запятой\nи \"\"кавычками\"\"\"\nivanov,Второй запрос\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let found = try f.store.triagePage(f.viewer("coord"), RequestQuery(text: "первая строка"), limit: 5)
        XCTAssertEqual(found.first?.request.text, "Первая строка запроса\nвторая строка, с запятой\nи \"кавычками\"")
    }

    func testOneBadLineImportsNothingAndNamesTheLine() throws {
        let before = try requestCount()
        let r = try importText("""
            логин,текст,направление
            elkina,"Хороший запрос
            на две строки",3
            nobody,Запрос неизвестного,1
            ivanov,Ещё хороший,2
            """)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertEqual(try requestCount(), before, "nothing imported")
        XCTAssertTrue(r.lines.contains("Строка 4: логин «nobody» не найден"), r.lines.joined(separator: "\n"))
        XCTAssertTrue(r.lines.first?.contains("ничего не загружено") ?? false)
    }

    func testEveryKindOfBadLineIsNamed() throws {
        let r = try importText("""
            логин,организация,текст,направление,дата
            elkina,,,3,
            ,,Без автора,,
            elkina,,Направление не то,20,
            elkina,,Дата не та,,31.02.2024
            elkina,,Из будущего,,01.01.2030
            elkina,Нет такой школы,Текст,,
            petrova,СОШ № 5,Не та школа,,
            elkina,,Повтор,,
            elkina,,Повтор,,
            """)
        XCTAssertEqual(r.exitCode, 1)
        let text = r.lines.joined(separator: "\n")
        for expected in ["Строка 2: пустой текст запроса", "Строка 3: не указан ни логин автора, ни организация",
                         "Строка 4: направление «20»", "Строка 5: дата «31.02.2024»", "Строка 6: дата 01.01.2030 ещё не наступила",
                         "Строка 7: организация «Нет такой школы» не найдена", "Строка 8: «petrova» работает в другой организации",
                         "Строка 10: повторяет строку 9"] {
            XCTAssertTrue(text.contains(expected), "\(expected)\n---\n\(text)")
        }
    }

    func testAMethodistImportsOnlyTheirMunicipalityAndDuplicatesOfTheDatabaseAreRefused() throws {
        let r = try importText("логин,текст\npetrova,Запрос из Аши\n", as: "methodist")
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.lines.joined().contains("другого муниципалитета"), r.lines.joined(separator: "\n"))
        XCTAssertEqual(try importText("логин,текст\nelkina,Один раз\n", as: "methodist").exitCode, 0)
        let again = try importText("логин,текст\nelkina,Один раз\n", as: "methodist")
        XCTAssertEqual(again.exitCode, 1)
        XCTAssertTrue(again.lines.joined().contains("такой запрос уже есть"))
        XCTAssertEqual(try importText("логин,текст\nelkina,x\n", as: "elkina").exitCode, 2, "a teacher may not import")
    }

    func testDryRunWritesNothing() throws {
        let before = try requestCount()
        let r = try importText("логин,текст\nelkina,Проверка\n", dryRun: true)
        XCTAssertEqual(r.exitCode, 0)
        XCTAssertTrue(r.lines.first?.contains("--dry-run") ?? false)
        XCTAssertEqual(try requestCount(), before)
    }

    func testEmptyBinaryAndBadHeaderFiles() throws {
        let before = try requestCount()
        let empty = try importText("")
        XCTAssertEqual(empty.exitCode, 1)
        XCTAssertTrue(empty.lines.first?.contains("пуст") ?? false, empty.lines.joined())
        let headerOnly = try importText("логин,текст\n")
        XCTAssertEqual(headerOnly.exitCode, 1)
        XCTAssertTrue(headerOnly.lines.first?.contains("нет строк") ?? false)
        let binary = RequestImport.run(f.store, actor: nil, data: Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
                                       fileName: "requests.xlsx")
        XCTAssertEqual(binary.exitCode, 1)
        XCTAssertTrue(binary.lines.first?.contains("не текстовый файл CSV") ?? false, binary.lines.joined())
        let badHeader = try importText("логин,тект\nelkina,x\n")
        XCTAssertEqual(badHeader.exitCode, 1)
        XCTAssertTrue(badHeader.lines.first?.contains("строка 1: неизвестный столбец «тект»") ?? false, badHeader.lines.joined())
        let missing = RequestImport.run(f.store, actor: nil, path: f.dir.appendingPathComponent("нет.csv").path)
        XCTAssertEqual(missing.exitCode, 2)
        XCTAssertEqual(try requestCount(), before)
    }

    func testExportCSVAndMarkdownWithTheInboxFields() throws {
        let methodist = try f.viewer("methodist")
        let csv = RequestExport.run(f.store, viewer: methodist, format: .csv)
        XCTAssertEqual(csv.exitCode, 0)
        let table = try CSV.parse(Data(csv.output.utf8))
        XCTAssertEqual(table.header.first, "№")
        XCTAssertTrue(table.header.contains("ШНОР") && table.header.contains("молодой педагог") && table.header.contains("просрочен"))
        XCTAssertEqual(table.records.count, 2, "the methodist's municipality only")
        let excel = RequestExport.run(f.store, viewer: methodist, query: RequestQuery(statuses: [.new], direction: 7), format: .csv, excel: true)
        XCTAssertTrue(excel.output.hasPrefix("\u{FEFF}№;"))
        XCTAssertEqual(excel.count, 1)
        let md = RequestExport.run(f.store, viewer: try f.viewer("coord"), format: .md)
        XCTAssertTrue(md.output.contains("| № | дата |"), md.output)
        XCTAssertEqual(md.count, 3)
        XCTAssertEqual(RequestExport.run(f.store, viewer: try f.viewer("elkina"), format: .md).count, 1, "a teacher: their own")
    }
}
