import Foundation
import XCTest

/// Ordinary use of one file by many people, with the real program and all
/// its threads: two interactive sessions in tmux stay on the triage inbox
/// and the dashboard (whose counts and indicators are read on background
/// threads) and comment on requests, while short sessions keep logging in,
/// writing and leaving — a methodist comments, a coordinator changes a
/// priority, a teacher asks for help, a coordinator opens the dashboard.
///
/// The bug this guards against: a file descriptor of our own on the
/// database file, opened and closed while the process held a connection,
/// dropped the process's POSIX locks; a leaving process then believed it
/// was the last, checkpointed and deleted the WAL under the live sessions,
/// and the file was corrupted within seconds.
///
/// The test process holds no connection while the load runs: one would keep
/// every other process from ever being "the last" and hide the bug.
final class RealUseConcurrencyTests: XCTestCase {
    static let loadSeconds: Double = 25

    /// Texts whose save the program acknowledged on screen.
    final class Acks: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var comments: [String] = []
        private(set) var helpRequests: [String] = []
        private(set) var failures: [String] = []
        func comment(_ t: String) { lock.lock(); comments.append(t); lock.unlock() }
        func help(_ t: String) { lock.lock(); helpRequests.append(t); lock.unlock() }
        func fail(_ t: String) { lock.lock(); failures.append(t); lock.unlock() }
    }

    struct ShortSession: Sendable {
        enum Kind: Sendable { case none, comment, help }
        var login: String
        var keys: String
        var ack: String? = nil
        var kind: Kind = .none
        var text: String = ""
    }

    func testSessionsWithBackgroundReadsAndComingAndGoingUsersKeepTheFileIntact() throws {
        let path = try Harness.demoCopy()
        let acks = Acks()
        let deadline = Date().addingTimeInterval(Self.loadSeconds)

        let inbox = try TmuxSession(command: "\(Harness.binary) --db \(path) --as methodist", width: 120, height: 40)
        let board = try TmuxSession(command: "\(Harness.binary) --db \(path) --as coordinator", width: 120, height: 40)
        for s in [inbox, board] {
            try s.waitFor("Обзор", timeout: 20)
            try s.send("3")
            try s.waitFor("коммент.", timeout: 20)
        }

        // Short sessions: each logs in, does one thing, and leaves ("#" is
        // the session's number, so each acknowledged text is unique).
        let short: [ShortSession] = [
            ShortSession(login: "methodist", keys: "3<Down><Down>cSHORT-C#<C-s>", ack: "комментарий добавлен",
                         kind: .comment, text: "SHORT-C#"),
            ShortSession(login: "coordinator", keys: "3p<Down><Down><Enter>"),
            ShortSession(login: "teacher2", keys: "4nHELP-T# прошу помочь<C-s>", ack: "отправлен",
                         kind: .help, text: "HELP-T# прошу помочь"),
            ShortSession(login: "coordinator", keys: "5<Tick>3"),
            ShortSession(login: "admin", keys: "3<Down>p<Down><Enter>"),
        ]
        let group = DispatchGroup()
        for (k, s) in short.enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                var n = 0
                while Date() < deadline {
                    n += 1
                    let id = "\(k * 100_000 + n)"
                    guard let r = try? Harness.metodist(["--db", path, "--as", s.login, "--headless", "--size", "120x40",
                                                         "--keys", s.keys.replacingOccurrences(of: "#", with: id)]) else {
                        acks.fail("spawn"); continue
                    }
                    if r.status != 0 { acks.fail("\(s.login) exit \(r.status): \(r.stderr.prefix(300))"); continue }
                    guard let ack = s.ack, r.stdout.contains(ack) else { continue }
                    let text = s.text.replacingOccurrences(of: "#", with: id)
                    if s.kind == .comment { acks.comment(text) } else if s.kind == .help { acks.help(text) }
                }
            }
        }

        // The two long sessions comment, one request after another, and
        // the coordinator visits the dashboard between comments.
        var n = 0
        while Date() < deadline {
            n += 1
            for (i, s) in [inbox, board].enumerated() {
                let token = "LONG-\(i)-\(n)"
                try s.send("Down")
                try s.send("c")
                try s.waitFor("Ctrl+S — сохранить", timeout: 20)
                try s.type(token)
                try s.send("C-s")
                let screen = try s.waitUntil(timeout: 30, "the comment form closes") { !$0.contains("Ctrl+S — сохранить") }
                if screen.contains("комментарий добавлен") { acks.comment(token) } else { acks.fail("\(token): \(screen.suffix(200))") }
                if i == 1 && n % 3 == 0 {
                    try s.send("5"); usleep(300_000); try s.send("3")
                    try s.waitFor("коммент.", timeout: 20)
                }
            }
        }
        group.wait()
        for s in [inbox, board] {
            try s.send("q")
            try s.waitFor("EXIT=0", timeout: 20)
        }

        print("real use: \(acks.comments.count) comments and \(acks.helpRequests.count) requests acknowledged")
        XCTAssertEqual(acks.failures, [], "every session ran to its end")
        XCTAssertGreaterThan(acks.comments.count, 10, "the load wrote comments")
        XCTAssertGreaterThan(acks.helpRequests.count, 3, "teachers asked for help")
        let sqlite = try SQLiteFile(path)
        let integrity = sqlite.rows("PRAGMA integrity_check").map { $0.first ?? "" }
        guard integrity == ["ok"] else { return XCTFail("the file is damaged: \(integrity.prefix(5))") }
        try Harness.assertIntact(path)
        let comments = Set(sqlite.rows("SELECT after FROM history WHERE entity = 'request' AND field = 'comment'").compactMap(\.first))
        let auditComments = Set(sqlite.rows("SELECT after FROM audit WHERE entity = 'request' AND action = 'comment'").compactMap(\.first))
        let texts = Set(sqlite.rows("SELECT text FROM requests").compactMap(\.first))
        for c in acks.comments {
            XCTAssertTrue(comments.contains(c), "acknowledged comment «\(c)» is in the request's history")
            XCTAssertTrue(auditComments.contains(c), "acknowledged comment «\(c)» is in the audit log")
        }
        let audited = sqlite.rows("SELECT after FROM audit WHERE entity = 'request'").compactMap(\.first).joined(separator: "\n")
        for h in acks.helpRequests {
            XCTAssertTrue(texts.contains(h), "acknowledged request «\(h)» is stored")
            XCTAssertTrue(audited.contains(h), "acknowledged request «\(h)» is in the audit log")
        }
    }
}
