import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The methodist's triage inbox on the in-memory terminal, by keys alone.
/// The tests are about the screen: they run on the in-memory backend, and
/// again on SQLite (`TriageInboxOnSQLiteTests`), so the screen and both
/// backends are seen to agree.
class TriageInboxTests: XCTestCase {
    var f: TriageFixture!
    var backing: TriageFixture.Backing { .memory }
    override func setUpWithError() throws { f = try TriageFixture(backing) }

    /// A failure says which backend it happened on.
    override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
        super.recordFailure(withDescription: "[\(backing)] " + description, inFile: filePath, atLine: lineNumber, expected: expected)
    }
    override func tearDown() { f = nil }

    static let texts: [RequestID: String] = [
        1: "Помогите с", 2: "Нужна консу", 3: "Как подгото", 4: "Школа проси", 5: "Просьба о н",
        6: "Ёлочные игр", 7: "Запрос из д",
    ]

    func listed(_ t: MemoryTerminal) -> [RequestID] {
        TriageFixture.listedIDs(t, among: Array(TriageInboxTests.texts.keys), texts: TriageInboxTests.texts)
    }

    func testTriagersGetTheInboxAndTeachersKeepTheirList() throws {
        let m = try f.app("methodist")
        XCTAssertTrue(m.views.contains { $0 is TriageInboxView })
        let c = try f.app("coord")
        XCTAssertTrue(c.views.contains { $0 is TriageInboxView })
        let teacher = try f.app("elkina")
        XCTAssertFalse(teacher.views.contains { $0 is TriageInboxView })
    }

    func testTheInboxShowsTheDomainsTriageOrderAndMarks() throws {
        let t = try f.run("", size: Size(width: 80, height: 24)).terminal
        XCTAssertEqual(listed(t), [5, 3, 2, 4, 1], t.snapshot())
        // The same order as the domain's rule over the same rows.
        let viewer = try f.backend.viewer(login: "methodist")
        let rows = try f.backend.triagePage(viewer, RequestQuery(statuses: TriageFilter.openStatuses), limit: 50)
        let today = f.backend.today()
        let sorted = RequestRules.sortedForTriage(rows.map(\.request), today: today) { r in
            let row = rows.first { $0.id == r.id }
            return (row?.lowResultsSchool ?? false, row?.youngAuthor ?? false)
        }
        XCTAssertEqual(sorted.map(\.id), [5, 3, 2, 4, 1])
        let text = t.text()
        XCTAssertTrue(text.contains("Смирнова Д. О. ★"), "young mark")
        XCTAssertTrue(text.contains("◆ СОШ № 5"), "ШНОР mark")
        XCTAssertTrue(text.contains("10.03.2024!"), "overdue mark")
        XCTAssertTrue(text.contains("Сидорова"), "assignee")
        XCTAssertFalse(text.contains("другого муниципалитета"), "another municipality's request is not shown")
        // Every row exactly fits 80 columns.
        for y in 0..<t.size.height { XCTAssertLessThanOrEqual(TextWidth.of(t.line(y)), 80) }
    }

    func testTriageByKeysAloneKeepsTheCursorOnTheRequestThroughEveryAction() throws {
        // Row 2 is №3: direction by type-to-find, assignee, due in a week, priority — the cursor
        // follows №3 wherever each change moves it in the order, so every key acts on it.
        let (_, t) = try f.run("jdфункц<Enter>aсидор<Enter>t<C-u>+7<Enter>pсроч<Enter>", size: Size(width: 100, height: 24))
        XCTAssertEqual(try f.request(3)?.direction, 3)
        XCTAssertEqual(try f.request(3)?.assigneeID, f.id("tutor"))
        XCTAssertEqual(try f.request(3)?.status, .assigned)
        XCTAssertEqual(try f.request(3)?.due, Day(year: 2024, month: 3, day: 22))
        XCTAssertEqual(try f.request(3)?.priority, .urgent, t.snapshot())
        XCTAssertTrue(t.text().contains("№3: приоритет «срочный»"), t.snapshot())
        // No other request was touched.
        XCTAssertNil(try f.request(2)?.assigneeID)
        XCTAssertNil(try f.request(4)?.due)
        XCTAssertEqual(try f.request(1)?.priority, .normal)
        // The history names who changed what.
        let log = try f.backend.requestLog(f.backend.viewer(login: "coord"), id: 3)
        XCTAssertTrue(log.contains { $0.change.field == "assignee" && $0.afterName == "Сидорова Ольга Викторовна" && $0.actorName == "Кузнецова Елена Павловна" })
    }

    func testStatusAlongTheLifecycleAndRefusalsWithTheirReason() throws {
        // №3 is new: "решён" is refused with the domain's reason; the cursor stays.
        let (app, t) = try f.run("jsреш<Enter>", size: Size(width: 120, height: 24))
        XCTAssertEqual(try f.request(3)?.status, .new)
        XCTAssertTrue(t.text().contains("№3: Из «новый» нельзя перейти в «решён»"), t.snapshot())
        // №5 is assigned: start the work, then resolve it (today).
        _ = Headless.run(app, size: Size(width: 120, height: 24), events: try KeySyntax.parse("gsв раб<Enter>"))
        XCTAssertEqual(try f.request(5)?.status, .inProgress)
        _ = Headless.run(app, size: Size(width: 120, height: 24), events: try KeySyntax.parse("gsреш<Enter>"))
        XCTAssertEqual(try f.request(5)?.status, .resolved)
        XCTAssertEqual(try f.request(5)?.resolvedOn, f.backend.today())
    }

    func testDeclineAsksForAReason() throws {
        // Esc on an empty reason closes; x then a reason declines.
        let (_, t0) = try f.run("jx<C-s>", size: Size(width: 100, height: 24))
        XCTAssertEqual(try f.request(3)?.status, .new)
        XCTAssertTrue(t0.text().contains("Отклонить"), "an empty reason is not accepted:\n\(t0.snapshot())")
        let t1 = try f.run("jxДубликат запроса №2<C-s>", size: Size(width: 100, height: 24)).terminal
        XCTAssertEqual(try f.request(3)?.status, .declined, t1.snapshot())
        XCTAssertEqual(try f.request(3)?.declineReason, "Дубликат запроса №2")
        // Through the status picker too.
        _ = try f.run("jsотк<Enter>Не по адресу<C-s>", size: Size(width: 100, height: 24))   // №3 is gone: row 2 is №2
        XCTAssertEqual(try f.request(2)?.status, .declined)
    }

    func testBulkChangeInOneTransactionCountsChangedAndRefused() throws {
        // Mark all five open requests, then "в работе": only the assigned №5 may start; the four new ones are refused.
        let (_, t) = try f.run("<Space><Space><Space><Space><Space>sв раб<Enter>", size: Size(width: 140, height: 24))
        XCTAssertTrue(t.text().contains("Изменено 1, отказано 4: №1 — Из «новый» нельзя перейти в «в работе»"), t.snapshot())
        XCTAssertEqual(try f.request(5)?.status, .inProgress)
        for id: RequestID in [1, 2, 3, 4] { XCTAssertEqual(try f.request(id)?.status, .new) }
        XCTAssertFalse(t.text().contains("отмечено"), "marks are cleared after a bulk action")

        // Bulk direction + assignee on three marked new requests.
        let (_, t2) = try f.run("j<Space><Space><Space>d6<Enter>", size: Size(width: 140, height: 24))
        XCTAssertTrue(t2.text().contains("Изменено 3"), t2.snapshot())
        for id: RequestID in [3, 2, 4] { XCTAssertEqual(try f.request(id)?.direction, 6) }
        XCTAssertEqual(try f.request(1)?.direction, nil)
    }

    func testBulkRefusesARequestAnotherUserChangedMeanwhile() throws {
        let app = try f.app()
        _ = Headless.run(app, size: Size(width: 100, height: 24), events: try KeySyntax.parse("3j<Space><Space>"))
        // Another methodist assigns №2 before this one acts.
        let other = try f.backend.viewer(login: "coord")
        _ = try f.backend.applyTriage(other, [TriageTarget(id: 2, version: 1)], .priority(.high))
        let t = Headless.run(app, size: Size(width: 140, height: 24), events: try KeySyntax.parse("d7<Enter>")).terminal
        XCTAssertTrue(t.text().contains("Изменено 1, отказано 1: №2 — Запись уже изменил Смирнов Пётр Алексеевич"), t.snapshot())
        XCTAssertEqual(try f.request(3)?.direction, 7)
        XCTAssertNil(try f.request(2)?.direction)
    }

    func testAnotherSessionsChangeShowsOnTheNextIdleTick() throws {
        let (app, t0) = try f.run("")
        XCTAssertEqual(listed(t0), [5, 3, 2, 4, 1])
        // Someone else raises №1 to urgent: the change token moves, the tick re-reads the page.
        let other = try f.otherSession()
        _ = try other.applyTriage(other.viewer(login: "coord"), [TriageTarget(id: 1, version: 1)], .priority(.urgent))
        let t1 = Headless.run(app, size: Size(width: 100, height: 24), events: [.tick]).terminal
        XCTAssertEqual(listed(t1), [1, 5, 3, 2, 4], t1.snapshot())
    }

    func testSavedFiltersAndCyrillicFullTextSearch() throws {
        XCTAssertEqual(listed(try f.run("N").terminal), [3, 2, 4, 1])
        XCTAssertEqual(listed(try f.run("!").terminal), [5])
        XCTAssertEqual(listed(try f.run("U").terminal), [3, 2, 4, 1])
        XCTAssertEqual(listed(try f.run("*").terminal), [5, 3, 2, 4, 1, 6])
        XCTAssertEqual(listed(try f.run("D18<Enter>").terminal), [5])
        XCTAssertEqual(listed(try f.run("Sреш<Enter>").terminal), [6])
        XCTAssertEqual(listed(try f.run("<Tab><Tab>").terminal), [], "Mine: nothing assigned to the methodist")
        // ё = е, any case, prefixes; the search keeps the saved filter.
        for typed in ["ёлочн", "ЕЛОЧН", "елоч"] {
            let t = try f.run("*/\(typed)").terminal
            XCTAssertEqual(listed(t), [6], typed)
            XCTAssertTrue(t.text().contains("Фильтр: \(typed)"))
        }
        XCTAssertEqual(listed(try f.run("/фгос").terminal), [2])
        XCTAssertEqual(listed(try f.run("/грамотн<Enter>").terminal), [1])
        XCTAssertEqual(listed(try f.run("/грамотн<Enter><Esc>").terminal), [5, 3, 2, 4, 1], "Esc clears the search")
        let counts = try f.run("").terminal.line(1)
        XCTAssertTrue(counts.contains("Открытые 5") && counts.contains("Новые 4") && counts.contains("Все 6"), counts)
    }

    func testTheFilterCountsFollowAnActionWithoutHoldingTheKey() throws {
        // The counts are read in the background: the key that declines №3 returns with
        // the read started, and the tabs show the new counts when it is done.
        let (app, _) = try f.run("")
        let terminal = MemoryTerminal(size: Size(width: 100, height: 24), hasColors: true)
        for event in try KeySyntax.parse("jxДубликат<C-s>") { _ = app.handle(event) }
        XCTAssertEqual(try f.request(3)?.status, .declined)
        XCTAssertTrue(app.isWaitingInBackground, "the counts are being read")
        XCTAssertTrue(app.finishBackground())
        XCTAssertFalse(app.isWaitingInBackground)
        app.render(on: terminal)
        let counts = terminal.line(1)
        XCTAssertTrue(counts.contains("Открытые 4") && counts.contains("Новые 3") && counts.contains("Все 6"), counts)
    }

    func testCommentGoesToTheHistoryAndTheDetailShowsIt() throws {
        _ = try f.run("cПозвонила автору, уточнила тему<C-s>")
        let log = try f.backend.requestLog(f.backend.viewer(login: "coord"), id: 5)
        XCTAssertEqual(log.last?.change.field, "comment")
        XCTAssertEqual(log.last?.change.after, "Позвонила автору, уточнила тему")
        let t = try f.run("<Enter>", size: Size(width: 100, height: 30)).terminal
        XCTAssertTrue(t.text().contains("комментарий: Позвонила автору"), t.snapshot())
        XCTAssertTrue(t.text().contains("Исполнитель: Сидорова Ольга Викторовна"))
        XCTAssertTrue(t.text().contains("СОШ № 5 ◆ ШНОР"))
    }

    func testWideScreenShowsTheDetailPaneAndTheAuthorsRoute() throws {
        let t = try f.run("", size: Size(width: 200, height: 60)).terminal
        XCTAssertTrue(t.text().contains("Запрос №5"), t.snapshot())
        XCTAssertTrue(t.text().contains("Школа"), "the wide list has a school column")
        XCTAssertTrue(t.text().contains("История"))
        let route = try f.run("jjr", size: Size(width: 100, height: 24)).terminal
        XCTAssertTrue(route.text().contains("Иванов Иван Иванович"), route.snapshot())
        XCTAssertTrue(route.text().contains("Маршрута (ИОМ) нет"))
    }

    func testLoadAndLatenessPanel() throws {
        let t = try f.run("L", size: Size(width: 100, height: 24)).terminal
        let text = t.text()
        XCTAssertTrue(text.contains("Нагрузка и сроки"), t.snapshot())
        XCTAssertTrue(text.contains("медиана срока решения 10 дн."), t.snapshot())
        XCTAssertTrue(text.contains("решено в срок 100%"))
        XCTAssertTrue(text.contains("Сидорова Ольга Викторовна"))
        XCTAssertFalse(try f.run("L<Esc>").terminal.text().contains("Нагрузка и сроки"))
    }

    func testAssigneePickerShowsOpenLoad() throws {
        let t = try f.run("a", size: Size(width: 100, height: 24)).terminal
        XCTAssertTrue(t.text().contains("Сидорова Ольга Викторовна (тьютор)"), t.snapshot())
        XCTAssertTrue(t.text().contains("откр. 1, проср. 1"))
    }

    func testCreateARequestForASchoolFromThePalette() throws {
        let (_, t) = try f.run(":создать запрос<Enter>школа: лицей<Enter>Нужен семинар по цифровым инструментам<C-s>",
                               size: Size(width: 100, height: 24))
        XCTAssertTrue(t.text().contains("создан"), t.snapshot())
        let viewer = try f.backend.viewer(login: "coord")
        let created = try f.backend.triagePage(viewer, RequestQuery(text: "цифровым"), limit: 5)
        XCTAssertEqual(created.count, 1)
        XCTAssertEqual(created.first?.request.organizationID, 1)
        XCTAssertNil(created.first?.request.authorID)
    }

    func testEnglishInterface() throws {
        let t = try f.run("", language: .en).terminal
        XCTAssertTrue(t.text().contains("Open 5"), t.snapshot())
        XCTAssertTrue(t.text().contains("Asked by"))
    }
}

/// The same screens over SQLite. Linux's test discovery lists only the
/// methods a class declares, so each inherited test is named here.
final class TriageInboxOnSQLiteTests: TriageInboxTests {
    override var backing: TriageFixture.Backing { .sqlite }
    override func testTriagersGetTheInboxAndTeachersKeepTheirList() throws { try super.testTriagersGetTheInboxAndTeachersKeepTheirList() }
    override func testTheInboxShowsTheDomainsTriageOrderAndMarks() throws { try super.testTheInboxShowsTheDomainsTriageOrderAndMarks() }
    override func testTriageByKeysAloneKeepsTheCursorOnTheRequestThroughEveryAction() throws { try super.testTriageByKeysAloneKeepsTheCursorOnTheRequestThroughEveryAction() }
    override func testStatusAlongTheLifecycleAndRefusalsWithTheirReason() throws { try super.testStatusAlongTheLifecycleAndRefusalsWithTheirReason() }
    override func testDeclineAsksForAReason() throws { try super.testDeclineAsksForAReason() }
    override func testBulkChangeInOneTransactionCountsChangedAndRefused() throws { try super.testBulkChangeInOneTransactionCountsChangedAndRefused() }
    override func testBulkRefusesARequestAnotherUserChangedMeanwhile() throws { try super.testBulkRefusesARequestAnotherUserChangedMeanwhile() }
    override func testAnotherSessionsChangeShowsOnTheNextIdleTick() throws { try super.testAnotherSessionsChangeShowsOnTheNextIdleTick() }
    override func testSavedFiltersAndCyrillicFullTextSearch() throws { try super.testSavedFiltersAndCyrillicFullTextSearch() }
    override func testTheFilterCountsFollowAnActionWithoutHoldingTheKey() throws { try super.testTheFilterCountsFollowAnActionWithoutHoldingTheKey() }
    override func testCommentGoesToTheHistoryAndTheDetailShowsIt() throws { try super.testCommentGoesToTheHistoryAndTheDetailShowsIt() }
    override func testWideScreenShowsTheDetailPaneAndTheAuthorsRoute() throws { try super.testWideScreenShowsTheDetailPaneAndTheAuthorsRoute() }
    override func testLoadAndLatenessPanel() throws { try super.testLoadAndLatenessPanel() }
    override func testAssigneePickerShowsOpenLoad() throws { try super.testAssigneePickerShowsOpenLoad() }
    override func testCreateARequestForASchoolFromThePalette() throws { try super.testCreateARequestForASchoolFromThePalette() }
    override func testEnglishInterface() throws { try super.testEnglishInterface() }
}
