import Foundation
import XCTest

/// The real binary in tmux: what a user sees and can do.
final class TerminalSessionTests: XCTestCase {
    func start(_ login: String = "coordinator", width: Int = 80, height: Int = 24, env: [String: String] = [:],
               extra: String = "") throws -> TmuxSession {
        let db = try Harness.demoCopy()
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        for (k, v) in env { environment[k] = v }
        return try TmuxSession(command: "\(Harness.binary) --db \(TmuxSession.quote(db)) --as \(login) \(extra)",
                               width: width, height: height, environment: environment)
    }

    func testOpensAt80x24WithCyrillicIntactAndQuitsWithStatus0() throws {
        let s = try start()
        let screen = try s.waitFor("Обзор")
        XCTAssertTrue(screen.contains("Работники"), screen)
        XCTAssertTrue(screen.contains("Здравствуйте"), screen)
        XCTAssertFalse(screen.contains("\u{FFFD}"), "no broken characters")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 })
        try s.send("q")
        let after = try s.waitFor("EXIT=0")
        XCTAssertFalse(after.contains("Здравствуйте"), "the terminal is restored (the program's screen is gone):\n\(after)")
    }

    func testOpensAt200x60() throws {
        let s = try start(width: 200, height: 60)
        try s.waitFor("Обзор")
        try s.send("2")
        try s.waitFor("Муниципалитет")
        try s.waitUntil("a tall window is filled with rows") { screen in
            screen.split(separator: "\n").filter { $0.contains("ГО") || $0.contains("МР") || $0.contains("округ") }.count > 30
        }
    }

    func testQuestionMarkShowsTheKeysOfTheView() throws {
        let s = try start(width: 100, height: 40)
        try s.waitFor("Обзор")
        try s.send("2")
        try s.waitFor("ФИО")
        try s.send("?")
        let help = try s.waitFor("Выйти из программы")
        XCTAssertTrue(help.contains("Фильтр по фамилии"), help)
        try s.send("Escape")
        try s.waitFor("ФИО")
    }

    func testPaletteFindsAnActionByARussianWord() throws {
        let s = try start()
        try s.waitFor("Обзор")
        try s.send(":")
        try s.waitFor("Команды")
        try s.type("запрос")
        try s.waitFor("Открыть: Запросы")
        try s.send("Enter")
        try s.waitFor("Кто просит")
    }

    /// The interaction layer's tmux check: at 80x24 the coordinator types
    /// `:отбор` on the overview and lands on the РМА selection.
    func testTheCoordinatorReachesTheSelectionByNameFromTheOverview() throws {
        let s = try start()
        try s.waitFor("Здравствуйте")
        try s.command("Отбор в РМА")
        let screen = try s.waitFor("Подано:")
        XCTAssertTrue(screen.contains("O Отбор"), screen)
        XCTAssertTrue(screen.contains("│ РМА │"), "the status bar names the tab:\n\(screen)")
    }

    func testResizeTo30x8AndBackWithoutCrashOrGarbage() throws {
        let s = try start(width: 100, height: 30)
        try s.waitFor("Обзор")
        try s.resize(width: 30, height: 8)
        let small = try s.waitFor("Увеличьте")
        XCTAssertFalse(small.contains("Здравствуйте"), small)
        try s.resize(width: 100, height: 30)
        let back = try s.waitFor("Здравствуйте")
        XCTAssertFalse(back.contains("Увеличьте"), back)
        try s.send("q")
        try s.waitFor("EXIT=0")
    }

    func testNoColorAndVT100AreUsable() throws {
        for env in [["NO_COLOR": "1"], ["TERM": "vt100"]] {
            let s = try start(env: env)
            try s.waitFor("Обзор")
            try s.send("2")
            try s.waitFor("ФИО")
            try s.send("j", "j", "Enter")
            try s.waitFor("Запросы:")   // the person's card
            try s.send("Escape", "q")
            try s.waitFor("EXIT=0")
        }
    }

    func testFilterTypedInCyrillicNarrowsThePeople() throws {
        let s = try start(width: 120, height: 30)
        try s.waitFor("Обзор")
        try s.send("2", "/")
        try s.type("ёлк")
        try s.waitUntil("only «Ёлк…» people once «ёлк» is typed") { screen in
            let rows = screen.split(separator: "\n").dropFirst(2).filter { $0.contains("ГО") || $0.contains("МР") }
            return screen.contains("Фильтр: ёлк") && !rows.isEmpty && rows.allSatisfy { $0.contains("Ёлк") || $0.contains("Елк") }
        }
    }

    /// Idle must not spin: CPU time over a few idle seconds stays near zero.
    func testIdleDoesNotSpin() throws {
        let s = try start()
        try s.waitFor("Обзор")
        guard let shell = try s.panePID(), let pid = childPID(of: shell) else { throw XCTSkip("cannot find the process") }
        let before = cpuSeconds(pid)
        sleep(4)
        let used = cpuSeconds(pid) - before
        XCTAssertLessThan(used, 0.1, "CPU seconds used while idle for 4 s: \(used)")
        try s.send("q")
        try s.waitFor("EXIT=0")
    }

    func childPID(of parent: Int32) -> Int32? {
        guard let text = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8) else { return nil }
        for token in text.split(separator: " ") {
            if let pid = Int32(token), let cmd = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8),
               cmd.contains("metodist") { return pid }
            if let pid = Int32(token), let grandchild = childPID(of: pid) { return grandchild }
        }
        return nil
    }

    func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return 0 }
        return (u + s) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
