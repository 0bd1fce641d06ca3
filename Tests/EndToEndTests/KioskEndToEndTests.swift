import Foundation
import XCTest

/// The real binary as a kiosk in tmux: a fresh temporary demo copy (the
/// `--db` file stays byte-identical), the start screen, a role, no way out
/// for a visitor, the idle reset, and the operator's exit that cleans up.
final class KioskEndToEndTests: XCTestCase {
    /// The binary built beside this test runner (its own scratch path), else the Harness's.
    var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("metodist").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? Harness.binary
    }

    func kioskCopies(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix("metodist-kiosk-") }
    }

    func testTheKioskRunsOnATemporaryCopyAndOnlyTheOperatorLeavesIt() throws {
        // A database that must not be touched: any file will do, the kiosk must not even open it.
        let work = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("real.db").path
        let original = Data("настоящая база: не трогать\n".utf8) + Data((0..<4096).map { UInt8($0 % 251) })
        try original.write(to: URL(fileURLWithPath: db))
        let mtime = try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date
        let tmp = work.appendingPathComponent("tmp"), cache = work.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)

        let s = try TmuxSession(command: "\(binary) --kiosk --kiosk-idle 3 --teachers 100 --db \(TmuxSession.quote(db)) --as admin",
                                width: 100, height: 30,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "TMPDIR": tmp.path, "XDG_CACHE_HOME": cache.path])
        try s.waitFor("Выберите, кем побыть", timeout: 60)
        let firstCopy = kioskCopies(in: tmp).filter { $0.hasSuffix(".db") }
        XCTAssertEqual(firstCopy.count, 1, "the kiosk works on its own temporary copy")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path + "/metodist"), "the pristine template is cached")

        // The coordinator, by its digit.
        try s.send("6")
        var screen = try s.waitFor("Esc выбор роли")
        XCTAssertTrue(screen.contains("координатор"), screen)

        // q and Ctrl+C do not end it.
        try s.send("q")
        screen = try s.waitFor("выхода нет")
        try s.send("C-c")
        usleep(500_000)
        screen = try s.screen()
        XCTAssertFalse(screen.contains("EXIT="), screen)
        XCTAssertTrue(screen.contains("Esc выбор роли"), screen)

        // Three idle seconds later the start screen is back.
        screen = try s.waitFor("Выберите, кем побыть", timeout: 15)
        XCTAssertFalse(screen.contains("EXIT="), screen)
        // The next visitor gets a pristine copy; the old one is gone.
        let renewed = kioskCopies(in: tmp).filter { $0.hasSuffix(".db") }
        XCTAssertEqual(renewed.count, 1, "\(renewed)")
        XCTAssertNotEqual(renewed, firstCopy)

        // The operator's exit: Ctrl+X, Ctrl+C on the start screen.
        try s.send("C-x", "C-c")
        try s.waitFor("EXIT=0")
        XCTAssertEqual(kioskCopies(in: tmp), [], "the temporary copy is deleted at exit")

        // The --db file is byte-identical, untouched, with no -wal or -shm beside it.
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), original)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: db)[.modificationDate] as? Date, mtime)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-wal"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-shm"))
    }

    func testSIGTERMEndsTheKioskAndDeletesItsCopy() throws {
        let work = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let tmp = work.appendingPathComponent("tmp"), cache = work.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let s = try TmuxSession(command: "\(binary) --kiosk --teachers 100", width: 80, height: 24,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "TMPDIR": tmp.path, "XDG_CACHE_HOME": cache.path])
        try s.waitFor("Выберите, кем побыть", timeout: 60)
        try s.send("2")
        try s.waitFor("Esc выбор роли")
        guard let shell = try s.panePID(), let pid = kioskPID(under: shell) else { throw XCTSkip("cannot find the process") }
        kill(pid, SIGTERM)
        try s.waitFor("EXIT=0")
        XCTAssertEqual(kioskCopies(in: tmp), [])
    }

    /// The attract loop runs on the one-second input tick: showing screen
    /// after screen, the kiosk still leaves the CPU nearly idle.
    func testTheAttractLoopCyclesWithoutSpinning() throws {
        let work = Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let tmp = work.appendingPathComponent("tmp"), cache = work.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let s = try TmuxSession(command: "\(binary) --kiosk --teachers 100", width: 120, height: 40,
                                environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "TMPDIR": tmp.path,
                                              "XDG_CACHE_HOME": cache.path, "METODIST_KIOSK_ATTRACT": "1,2"])
        try s.waitFor("Нажмите любую клавишу, чтобы начать", timeout: 60)
        try s.waitFor("Демонстрация: Тьютор", timeout: 30)
        guard let shell = try s.panePID(), let pid = kioskPID(under: shell) else { throw XCTSkip("cannot find the process") }
        let before = cpuSeconds(pid)
        sleep(4)
        let used = cpuSeconds(pid) - before
        XCTAssertLessThan(used, 0.5, "CPU seconds used by 4 s of the attract loop: \(used)")
        // The first key goes back to the start screen; it does not pick a role.
        try s.send("3")
        let screen = try s.waitFor("Выберите, кем побыть")
        XCTAssertTrue(screen.contains("▸ 1  Педагог"), screen)
        try s.send("C-x", "C-c")
        try s.waitFor("EXIT=0")
    }

    func kioskPID(under parent: Int32) -> Int32? {
        guard let text = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8) else { return nil }
        for token in text.split(separator: " ") {
            if let pid = Int32(token), let cmd = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8),
               cmd.contains("metodist") { return pid }
            if let pid = Int32(token), let grandchild = kioskPID(under: pid) { return grandchild }
        }
        return nil
    }

    /// User + system CPU seconds of a process (/proc/PID/stat, clock ticks).
    func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Double(fields[11]), let k = Double(fields[12]) else { return 0 }
        return (u + k) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
