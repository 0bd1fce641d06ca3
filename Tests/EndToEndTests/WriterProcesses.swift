import CSQLite
import Foundation
import XCTest

/// The built products of THIS test run: the folder of the running test
/// bundle (on Linux, an executable in the scratch path's debug folder), so a
/// build with `--scratch-path` tests its own binaries, not `.build/debug`'s.
enum Products {
    static var directory: URL { Harness.productsDirectory }

    /// Runs this build's `metodist` to the end.
    static func metodist(_ args: [String], environment: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(directory.appendingPathComponent("metodist").path, args, environment: environment)
    }
}

/// A `metodist-load` writer running in the background (posix_spawn, like
/// `Harness.run`, but not waited for): several run at once on one file, and
/// a test may kill them. Output goes to files, read after the process ends.
final class WriterProcess {
    let pid: pid_t
    let outPath: String
    let errPath: String
    private(set) var exitStatus: Int32?

    static var binary: String { Products.directory.appendingPathComponent("metodist-load").path }

    init(_ args: [String], in dir: URL, name: String, executable: String = WriterProcess.binary) throws {
        outPath = dir.appendingPathComponent("\(name).out").path
        errPath = dir.appendingPathComponent("\(name).err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else {
            throw NSError(domain: "spawn", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable): \(rc)"])
        }
        self.pid = pid
    }

    func signal(_ sig: Int32) { if exitStatus == nil { kill(pid, sig) } }

    /// Waits for the end; answers the exit code (128 + signal when killed).
    @discardableResult
    func wait() -> Int32 {
        if let s = exitStatus { return s }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        exitStatus = WriterProcess.code(status)
        return exitStatus!
    }

    /// Waits at most `seconds` (a guard against a hung test, not a measure);
    /// nil when it is still running.
    func wait(atMost seconds: Double) -> Int32? {
        if let s = exitStatus { return s }
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { exitStatus = WriterProcess.code(status); return exitStatus }
            usleep(5_000)
        }
        return nil
    }

    static func code(_ status: Int32) -> Int32 { (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }

    var output: String { String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self) }
    var errors: String { String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self) }
    var log: WriterLog { WriterLog(output) }
}

/// What a writer printed: its acknowledged commits and the conflicts it met.
struct WriterLog {
    struct Ack: Hashable { var entity: String; var id: Int64; var version: Int; var counter: Int; var tag: String }
    var acks: [Ack] = []
    var conflicts = 0
    /// Conflicts whose message named who changed the row first.
    var namedConflicts = 0
    var busy = 0
    /// Tags of edits whose transaction began but whose ACK never came.
    var unacknowledgedBegins: [String] = []
    var stopped = false
    var done = false

    init(_ text: String) {
        var open: [String] = []
        // A line cut by a kill has no newline: it is ignored, like an edit never acknowledged.
        let lines = text.hasSuffix("\n") ? text.split(separator: "\n") : text.split(separator: "\n").dropLast()
        for line in lines {
            let f = line.split(separator: " ").map(String.init)
            switch f.first {
            case "ACK" where f.count == 6:
                if let id = Int64(f[2]), let v = Int(f[3]), let n = Int(f[4]) {
                    acks.append(Ack(entity: f[1], id: id, version: v, counter: n, tag: f[5]))
                    open.removeAll { $0 == f[5] }
                }
            case "BEGIN" where f.count == 4: open.append(f[3])
            case "CONFLICT":
                conflicts += 1
                if f.count > 5 { namedConflicts += 1 }
            case "BUSY": busy += 1
            case "STOPPED": stopped = true
            case "DONE": done = true
            default: break
            }
        }
        unacknowledgedBegins = open
    }
}

/// Plain SQLite reads of a database file, outside the program.
final class SQLiteFile {
    private var db: OpaquePointer?

    init(_ path: String) throws {
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw NSError(domain: "sqlite", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot open \(path)"])
        }
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { sqlite3_close(db) }

    /// Every row as text columns.
    func rows(_ sql: String) -> [[String]] {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
            XCTFail("SQL: \(String(cString: sqlite3_errmsg(db))) — \(sql)")
            return []
        }
        defer { sqlite3_finalize(stmt) }
        var out: [[String]] = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            out.append((0..<sqlite3_column_count(stmt)).map { i in
                sqlite3_column_text(stmt, i).map { String(cString: $0) } ?? ""
            })
        }
        return out
    }

    func execute(_ sql: String) {
        XCTAssertEqual(sqlite3_exec(db, sql, nil, nil, nil), SQLITE_OK, String(cString: sqlite3_errmsg(db)))
    }

    /// Whether another connection holds the write lock now (a write
    /// transaction is open): our BEGIN IMMEDIATE is refused at once.
    func writeLockIsHeld() -> Bool {
        sqlite3_busy_timeout(db, 0)
        defer { sqlite3_busy_timeout(db, 5000) }
        let rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nil, nil, nil)
        if rc == SQLITE_OK { sqlite3_exec(db, "ROLLBACK", nil, nil, nil); return false }
        return rc & 0xFF == SQLITE_BUSY
    }

    func int(_ sql: String) -> Int { Int(rows(sql).first?.first ?? "") ?? 0 }
    func ints(_ sql: String) -> [Int64] { rows(sql).compactMap { Int64($0.first ?? "") } }
}

/// The rows the writers fight over, as they were before, and the check of
/// what is in the file after: every acknowledged change present, versions
/// one per change with no gap or repeat, the audit in step.
struct Ledger {
    struct Row: Hashable { var entity: String; var id: Int64 }
    let rows: [Row]
    let initialVersion: [Row: Int]
    /// Audit rows after this id are the writers'.
    let auditMark: Int
    /// Request history rows after this id are the writers' (one per request change).
    let historyMark: Int

    init(_ file: SQLiteFile, requests: [Int64], steps: [Int64]) {
        rows = requests.map { Row(entity: "request", id: $0) } + steps.map { Row(entity: "step", id: $0) }
        var versions: [Row: Int] = [:]
        for r in rows { versions[r] = file.int("SELECT version FROM \(Ledger.table(r.entity)) WHERE id = \(r.id)") }
        initialVersion = versions
        auditMark = file.int("SELECT coalesce(max(id), 0) FROM audit")
        historyMark = file.int("SELECT coalesce(max(id), 0) FROM history")
    }

    static func table(_ entity: String) -> String { entity == "request" ? "requests" : "steps" }

    /// The counter in a written value: `[нагрузка n=17 by=w3.e12]`.
    static func counter(_ text: String) -> Int {
        guard let r = text.range(of: "[нагрузка n=") else { return 0 }
        return Int(text[r.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    static func tag(_ text: String) -> String? {
        guard let r = text.range(of: " by=") else { return nil }
        return String(text[r.upperBound...].prefix { $0 != "]" })
    }

    struct Findings {
        var committed = 0
        var acknowledged = 0
        var missingAcks: [String] = []
        var lostUpdates = 0
        var problems: [String] = []
    }

    /// Compares the file with the writers' acknowledgements. `exact`: every
    /// commit was acknowledged (no writer was killed).
    func verify(_ file: SQLiteFile, acks: [WriterLog.Ack], exact: Bool) -> Findings {
        var f = Findings()
        f.acknowledged = acks.count
        let tags = Set(acks.map(\.tag))
        if tags.count != acks.count { f.problems.append("an edit was acknowledged twice") }
        for row in rows {
            let start = initialVersion[row] ?? 0
            let column = row.entity == "request" ? "text" : "evidence_note"
            guard let now = file.rows("SELECT version, \(column) FROM \(Ledger.table(row.entity)) WHERE id = \(row.id)").first,
                  let version = Int(now[0]) else { f.problems.append("\(row.entity) \(row.id) is gone"); continue }
            // The audit rows of this row, in commit order: the k-th is version start + k.
            let trail = file.rows("""
                SELECT after FROM audit WHERE id > \(auditMark) AND entity = '\(row.entity)'
                AND entity_id = \(row.id) ORDER BY id
                """).map { (tag: Ledger.tag($0[0]) ?? "?", counter: Ledger.counter($0[0])) }
            f.committed += trail.count
            if version - start != trail.count {
                f.problems.append("\(row.entity) \(row.id): version \(start) → \(version) but \(trail.count) audit rows")
            }
            // A change and its history row are one transaction: never one without the other.
            if row.entity == "request" {
                let history = file.int("SELECT count(*) FROM history WHERE id > \(historyMark) AND entity = 'request' AND entity_id = \(row.id)")
                if history != trail.count { f.problems.append("request \(row.id): \(history) history rows, \(trail.count) audit rows") }
            }
            // Each commit counted from the value it read: n-th commit writes n.
            for (k, entry) in trail.enumerated() where entry.counter != k + 1 {
                f.lostUpdates += 1
                f.problems.append("\(row.entity) \(row.id): commit \(k + 1) wrote counter \(entry.counter) (\(entry.tag))")
            }
            if Ledger.counter(now[1]) != trail.count {
                f.lostUpdates += 1
                f.problems.append("\(row.entity) \(row.id): final counter \(Ledger.counter(now[1])) after \(trail.count) commits")
            }
            if let last = trail.last, Ledger.tag(now[1]) != last.tag {
                f.problems.append("\(row.entity) \(row.id): final value is not the last commit's")
            }
            let mine = acks.filter { $0.entity == row.entity && $0.id == row.id }
            if exact && mine.count != trail.count {
                f.problems.append("\(row.entity) \(row.id): \(mine.count) acknowledged, \(trail.count) committed")
            }
            for ack in mine {
                let k = ack.version - start
                guard k >= 1, k <= trail.count, trail[k - 1].tag == ack.tag, trail[k - 1].counter == ack.counter else {
                    f.missingAcks.append(ack.tag)
                    continue
                }
            }
            if let top = mine.max(by: { $0.version < $1.version }), exact, top.version != version {
                f.problems.append("\(row.entity) \(row.id): last acknowledged version \(top.version), file has \(version)")
            }
        }
        if f.missingAcks.count > 0 { f.problems.append("acknowledged but not in the file: \(f.missingAcks.prefix(5))") }
        return f
    }
}

extension Harness {
    /// Rows of the demo several users may edit at once: requests of the
    /// municipal methodist's municipality, steps of the demo teacher's route.
    static func contestedRows(_ file: SQLiteFile, requests: Int, steps: Int) -> (requests: [Int64], steps: [Int64]) {
        let r = file.ints("""
            SELECT id FROM requests WHERE municipality_id = (SELECT municipality_id FROM people WHERE login = 'methodist')
            ORDER BY id LIMIT \(requests)
            """)
        let s = file.ints("""
            SELECT s.id FROM steps s JOIN routes r ON r.id = s.route_id JOIN people p ON p.id = r.person_id
            WHERE p.login = 'teacher' ORDER BY s.id LIMIT \(steps)
            """)
        return (r, s)
    }

    /// `metodist check` and SQLite's own integrity check on the file.
    static func assertIntact(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let sqlite = try SQLiteFile(path)
        XCTAssertEqual(sqlite.rows("PRAGMA integrity_check").map { $0.first ?? "" }, ["ok"], file: file, line: line)
        let check = try Products.metodist(["check", "--db", path])
        XCTAssertEqual(check.status, 0, "metodist check:\n\(check.stdout)\(check.stderr)", file: file, line: line)
    }
}
