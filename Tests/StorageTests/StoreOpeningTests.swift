import CSQLite
import Domain
import Foundation
import XCTest
@testable import Storage

/// Opening files: new, ours, damaged, foreign, newer. A file we refuse is never modified.
final class StoreOpeningTests: XCTestCase {
    var dir: URL!
    override func setUp() { dir = Fixture.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func testNewFileIsMigratedToCurrentSchemaInWALMode() throws {
        let p = path("new.db")
        let store = try SQLiteStore(path: p)
        XCTAssertEqual(store.schemaVersion, SQLiteStore.supportedSchemaVersion)
        XCTAssertEqual(try store.db.first("PRAGMA journal_mode") { $0.string(0) }, "wal")
        XCTAssertEqual(try store.db.scalarInt("PRAGMA application_id"), 0x4D45_544F)
        XCTAssertEqual(try store.db.scalarInt("PRAGMA foreign_keys"), 1)
        for table in ["people", "routes", "steps", "requests", "audit", "people_fts", "roadmap_items", "rma_applications"] {
            XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = ?", [table]), 1, table)
        }
        let mode = try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "a new database is private to its owner")
    }

    func testGroupSharedFileGetsMode0660() throws {
        let p = path("group.db")
        _ = try SQLiteStore(path: p, groupShared: true)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int, 0o660)
    }

    func testReopeningKeepsDataAndDoesNotMigrateAgain() throws {
        let p = path("again.db")
        do {
            let s = try SQLiteStore(path: p)
            try s.setMeta("marker", "да")
        }
        let s2 = try SQLiteStore(path: p)
        XCTAssertEqual(s2.meta("marker"), "да")
        XCTAssertEqual(s2.schemaVersion, SQLiteStore.supportedSchemaVersion)
    }

    func testAnEmptyExistingFileBecomesANewDatabase() throws {
        let p = path("empty.db")
        FileManager.default.createFile(atPath: p, contents: Data())
        let s = try SQLiteStore(path: p)
        XCTAssertEqual(s.schemaVersion, SQLiteStore.supportedSchemaVersion)
    }

    func assertRefused(_ p: String, _ expected: (StoreError) -> Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: p))
        XCTAssertThrowsError(try SQLiteStore(path: p), file: file, line: line) { error in
            guard let e = error as? StoreError else { return XCTFail("not a StoreError: \(error)", file: file, line: line) }
            XCTAssertTrue(expected(e), "unexpected error: \(e)", file: file, line: line)
            XCTAssertFalse(e.message.ru.isEmpty)
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: p))
        XCTAssertEqual(before, after, "a refused file must not be modified", file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: p + "-wal"), "no WAL file left beside a refused file", file: file, line: line)
    }

    func testATextFileIsNotADatabaseAndIsLeftAlone() throws {
        let p = path("notes.db")
        try "Это не база данных, а заметки.\n".write(toFile: p, atomically: true, encoding: .utf8)
        try assertRefused(p) { if case .notADatabase = $0 { return true }; return false }
    }

    func testRandomBytesAreNotADatabase() throws {
        let p = path("random.db")
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8((i * 7919 + 13) & 0xFF) }
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        try assertRefused(p) { if case .notADatabase = $0 { return true }; return false }
    }

    func testADamagedHeaderIsNotADatabase() throws {
        let p = path("damaged.db")
        _ = try SQLiteStore(path: p)
        // Overwrite the middle of the header: the magic string stays, the page size breaks.
        let h = try XCTUnwrap(FileHandle(forWritingAtPath: p))
        h.seek(toFileOffset: 16)
        h.write(Data([0xFF, 0xFF, 0xFF, 0xFF]))
        try h.close()
        try? FileManager.default.removeItem(atPath: p + "-wal")
        try? FileManager.default.removeItem(atPath: p + "-shm")
        XCTAssertThrowsError(try SQLiteStore(path: p))
    }

    func testADatabaseOfAnotherProgramIsRefusedUnchanged() throws {
        let p = path("other.db")
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(p, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);", nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        try assertRefused(p) { if case .foreignDatabase = $0 { return true }; return false }
    }

    func testANewerSchemaIsRefusedUnchanged() throws {
        let p = path("newer.db")
        do {
            let s = try SQLiteStore(path: p)
            try s.db.execute("PRAGMA journal_mode = DELETE")
            try s.db.executeScript("PRAGMA user_version = 99")
        }
        try assertRefused(p) {
            if case .newerSchema(_, let found, let supported) = $0 { return found == 99 && supported == SQLiteStore.supportedSchemaVersion }
            return false
        }
    }

    func testAnOlderFileIsNotUpgradedByAReadOnlyCommandButByTheNextWriter() throws {
        let p = path("older.db")
        try OlderFile.make(at: p, version: 3)
        XCTAssertThrowsError(try SQLiteStore(path: p, mode: .readOnly)) { error in
            guard case .olderSchemaReadOnly(_, let found, let supported) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 3)
            XCTAssertEqual(supported, SQLiteStore.supportedSchemaVersion)
            XCTAssertTrue((error as? StoreError)?.message.ru.contains("metodist --db") ?? false)
        }
        let writer = try SQLiteStore(path: p, mode: .existing)
        XCTAssertEqual(writer.schemaVersion, SQLiteStore.supportedSchemaVersion)
        XCTAssertNoThrow(try SQLiteStore(path: p, mode: .readOnly))
    }

    func testMissingFileWithoutCreateIsAClearError() {
        XCTAssertThrowsError(try SQLiteStore(path: path("nope.db"), create: false)) { error in
            guard case .missingFile = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    func testTwoProcessesMigratingAtOnceBothSucceed() throws {
        // Two connections opening a new file: the second re-reads user_version inside its transaction.
        let p = path("race.db")
        let a = try SQLiteStore(path: p)
        let b = try SQLiteStore(path: p)
        XCTAssertEqual(a.schemaVersion, b.schemaVersion)
    }
}
