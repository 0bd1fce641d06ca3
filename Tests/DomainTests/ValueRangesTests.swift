import XCTest
@testable import Domain

/// The domain's ranges, their parsing of typed numbers, and sums over stored
/// values that cannot trap.
final class ValueRangesTests: XCTestCase {
    func testParsingTakesWholeNumbersInsideTheRangeOnly() {
        let hours = ValueRanges.programmeHours
        XCTAssertEqual(success(hours.parse(" 1 000 ")), 1000)
        XCTAssertEqual(success(hours.parse("+36")), 36)
        XCTAssertEqual(success(hours.parse("1\u{00A0}000")), 1000, "NBSP between digit groups")
        XCTAssertEqual(refusal(hours.parse("0"))?.reason.ru, "Часы программы: от 1 до 1000, а указано 0")
        XCTAssertEqual(refusal(hours.parse("-5"))?.reason.en, "Programme hours: from 1 to 1000, but -5 given")
        XCTAssertEqual(refusal(hours.parse("9223372036854775807"))?.reason.ru,
                       "Часы программы: от 1 до 1000, а указано 9223372036854775807")
        // Too long for any integer: out of range, quoted short.
        let huge = refusal(hours.parse(String(repeating: "9", count: 400)))?.reason.ru ?? ""
        XCTAssertTrue(huge.hasPrefix("Часы программы: от 1 до 1000, а указано 999999999999999999999999…"), huge)
        for bad in ["1e308", "NaN", "inf", "36.5", "36,5", "0x10", "１２", "", " ", "-", "+-3", "∞"] {
            let why = refusal(hours.parse(bad))?.reason.ru ?? ""
            XCTAssertTrue(why.contains("нужно целое число (часы программы: от 1 до 1000)"), "\(bad): \(why)")
        }
    }

    func testDaysOutsideTheCenturiesOfSchoolsAreRefused() {
        XCTAssertNil(ValueRanges.days.refusal(for: day("2100-12-31")))
        XCTAssertNil(ValueRanges.days.refusal(for: day("1900-01-01")))
        XCTAssertEqual(ValueRanges.days.refusal(for: day("9999-12-31"))?.reason.ru,
                       "Нужна дата с 01.01.1900 по 31.12.2100, а указано 31.12.9999")
        XCTAssertNotNil(ValueRanges.days.refusal(for: day("0001-01-01")))
    }

    func testClampedSumsHoldAtTheEndsInsteadOfTrapping() {
        XCTAssertEqual(Int.max.clampedAdding(1), .max)
        XCTAssertEqual(Int.min.clampedAdding(-1), .min)
        XCTAssertEqual(Int.max.clampedAdding(Int.min), -1)
        XCTAssertEqual(Int.max.clampedMultiplied(by: 100), .max)
        XCTAssertEqual(Int.min.clampedMultiplied(by: 100), .min)
        XCTAssertEqual((-5).clampedMultiplied(by: Int.max), .min)
        XCTAssertEqual([Int.max, 36, 4].clampedSum(), .max)
    }

    /// Issue 15: two steps of 9223372036854775807 hours trapped `progress`.
    func testProgressOfStepsOfAbsurdHoursDoesNotTrap() {
        func step(_ hours: Int, _ status: StepStatus) -> RouteStep {
            var s = RouteStep(id: 0, routeID: 1, kind: .course, title: "Курс", plannedStart: day("2024-01-01"),
                              plannedEnd: day("2024-02-01"), hours: hours)
            s.status = status
            return s
        }
        let p = Route.progress(of: [step(Int.max, .done), step(Int.max, .confirmed), step(16, .planned), step(Int.min, .planned)])
        XCTAssertEqual(p.hoursPlanned, Int.max)
        XCTAssertEqual(p.hoursDone, Int.max)
        XCTAssertEqual(p.total, 4)
        XCTAssertEqual(p.done, 2)
    }

    func testSeverityOfAStoredScoreOffTheScaleDoesNotTrap() {
        let scale = CompetenceScale.standard
        XCTAssertEqual(DeficitRules.severity(score: Int.min, scale: scale), .severe)
        XCTAssertNil(DeficitRules.severity(score: Int.max, scale: scale))
        XCTAssertEqual(DeficitRules.severity(score: 55, scale: scale), .mild)
        XCTAssertEqual(scale.mean(of: [Int.max, Int.min, 1000, 58]), (100 + 0 + 100 + 58) / 4)
    }
}
