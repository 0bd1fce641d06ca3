import CSQLite
import Foundation
import XCTest

/// A database path that is not a usable database — a folder, an empty file,
/// a file this user may only read, a damaged file — gets a clear message
/// and exit 3 (the README's table) from every command, and the file is left
/// exactly as it was.
final class BadDatabaseFileTests: XCTestCase {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func commands(_ db: String, csv: String) -> [[String]] {
        [["check", "--db", db], ["export", "people", "--db", db, "--as", "admin"],
         ["import", "people", csv, "--db", db, "--as", "admin", "--dry-run"],
         ["import", "people", csv, "--db", db, "--as", "admin"],
         ["--db", db, "--as", "admin", "--headless", "--keys", "q"]]
    }

    func peopleCSV(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("people.csv").path
        try Data("логин;ФИО;организация;должность\nnew.one;Новая Анна Петровна;1;учитель\n".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testAFolderAsTheDatabaseIsRefusedByEveryCommand() throws {
        let dir = Harness.temporaryDirectory()
        let folder = dir.appendingPathComponent("base.db")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for args in commands(folder.path, csv: try peopleCSV(in: dir)) + [["demo", "--db", folder.path]] {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 3, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("это папка, а не файл базы"), "\(args): \(r.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "nothing made inside it")
    }

    /// The program too: a named empty file is not turned into a demo region (only the default path gets one).
    func testAnEmptyFileIsNotADatabaseForAnyCommand() throws {
        let dir = Harness.temporaryDirectory()
        let db = dir.appendingPathComponent("empty.db").path
        FileManager.default.createFile(atPath: db, contents: Data())
        for args in commands(db, csv: try peopleCSV(in: dir)) + [["backup", "--db", db, "--to", dir.appendingPathComponent("copy.db").path]] {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 3, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("пустой — это не база metodist"), "\(args): \(r.stderr)")
            XCTAssertEqual(bytes(db)?.count, 0, "\(args): no schema was written into it")
        }
    }

    /// Runs as a user who may not write the file or its folder: `nobody`
    /// when the tests run as root (root may write anything), else this user.
    func runWithoutWriteAccess(_ args: [String]) throws -> Harness.Result {
        if geteuid() == 0 {
            return try Harness.run("/usr/sbin/runuser", ["-u", "nobody", "--", Harness.binary] + args)
        }
        return try Harness.metodist(args)
    }

    func testAReadOnlyFileIsCheckedAndExportedButNeverWritten() throws {
        let dir = Harness.temporaryDirectory()
        let db = dir.appendingPathComponent("ro.db").path
        try FileManager.default.copyItem(atPath: try Harness.demoCopy(), toPath: db)
        let csv = try peopleCSV(in: dir)
        chmod(db, 0o444); chmod(csv, 0o444); chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755) }
        if geteuid() == 0 { chmod(dir.path, 0o755) }  // nobody may read it, not write it
        let before = bytes(db)
        let check = try runWithoutWriteAccess(["check", "--db", db])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("Всё в порядке"), check.stdout)
        let export = try runWithoutWriteAccess(["export", "people", "--db", db, "--as", "admin", "--format", "csv"])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.contains("teacher"), "the people are exported")
        let dry = try runWithoutWriteAccess(["import", "people", csv, "--db", db, "--as", "admin", "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        for args in [["import", "people", csv, "--db", db, "--as", "admin"], ["--db", db, "--as", "admin", "--headless", "--keys", "q"]] {
            let r = try runWithoutWriteAccess(args)
            XCTAssertEqual(r.status, 3, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("доступен только для чтения"), "\(args): \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("SQLite"), "no SQL words for a user: \(r.stderr)")
        }
        XCTAssertEqual(bytes(db), before, "the file is untouched")
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-wal"))
    }

    /// Zeroes one page of the requests' search index: a damage SQLite only
    /// finds when it reads that page.
    func damage(_ path: String) throws {
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nil, nil, nil), SQLITE_OK)
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = 'requests_all_triage'", -1, &stmt, nil)
        XCTAssertEqual(sqlite3_step(stmt), SQLITE_ROW)
        let page = Int(sqlite3_column_int64(stmt, 0))
        sqlite3_finalize(stmt)
        sqlite3_close(db)
        let h = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))  // no connection is open: safe here
        try h.seek(toOffset: UInt64((page - 1) * 4096))
        h.write(Data(repeating: 0x5A, count: 4096))
        try h.close()
    }

    func testADamagedFileRefusesImportsPointingToCheckAndIsNotChanged() throws {
        let dir = Harness.temporaryDirectory()
        let db = try Harness.demoCopy()
        try damage(db)
        let before = bytes(db)
        let r = try Harness.metodist(["import", "people", try peopleCSV(in: dir), "--db", db, "--as", "admin"])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains("повреждён"), r.stderr)
        XCTAssertTrue(r.stderr.contains("metodist check"), r.stderr)
        XCTAssertTrue(r.stderr.contains("резервной копии"), r.stderr)
        XCTAssertFalse(r.stderr.contains("SQLite error"), r.stderr)
        let check = try Harness.metodist(["check", "--db", db, "--lang", "en"])
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertTrue(check.stdout.contains("ERROR:"), check.stdout)
        XCTAssertFalse(check.stdout.contains("ОШИБКА"), "English means English: \(check.stdout)")
        XCTAssertEqual(bytes(db), before, "the damaged file is not written")
    }

    func testImportingRequestsNeedsAnIdentity() throws {
        let db = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        let csv = dir.appendingPathComponent("requests.csv").path
        try Data("логин;текст\nteacher;Прошу помочь\n".utf8).write(to: URL(fileURLWithPath: csv))
        // No --as: the OS login (root, or whoever runs the tests) is nobody in the demo file.
        let r = try Harness.metodist(["import", "requests", csv, "--db", db])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("не найден"), r.stderr)
        let sqlite = try SQLiteFile(db)
        XCTAssertEqual(sqlite.rows("SELECT count(*) FROM audit WHERE actor_login = '' OR actor_id IS NULL AND action <> 'demo'")
                           .first?.first, "0", "nothing written with no actor")
    }
}
