import XCTest
@testable import Domain

/// The assignee's work on a request (`RequestWork`), each rule both ways.
final class RequestWorkTests: XCTestCase {
    let today = Day(iso: "2024-03-15")!
    func request(_ status: RequestStatus, assignee: PersonID? = 5) -> HelpRequest {
        HelpRequest(id: 1, text: "Помогите с рабочей программой", authorID: 7, organizationID: 3, municipalityID: 1,
                    status: status, assigneeID: assignee, createdOn: Day(iso: "2024-03-01")!)
    }
    func apply(_ w: RequestWork, _ r: HelpRequest, actor: PersonID = 5, help: Int = 0) -> Result<RequestUpdate, Refusal> {
        w.apply(to: r, actor: actor, helpCount: help, today: today)
    }

    func testOnlyTheAssigneeWorksAnOpenRequest() {
        XCTAssertEqual(success(apply(.take, request(.assigned)))?.request.status, .inProgress)
        assertRefused(apply(.take, request(.assigned), actor: 6), ru: ["назначенным другому"])
        assertRefused(apply(.take, request(.resolved)), ru: ["закрыт"])
        assertRefused(apply(.take, request(.inProgress)), ru: ["уже в работе"])
        assertRefused(apply(.take, request(.triaged, assignee: nil)), ru: ["назначенным другому"])
    }

    func testHelpIsRecordedWhileInWorkWithARealPastDateAndWhatWasDone() {
        let ok = success(apply(.help(date: Day(iso: "2024-03-12")!, form: .consultation, what: " Разбор "), request(.inProgress)))
        XCTAssertEqual(ok?.changes, [FieldChange(.help, before: "", after: "2024-03-12 consultation Разбор")])
        XCTAssertEqual(ok?.request, request(.inProgress), "the request's fields stay")
        assertRefused(apply(.help(date: today, form: .consultation, what: "Разбор"), request(.assigned)), ru: ["возьмите запрос в работу"])
        assertRefused(apply(.help(date: today, form: .consultation, what: "  "), request(.inProgress)), ru: ["что сделано"])
        assertRefused(apply(.help(date: Day(iso: "2024-02-01")!, form: .consultation, what: "Разбор"), request(.inProgress)), ru: ["раньше даты запроса"])
        assertRefused(apply(.help(date: Day(iso: "2024-03-16")!, form: .consultation, what: "Разбор"), request(.inProgress)), ru: ["ещё не наступила"])
        assertRefused(apply(.help(date: Day(iso: "1800-01-01")!, form: .consultation, what: "Разбор"), request(.inProgress)), ru: ["1900"])
    }

    func testResolvingNeedsAnAnswerAndTheHelpGiven() {
        let ok = success(apply(.resolve(answer: " Готово "), request(.inProgress), help: 1))
        XCTAssertEqual(ok?.request.status, .resolved)
        XCTAssertEqual(ok?.request.resolvedOn, today)
        XCTAssertEqual(ok?.request.answer, "Готово")
        XCTAssertEqual(ok?.changes.last, FieldChange(.answer, before: "", after: "Готово"))
        assertRefused(apply(.resolve(answer: "Готово"), request(.inProgress), help: 0), ru: ["запишите оказанную помощь"])
        assertRefused(apply(.resolve(answer: " "), request(.inProgress), help: 1), ru: ["ответ"])
        assertRefused(apply(.resolve(answer: "Готово"), request(.assigned), help: 1), ru: ["возьмите запрос в работу"])
    }

    func testHandingBackClearsTheAssigneeWithAReason() {
        for status in [RequestStatus.assigned, .inProgress] {
            let ok = success(apply(.handBack(reason: "Не мой профиль"), request(status)))
            XCTAssertEqual(ok?.request.status, .triaged)
            XCTAssertNil(ok?.request.assigneeID)
            XCTAssertEqual(ok?.changes.last, FieldChange(.handBackReason, before: "", after: "Не мой профиль"))
            XCTAssertTrue(status.canMove(to: .triaged), "the lifecycle table has the move")
        }
        assertRefused(apply(.handBack(reason: ""), request(.inProgress)), ru: ["почему"])
        assertRefused(apply(.handBack(reason: "Не мой"), request(.resolved)), ru: ["закрыт"])
    }

    func testHistoryReadsInWords() {
        let names = ChangeNames()
        XCTAssertEqual(ChangeText.line(entity: "request", FieldChange(.help, before: "", after: "2024-03-12 lessonVisit Урок"), names: names).ru,
                       "оказана помощь: 12.03.2024, посещение урока: Урок")
        XCTAssertEqual(ChangeText.line(entity: "request", FieldChange(.handBackReason, before: "", after: "Не мой"), names: names).ru,
                       "возвращён на разбор: Не мой")
        XCTAssertEqual(ChangeText.line(entity: "request", FieldChange(.answer, before: "", after: "Готово"), names: names).ru, "ответ: — → Готово")
    }
}
