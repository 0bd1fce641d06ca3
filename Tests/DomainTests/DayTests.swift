import XCTest
@testable import Domain

final class DayTests: XCTestCase {
    func testEpochAndKnownOrdinals() {
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)?.ordinal, 0)
        XCTAssertEqual(Day(year: 1969, month: 12, day: 31)?.ordinal, -1)
        // 2000-01-01 is 10957 days after the epoch; +31 (January) +29 (leap February).
        XCTAssertEqual(Day(year: 2000, month: 1, day: 1)?.ordinal, 10957)
        XCTAssertEqual(Day(year: 2000, month: 3, day: 1)?.ordinal, 11017)
    }

    func testInvalidCalendarDatesAreNil() {
        XCTAssertNil(Day(year: 2023, month: 2, day: 29))
        XCTAssertNil(Day(year: 1900, month: 2, day: 29), "1900 is not leap: divisible by 100")
        XCTAssertNotNil(Day(year: 2000, month: 2, day: 29), "2000 is leap: divisible by 400")
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Day(year: 2024, month: 4, day: 31))
        XCTAssertNil(Day(year: 2024, month: 13, day: 1))
        XCTAssertNil(Day(year: 2024, month: 0, day: 1))
        XCTAssertNil(Day(year: 2024, month: 1, day: 0))
    }

    func testLeapYears() {
        XCTAssertTrue(Day.isLeap(2024))
        XCTAssertTrue(Day.isLeap(2000))
        XCTAssertFalse(Day.isLeap(1900))
        XCTAssertFalse(Day.isLeap(2023))
        XCTAssertFalse(Day.isLeap(2100))
        XCTAssertEqual(Day.daysIn(month: 2, year: 2024), 29)
        XCTAssertEqual(Day.daysIn(month: 2, year: 2023), 28)
        XCTAssertEqual(Day.daysIn(month: 4, year: 2023), 30)
        XCTAssertEqual(Day.daysIn(month: 12, year: 2023), 31)
    }

    func testISOParse() {
        let d = Day(iso: "2024-02-29")
        XCTAssertEqual(d?.year, 2024)
        XCTAssertEqual(d?.month, 2)
        XCTAssertEqual(d?.components.day, 29)
        for bad in ["", "2024-2-29", "2024-02-30", "2023-02-29", "24-02-01", "2024/02/01", "2024-02-01x",
                    " 2024-02-01", "2024-02-01 ", "+202-01-01", "2024-+1-01", "2024-01--1", "abcd-ef-gh",
                    "2024-02", "2024-02-01-01", "２０２４-02-01"] {
            XCTAssertNil(Day(iso: bad), "«\(bad)» must not parse")
        }
    }

    func testISOAndRussianFormat() {
        XCTAssertEqual(day("2026-11-22").iso, "2026-11-22")
        XCTAssertEqual(day("2026-11-22").russian, "22.11.2026")
        XCTAssertEqual(day("2024-03-05").russian, "05.03.2024")
        XCTAssertEqual(Day(year: 5, month: 1, day: 2)?.iso, "0005-01-02")
        XCTAssertEqual(day("2024-03-05").description, "2024-03-05")
    }

    func testRoundTripOverCenturies() {
        var ordinal = -800_000
        while ordinal <= 800_000 {
            let d = Day(ordinal: ordinal)
            let c = d.components
            XCTAssertEqual(Day(year: c.year, month: c.month, day: c.day)?.ordinal, ordinal)
            if c.year >= 1000 && c.year <= 9999 { XCTAssertEqual(Day(iso: d.iso), d) }
            ordinal += 997
        }
    }

    func testAddingDays() {
        XCTAssertEqual(day("2024-02-28").adding(days: 1), day("2024-02-29"))
        XCTAssertEqual(day("2024-02-28").adding(days: 2), day("2024-03-01"))
        XCTAssertEqual(day("2023-02-28").adding(days: 1), day("2023-03-01"))
        XCTAssertEqual(day("2023-12-31").adding(days: 1), day("2024-01-01"))
        XCTAssertEqual(day("2024-01-01").adding(days: -1), day("2023-12-31"))
        XCTAssertEqual(day("2024-01-01").adding(days: 366), day("2025-01-01"))
    }

    func testAddingMonthsClampsAtMonthEnd() {
        XCTAssertEqual(day("2024-01-31").adding(months: 1), day("2024-02-29"))
        XCTAssertEqual(day("2023-01-31").adding(months: 1), day("2023-02-28"))
        XCTAssertEqual(day("2024-03-31").adding(months: -1), day("2024-02-29"))
        XCTAssertEqual(day("2024-05-31").adding(months: 1), day("2024-06-30"))
        XCTAssertEqual(day("2024-12-15").adding(months: 1), day("2025-01-15"))
        XCTAssertEqual(day("2024-01-15").adding(months: -1), day("2023-12-15"))
        XCTAssertEqual(day("2024-02-29").adding(months: 12), day("2025-02-28"))
        XCTAssertEqual(day("2024-08-31").adding(months: 0), day("2024-08-31"))
        XCTAssertEqual(day("2024-10-31").adding(months: -25), day("2022-09-30"))
    }

    func testDaysSince() {
        XCTAssertEqual(day("2024-03-01").days(since: day("2024-02-01")), 29)
        XCTAssertEqual(day("2023-03-01").days(since: day("2023-02-01")), 28)
        XCTAssertEqual(day("2023-02-01").days(since: day("2023-03-01")), -28)
        XCTAssertEqual(day("2025-01-01").days(since: day("2024-01-01")), 366)
    }

    func testWholeYears() {
        XCTAssertEqual(day("2025-06-14").wholeYears(since: day("1990-06-15")), 34)
        XCTAssertEqual(day("2025-06-15").wholeYears(since: day("1990-06-15")), 35)
        XCTAssertEqual(day("2035-02-28").wholeYears(since: day("2000-02-29")), 34)
        XCTAssertEqual(day("2035-03-01").wholeYears(since: day("2000-02-29")), 35)
        XCTAssertEqual(day("2024-02-29").wholeYears(since: day("2000-02-29")), 24)
        XCTAssertEqual(day("2024-01-01").wholeYears(since: day("2024-01-01")), 0)
        XCTAssertEqual(day("2023-12-31").wholeYears(since: day("2021-01-01")), 2)
    }

    func testQuarter() {
        XCTAssertEqual(day("2024-01-01").quarter, 1)
        XCTAssertEqual(day("2024-03-31").quarter, 1)
        XCTAssertEqual(day("2024-04-01").quarter, 2)
        XCTAssertEqual(day("2024-09-30").quarter, 3)
        XCTAssertEqual(day("2024-12-31").quarter, 4)
    }

    func testAcademicYear() {
        XCTAssertEqual(day("2024-09-01").academicYear, day("2024-09-01")...day("2025-08-31"))
        XCTAssertEqual(day("2025-08-31").academicYear, day("2024-09-01")...day("2025-08-31"))
        XCTAssertEqual(day("2024-08-31").academicYear, day("2023-09-01")...day("2024-08-31"))
        XCTAssertEqual(day("2024-01-15").academicYear, day("2023-09-01")...day("2024-08-31"))
    }

    func testOrdering() {
        let days = [day("2024-03-01"), day("2023-12-31"), day("2024-02-29")]
        XCTAssertEqual(days.sorted(), [day("2023-12-31"), day("2024-02-29"), day("2024-03-01")])
        XCTAssertTrue(day("2024-02-28") < day("2024-02-29"))
        XCTAssertFalse(day("2024-02-29") < day("2024-02-29"))
    }
}
