import Foundation
import XCTest
@testable import Storage

/// A write that finds another connection holding the lock waits for it —
/// telling an observer once that it waits — and fails only after the
/// limit, with a message a user can read (no SQL).
final class BusyWaitTests: XCTestCase {
    var dir: URL!
    override func setUp() { dir = Fixture.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    func store() throws -> SQLiteStore { try SQLiteStore(path: dir.appendingPathComponent("busy.db").path) }

    func insert(_ store: SQLiteStore) throws {
        _ = try store.db.write { try store.db.execute("INSERT INTO meta(key, value) VALUES (?, 'v')", ["k\(UUID())"]) }
    }

    func testAWriteWaitsForTheLockAndSaysSoOnce() throws {
        let store = try store()
        let path = store.db.path
        let locked = DispatchSemaphore(value: 0)
        // Another session holds the write lock for 300 ms, then commits.
        let holder = Thread {
            guard let other = try? Database(path: path), (try? other.execute("BEGIN IMMEDIATE")) != nil else { locked.signal(); return }
            locked.signal()
            usleep(300_000)
            _ = try? other.execute("COMMIT")
        }
        holder.start()
        locked.wait()
        var notices = 0
        store.db.busyWait.noticeAfter = 0.05
        store.db.busyWait.limit = 10
        store.db.busyWait.onWait = { notices += 1 }
        try insert(store)
        XCTAssertEqual(notices, 1, "one notice for one wait, however many retries")
        try insert(store)
        XCTAssertEqual(notices, 1, "a write that does not wait says nothing")
    }

    func testAfterTheLimitTheWriteFailsAsBusyWithWordsNotSQL() throws {
        let store = try store()
        let other = try Database(path: store.db.path)
        try other.execute("BEGIN IMMEDIATE")
        defer { _ = try? other.execute("ROLLBACK") }
        store.db.busyWait.limit = 0.1
        var notices = 0
        store.db.busyWait.noticeAfter = 0
        store.db.busyWait.onWait = { notices += 1 }
        XCTAssertThrowsError(try insert(store)) { error in
            let e = error as? SQLiteError
            XCTAssertEqual(e?.isBusy, true, "\(error)")
            XCTAssertEqual(e?.userMessage.ru.contains("База занята"), true)
            XCTAssertEqual(e?.userMessage.en.contains("busy"), true)
            XCTAssertEqual(e?.userMessage.ru.contains("BEGIN"), false)
        }
        XCTAssertEqual(notices, 1)
    }

    func testEverySQLiteFailureHasAUserMessageWithoutTheStatement() {
        let sql = "UPDATE requests SET text = ? WHERE id = ?"
        let cases: [(Int32, String, String)] = [
            (5, "База занята", "busy"), (6, "База занята", "busy"), (517, "База занята", "busy"),
            (8, "только для чтения", "read-only"), (1032, "только для чтения", "read-only"),
            (11, "metodist check", "metodist check"), (26, "metodist check", "metodist check"),
            (13, "Диск заполнен", "disk is full"), (10, "Ошибка чтения или записи", "could not be read or written"),
            (14, "Не удалось открыть", "Cannot open"), (1, "код 1", "code 1"),
        ]
        for (code, ru, en) in cases {
            let m = SQLiteError(code: code, message: "attempt to write a readonly database", sql: sql).userMessage
            XCTAssertTrue(m.ru.contains(ru), "\(code): \(m.ru)")
            XCTAssertTrue(m.en.contains(en), "\(code): \(m.en)")
            for text in [m.ru, m.en] {
                XCTAssertFalse(text.contains("UPDATE") || text.contains("SQLite") || text.contains("attempt to"), text)
            }
        }
    }

    func testAReadOnlyConnectionRefusesAWriteWithTheReadOnlyMessage() throws {
        let store = try store()
        try store.db.execute("PRAGMA query_only = ON")
        XCTAssertThrowsError(try insert(store)) { error in
            XCTAssertEqual((error as? SQLiteError)?.userMessage.ru.contains("только для чтения"), true, "\(error)")
        }
    }
}
