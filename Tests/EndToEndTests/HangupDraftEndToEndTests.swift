import CSQLite
import Foundation
import XCTest

/// A dropped SSH connection during an edit, with the real binary in tmux:
/// the demo teacher types a request for help, the process gets SIGHUP,
/// restores the terminal and exits; the next start offers the typed text
/// back and Ctrl+R puts it into the form again.
final class HangupDraftEndToEndTests: XCTestCase {
    let typed = "Прошу помочь с уроком «ёлочка» — черновик"

    func start(_ db: String) throws -> TmuxSession {
        try TmuxSession(command: "\(TutorEndToEndTests.binary) --db \(TmuxSession.quote(db)) --as teacher", width: 100, height: 30,
                        environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }

    func testSIGHUPDuringAnEditKeepsTheDraftAndTheNextStartRestoresIt() throws {
        let db = try Harness.demoCopy()
        try typeThenSignal(SIGHUP, db: db)
        XCTAssertEqual(try draftCount(db), 1, "the typed text is kept")

        let s = try start(db)
        try s.waitFor("черновик")
        try s.send("C-r")
        let restored = try s.waitFor("«ёлочка»")
        XCTAssertTrue(restored.contains("Попросить помощи"), restored)
        try s.send("C-s")
        try s.waitFor("отправлен")
        XCTAssertEqual(try draftCount(db), 0, "sent: the draft is forgotten")
        try s.send("q")
        try s.waitFor("EXIT=0")
    }

    func testSIGTERMDuringAnEditAlsoKeepsTheDraft() throws {
        let db = try Harness.demoCopy()
        try typeThenSignal(SIGTERM, db: db)
        XCTAssertEqual(try draftCount(db), 1)
    }

    /// Opens «Мои запросы» → new as the demo teacher, types, sends `signal` to the process.
    func typeThenSignal(_ signal: Int32, db: String) throws {
        var pid: Int32 = 0
        do {
            let s = try start(db)
            try s.waitFor("Мои запросы")
            try s.send(":")
            try s.type("Открыть: Мои запросы")
            try s.send("Enter")
            try s.waitFor("№ Создан")
            try s.send("n")
            try s.waitFor("Попросить помощи")
            try s.send("C-u")
            try s.type(typed)
            try s.waitFor("«ёлочка»")
            guard let shell = try s.panePID(), let found = metodistPID(under: shell) else { throw XCTSkip("cannot find the process") }
            pid = found
            XCTAssertEqual(kill(pid, signal), 0)
            // The program ends by itself (no second signal) and the shell prints its status
            // on a restored screen: the program's frame is gone.
            let after = try s.waitFor("EXIT=")
            XCTAssertFalse(after.contains("Попросить помощи"), "the terminal is restored:\n\(after)")
            XCTAssertFalse(isAlive(pid), "the process has exited")
        }
    }

    func metodistPID(under parent: Int32) -> Int32? {
        guard let text = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8) else { return nil }
        for token in text.split(separator: " ") {
            guard let pid = Int32(token) else { continue }
            if let cmd = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8), cmd.contains("metodist") { return pid }
            if let deeper = metodistPID(under: pid) { return deeper }
        }
        return nil
    }

    /// Alive and not a zombie.
    func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    func draftCount(_ db: String) throws -> Int {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else { throw XCTSkip("cannot open \(db)") }
        defer { sqlite3_close(handle) }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(handle, "SELECT count(*) FROM drafts WHERE login = 'teacher' AND payload LIKE '%ёлочка%'", -1, &stmt, nil) == SQLITE_OK
        else { return -1 }
        defer { sqlite3_finalize(stmt) }
        return sqlite3_step(stmt) == SQLITE_ROW ? Int(sqlite3_column_int(stmt, 0)) : -1
    }
}
