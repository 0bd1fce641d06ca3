import XCTest

/// The interaction layer in the real binary at 80x24 (issue «The interaction
/// layer», its tmux checks): a methodist's own write seen after switching
/// tabs, and the Russian layout's «й» asking before typed text is lost.
final class InteractionEndToEndTests: XCTestCase {
    func start(_ login: String) throws -> TmuxSession {
        let db = try Harness.demoCopy()
        return try TmuxSession(command: "\(Harness.binary) --db \(TmuxSession.quote(db)) --as \(login)", width: 80, height: 24,
                               environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    }

    /// Rows of the inbox with the urgent mark in the priority column.
    func urgentRows(_ screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.count > 8 && $0.dropFirst(5).hasPrefix(" !! ") }.count
    }

    func testAMethodistsPriorityChangeIsSeenAfterSwitchingTabsAndBack() throws {
        let s = try start("methodist")
        try s.waitFor("Здравствуйте")
        try s.send("3")
        let before = try s.waitFor("Нпр")
        // The selected request to «срочный» by the priority picker's filter.
        try s.send("j", "j", "j", "j", "j")
        try s.send("p")
        try s.waitFor("Приоритет — запрос №")
        try s.type("сроч")
        try s.send("Enter")
        try s.waitFor("приоритет «срочный»")
        try s.send("1")
        try s.waitFor("Здравствуйте")
        try s.send("3")
        let after = try s.waitFor("Нпр")
        XCTAssertEqual(urgentRows(after), urgentRows(before) + 1, "one more urgent request in the list:\n\(before)\n---\n\(after)")
    }

    func testTheRussianLayoutsQAsksBeforeQuittingWithTypedText() throws {
        let s = try start("teacher")
        try s.waitFor("Мои запросы")
        try s.send("4")
        try s.waitFor("n новый запрос")
        try s.send("n")
        try s.waitFor("Что нужно")
        try s.type("Прошу помочь с проектной задачей")
        try s.send("Tab")
        try s.type("й")
        try s.waitFor("Введённый текст не сохранён. Выйти всё равно?")
        try s.type("н")
        let kept = try s.waitUntil(timeout: 10, "the question closes") { !$0.contains("Выйти всё равно?") }
        XCTAssertTrue(kept.contains("Прошу помочь с проектной задачей"), kept)
        try s.send("C-c")
        try s.waitFor("Выйти всё равно?")
        try s.type("д")
        try s.waitFor("EXIT=0")
    }
}
