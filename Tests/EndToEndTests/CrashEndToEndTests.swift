import Foundation
import XCTest

/// Writers killed at random moments (seeded), many times, on one file:
/// nothing is half-written, every acknowledged change survives, the file
/// stays intact; SIGTERM and SIGHUP stop a writer promptly between
/// transactions.
final class CrashEndToEndTests: XCTestCase {
    /// SplitMix64: the kill moments are random but repeatable.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, n)))
        }
    }

    func testWritersKilledAtRandomMomentsLoseNoAcknowledgedChange() throws {
        let path = try Harness.demoCopy()
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        let sqlite = try SQLiteFile(path)
        let rows = Harness.contestedRows(sqlite, requests: 2, steps: 2)
        XCTAssertEqual(rows.requests.count + rows.steps.count, 4)
        let ledger = Ledger(sqlite, requests: rows.requests, steps: rows.steps)
        let requests = rows.requests.map(String.init).joined(separator: ",")
        let steps = rows.steps.map(String.init).joined(separator: ",")
        let cast = [("coordinator", ["--requests", requests]), ("admin", ["--requests", requests, "--steps", steps]),
                    ("teacher", ["--steps", steps]), ("methodist", ["--requests", requests])]
        var random = Seeded(state: 20_240_315)
        var live: [WriterProcess] = []
        var ended: [WriterProcess] = []
        var spawned = 0
        // Never leave a writer behind, whatever happens below.
        defer { for w in live { w.signal(SIGKILL); w.wait() } }
        func spawn() throws {
            let (login, targets) = cast[spawned % cast.count]
            spawned += 1
            // Long transactions (up to 3 ms held inside), so kills often land in one.
            live.append(try WriterProcess(["--db", path, "--as", login, "--edits", "1000000", "--seconds", "60", "--seed", "\(spawned)",
                                           "--tag", "k\(spawned)", "--hold-us", "3000", "--think-us", "500"] + targets,
                                          in: dir, name: "k\(spawned)"))
        }
        for _ in 0..<3 { try spawn() }

        let kills = 40
        for _ in 0..<kills {
            usleep(UInt32(30_000 + random.next(150_000)))
            // Prefer a writer already at work; a fresh one may still be starting.
            let working = live.indices.filter { live[$0].output.contains("ACK") }
            let index = working.isEmpty ? random.next(live.count) : working[random.next(working.count)]
            let victim = live.remove(at: index)
            victim.signal(SIGKILL)
            XCTAssertEqual(victim.wait(), 128 + SIGKILL)
            ended.append(victim)
            try spawn()
        }

        // A dropped SSH connection (SIGHUP) and a shutdown (SIGTERM): the
        // writer finishes or abandons its transaction and exits at once.
        var gentle: [(Int32, WriterProcess)] = []
        for sig in [SIGTERM, SIGHUP] {
            let w = live.removeFirst()
            // At work first (its handlers are installed by then); bounded, in case it never starts.
            for _ in 0..<400 where !w.output.contains("ACK") && w.wait(atMost: 0.05) == nil {}
            w.signal(sig)
            let code = w.wait(atMost: 20)
            if code == nil { w.signal(SIGKILL); w.wait() }
            XCTAssertEqual(code, 0, "signal \(sig): the writer exits by itself, promptly. \(w.errors)")
            XCTAssertTrue(w.log.stopped, "signal \(sig) was handled")
            XCTAssertEqual(w.log.unacknowledgedBegins, [], "no transaction left half-way on signal \(sig)")
            gentle.append((sig, w))
            ended.append(w)
        }
        for w in live { w.signal(SIGKILL); w.wait(); ended.append(w) }
        live.removeAll()
        let killed = ended.filter { $0.exitStatus == 128 + SIGKILL }.count

        let acks = ended.flatMap(\.log.acks)
        let found = ledger.verify(sqlite, acks: acks, exact: false)
        XCTAssertEqual(found.missingAcks, [], "every acknowledged change survived")
        XCTAssertEqual(found.lostUpdates, 0)
        XCTAssertEqual(found.problems, [])
        XCTAssertGreaterThan(acks.count, 0)
        // Kills between BEGIN and ACK: rolled back, or committed just before the kill.
        let inFlight = ended.flatMap(\.log.unacknowledgedBegins)
        let committedTags = Set(sqlite.rows("SELECT after FROM audit WHERE id > \(ledger.auditMark)").compactMap { Ledger.tag($0[0]) })
        let rolledBack = inFlight.filter { !committedTags.contains($0) }.count
        try Harness.assertIntact(path)
        print("""
            CRASH FIGURES: writers=\(spawned) kills survived (SIGKILL)=\(killed) SIGTERM/SIGHUP stops=\(gentle.count) \
            kills inside a transaction=\(inFlight.count) (rolled back \(rolledBack), committed before the ack \(inFlight.count - rolledBack)) \
            acknowledged=\(acks.count) committed=\(found.committed) acknowledged lost=\(found.missingAcks.count) lost updates=\(found.lostUpdates)
            """)
    }

    /// The real program killed inside its one big transaction (an import of
    /// thousands of requests): each time, all rows or none are in the file.
    func testAnImportKilledInsideItsTransactionWritesNothing() throws {
        let path = try Harness.demoCopy()
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        let rows = 3000
        let csv = dir.appendingPathComponent("requests.csv").path
        let body = (0..<rows).map { "teacher;Запрос из загрузки № \($0): функциональная грамотность;3" }
        try (["логин;текст;направление"] + body).joined(separator: "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let sqlite = try SQLiteFile(path)
        func counts() -> [Int] {
            [sqlite.int("SELECT count(*) FROM requests"),
             sqlite.int("SELECT count(*) FROM audit WHERE entity = 'request'"),
             sqlite.int("SELECT count(*) FROM history WHERE entity = 'request'")]
        }
        var before = counts()
        var random = Seeded(state: 4_242)
        var killedInside = 0, committedBeforeKill = 0
        let metodist = Products.directory.appendingPathComponent("metodist").path
        for round in 0..<6 {
            let importer = try WriterProcess(["import", "requests", csv, "--db", path, "--as", "coordinator"],
                                             in: dir, name: "import\(round)", executable: metodist)
            let last = round == 5
            if !last {
                // Wait until it holds the write lock, then kill it a random moment later.
                for _ in 0..<2_000 where !sqlite.writeLockIsHeld() && importer.wait(atMost: 0.002) == nil {}
                usleep(UInt32(random.next(150_000)))
                importer.signal(SIGKILL)
            }
            let code = importer.wait(atMost: 120)
            if code == nil { importer.signal(SIGKILL); importer.wait() }
            let now = counts()
            let added = now[0] - before[0]
            XCTAssertTrue(added == 0 || added == rows, "round \(round): all rows or none, not \(added)")
            XCTAssertEqual(now[1] - before[1], added, "an audit row for each request, no more")
            XCTAssertEqual(now[2] - before[2], added, "a history row for each request, no more")
            if last {
                XCTAssertEqual(code, 0, importer.errors)
                XCTAssertEqual(added, rows, "the import left alone finishes")
            } else {
                XCTAssertEqual(code, 128 + SIGKILL, importer.errors)
                if added == 0 { killedInside += 1 } else { committedBeforeKill += 1 }
            }
            before = now
        }
        XCTAssertGreaterThan(killedInside, 0, "some kills landed inside the import's transaction")
        try Harness.assertIntact(path)
        print("CRASH FIGURES (import): rows per import=\(rows) killed inside the transaction=\(killedInside) (nothing written) "
              + "committed just before the kill=\(committedBeforeKill) half-written=0")
    }
}
