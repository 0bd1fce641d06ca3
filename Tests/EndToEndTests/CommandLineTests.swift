import CSQLite
import Foundation
import XCTest

/// The real binary on the command line: arguments, demo, check, bad files.
final class CommandLineTests: XCTestCase {
    func testUnknownArgumentsPrintUsageAndExit2() throws {
        for args in [["--frobnicate"], ["launch"], ["demo", "extra"], ["--size", "huge", "--headless"], ["--lang", "de"],
                     ["demo", "--teachers", "много"], ["--db"]] {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("Использование"), "usage is printed for \(args)")
        }
    }

    func testHelpAndVersion() throws {
        let help = try Harness.metodist(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("metodist demo"))
        XCTAssertTrue(help.stdout.contains("<Resize:ШxВ>"), "the headless key syntax is documented")
        let version = try Harness.metodist(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("metodist "))
    }

    func testDemoPrintsSummaryAndLoginsAndCheckPasses() throws {
        let path = try Harness.demoCopy()
        let check = try Harness.metodist(["check", "--db", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("Всё в порядке"))
        // A second demo into the same file is refused, the file kept.
        let again = try Harness.metodist(["demo", "--db", path, "--teachers", "100"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("уже есть данные"))
    }

    func testCheckReportsABrokenRuleAndExits1() throws {
        let path = try Harness.demoCopy()
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        // A confirmed... no: a done step on a cancelled route breaks a domain rule.
        let sql = """
            UPDATE steps SET status = 'done' WHERE id = (SELECT s.id FROM steps s JOIN routes r ON r.id = s.route_id
            WHERE r.status = 'cancelled' LIMIT 1);
            """
        XCTAssertEqual(sqlite3_exec(db, sql, nil, nil, nil), SQLITE_OK)
        XCTAssertGreaterThan(sqlite3_changes(db), 0, "the demo has a cancelled route with steps")
        sqlite3_close(db)
        let r = try Harness.metodist(["check", "--db", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("отменённом маршруте"), r.stdout)
    }

    func assertRefusedUnchanged(_ path: String, _ phrase: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for args in [["--db", path, "--as", "teacher", "--headless", "--keys", "q"], ["check", "--db", path], ["demo", "--db", path]] {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 3, "the database file cannot be used: \(args)", file: file, line: line)
            XCTAssertTrue(r.stderr.contains(phrase), "\(args): \(r.stderr)", file: file, line: line)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the file is not modified", file: file, line: line)
    }

    func testATextFileGivenAsDatabaseIsRefusedUntouched() throws {
        let path = Harness.temporaryDirectory().appendingPathComponent("notes.txt").path
        try "просто текст\n".write(toFile: path, atomically: true, encoding: .utf8)
        try assertRefusedUnchanged(path, "не является базой данных SQLite")
    }

    func testAnotherProgramsDatabaseIsRefusedUntouched() throws {
        let path = Harness.temporaryDirectory().appendingPathComponent("other.sqlite").path
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (42);", nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        try assertRefusedUnchanged(path, "база данных другой программы")
    }

    func testANewerSchemaIsRefusedUntouched() throws {
        let path = try Harness.demoCopy()
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 42;", nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        try assertRefusedUnchanged(path, "более новой версией")
    }

    func testAnUnknownLoginIsRefusedNeverOpenedAsSomeoneElse() throws {
        let path = try Harness.demoCopy()
        let r = try Harness.metodist(["--db", path, "--as", "mallory", "--headless", "--keys", "q"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("«mallory» не найден"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty, "no screen is shown")
    }

    func testHeadlessPrintsTheFinalScreen() throws {
        let path = try Harness.demoCopy()
        let r = try Harness.metodist(["--db", path, "--as", "coordinator", "--headless", "--size", "100x30", "--keys", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertGreaterThanOrEqual(lines.count, 30)
        XCTAssertTrue(r.stdout.contains("Работники"))
        XCTAssertTrue(r.stdout.contains("ФИО"))
        let bad = try Harness.metodist(["--db", path, "--as", "coordinator", "--headless", "--keys", "<Bogus>"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("<Bogus>"), bad.stderr)
    }
}
