import XCTest
@testable import Domain

final class MentoringRulesTests: XCTestCase {
    let today = Day(year: 2025, month: 1, day: 15) ?? Day(ordinal: 0)

    func person(_ id: PersonID, born: String, roles: Set<Role> = [.teacher]) -> Person {
        Person(id: id, login: "p\(id)", fullName: "Педагог \(id)", organizationID: 1, position: "учитель",
               birthDate: day(born), roles: roles)
    }
    func pair(_ id: MentoringID, mentee: PersonID, mentor: PersonID = 100, status: MentoringStatus = .active,
              start: String = "2024-09-01", end: String? = nil) -> MentoringPair {
        MentoringPair(id: id, mentorID: mentor, menteeID: mentee, start: day(start), end: end.map { day($0) }, status: status)
    }

    func testYoungTeachersWithoutMentor() {
        let people = [
            person(1, born: "1998-05-05"),                       // young, active pair
            person(2, born: "1999-05-05"),                       // young, no pair
            person(3, born: "1970-05-05"),                       // not young
            person(4, born: "2000-01-01"),                       // young, pair completed
            person(5, born: "2000-01-01"),                       // young, pair ended before today
            person(6, born: "2001-01-01"),                       // young, planned pair
            person(7, born: "2001-01-01", roles: [.coordinator]), // young but not a teacher
            person(8, born: "2001-01-01"),                       // young, active pair that ends today
        ]
        let pairs = [
            pair(1, mentee: 1),
            pair(2, mentee: 4, status: .completed, end: "2024-12-31"),
            pair(3, mentee: 5, end: "2025-01-14"),
            pair(4, mentee: 6, status: .planned, start: "2025-02-01"),
            pair(5, mentee: 8, end: "2025-01-15"),
        ]
        XCTAssertEqual(MentoringRules.youngTeachersWithoutMentor(people: people, pairs: pairs, on: today).map(\.id), [2, 4, 5])
    }

    func testIsCurrent() {
        XCTAssertTrue(pair(1, mentee: 1).isCurrent(on: today))
        XCTAssertTrue(pair(1, mentee: 1, status: .planned, start: "2025-03-01").isCurrent(on: today))
        XCTAssertFalse(pair(1, mentee: 1, status: .completed).isCurrent(on: today))
        XCTAssertFalse(pair(1, mentee: 1, status: .ended).isCurrent(on: today))
        XCTAssertTrue(pair(1, mentee: 1, end: "2025-01-15").isCurrent(on: today))
        XCTAssertFalse(pair(1, mentee: 1, end: "2025-01-14").isCurrent(on: today))
    }

    func testOneCurrentPairPerMentee() {
        let existing = [pair(1, mentee: 1), pair(2, mentee: 2, status: .ended)]
        let second = pair(3, mentee: 1, mentor: 101)
        let refusal = MentoringRules.validate(second, against: existing, on: today)
        XCTAssertEqual(refusal?.reason.ru.contains("№1"), true)
        XCTAssertEqual(refusal?.reason.en.contains("already has a current pair"), true)
        XCTAssertNil(MentoringRules.validate(pair(4, mentee: 2), against: existing, on: today), "the old pair ended")
        XCTAssertNil(MentoringRules.validate(pair(1, mentee: 1, mentor: 102), against: existing, on: today),
                     "editing the pair itself")
        XCTAssertNil(MentoringRules.validate(pair(5, mentee: 1, status: .completed, end: "2024-12-01"), against: existing,
                                             on: today), "a past pair can be recorded")
    }

    func testMalformedPairs() {
        XCTAssertEqual(MentoringRules.validate(pair(1, mentee: 100, mentor: 100), against: [], on: today)?.reason.en,
                       "The mentor and the mentee are the same person")
        XCTAssertNotNil(MentoringRules.validate(pair(1, mentee: 1, start: "2025-01-10", end: "2025-01-01"), against: [], on: today))
    }

    func testCurrentPair() {
        let pairs = [pair(1, mentee: 1, status: .ended), pair(2, mentee: 1, start: "2024-10-01"), pair(3, mentee: 2)]
        XCTAssertEqual(MentoringRules.currentPair(of: 1, in: pairs, on: today)?.id, 2)
        XCTAssertNil(MentoringRules.currentPair(of: 9, in: pairs, on: today))
    }

    func testMovedSetsTheEnd() {
        let ended = success(pair(1, mentee: 1).moved(to: .ended, on: today))
        XCTAssertEqual(ended?.status, .ended)
        XCTAssertEqual(ended?.end, today)
        let early = success(pair(1, mentee: 1, end: "2024-12-01").moved(to: .completed, on: today))
        XCTAssertEqual(early?.end, day("2024-12-01"), "an earlier end is kept")
        let active = success(pair(1, mentee: 1, status: .planned).moved(to: .active, on: today))
        XCTAssertEqual(active?.status, .active)
        XCTAssertNil(active?.end)
        assertRefused(pair(1, mentee: 1, status: .completed).moved(to: .active, on: today), en: ["final"])
    }
}
