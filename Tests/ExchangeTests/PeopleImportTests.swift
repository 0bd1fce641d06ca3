import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// `metodist import people FILE.csv`: upsert by login, all rows or none,
/// each bad line named with its field.
final class PeopleImportTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    func peopleCount() throws -> Int { try f.store.db.scalarInt("SELECT count(*) FROM people") }

    func importText(_ text: String, as login: String? = "admin", dryRun: Bool = false, bom: Bool = false,
                    language: Language = .ru) throws -> ExchangeReport {
        let actor = try login.map { try f.viewer($0) }
        let data = (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        return PeopleImport.run(f.store, actor: actor, data: data, fileName: "people.csv", dryRun: dryRun, language: language)
    }

    func person(_ login: String) throws -> Person? {
        guard let id = try f.store.db.first("SELECT id FROM people WHERE login = ?", [login], { $0.int64(0) }) else { return nil }
        return try f.store.person(f.viewer("admin"), id: id)
    }

    static let good = """
        логин,ФИО,организация,муниципалитет,должность,предметы,категория,дата рождения,стаж с,роли,направления
        elkin.petr,Ёлкин Пётр Семёнович,Лицей № 31,Челябинский ГО,учитель физики,"Физика; Астрономия",высшая,05.06.1985,2008-09-01,"педагог, наставник",
        zaitseva,Зайцева Дарья Олеговна,СОШ № 1 г. Аши,,учитель,Математика,первая,,,,
        rma2,Кравцов Роман Ильич,,Ашинский МР,методист,,без категории,,,методист РМА,"3; 6"
        """

    func testAGoodFileAddsEveryPersonWithEveryField() throws {
        let before = try peopleCount()
        let r = try importText(Self.good)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(try peopleCount(), before + 3)
        XCTAssertTrue(r.lines[0].contains("загружено работников — 3"), r.lines[0])
        let p = try XCTUnwrap(person("elkin.petr"))
        XCTAssertEqual(p.fullName, "Ёлкин Пётр Семёнович")
        XCTAssertEqual(p.organizationID, f.id("lyceum"))
        XCTAssertEqual(p.position, "учитель физики")
        XCTAssertEqual(p.subjects, ["Физика", "Астрономия"])
        XCTAssertEqual(p.category, .highest)
        XCTAssertEqual(p.birthDate, Day(year: 1985, month: 6, day: 5))
        XCTAssertEqual(p.teachingSince, Day(year: 2008, month: 9, day: 1))
        XCTAssertEqual(p.roles, [.teacher, .mentor])
        let municipality = try f.store.db.first("SELECT municipality_id FROM people WHERE login = 'elkin.petr'") { $0.optInt64(0) }
        XCTAssertEqual(municipality, f.id("chel"), "the municipality follows the organization")
        let z = try XCTUnwrap(person("zaitseva"))
        XCTAssertEqual(z.roles, [.teacher], "no roles given: a teacher")
        XCTAssertNil(z.birthDate)
        let rma = try XCTUnwrap(person("rma2"))
        XCTAssertEqual(rma.roles, [.regionalMethodist])
        XCTAssertEqual(rma.directions, [3, 6])
        XCTAssertNil(rma.organizationID)
        XCTAssertEqual(try f.store.db.first("SELECT municipality_id FROM people WHERE login = 'rma2'") { $0.optInt64(0) }, f.id("asha"))
        // Searchable at once: the FTS triggers ran, ё folded.
        let found = try f.store.searchPeople(f.viewer("admin"), "семенович", limit: 5)
        XCTAssertEqual(found.map(\.login), ["elkin.petr"])
        XCTAssertGreaterThan(try f.store.db.scalarInt("SELECT count(*) FROM audit WHERE entity = 'person' AND action = 'import'"), 2)
    }

    func testABadLineIsNamedWithItsFieldAndNothingIsImported() throws {
        let before = try peopleCount()
        let r = try importText("""
            логин,ФИО,организация,дата рождения,роли
            good1,Хорошая Анна Ивановна,Лицей № 31,01.01.1990,
            bad1,Плохая Анна Ивановна,Школа № 999,01.01.1990,
            bad2,Плохой Иван,Лицей № 31,31.02.1990,

            bad3,Плохой Пётр,Лицей № 31,01.01.1990,волшебник
            bad4,Плохой Степан,Лицей № 31,01.01.2030,
            good1,Повтор Логина,Лицей № 31,,
            ,Без Логина,Лицей № 31,,
            """)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertEqual(try peopleCount(), before, "all rows or none")
        let text = r.lines.joined(separator: "\n")
        XCTAssertTrue(r.lines[0].contains("ошибок — 6; ничего не загружено"), r.lines[0])
        XCTAssertTrue(text.contains("Строка 3, поле «организация»: организация «Школа № 999» не найдена"), text)
        XCTAssertTrue(text.contains("Строка 4, поле «дата рождения»: «31.02.1990» — не дата"), text)
        XCTAssertTrue(text.contains("Строка 6, поле «роли»: роль «волшебник» неизвестна"), "line numbers count the blank line: \(text)")
        XCTAssertTrue(text.contains("Строка 7, поле «дата рождения»: дата 01.01.2030 ещё не наступила"), text)
        XCTAssertTrue(text.contains("Строка 8, поле «логин»: логин «good1» уже был в строке 2"), text)
        XCTAssertTrue(text.contains("Строка 9, поле «логин»: пустой логин"), text)
        XCTAssertNil(try person("good1"))
    }

    func testEnglishReport() throws {
        let r = try importText("login,full name,organization\nx1,Икс Игрек,Нет такой\n", language: .en)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.lines.contains("Line 2, field “organization”: organization “Нет такой” not found"), r.lines.joined(separator: "\n"))
    }

    func testAnUnknownOrMissingColumnRefusesTheFileAtLineOne() throws {
        let r = try importText("логин,ФИО,любимый цвет\na,Б В,синий\n")
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.lines[0].contains("строка 1: неизвестный столбец «любимый цвет»"), r.lines[0])
        let missing = try importText("логин,организация\na,Лицей № 31\n")
        XCTAssertTrue(missing.lines[0].contains("нет обязательного столбца «фио»"), missing.lines[0])
    }

    func testBOMAndSemicolonAndCRLF() throws {
        let text = "логин;ФИО;организация;предметы\r\nsemi;Точка Запятая Ёжиковна;Лицей № 31;\"Химия; Биология\"\r\n"
        let r = try importText(text, bom: true)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let p = try XCTUnwrap(person("semi"))
        XCTAssertEqual(p.fullName, "Точка Запятая Ёжиковна", "the BOM is not part of the first column")
        XCTAssertEqual(p.subjects, ["Химия", "Биология"])
    }

    func testDryRunReportsAndWritesNothing() throws {
        let before = try peopleCount()
        let auditBefore = try f.store.db.scalarInt("SELECT count(*) FROM audit")
        let r = try importText(Self.good, dryRun: true)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(r.count, 3)
        XCTAssertTrue(r.lines[0].contains("ничего не записано (--dry-run)"), r.lines[0])
        XCTAssertEqual(try peopleCount(), before)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM audit"), auditBefore)
        XCTAssertNil(try person("zaitseva"))
    }

    func testAKnownLoginIsUpdatedKeepingAbsentColumns() throws {
        let before = try XCTUnwrap(person("ivanov"))
        let r = try importText("логин,ФИО,должность\nivanov,Иванов Иван Ильич,заместитель директора\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        let after = try XCTUnwrap(person("ivanov"))
        XCTAssertEqual(after.id, before.id)
        XCTAssertEqual(after.fullName, "Иванов Иван Ильич")
        XCTAssertEqual(after.position, "заместитель директора")
        XCTAssertEqual(after.organizationID, before.organizationID, "no organization column: kept")
        XCTAssertEqual(after.birthDate, before.birthDate)
        XCTAssertEqual(after.version, before.version + 1)
        XCTAssertEqual(try f.store.auditTrail(entity: "person", id: before.id).first?.action, "import-update")
    }

    func testLoadingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        XCTAssertEqual(try importText(Self.good).exitCode, 0)
        let version = try XCTUnwrap(person("elkin.petr")).version
        let auditRows = try f.store.db.scalarInt("SELECT count(*) FROM audit WHERE entity = 'person'")
        let again = try importText(Self.good)
        XCTAssertEqual(again.exitCode, 0, again.lines.joined())
        XCTAssertTrue(again.lines.last?.contains("новых — 0, изменено — 0, без изменений — 3") ?? false, again.lines.joined())
        XCTAssertEqual(try XCTUnwrap(person("elkin.petr")).version, version)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM audit WHERE entity = 'person'"), auditRows)
    }

    func testOnlyAnAdministratorGivesRoles() throws {
        let r = try importText("логин,ФИО,роли\nnewtutor,Новый Тьютор,тьютор\n", as: "coord")
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.lines.joined().contains("поле «роли»: назначать и менять роли может только администратор"), r.lines.joined())
        let teacher = try importText("логин,ФИО,роли\nnewteacher,Новый Педагог,педагог\n", as: "coord")
        XCTAssertEqual(teacher.exitCode, 0, teacher.lines.joined())
    }

    func testWithoutTheRightToImportNothingHappens() throws {
        let before = try peopleCount()
        let r = try importText(Self.good, as: "elkina")
        XCTAssertEqual(r.exitCode, 2)
        XCTAssertEqual(try peopleCount(), before)
    }

    func testEscapeSequencesAreStoredHarmlessly() throws {
        let r = try importText("логин,ФИО,должность\nesc,\"Злой\u{1B}[2J\u{1B}]0;title\u{07}Ёжик\",\"учитель\u{1B}[31m\u{202E}\nистории\"\n")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined())
        let p = try XCTUnwrap(person("esc"))
        XCTAssertFalse(p.fullName.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }, p.fullName)
        XCTAssertFalse(p.position.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }, p.position)
        XCTAssertTrue(p.fullName.hasPrefix("Злой"))
        XCTAssertTrue(p.position.hasSuffix("истории"))
    }

    func testTenThousandRowsImportInOneTransaction() throws {
        var lines = ["логин;ФИО;организация;должность;предметы;дата рождения;стаж с"]
        for i in 0..<10_000 {
            lines.append("bulk\(i);Массовый\(i) Пётр Ёлкинович;Лицей № 31;учитель;Математика;01.02.1990;01.09.2015")
        }
        let before = try peopleCount()
        let parseStart = Date()
        _ = try CSV.parse(Data(lines.joined(separator: "\n").utf8))
        print("CSV.parse of 10000 rows: \(String(format: "%.2f", Date().timeIntervalSince(parseStart))) s")
        let start = Date()
        let r = try importText(lines.joined(separator: "\n"))
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined())
        XCTAssertEqual(try peopleCount(), before + 10_000)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'елкинович'"), 10_000)
        print("PeopleImport: 10000 rows in \(String(format: "%.2f", seconds)) s")  // measured, not asserted
    }
}
