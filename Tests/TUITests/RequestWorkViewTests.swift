import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The demo tutor works request №13 on the in-memory terminal, at 80x24 and
/// 160x48: each form (help given, resolve, hand back) saves, and refuses
/// by each rule — no right (no key to press), out of scope (assigned to
/// someone else), a stale version (the form keeps its text, the conflict
/// names who changed it, the next save goes through) and the Domain's own
/// rules — and the author reads the answer and the help given.
final class RequestWorkViewTests: XCTestCase {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]
    static let number: RequestID = 13

    private func robot(_ f: RMAFixture, _ login: String, _ size: Size) throws -> Robot {
        let r = Robot(try f.app(login), size: size)
        r.open(tab: login == "teacher" ? "myRequests" : "requests")
        return r
    }

    private func request(_ f: RMAFixture) throws -> HelpRequest {
        try XCTUnwrap(f.store.request(f.store.viewer(login: "coordinator"), id: Self.number)?.request)
    }

    func testTheTutorTakesRecordsHelpAndResolvesAndTheAuthorReadsTheAnswer() throws {
        for size in Self.sizes {
            let f = try RMAFixture()
            let tutor = try robot(f, "tutor", size)
            XCTAssertTrue(tutor.screen.contains("назначен"), "\(size): №13 is hers, assigned:\n\(tutor.screen)")
            XCTAssertTrue(tutor.screen.contains("w в работу"), "the hint row names the keys:\n\(tutor.screen)")
            tutor.select("Прошу помочь с разраб").press("requests.take")
            XCTAssertTrue(tutor.status.contains("Запрос взят в работу"), tutor.status)
            XCTAssertEqual(try request(f).status, .inProgress)
            // Help: a future date is refused by the Domain; the form stays with what was typed.
            tutor.press("requests.help")
            XCTAssertTrue(tutor.screen.contains("Оказанная помощь"), tutor.screen)
            try tutor.keys("<C-u>20.03.2024<Tab><Right><Tab>Разобрали структуру программы<C-s>")
            XCTAssertTrue(tutor.screen.contains("ещё не наступила"), "\(size):\n\(tutor.screen)")
            XCTAssertTrue(tutor.screen.contains("Разобрали структуру программы"), "the typed text is kept:\n\(tutor.screen)")
            try tutor.keys("<S-Tab><S-Tab><C-u>14.03.2024<C-s>")
            XCTAssertTrue(tutor.status.contains("Помощь записана"), "\(size):\n\(tutor.screen)")
            let help = try f.store.requestHelp(f.store.viewer(login: "tutor"), id: Self.number)
            XCTAssertEqual(help.map(\.what), ["Разобрали структуру программы"])
            XCTAssertEqual(help.first?.form, .lessonVisit, "Right moved the form to the second choice")
            XCTAssertEqual(help.first?.date, Day(iso: "2024-03-14"))
            // Resolve: the answer is required by the form; then saved.
            tutor.press("requests.resolve")
            XCTAssertTrue(tutor.screen.contains("Ответ автору"), tutor.screen)
            try tutor.keys("Программа готова, шаблон в письме<C-s>")
            XCTAssertTrue(tutor.status.contains("Запрос решён"), "\(size):\n\(tutor.screen)")
            XCTAssertEqual(try request(f).status, .resolved)
            XCTAssertTrue(tutor.selectedLine?.contains("решён") == true, "the cursor stays on the worked row:\n\(tutor.screen)")
            // A closed request refuses more work, with the Domain's reason.
            tutor.press("requests.handBack")
            try tutor.keys("Ошибка<C-s>")
            XCTAssertTrue(tutor.screen.contains("он закрыт"), "\(size):\n\(tutor.screen)")
            // The author sees the answer and the help given, the history in words.
            let teacher = try robot(f, "teacher", size)
            teacher.select("Прошу помочь с разраб")
            try teacher.keys("<Enter>")
            for text in ["Ответ", "Программа готова, шаблон в письме", "Оказанная помощь", "посещение урока — Разобрали структуру",
                         "статус: назначен → в работе"] {
                XCTAssertTrue(teacher.screen.contains(text) || size.height < 30, "\(size): «\(text)»:\n\(teacher.screen)")
            }
            XCTAssertTrue(teacher.screen.contains("Программа готова, шаблон в письме"), "\(size):\n\(teacher.screen)")
            XCTAssertFalse(teacher.screen.contains("assignee") || teacher.screen.contains("inProgress"), teacher.screen)
        }
    }

    func testAStaleVersionKeepsTheFormAndNamesWhoChangedTheRequest() throws {
        for size in Self.sizes {
            let f = try RMAFixture()
            let tutor = try robot(f, "tutor", size)
            tutor.select("Прошу помочь с разраб").press("requests.take")
            tutor.press("requests.resolve")
            try tutor.keys("Готово")
            // The methodist moves the due date while the form is open.
            let methodist = try f.store.viewer(login: "methodist")
            let version = try request(f).version
            XCTAssertEqual(try f.store.applyTriage(methodist, [TriageTarget(id: Self.number, version: version)], .due(Day(iso: "2024-04-30"))).changed,
                           [Self.number])
            try tutor.keys("<C-s>")
            let name = try XCTUnwrap(f.store.person(methodist, id: methodist.personID)?.fullName)
            XCTAssertTrue(tutor.screen.contains(String(name.prefix(10))), "\(size): the conflict names the methodist:\n\(tutor.screen)")
            XCTAssertTrue(tutor.screen.contains("Готово"), "the typed answer is kept:\n\(tutor.screen)")
            XCTAssertEqual(try request(f).status, .inProgress, "nothing overwritten")
            // The next save goes against the fresh version, and is refused by the rule: no help recorded yet.
            try tutor.keys("<C-s>")
            XCTAssertTrue(tutor.screen.contains("Сначала запишите оказанную помощь"), "\(size):\n\(tutor.screen)")
            try tutor.keys("<Esc>")
            if tutor.screen.contains("Закрыть форму") { try tutor.keys("y") }
        }
    }

    func testOutOfScopeAndNoRight() throws {
        for size in Self.sizes {
            let f = try RMAFixture()
            let tutor = try robot(f, "tutor", size)
            tutor.select("Прошу помочь с разраб")
            // The methodist hands №13 to the РМА methodist: the tutor's row is stale, then no longer hers.
            let methodist = try f.store.viewer(login: "methodist")
            let rma = try f.store.viewer(login: "rma")
            _ = try f.store.applyTriage(methodist, [TriageTarget(id: Self.number, version: try request(f).version)], .assignee(rma.personID))
            // The right and the scope are checked before the version: no longer hers, and the list says so.
            tutor.press("requests.take")
            XCTAssertTrue(tutor.status.contains("назначенным другому"), "\(size):\n\(tutor.screen)")
            XCTAssertTrue(tutor.screen.contains("Вам не назначено запросов"), "\(size): the list is re-read:\n\(tutor.screen)")
            // All she sees: the request is there (her caseload's), but not hers to work.
            tutor.press("requests.mine")
            tutor.select("Прошу помочь с разраб").press("requests.take")
            XCTAssertTrue(tutor.status.contains("назначенным другому"), "\(size):\n\(tutor.screen)")
            tutor.press("requests.help")
            XCTAssertTrue(tutor.screen.contains("Оказанная помощь"))
            try tutor.keys("<Tab><Tab>Консультация<C-s>")
            XCTAssertTrue(tutor.screen.contains("назначенным другому"), "\(size): the form says why:\n\(tutor.screen)")
            XCTAssertEqual(try request(f).assigneeID, rma.personID)
            XCTAssertTrue(try f.store.requestHelp(rma, id: Self.number).isEmpty, "nothing written")
            // No right: the author has no work keys at all, in her list or in the palette.
            let teacher = try robot(f, "teacher", size)
            let actions = (teacher.app.activeView?.bindings ?? []).map(\.action)
            XCTAssertFalse(actions.contains { $0.hasPrefix("requests.") }, "\(actions)")
            try teacher.keys("w")
            XCTAssertEqual(try request(f).status, .assigned)
        }
    }

    func testHandingBackNeedsAReasonAndTheRowLeavesTheList() throws {
        for size in Self.sizes {
            let f = try RMAFixture()
            let tutor = try robot(f, "tutor", size)
            tutor.select("Прошу помочь с разраб").press("requests.handBack")
            XCTAssertTrue(tutor.screen.contains("Вернуть на разбор"), tutor.screen)
            try tutor.keys("<C-s>")
            XCTAssertEqual(try request(f).status, .assigned, "\(size): the reason is required")
            try tutor.keys("Нужен методист по функциональной грамотности<C-s>")
            XCTAssertTrue(tutor.status.contains("Запрос возвращён на разбор"), "\(size):\n\(tutor.screen)")
            XCTAssertTrue(tutor.status.contains("строка ушла из списка"), "\(size): no longer hers:\n\(tutor.screen)")
            let r = try request(f)
            XCTAssertEqual(r.status, .triaged)
            XCTAssertNil(r.assigneeID)
            let log = try f.store.requestLog(f.store.viewer(login: "methodist"), id: Self.number).map(\.line.ru)
            XCTAssertEqual(log.last, "возвращён на разбор: Нужен методист по функциональной грамотности")
        }
    }
}

/// A РМА methodist triages in the inbox and works her own requests in
/// «Поручено мне», with the same keys and forms.
final class AssignedTabTests: XCTestCase {
    func testTheRMAMethodistWorksHerRequestFromPorucheno() throws {
        for size in RequestWorkViewTests.sizes {
            let f = try RMAFixture()
            let rma = try f.store.viewer(login: "rma")
            let mine = try f.store.requestsPage(rma, RequestQuery(statuses: [.assigned], assigneeID: rma.personID), limit: 10)
            let target = try XCTUnwrap(mine.first, "the demo gives the rma assigned requests")
            let robot = Robot(try f.app("rma"), size: size)
            XCTAssertTrue(robot.app.views.map(\.id).contains("requests"), "the inbox stays")
            robot.open(tab: "assigned")
            XCTAssertTrue(robot.screen.contains("Поручено мне"), robot.screen)
            robot.select(String(target.id) + " ")
            robot.press("requests.take")
            XCTAssertTrue(robot.status.contains("Запрос взят в работу"), "\(size):\n\(robot.screen)")
            robot.press("requests.help")
            try robot.keys("<Tab><Right><Right><Tab>Подобрали материалы<C-s>")
            XCTAssertTrue(robot.status.contains("Помощь записана"), "\(size):\n\(robot.screen)")
            robot.press("requests.resolve")
            try robot.keys("Материалы направлены<C-s>")
            XCTAssertTrue(robot.status.contains("Запрос решён"), "\(size):\n\(robot.screen)")
            let r = try XCTUnwrap(f.store.request(rma, id: target.id)?.request)
            XCTAssertEqual(r.status, .resolved)
            XCTAssertEqual(try f.store.requestHelp(rma, id: target.id).first?.form, .materials)
            // No M here: the inbox is where she sees everything.
            XCTAssertFalse((robot.app.activeView?.bindings ?? []).contains { $0.action == "requests.mine" })
        }
    }
}

/// The methodist who triages reads in the inbox's detail what the assignee did.
final class TriageDetailHelpTests: XCTestCase {
    func testTheInboxDetailShowsTheHelpGiven() throws {
        for size in RequestWorkViewTests.sizes {
            let f = try RMAFixture()
            let tutor = try f.store.viewer(login: "tutor")
            var version = try XCTUnwrap(f.store.request(tutor, id: RequestWorkViewTests.number)?.request.version)
            version = try f.store.workRequest(tutor, TriageTarget(id: RequestWorkViewTests.number, version: version), .take).version
            _ = try f.store.workRequest(tutor, TriageTarget(id: RequestWorkViewTests.number, version: version),
                                        .help(date: Day(iso: "2024-03-14")!, form: .consultation, what: "Разобрали структуру"))
            let robot = Robot(try f.app("methodist"), size: size)
            robot.open(tab: "requests")
            try robot.keys("/рабочей программы по функциональной<Enter><Home>")
            // Wide, the detail is a pane beside the list already; narrow, Enter opens it.
            if !robot.screen.contains("Запрос №13") { try robot.keys("<Enter>") }
            XCTAssertTrue(robot.screen.contains("Запрос №13"), "\(size):\n\(robot.screen)")
            XCTAssertTrue(robot.screen.contains("Оказанная помощь"), "\(size):\n\(robot.screen)")
            XCTAssertTrue(robot.screen.contains("консультация — Разобрали"), "\(size):\n\(robot.screen)")
        }
    }
}
