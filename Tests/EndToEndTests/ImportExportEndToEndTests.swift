import Foundation
import XCTest

/// The real binary loads the README's sample files into the demo and
/// exports: exit code 0 done, 1 file refused (nothing written), 2 cannot run.
final class ImportExportEndToEndTests: XCTestCase {
    static var samples: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/samples").path
    }

    func sample(_ name: String) -> String { Self.samples + "/" + name }

    /// The binary built next to this test bundle (any scratch path), else the harness's.
    static let binary: String = {
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("metodist").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : Harness.binary
    }()

    func metodist(_ args: [String]) throws -> Harness.Result { try Harness.run(Self.binary, args) }

    func testPeopleSampleDryRunThenRealThenExport() throws {
        let db = try Harness.demoCopy()
        let dry = try metodist(["import", "people", sample("people.csv"), "--dry-run", "--db", db, "--as", "coordinator"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stderr.contains("people.csv: строк без ошибок — 4; ничего не записано (--dry-run)."), dry.stderr)
        let before = try metodist(["export", "people", "--format", "csv", "--db", db, "--as", "coordinator"])
        XCTAssertFalse(before.stdout.contains("orlova.a"), "the dry run wrote nothing")

        let real = try metodist(["import", "people", sample("people.csv"), "--db", db, "--as", "coordinator"])
        XCTAssertEqual(real.status, 0, real.stderr)
        XCTAssertTrue(real.stderr.contains("загружено работников — 4"), real.stderr)

        let csv = try metodist(["export", "people", "--format", "csv", "--excel", "--municipality", "Усть-Катавский ГО",
                                        "--db", db, "--as", "coordinator"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("\u{FEFF}логин;ФИО;"), String(csv.stdout.prefix(40)))
        XCTAssertTrue(csv.stdout.contains("orlova.a;Орлова Алёна Викторовна;МАОУ «СОШ № 2» г. Усть-Катава;Усть-Катавский ГО;учитель;"),
                      csv.stdout)
        XCTAssertFalse(csv.stdout.contains("semyonov.p"), "another municipality")
        let md = try metodist(["export", "people", "--format", "md", "--db", db, "--as", "coordinator", "--lang", "en"])
        XCTAssertEqual(md.status, 0, md.stderr)
        XCTAssertTrue(md.stdout.hasPrefix("# People\n"))
        XCTAssertTrue(md.stdout.contains("| fyodorova.yo | Фёдорова Ёлена Артёмовна |"), md.stdout)
    }

    func testDiagnosticsAndProgrammesSamplesImportOnceOnly() throws {
        let db = try Harness.demoCopy()
        for (kind, file, noun) in [("diagnostics", "diagnostics.csv", "диагностик — 3"), ("programmes", "programmes.csv", "программ — 4")] {
            let dry = try metodist(["import", kind, sample(file), "--dry-run", "--db", db, "--as", "coordinator"])
            XCTAssertEqual(dry.status, 0, dry.stderr)
            let real = try metodist(["import", kind, sample(file), "--db", db, "--as", "coordinator"])
            XCTAssertEqual(real.status, 0, real.stderr)
            XCTAssertTrue(real.stderr.contains("загружено \(noun)"), real.stderr)
            let again = try metodist(["import", kind, sample(file), "--db", db, "--as", "coordinator"])
            XCTAssertEqual(again.status, 1, "the same file again is refused: \(again.stderr)")
            XCTAssertTrue(again.stderr.contains("ничего не загружено"), again.stderr)
        }
        let programmes = try metodist(["export", "programmes", "--format", "csv", "--db", db, "--as", "teacher"])
        XCTAssertEqual(programmes.status, 0, programmes.stderr)
        XCTAssertTrue(programmes.stdout.contains("Учитель-логопед: работа с детьми с ОВЗ,ГБУ ДПО ЧИППКРО,профессиональная переподготовка,260,"),
                      programmes.stdout)
    }

    func testIndicatorAndAuditExportsAreWiredWithTheirRights() throws {
        let db = try Harness.demoCopy()
        let indicators = try metodist(["export", "indicators", "--format", "csv", "--excel", "--db", db, "--as", "coordinator"])
        XCTAssertEqual(indicators.status, 0, indicators.stderr)
        XCTAssertTrue(indicators.stdout.hasPrefix("\u{FEFF}"), "--excel: a BOM")
        let imported = try metodist(["import", "programmes", sample("programmes.csv"), "--db", db, "--as", "admin"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let audit = try metodist(["export", "audit", "--format", "md", "--db", db, "--as", "admin"])
        XCTAssertEqual(audit.status, 0, audit.stderr)
        XCTAssertTrue(audit.stdout.contains("Учитель-логопед"), "the import is in the audit log")
        let teacher = try metodist(["export", "audit", "--format", "csv", "--db", db, "--as", "teacher"])
        XCTAssertEqual(teacher.status, 2, teacher.stderr)
    }

    func testABadFileExits1NamingTheLineAndAMissingOneExits2() throws {
        let db = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("плохой.csv").path
        try Data("название;организатор;вид;часы;формат\nКурс;ЧИППКРО;переподготовка;100;очно\n".utf8).write(to: URL(fileURLWithPath: bad))
        let r = try metodist(["import", "programmes", bad, "--db", db, "--as", "coordinator"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("Строка 2, поле «часы»: «профессиональная переподготовка»: не меньше 250 ч, а указано 100"), r.stderr)
        let en = try metodist(["import", "programmes", bad, "--db", db, "--as", "coordinator", "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("Line 2, field “часы”: retraining: at least 250 hours, but 100 given"), en.stderr)

        let missing = try metodist(["import", "people", dir.appendingPathComponent("нет.csv").path, "--db", db, "--as", "admin"])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        let teacher = try metodist(["import", "people", sample("people.csv"), "--db", db, "--as", "teacher"])
        XCTAssertEqual(teacher.status, 2, teacher.stderr)
        let stranger = try metodist(["import", "people", sample("people.csv"), "--db", db, "--as", "nobody-here"])
        XCTAssertEqual(stranger.status, 2, stranger.stderr)
        let noDatabase = try metodist(["import", "people", sample("people.csv"), "--db", dir.appendingPathComponent("нет.db").path])
        // A named file that is missing is the command line's mistake (exit 2), and init or demo makes one.
        XCTAssertEqual(noDatabase.status, 2, noDatabase.stderr)
        XCTAssertTrue(noDatabase.stderr.contains("metodist init"), noDatabase.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("нет.db").path), "never created")
        let kind = try metodist(["import", "pets", sample("people.csv"), "--db", db, "--as", "admin"])
        XCTAssertEqual(kind.status, 2)
    }
}
