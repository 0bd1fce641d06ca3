import CSQLite
import Foundation
import XCTest

/// `metodist backup` and `metodist restore` with real processes: a copy
/// taken while others keep writing holds everything acknowledged before it
/// began and passes `check`; restore will not touch a file a session has
/// open, and keeps the file it replaces.
final class BackupRestoreEndToEndTests: XCTestCase {
    /// Comments whose save a headless `metodist` session acknowledged, with when its process ended.
    final class Acks: @unchecked Sendable {
        private let lock = NSLock()
        private var done: [(text: String, at: Date)] = []
        private(set) var failures: [String] = []
        func add(_ text: String) { lock.lock(); done.append((text, Date())); lock.unlock() }
        func fail(_ t: String) { lock.lock(); failures.append(t); lock.unlock() }
        func before(_ moment: Date) -> [String] { lock.lock(); defer { lock.unlock() }; return done.filter { $0.at < moment }.map(\.text) }
        var count: Int { lock.lock(); defer { lock.unlock() }; return done.count }
    }

    func testABackupUnderWritersHoldsEveryAcknowledgedChangeAndPassesCheck() throws {
        let path = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        let contested: (requests: [Int64], steps: [Int64])
        do {
            let file = try SQLiteFile(path)
            contested = Harness.contestedRows(file, requests: 3, steps: 0)
        }   // closed: the test holds no connection while the writers run
        XCTAssertEqual(contested.requests.count, 3)
        // A steady writer (metodist-load: one user's versioned edits, each ACK printed after its commit)…
        let writer = try WriterProcess(["--db", path, "--as", "methodist", "--requests", contested.requests.map(String.init).joined(separator: ","),
                                        "--edits", "100000", "--seconds", "20", "--think-us", "2000", "--tag", "w"], in: dir, name: "writer")
        defer { writer.signal(SIGTERM); writer.wait() }
        // …and real sessions of the program commenting, one after another.
        let acks = Acks()
        let stop = Date().addingTimeInterval(12)
        let group = DispatchGroup()
        group.enter()
        Thread.detachNewThread {
            defer { group.leave() }
            var n = 0
            while Date() < stop {
                n += 1
                let token = "BACKUP-C\(n)"
                guard let r = try? Harness.metodist(["--db", path, "--as", "methodist", "--headless", "--size", "120x40",
                                                     "--keys", "3<Down><Down>c\(token)<C-s>"]) else { acks.fail("spawn"); continue }
                if r.status != 0 { acks.fail("exit \(r.status): \(r.stderr.prefix(200))"); continue }
                if r.stdout.contains("комментарий добавлен") { acks.add(token) }
            }
        }
        // Once writes are flowing, the backups: each begins at a known moment.
        let flowing = Date().addingTimeInterval(15)
        while (acks.count < 3 || writer.log.acks.count < 20) && Date() < flowing { usleep(100_000) }
        var copies: [(path: String, comments: [String], acked: [WriterLog.Ack])] = []
        for k in 1...3 {
            let copy = dir.appendingPathComponent("copy-\(k).db").path
            let comments = acks.before(Date())
            let acked = writer.log.acks
            let r = try Harness.metodist(["backup", "--db", path, "--to", copy])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("integrity_check: ok"), r.stdout)
            copies.append((copy, comments, acked))
            usleep(700_000)
        }
        group.wait()
        let writerAcksAfterBackups = writer.log.acks.count
        writer.signal(SIGTERM)
        XCTAssertNotNil(writer.wait(atMost: 30), "the writer stops")
        print("backup under writers: \(writerAcksAfterBackups) writer commits, \(acks.count) session comments; copies taken after \(copies.map { $0.acked.count }) and \(copies.map { $0.comments.count })")
        XCTAssertEqual(acks.failures, [], "every session ran to its end")
        XCTAssertGreaterThan(writerAcksAfterBackups, copies.last?.acked.count ?? 0, "the writer kept committing through the backups")

        for c in copies {
            XCTAssertGreaterThan(c.comments.count, 0)
            try Harness.assertIntact(c.path)
            let file = try SQLiteFile(c.path)
            XCTAssertEqual(file.rows("PRAGMA journal_mode").first?.first, "delete", "a copy stands alone")
            XCTAssertFalse(FileManager.default.fileExists(atPath: c.path + "-wal"))
            let comments = Set(file.rows("SELECT after FROM history WHERE entity = 'request' AND field = 'comment'").compactMap(\.first))
            for token in c.comments { XCTAssertTrue(comments.contains(token), "\(c.path): acknowledged «\(token)» is in the copy") }
            // Every edit the writer acknowledged before the backup: the row is at that version or later.
            for id in contested.requests {
                let acked = c.acked.filter { $0.id == id }.map(\.version).max() ?? 0
                XCTAssertGreaterThanOrEqual(file.int("SELECT version FROM requests WHERE id = \(id)"), acked, "\(c.path): request \(id)")
            }
            let opens = try Harness.metodist(["--db", c.path, "--as", "methodist", "--headless", "--keys", "3"])
            XCTAssertEqual(opens.status, 0, "the copy opens in the program: \(opens.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }, [],
                       "no half-written copy is left")
    }

    func testABackupRefusesAnExistingTargetAndAMissingFolder() throws {
        let path = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        let target = dir.appendingPathComponent("taken.db").path
        try Data("занято\n".utf8).write(to: URL(fileURLWithPath: target))
        let r = try Harness.metodist(["backup", "--db", path, "--to", target])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("уже есть"), r.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: target), Data("занято\n".utf8))
        let nowhere = dir.appendingPathComponent("no/such/copy.db").path
        let n = try Harness.metodist(["backup", "--db", path, "--to", nowhere])
        XCTAssertEqual(n.status, 2, n.stderr)
        XCTAssertTrue(n.stderr.contains("Папки"), n.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["taken.db"], "nothing else is made")
        let usage = try Harness.metodist(["backup", "--db", path])
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.contains("--to ФАЙЛ"), usage.stderr)
    }

    func testRestoreRefusesWhileASessionHoldsTheFileAndKeepsThePreviousFile() throws {
        let path = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        let copy = dir.appendingPathComponent("nightly.db").path
        XCTAssertEqual(try Harness.metodist(["backup", "--db", path, "--to", copy]).status, 0)
        // A change after the backup: the restore takes it away, the kept file has it.
        let later = try Harness.metodist(["--db", path, "--as", "methodist", "--headless", "--size", "120x40",
                                          "--keys", "3<Down><Down>cAFTER-BACKUP<C-s>"])
        XCTAssertTrue(later.stdout.contains("комментарий добавлен"), later.stdout)
        func comments(_ p: String) throws -> Int {
            try SQLiteFile(p).int("SELECT count(*) FROM history WHERE field = 'comment' AND after = 'AFTER-BACKUP'")
        }
        XCTAssertEqual(try comments(path), 1)

        let session = try TmuxSession(command: "\(Harness.binary) --db \(path) --as admin", width: 100, height: 30)
        try session.waitFor("Обзор", timeout: 20)
        let refused = try Harness.metodist(["restore", copy, "--db", path])
        XCTAssertEqual(refused.status, 3, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("открыта в работающем сеансе"), refused.stderr)
        XCTAssertEqual(try comments(path), 1, "nothing changed")
        func kept() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
                .filter { $0.contains(".before-restore-") }
        }
        XCTAssertEqual(try kept(), [], "no previous file is made either")
        // The session still works on its file.
        try session.send("2")
        try session.waitFor("Работники", timeout: 10)
        try session.send("q")
        try session.waitFor("EXIT=0", timeout: 20)

        let restored = try Harness.metodist(["restore", copy, "--db", path])
        XCTAssertEqual(restored.status, 0, restored.stderr)
        XCTAssertTrue(restored.stdout.contains("Прежний файл сохранён"), restored.stdout)
        XCTAssertEqual(try comments(path), 0, "the data is the copy's")
        let previous = try kept()
        XCTAssertEqual(previous.count, 1, "the previous file is kept beside it")
        let previousPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(previous[0])
        XCTAssertTrue(previous[0].range(of: #"\.before-restore-\d{8}-\d{6}$"#, options: .regularExpression) != nil, previous[0])
        XCTAssertEqual(try comments(previousPath), 1, "the kept file has what was there")
        try Harness.assertIntact(path)
        try Harness.assertIntact(previousPath)
        XCTAssertEqual(try SQLiteFile(path).rows("PRAGMA journal_mode").first?.first, "wal", "the restored file is a live WAL database")
        let opens = try Harness.metodist(["--db", path, "--as", "methodist", "--headless", "--keys", "3"])
        XCTAssertEqual(opens.status, 0, opens.stderr)
    }

    func testRestoreChecksTheCopyFirstAndChangesNothingWhenItIsBad() throws {
        let path = try Harness.demoCopy()
        let before = FileManager.default.contents(atPath: path)
        let dir = Harness.temporaryDirectory()
        let text = dir.appendingPathComponent("notes.txt").path
        try Data("не копия\n".utf8).write(to: URL(fileURLWithPath: text))
        let other = dir.appendingPathComponent("other.sqlite").path
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(other, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nil, nil, nil), SQLITE_OK)
        sqlite3_close(db)
        for (bad, phrase) in [(text, "не является базой данных SQLite"), (other, "база данных другой программы"),
                              (dir.appendingPathComponent("none.db").path, "нет")] {
            let r = try Harness.metodist(["restore", bad, "--db", path])
            XCTAssertNotEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stderr.contains(phrase), "\(bad): \(r.stderr)")
        }
        let itself = try Harness.metodist(["restore", path, "--db", path])
        XCTAssertEqual(itself.status, 2, itself.stderr)
        XCTAssertTrue(itself.stderr.contains("один и тот же файл"), itself.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: path), before, "the database is untouched")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        XCTAssertEqual(siblings.filter { $0.contains("before-restore") }, [])
    }

    /// The case restore is for: the file got damaged; last night's copy goes
    /// back, and the damaged file is kept beside it for a closer look.
    func testRestoreRepairsADamagedFileAndKeepsTheDamagedOneBeside() throws {
        let path = try Harness.demoCopy()
        let dir = Harness.temporaryDirectory()
        let copy = dir.appendingPathComponent("nightly.db").path
        XCTAssertEqual(try Harness.metodist(["backup", "--db", path, "--to", copy]).status, 0)
        // One page of an index zeroed, with no connection open (safe here).
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nil, nil, nil), SQLITE_OK)
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = 'requests_all_triage'", -1, &stmt, nil)
        XCTAssertEqual(sqlite3_step(stmt), SQLITE_ROW)
        let page = Int(sqlite3_column_int64(stmt, 0))
        sqlite3_finalize(stmt)
        sqlite3_close(db)
        let h = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try h.seek(toOffset: UInt64((page - 1) * 4096))
        h.write(Data(repeating: 0x5A, count: 4096))
        try h.close()
        XCTAssertEqual(try Harness.metodist(["check", "--db", path]).status, 1, "the file is damaged")
        // A damaged file gives no sound copy: backup says so and leaves nothing.
        let bad = try Harness.metodist(["backup", "--db", path, "--to", dir.appendingPathComponent("bad.db").path])
        XCTAssertEqual(bad.status, 3, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("повреждён") && bad.stderr.contains("резервной копии"), bad.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["nightly.db"])

        let r = try Harness.metodist(["restore", copy, "--db", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        try Harness.assertIntact(path)
        let kept = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
            .filter { $0.contains(".before-restore-") }
        XCTAssertEqual(kept.count, 1)
        let keptPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(kept.first ?? "")
        XCTAssertEqual(try Harness.metodist(["check", "--db", keptPath]).status, 1, "the damaged file is kept as it was")
    }
}
