import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// `metodist export people|programmes`: what the viewer sees, CSV or
/// Markdown; a people export imports into a fresh database as the same people.
final class PeopleExportTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws {
        f = try Fixture()
        // A person with Cyrillic and ё in every field, to travel through the round trip.
        let r = PeopleImport.run(f.store, actor: nil, data: Data("""
            логин,ФИО,организация,должность,предметы,категория,дата рождения,стаж с,роли,направления
            ezhikova.yo,Ёжикова Алёна Фёдоровна,Лицей № 31,учитель-логопед «Ёлочки»,"Русский язык; Литература, родная",высшая,01.02.1990,01.09.2012,"педагог, тьютор, методист РМА","5, 12"
            """.utf8), fileName: "p.csv")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined())
    }
    override func tearDown() { f = nil }

    /// Every person as a comparable line, by login.
    func snapshot(_ store: SQLiteStore) throws -> [String] {
        try store.db.query("""
            SELECT p.login, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''), p.position, p.subjects, p.category,
                   coalesce(p.birth_date, ''), coalesce(p.teaching_since, ''), p.roles, p.directions
            FROM people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN municipalities m ON m.id = p.municipality_id
            ORDER BY p.login
            """) { r in (0..<11).map { r.string($0) }.joined(separator: " | ") }
    }

    /// A database with the fixture's municipalities and organizations and nobody in it.
    func freshRegion() throws -> Fixture {
        let fresh = try Fixture(empty: true)
        try fresh.store.db.write {
            try f.store.db.forEach("SELECT id, name, kind FROM municipalities") {
                try fresh.store.db.execute("INSERT INTO municipalities(id, name, kind) VALUES (?, ?, ?)", [$0.int64(0), $0.string(1), $0.string(2)])
            }
            // Other ids than in the source: the import goes by name.
            try f.store.db.forEach("SELECT id, name, kind, municipality_id FROM organizations ORDER BY id DESC") {
                try fresh.store.db.execute("INSERT INTO organizations(name, kind, municipality_id) VALUES (?, ?, ?)",
                                           [$0.string(1), $0.string(2), $0.optInt64(3)])
            }
        }
        return fresh
    }

    func roundTrip(excel: Bool) throws {
        let export = PeopleExport.run(f.store, viewer: try f.viewer("admin"), format: .csv, excel: excel)
        XCTAssertEqual(export.exitCode, 0, export.lines.joined())
        XCTAssertEqual(export.count, try f.store.peopleCount)
        let fresh = try freshRegion()
        let r = PeopleImport.run(fresh.store, actor: nil, data: Data(export.output.utf8), fileName: "export.csv")
        XCTAssertEqual(r.exitCode, 0, r.lines.joined(separator: "\n"))
        XCTAssertEqual(try snapshot(fresh.store), try snapshot(f.store))
    }

    func testPlainCSVRoundTripsIntoAFreshDatabase() throws { try roundTrip(excel: false) }
    func testExcelCSVRoundTripsIntoAFreshDatabase() throws { try roundTrip(excel: true) }

    func testExcelFormatHasBOMSemicolonCRLFAndGuardsFormulas() throws {
        try f.store.db.execute("UPDATE people SET position = '=HYPERLINK(\"http://x\")' WHERE login = 'ivanov'")
        let r = PeopleExport.run(f.store, viewer: try f.viewer("admin"), format: .csv, excel: true)
        XCTAssertTrue(r.output.hasPrefix("\u{FEFF}логин;ФИО;организация;"), String(r.output.prefix(60)))
        XCTAssertTrue(r.output.contains("\r\n"))
        XCTAssertFalse(r.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        XCTAssertTrue(r.output.contains("'=HYPERLINK"), "a formula is shown, not run")
        let plain = PeopleExport.run(f.store, viewer: try f.viewer("admin"), format: .csv)
        XCTAssertTrue(plain.output.hasPrefix("логин,ФИО,"))
        XCTAssertTrue(plain.output.contains("ezhikova.yo,Ёжикова Алёна Фёдоровна,Лицей № 31,Челябинский ГО"), plain.output)
    }

    func testMarkdownAndTheMunicipalityFilter() throws {
        let r = PeopleExport.run(f.store, viewer: try f.viewer("coord"), municipality: "ашинский мр", format: .md)
        XCTAssertEqual(r.exitCode, 0, r.lines.joined())
        XCTAssertTrue(r.output.hasPrefix("# Работники\n"))
        XCTAssertTrue(r.output.contains("| petrova | Петрова Мария Сергеевна | СОШ № 1 г. Аши | Ашинский МР |"), r.output)
        XCTAssertFalse(r.output.contains("elkina"))
        XCTAssertEqual(r.count, 2)
        let unknown = PeopleExport.run(f.store, viewer: try f.viewer("coord"), municipality: "Атлантида", format: .md)
        XCTAssertEqual(unknown.exitCode, 2)
        XCTAssertTrue(unknown.lines.joined().contains("муниципалитет «Атлантида» не найден"))
    }

    func testTheExportShowsOnlyWhatTheViewerSees() throws {
        let methodist = PeopleExport.run(f.store, viewer: try f.viewer("methodist"), format: .csv)
        XCTAssertEqual(methodist.exitCode, 0)
        XCTAssertFalse(methodist.output.contains("petrova"), "another municipality")
        XCTAssertTrue(methodist.output.contains("elkina"))
        let teacher = PeopleExport.run(f.store, viewer: try f.viewer("elkina"), format: .csv)
        XCTAssertEqual(teacher.exitCode, 2)
        XCTAssertEqual(teacher.output, "")
    }

    func testEscapeSequencesNeverReachTheOutput() throws {
        try f.store.db.execute("UPDATE people SET full_name = 'Злой\u{1B}[2JИванов' WHERE login = 'ivanov'")
        for format in ExportFormat.allCases {
            let r = PeopleExport.run(f.store, viewer: try f.viewer("admin"), format: format)
            XCTAssertFalse(r.output.contains("\u{1B}"), format.rawValue)
        }
    }

    func testProgrammeExportWritesTheImportColumns() throws {
        let imported = ProgrammeImport.run(f.store, actor: nil, data: Data("""
            название,организатор,вид,часы,формат,в реестре,компетенции
            Ёмкий урок,ЧИППКРО,повышение квалификации,36,смешанно,да,"М1, Ц1"
            """.utf8), fileName: "p.csv")
        XCTAssertEqual(imported.exitCode, 0, imported.lines.joined())
        let r = ProgrammeExport.run(f.store, viewer: try f.viewer("elkina"), format: .csv)
        XCTAssertEqual(r.exitCode, 0)
        XCTAssertEqual(r.output, "название,организатор,вид,часы,формат,в реестре,компетенции\r\n"
                       + "Ёмкий урок,ЧИППКРО,повышение квалификации,36,смешанно,да,\"М1, Ц1\"\r\n")
        let md = ProgrammeExport.run(f.store, viewer: try f.viewer("elkina"), format: .md, language: .en)
        XCTAssertTrue(md.output.contains("| Ёмкий урок | ЧИППКРО | upskilling | 36 | blended | yes | М1, Ц1 |"), md.output)
        // The export loads back into a catalog without it.
        try f.store.db.execute("UPDATE programmes SET retired = 1")
        let back = ProgrammeImport.run(f.store, actor: nil, data: Data(r.output.utf8), fileName: "export.csv")
        XCTAssertEqual(back.exitCode, 0, back.lines.joined())
    }
}
