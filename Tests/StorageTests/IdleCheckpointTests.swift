import Foundation
import XCTest
@testable import Storage

/// An interactive session copies the WAL back into the file when idle, never
/// inside a commit: a commit must not pay for the checkpoint of a thousand
/// pages in the middle of a keystroke.
final class IdleCheckpointTests: XCTestCase {
    var dir: URL!
    override func setUp() { dir = Fixture.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// The database file's own size: pages reach it only by a checkpoint.
    func fileSize(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }

    func write(_ store: SQLiteStore, rows: Int) throws {
        try store.db.write {
            for i in 0..<rows {
                try store.db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", ["k\(i)-\(UUID())", String(repeating: "ж", count: 400)])
            }
        }
    }

    func testCommitsLeaveTheWALToTheIdleCheckpoint() throws {
        let path = dir.appendingPathComponent("idle.db").path
        let store = try SQLiteStore(path: path)
        store.checkpointOnlyWhenIdle()
        try write(store, rows: 6000)   // ~1,200 pages: past the automatic threshold of 1,000
        let before = try fileSize(path)
        XCTAssertLessThan(before, 1_000_000, "no checkpoint ran inside the commit")
        store.checkpointWhenIdle()
        XCTAssertGreaterThan(try fileSize(path), 2_000_000, "the idle moment copied the WAL back")
        // Nothing committed since: the next idle moment does nothing (an idle session stays idle).
        store.checkpointWhenIdle()
    }

    func testWithoutDeferringSQLiteCheckpointsInsideTheCommit() throws {
        // The control: the same writes on a connection left as SQLite sets it up.
        let path = dir.appendingPathComponent("auto.db").path
        let store = try SQLiteStore(path: path)
        try write(store, rows: 6000)
        XCTAssertGreaterThan(try fileSize(path), 2_000_000)
    }
}
