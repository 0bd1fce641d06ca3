import XCTest
@testable import Domain

/// The catalogs' rules: hours per programme kind, what a site, a practice and
/// an event need, and the expert review of a practice.
final class CatalogRulesTests: XCTestCase {
    func programme(kind: ProgrammeKind, hours: Int) -> Programme {
        Programme(id: 0, title: "Наставничество в школе", provider: "ЧИППКРО", kind: kind, hours: hours,
                  format: .distance, inFederalRegistry: false, competenceIDs: [])
    }

    func testTheHoursRefusalNamesTheMinimumOfTheKind() {
        let short = programme(kind: .upskilling, hours: 12).validate()
        XCTAssertEqual(short?.reason.ru, "«повышение квалификации»: не меньше 16 ч, а указано 12")
        XCTAssertNil(programme(kind: .upskilling, hours: 16).validate())
        let retraining = programme(kind: .retraining, hours: 72).validate()
        XCTAssertTrue(retraining?.reason.ru.contains("не меньше 250 ч") ?? false, retraining?.reason.ru ?? "")
        XCTAssertNil(programme(kind: .retraining, hours: 250).validate())
    }

    func testTypedHoursMustBeAWholeNumber() {
        XCTAssertEqual(try? CatalogRules.hours(" 36 ", kind: .upskilling).get(), 36)
        for bad in ["", "тридцать", "-5", "1.5"] {
            guard case .failure(let r) = CatalogRules.hours(bad, kind: .retraining) else { return XCTFail(bad) }
            XCTAssertTrue(r.reason.ru.contains("не меньше 250"), r.reason.ru)
        }
    }

    func testASiteNeedsATopicAndACapacityOfZeroOrMore() {
        var site = InternshipSite(id: 0, organizationID: 1, topic: "Цифровая образовательная среда", competenceIDs: [], capacity: 0)
        XCTAssertNil(site.validate())
        site.capacity = -1
        XCTAssertEqual(site.validate()?.reason.ru, "Вместимость не может быть отрицательной (указано -1)")
        site.capacity = 10
        site.topic = "  \n"
        XCTAssertEqual(site.validate()?.reason.en, "The internship site needs a topic")
    }

    func testAPracticeNeedsATitleAndOneOfTheNineteenDirections() {
        var practice = BestPractice(id: 0, title: "Ёлочка проектов", authorID: nil, organizationID: nil, direction: 19, competenceIDs: [])
        XCTAssertNil(practice.validate())
        practice.direction = 20
        XCTAssertEqual(practice.validate()?.reason.ru, "Направления №20 нет: их 19 (1–19)")
        practice.direction = 0
        XCTAssertNotNil(practice.validate())
        practice.direction = 3
        practice.title = ""
        XCTAssertEqual(practice.validate()?.reason.ru, "У практики должно быть название")
    }

    func testAnEventNeedsATitleAndAnOptionalValidDirection() {
        var event = Event(id: 0, title: "Августовская конференция", kind: .conference, date: Day(year: 2024, month: 8, day: 27)!, direction: nil)
        XCTAssertNil(event.validate())
        event.direction = 7
        XCTAssertNil(event.validate())
        event.direction = 42
        XCTAssertNotNil(event.validate())
        event.direction = nil
        event.title = " "
        XCTAssertEqual(event.validate()?.reason.ru, "У мероприятия должно быть название")
    }

    func testTheReviewGoesSubmittedReviewThenIncludedOrRejected() throws {
        let practice = BestPractice(id: 1, title: "Практика", authorID: nil, organizationID: nil, direction: 1, competenceIDs: [])
        XCTAssertEqual(practice.status, .submitted)
        let inReview = try practice.reviewed(to: .review).get()
        XCTAssertEqual(inReview.status, .review)
        XCTAssertEqual(try inReview.reviewed(to: .included).get().status, .included)
        XCTAssertEqual(try inReview.reviewed(to: .rejected).get().status, .rejected)
    }

    func testReviewMovesOutsideTheTableAreRefusedWithBothStatuses() throws {
        let practice = BestPractice(id: 1, title: "Практика", authorID: nil, organizationID: nil, direction: 1, competenceIDs: [])
        guard case .failure(let skip) = practice.reviewed(to: .included) else { return XCTFail("submitted -> included must be refused") }
        XCTAssertEqual(skip.reason.ru, "Из «подана» нельзя перейти в «включена в реестр»; можно: «на экспертизе»")
        let included = try practice.reviewed(to: .review).get().reviewed(to: .included).get()
        guard case .failure(let final) = included.reviewed(to: .rejected) else { return XCTFail("included is final") }
        XCTAssertTrue(final.reason.ru.contains("окончательный"), final.reason.ru)
        guard case .failure(let back) = try practice.reviewed(to: .review).get().reviewed(to: .submitted) else {
            return XCTFail("review -> submitted must be refused")
        }
        XCTAssertTrue(back.reason.ru.contains("«включена в реестр», «отклонена»"), back.reason.ru)
    }
}
