import XCTest
@testable import Domain

final class IndicatorRulesTests: XCTestCase {
    func counts() -> IndicatorCounts {
        var c = IndicatorCounts()
        c.teachers = 200
        c.diagnosed = 150
        c.withRoute = 50
        c.routesCompleted = 3
        c.routesTotal = 0
        c.deficitsIdentified = 120
        c.deficitsClosed = 30
        c.youngTeachers = 40
        c.youngWithMentor = 30
        c.requestsResolved = 8
        c.requestsResolvedOnTime = 6
        c.resolutionDays = [9, 2, 14, 3]
        c.courseSteps = 10
        c.courseStepsFromRegistry = 4
        c.municipalities = 43
        c.municipalitiesTakingPart = 36
        c.methodistsPerDirection = [1: 40, 19: 2]
        return c
    }

    func testIndicators() {
        let list = IndicatorRules.indicators(from: counts())
        XCTAssertEqual(list.map(\.kind), Indicator.Kind.allCases)
        let byKind = Dictionary(uniqueKeysWithValues: list.map { ($0.kind, $0) })
        func check(_ kind: Indicator.Kind, _ value: Double?, _ n: Int, _ d: Int, line: UInt = #line) {
            guard let i = byKind[kind] else { return XCTFail("no \(kind)", line: line) }
            XCTAssertEqual(i.value, value, "\(kind)", line: line)
            XCTAssertEqual(i.numerator, n, "\(kind)", line: line)
            XCTAssertEqual(i.denominator, d, "\(kind)", line: line)
            XCTAssertEqual(i.label, kind.label, line: line)
        }
        check(.diagnosedShare, 0.75, 150, 200)
        check(.routeShare, 0.25, 50, 200)
        check(.routesCompletedShare, nil, 3, 0)
        check(.deficitsClosedShare, 0.25, 30, 120)
        check(.youngWithMentorShare, 0.75, 30, 40)
        check(.requestsOnTimeShare, 0.75, 6, 8)
        check(.medianResolutionDays, 6.0, 4, 4)
        check(.registryCoursesShare, 0.4, 4, 10)
        check(.municipalParticipationShare, 36.0 / 43.0, 36, 43)
        XCTAssertFalse(byKind[.medianResolutionDays]?.isShare ?? true)
        XCTAssertTrue(byKind[.routeShare]?.isShare ?? false)
    }

    func testEmptyCountsGiveNoValues() {
        let list = IndicatorRules.indicators(from: IndicatorCounts())
        XCTAssertEqual(list.count, 9)
        XCTAssertTrue(list.allSatisfy { $0.value == nil })
    }

    func testShare() {
        XCTAssertNil(IndicatorRules.share(5, of: 0))
        XCTAssertEqual(IndicatorRules.share(0, of: 5), 0)
        XCTAssertEqual(IndicatorRules.share(1, of: 3) ?? 0, 1.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(IndicatorRules.share(6, of: 5), 1.2, "not clamped")
    }

    func testMedian() {
        XCTAssertNil(IndicatorRules.median(of: []))
        XCTAssertEqual(IndicatorRules.median(of: [7]), 7)
        XCTAssertEqual(IndicatorRules.median(of: [5, 1, 3]), 3)
        XCTAssertEqual(IndicatorRules.median(of: [9, 2, 14, 3]), 6)
        XCTAssertEqual(IndicatorRules.median(of: [1, 2]), 1.5)
        XCTAssertEqual(IndicatorRules.median(of: [4, 4, 4, 10, 10, 10]), 7)
        XCTAssertEqual(IndicatorRules.median(of: [0, 0, 0, 100]), 0)
    }

    func testMethodistsPerDirection() {
        let list = IndicatorRules.methodistsPerDirection(counts())
        XCTAssertEqual(list.count, 19)
        XCTAssertEqual(list.first?.direction.number, 1)
        XCTAssertEqual(list.first?.count, 40)
        XCTAssertEqual(list[1].count, 0)
        XCTAssertEqual(list.last?.count, 2)
    }

    func testLabelsAreDistinct() {
        let labels = Indicator.Kind.allCases.map(\.label)
        XCTAssertEqual(Set(labels.map(\.ru)).count, labels.count)
        XCTAssertEqual(Set(labels.map(\.en)).count, labels.count)
    }
}
