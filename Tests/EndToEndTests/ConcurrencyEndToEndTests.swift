import Foundation
import XCTest

/// Many real processes (`metodist-load`, through the SQLiteStore like the program)
/// edit the same rows of one database file at once. Afterwards every
/// acknowledged change is in the file and in the audit log, no update was
/// lost, stale edits were refused as conflicts, and the file is intact.
final class ConcurrencyEndToEndTests: XCTestCase {
    func testManyProcessesEditingTheSameRowsLoseNoUpdate() throws {
        let path = try Harness.demoCopy()
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        let sqlite = try SQLiteFile(path)
        let rows = Harness.contestedRows(sqlite, requests: 3, steps: 2)
        XCTAssertEqual(rows.requests.count, 3, "the methodist's municipality has requests")
        XCTAssertEqual(rows.steps.count, 2, "the demo teacher has a route")
        let ledger = Ledger(sqlite, requests: rows.requests, steps: rows.steps)
        let start = dir.appendingPathComponent("start").path
        // Release the writers even if spawning one fails: each then ends after its edits.
        defer { FileManager.default.createFile(atPath: start, contents: nil) }

        // Who edits what: each login only rows it may change (the matrix holds here too).
        let requests = rows.requests.map(String.init).joined(separator: ",")
        let steps = rows.steps.map(String.init).joined(separator: ",")
        let cast: [(login: String, requests: Bool, steps: Bool)] = [
            ("coordinator", true, false), ("methodist", true, false), ("admin", true, true), ("teacher", false, true),
            ("tutor", false, true), ("coordinator", true, false), ("admin", true, true), ("methodist", true, false),
        ]
        let edits = 75
        let writers = try cast.enumerated().map { i, c -> WriterProcess in
            var args = ["--db", path, "--as", c.login, "--edits", "\(edits)", "--seed", "\(i + 1)", "--tag", "w\(i + 1)",
                        "--think-us", "2000", "--start-file", start]
            if c.requests { args += ["--requests", requests] }
            if c.steps { args += ["--steps", steps] }
            return try WriterProcess(args, in: dir, name: "w\(i + 1)")
        }
        // All open the file first (READY, bounded wait), then start together: their edits overlap.
        for w in writers {
            for _ in 0..<2_000 where !w.output.contains("READY") && w.wait(atMost: 0.005) == nil {}
        }
        FileManager.default.createFile(atPath: start, contents: nil)
        for w in writers {
            guard let code = w.wait(atMost: 240) else {
                w.signal(SIGKILL); w.wait()
                XCTFail("a writer did not finish"); continue
            }
            XCTAssertEqual(code, 0, w.errors)
        }
        let logs = writers.map(\.log)
        let acks = logs.flatMap(\.acks)
        let conflicts = logs.map(\.conflicts).reduce(0, +)
        XCTAssertEqual(acks.count, writers.count * edits, "each writer finished its edits")
        XCTAssertTrue(logs.allSatisfy(\.done))

        let found = ledger.verify(sqlite, acks: acks, exact: true)
        XCTAssertEqual(found.problems, [])
        XCTAssertEqual(found.lostUpdates, 0)
        XCTAssertEqual(found.committed, acks.count, "one audit row per acknowledged change, no more")
        XCTAssertGreaterThan(conflicts, 0, "stale edits were detected, not written over")
        XCTAssertEqual(logs.map(\.namedConflicts).reduce(0, +), conflicts, "each conflict names who changed the row first")
        try Harness.assertIntact(path)

        // The check can fail: a blind overwrite (a stale counter written with
        // a fresh version, as a writer without version checks would) is caught.
        let row = rows.requests[0]
        let stale = Ledger.counter(sqlite.rows("SELECT text FROM requests WHERE id = \(row)").first?.first ?? "") - 1
        sqlite.execute("""
            UPDATE requests SET text = '[нагрузка n=\(stale) by=blind]', version = version + 1 WHERE id = \(row);
            INSERT INTO audit(at, actor_login, entity, entity_id, action, after)
            VALUES (0, 'blind', 'request', \(row), 'update', 'text=[нагрузка n=\(stale) by=blind]');
            """)
        XCTAssertGreaterThan(ledger.verify(sqlite, acks: acks, exact: true).lostUpdates, 0, "a lost update is detected")
        print("""
            CONCURRENCY FIGURES: processes=\(writers.count) rows=\(ledger.rows.count) edits acknowledged=\(acks.count) \
            committed=\(found.committed) conflicts detected=\(conflicts) busy retries=\(logs.map(\.busy).reduce(0, +)) \
            lost updates=\(found.lostUpdates)
            """)
    }
}
