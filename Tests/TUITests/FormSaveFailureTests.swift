import Domain
import XCTest
@testable import Storage
@testable import TUI

/// A save that fails — another user changed the record first, the rules
/// refuse, the database is busy — keeps the form open with what was typed
/// and says why, in the user's language, never in SQL.
final class FormSaveFailureTests: XCTestCase {
    var f: TriageFixture!
    override func setUpWithError() throws { f = try TriageFixture() }
    override func tearDown() { f = nil }

    let size = Size(width: 100, height: 24)

    /// The inbox of the methodist, with `keys` typed.
    func inbox(_ keys: String, language: Language = .ru) throws -> (App, MemoryTerminal) {
        let app = try f.app(language: language)
        let tab = app.views.firstIndex { $0.id == "requests" }.map { String($0 + 1) } ?? ""
        let t = Headless.run(app, size: size, events: try KeySyntax.parse(tab + keys)).terminal
        return (app, t)
    }

    func type(_ keys: String, into app: App) throws -> MemoryTerminal {
        Headless.run(app, size: size, events: try KeySyntax.parse(keys)).terminal
    }

    /// Another connection to the same file holds the write lock (as a
    /// second session in the middle of a save); this session gives up fast.
    func holdWriteLock() throws -> Database {
        f.store.db.busyWait.limit = 0.05
        let other = try Database(path: f.store.db.path)
        try other.execute("BEGIN IMMEDIATE")
        return other
    }

    func assertNoSQL(_ t: MemoryTerminal, file: StaticString = #filePath, line: UInt = #line) {
        for word in ["SQLite", "INSERT", "UPDATE", "BEGIN", "SELECT"] {
            XCTAssertFalse(t.text().contains(word), "no SQL on the screen:\n\(t.snapshot())", file: file, line: line)
        }
    }

    func testTheDeclineReasonStaysAfterAConflictAndTheNextSaveGoesThrough() throws {
        let (app, _) = try inbox("jxДубликат запроса №2")   // №3
        // Another methodist raises №3 meanwhile.
        _ = try f.store.applyTriage(f.store.viewer(login: "coord"), [TriageTarget(id: 3, version: 1)], .priority(.high))
        let t = try type("<C-s>", into: app)
        XCTAssertTrue(t.text().contains("Дубликат запроса №2"), "the reason is still in the open form:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("Запись уже изменил Смирнов Пётр Алексеевич"), t.snapshot())
        XCTAssertNotEqual(try f.request(3)?.status, .declined)
        // Seen, saved again: over the fresh version this time.
        let t2 = try type("<C-s>", into: app)
        XCTAssertEqual(try f.request(3)?.status, .declined, t2.snapshot())
        XCTAssertEqual(try f.request(3)?.declineReason, "Дубликат запроса №2")
        XCTAssertEqual(try f.request(3)?.priority, .high, "the other user's change is kept")
        XCTAssertFalse(t2.text().contains("Дубликат запроса №2"), "the form closed after the save:\n\(t2.snapshot())")
    }

    func testTheDeclineReasonStaysWhenTheRulesRefuse() throws {
        // №5 is assigned; another user resolves it (its version is taken as seen: a refusal, not a conflict).
        let (app, _) = try inbox("")
        let r = try XCTUnwrap(f.request(5))
        try f.store.db.execute("UPDATE requests SET status = 'resolved', resolved_on = '2024-03-14' WHERE id = 5")
        XCTAssertEqual(try f.request(5)?.version, r.version)
        let t = try type("xНе по адресу<C-s>", into: app)
        XCTAssertTrue(t.text().contains("Не по адресу"), "the reason is still in the open form:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("нельзя"), t.snapshot())
        XCTAssertEqual(try f.request(5)?.status, .resolved)
    }

    func testTheCommentStaysWhenTheDatabaseIsBusy() throws {
        let (app, _) = try inbox("cПозвонила автору, уточнила тему")
        let other = try holdWriteLock()
        let t = try type("<C-s>", into: app)
        XCTAssertTrue(t.text().contains("Позвонила автору, уточнила тему"), "the comment is still in the open form:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("База занята другой сессией"), t.snapshot())
        assertNoSQL(t)
        try other.execute("ROLLBACK")
        _ = try type("<C-s>", into: app)
        let log = try f.store.requestLog(f.store.viewer(login: "coord"), id: 5)
        XCTAssertEqual(log.last?.change.after, "Позвонила автору, уточнила тему")
    }

    func testANewRequestStaysWhenTheDatabaseIsBusyInEnglish() throws {
        let (app, _) = try inbox(":create request<Enter>school: лицей<Enter>A seminar on digital tools", language: .en)
        let other = try holdWriteLock()
        let t = try type("<C-s>", into: app)
        XCTAssertTrue(t.text().contains("A seminar on digital tools"), "the text is still in the open form:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("The database is busy with another session"), t.snapshot())
        assertNoSQL(t)
        try other.execute("ROLLBACK")
        let t2 = try type("<C-s>", into: app)
        XCTAssertTrue(t2.text().contains("created"), t2.snapshot())
    }

    func testTheDueDateStaysAfterAConflict() throws {
        let (app, _) = try inbox("t<C-u>+7")   // №5
        _ = try f.store.applyTriage(f.store.viewer(login: "coord"), [TriageTarget(id: 5, version: 1)], .priority(.normal))
        let t = try type("<Enter>", into: app)
        XCTAssertTrue(t.text().contains("+7"), t.snapshot())
        XCTAssertTrue(t.text().contains("Запись уже изменил"), t.snapshot())
    }

    func testAWriteToAReadOnlyDatabaseSaysSoInWordsNotSQL() throws {
        let (app, _) = try inbox("cПозвонила автору")
        try f.store.db.execute("PRAGMA query_only = ON")   // as a file without write access
        let t = try type("<C-s>", into: app)
        XCTAssertTrue(t.text().contains("База открыта только для чтения"), t.snapshot())
        XCTAssertTrue(t.text().contains("Позвонила автору"), "the comment is still in the open form:\n\(t.snapshot())")
        assertNoSQL(t)
    }

    func testTheStatementGoesToTheDebugLogNotToTheUser() throws {
        let ctx = try f.app(language: .en).ctx
        let log = f.dir.appendingPathComponent("debug.log").path
        setenv("METODIST_DEBUG_LOG", log, 1)
        defer { unsetenv("METODIST_DEBUG_LOG") }
        let shown = ctx.describe(SQLiteError(code: 8, message: "attempt to write a readonly database", sql: "UPDATE requests SET text = ?"))
        XCTAssertEqual(shown, "The database is open read-only (no write access to the file or its folder); nothing was written.")
        XCTAssertTrue(try String(contentsOfFile: log, encoding: .utf8).contains("UPDATE requests SET text = ?"))
    }

    /// A log pointed at the database itself is never opened (closing it would drop SQLite's locks).
    func testADebugLogNamingTheDatabaseIsNotOpened() throws {
        let ctx = try f.app(language: .en).ctx
        let db = f.dir.appendingPathComponent("t.db").path
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        setenv("METODIST_DEBUG_LOG", db, 1)
        defer { unsetenv("METODIST_DEBUG_LOG") }
        _ = ctx.describe(SQLiteError(code: 8, message: "attempt to write a readonly database", sql: "UPDATE requests SET text = ?"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), before, "nothing appended to the database")
        XCTAssertTrue(DebugLog.mayBeDatabase(db + "-wal"))
        XCTAssertFalse(DebugLog.mayBeDatabase(f.dir.appendingPathComponent("debug.log").path))
    }

    /// While a write waits for another session's lock, the status line
    /// says so at once (painted from inside the wait).
    func testAWaitingWriteSaysSoOnTheStatusLine() throws {
        let app = try f.app()
        let terminal = MemoryTerminal(size: size, hasColors: true)
        app.showBusyWaits(on: terminal)
        let tab = app.views.firstIndex { $0.id == "requests" }.map { String($0 + 1) } ?? ""
        for event in try KeySyntax.parse(tab + "cТекст") { app.handle(event); app.render(on: terminal) }
        let other = try holdWriteLock()
        defer { _ = try? other.execute("ROLLBACK") }
        f.store.db.busyWait.noticeAfter = 0
        f.store.db.busyWait.limit = 0.1
        app.handle(.key(.ctrl("s")))   // not drawn after: the screen is what the wait painted
        XCTAssertTrue(terminal.line(size.height - 1).contains("база занята, повторяю…"), terminal.snapshot())
        app.render(on: terminal)
        XCTAssertFalse(terminal.line(size.height - 1).contains("повторяю"), "the notice goes once the write is over")
    }
}

/// The РМА roadmap form: a conflict keeps the typed text, and the next
/// save goes over the fresh version instead of conflicting forever.
final class RoadmapFormConflictTests: XCTestCase {
    func testTheRoadmapFormKeepsTheTextAfterAConflictAndSavesOnTheSecondTry() throws {
        let f = try RMAFixture()
        let app = try f.app("coordinator")
        let size = Size(width: 100, height: 30)
        _ = Headless.run(app, size: size, events: try KeySyntax.parse(try f.rmaTab("coordinator") + " e<End> (уточнено)"))
        // Another coordinator saves the item meanwhile.
        try f.store.db.execute("UPDATE roadmap_items SET version = version + 1")
        let t = Headless.run(app, size: size, events: try KeySyntax.parse("<C-s>")).terminal
        XCTAssertTrue(t.text().contains("(уточнено)"), "the typed title is still in the open form:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("ваше изменение не сохранено"), t.snapshot())
        XCTAssertNil(try f.store.roadmapItems(f.store.viewer(login: "coordinator")).first { $0.title.hasSuffix("(уточнено)") })
        let t2 = Headless.run(app, size: size, events: try KeySyntax.parse("<C-s>")).terminal
        XCTAssertNotNil(try f.store.roadmapItems(f.store.viewer(login: "coordinator")).first { $0.title.hasSuffix("(уточнено)") },
                        t2.snapshot())
    }
}

/// The tutor's consultation dialog on a busy database: the dialog stays
/// with the topic typed and says the database is busy, in words.
final class TutorDialogBusyTests: XCTestCase {
    func testTheConsultationStaysWhenTheDatabaseIsBusy() throws {
        let f = try TeacherFixture()
        let (app, _) = try f.run("tutor", "4G<Enter>l<Tab><Tab>План на год")
        f.store.db.busyWait.limit = 0.05
        let other = try Database(path: f.store.db.path)
        try other.execute("BEGIN IMMEDIATE")
        let s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).screen
        XCTAssertTrue(s.contains("План на год"), s)
        XCTAssertTrue(s.contains("База занята другой сессией"), s)
        XCTAssertFalse(s.contains("SQLite") || s.contains("INSERT") || s.contains("BEGIN"), s)
        try other.execute("ROLLBACK")
        let saved = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).screen
        XCTAssertTrue(saved.contains("Консультация записана"), saved)
    }
}
