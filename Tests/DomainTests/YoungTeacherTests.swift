import XCTest
@testable import Domain

final class YoungTeacherTests: XCTestCase {
    func person(born: String? = nil, since: String? = nil) -> Person {
        Person(id: 1, login: "p", fullName: "Петрова Анна Сергеевна", organizationID: nil, position: "учитель",
               birthDate: born.map { day($0) }, teachingSince: since.map { day($0) })
    }

    func testUnder35ByAge() {
        let p = person(born: "1990-06-15", since: "2010-09-01")
        XCTAssertTrue(p.isYoungTeacher(on: day("2025-06-14")), "34 years and 364 days")
        XCTAssertFalse(p.isYoungTeacher(on: day("2025-06-15")), "35th birthday")
        XCTAssertFalse(p.isYoungTeacher(on: day("2030-01-01")))
    }

    func testFirstThreeYearsOfWork() {
        let p = person(born: "1975-01-01", since: "2023-09-01")
        XCTAssertTrue(p.isYoungTeacher(on: day("2023-09-01")), "first day of work")
        XCTAssertTrue(p.isYoungTeacher(on: day("2026-08-31")), "2 years 364 days")
        XCTAssertFalse(p.isYoungTeacher(on: day("2026-09-01")), "third anniversary")
    }

    func testEitherCriterionSuffices() {
        let youngLongServing = person(born: "1995-01-01", since: "2015-09-01")
        XCTAssertTrue(youngLongServing.isYoungTeacher(on: day("2025-01-01")))
        let olderNewcomer = person(born: "1970-01-01", since: "2024-09-01")
        XCTAssertTrue(olderNewcomer.isYoungTeacher(on: day("2025-01-01")))
        let neither = person(born: "1970-01-01", since: "2000-09-01")
        XCTAssertFalse(neither.isYoungTeacher(on: day("2025-01-01")))
    }

    func testMissingDates() {
        XCTAssertFalse(person().isYoungTeacher(on: day("2025-01-01")))
        XCTAssertTrue(person(born: "2000-01-01").isYoungTeacher(on: day("2025-01-01")))
        XCTAssertFalse(person(born: "1980-01-01").isYoungTeacher(on: day("2025-01-01")))
        XCTAssertTrue(person(since: "2024-01-01").isYoungTeacher(on: day("2025-01-01")))
        XCTAssertFalse(person(since: "2010-01-01").isYoungTeacher(on: day("2025-01-01")))
    }

    func testFutureDatesCountAsMissing() {
        XCTAssertFalse(person(born: "2030-01-01").isYoungTeacher(on: day("2025-01-01")))
        XCTAssertFalse(person(born: "1970-01-01", since: "2025-09-01").isYoungTeacher(on: day("2025-01-01")))
    }

    func testLimitsAreNamed() {
        XCTAssertEqual(Person.youngTeacherAgeLimit, 35)
        XCTAssertEqual(Person.youngTeacherServiceYears, 3)
    }
}
