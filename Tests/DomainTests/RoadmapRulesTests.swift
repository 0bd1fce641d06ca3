import XCTest
@testable import Domain

final class RoadmapRulesTests: XCTestCase {
    func item(_ id: RoadmapItemID, _ timing: RoadmapTiming, _ status: RoadmapStatus = .planned,
              direction: Int? = nil) -> RoadmapItem {
        RoadmapItem(id: id, direction: direction, title: "Мероприятие \(id)", participants: [.rmaMethodists],
                    executors: [.chippkro], timing: timing, expectedResult: "Приказ", status: status)
    }

    func testQuarterWithMonths() {
        let t = RoadmapTiming.quarter(year: 2024, quarter: 1, months: [3, 2])
        XCTAssertEqual(t.start, day("2024-02-01"))
        XCTAssertEqual(t.end, day("2024-03-31"))
        XCTAssertEqual(t.label, Phrase("I квартал (февраль–март)", "Q1 (February–March)"))
        XCTAssertEqual(t.labelWithYear.ru, "I квартал 2024 (февраль–март)")
        XCTAssertEqual(t.column, .q1)
        XCTAssertNil(t.validate())
    }

    func testQuarterWithoutMonths() {
        let t = RoadmapTiming.quarter(year: 2024, quarter: 3, months: [])
        XCTAssertEqual(t.start, day("2024-07-01"))
        XCTAssertEqual(t.end, day("2024-09-30"))
        XCTAssertEqual(t.label, Phrase("III квартал", "Q3"))
        XCTAssertEqual(t.labelWithYear.en, "Q3 2024")
        XCTAssertEqual(t.column, .q3)
    }

    func testMonthLabelsAndEnds() {
        let single = RoadmapTiming.quarter(year: 2024, quarter: 4, months: [10])
        XCTAssertEqual(single.label.ru, "IV квартал (октябрь)")
        XCTAssertEqual(single.end, day("2024-10-31"))
        let gap = RoadmapTiming.quarter(year: 2024, quarter: 2, months: [6, 4, 4])
        XCTAssertEqual(gap.label, Phrase("II квартал (апрель, июнь)", "Q2 (April, June)"))
        XCTAssertEqual(gap.end, day("2024-06-30"))
        XCTAssertEqual(RoadmapTiming.quarter(year: 2024, quarter: 1, months: [2]).end, day("2024-02-29"))
        XCTAssertEqual(RoadmapTiming.quarter(year: 2023, quarter: 1, months: [2]).end, day("2023-02-28"))
        XCTAssertEqual(RoadmapTiming.quarter(year: 2024, quarter: 4, months: [10, 11, 12]).label.ru,
                       "IV квартал (октябрь–декабрь)")
    }

    func testMalformedQuarters() {
        let outside = RoadmapTiming.quarter(year: 2024, quarter: 1, months: [5])
        XCTAssertEqual(outside.end, day("2024-03-31"), "a month outside the quarter is ignored")
        XCTAssertEqual(outside.label.ru, "I квартал")
        XCTAssertEqual(outside.validate()?.reason.ru.contains("Месяц 5"), true)
        let fifth = RoadmapTiming.quarter(year: 2024, quarter: 5, months: [])
        XCTAssertNil(fifth.end)
        XCTAssertNil(fifth.start)
        XCTAssertEqual(fifth.column, .q4)
        XCTAssertNotNil(fifth.validate())
        XCTAssertEqual(RoadmapTiming.quarter(year: 2024, quarter: 0, months: []).column, .q1)
        XCTAssertFalse(item(1, fifth).isOverdue(on: day("2030-01-01")), "no end, never overdue")
    }

    func testOpenTimings() {
        let during = RoadmapTiming.duringYear(year: 2024)
        XCTAssertEqual(during.start, day("2024-01-01"))
        XCTAssertEqual(during.end, day("2024-12-31"))
        XCTAssertEqual(during.label.ru, "В течение года")
        XCTAssertEqual(during.labelWithYear.ru, "В течение 2024 года")
        XCTAssertEqual(during.column, .duringYear)

        let plan = RoadmapTiming.perEventsPlan(year: 2024)
        XCTAssertEqual(plan.end, day("2024-12-31"))
        XCTAssertEqual(plan.label.ru, "В соответствии с планом мероприятий")
        XCTAssertEqual(plan.column, .perEventsPlan)

        let school = RoadmapTiming.perSchoolCalendar(year: 2023)
        XCTAssertEqual(school.start, day("2023-09-01"))
        XCTAssertEqual(school.end, day("2024-08-31"))
        XCTAssertEqual(school.label.ru, "В соответствии с календарными учебными графиками")
        XCTAssertEqual(school.labelWithYear.ru, "По календарным учебным графикам 2023/2024")
        XCTAssertEqual(school.column, .perSchoolCalendar)
        XCTAssertEqual(school.year, 2023)
        XCTAssertNil(school.validate())
    }

    func testOverdueAndStatusColumn() {
        let t = RoadmapTiming.quarter(year: 2024, quarter: 1, months: [2, 3])
        XCTAssertFalse(item(1, t).isOverdue(on: day("2024-03-31")))
        XCTAssertTrue(item(1, t).isOverdue(on: day("2024-04-01")))
        XCTAssertTrue(item(1, t, .inProgress).isOverdue(on: day("2024-04-01")))
        XCTAssertFalse(item(1, t, .done).isOverdue(on: day("2025-01-01")))

        XCTAssertEqual(item(1, t).statusColumn(on: day("2024-03-01")), .planned)
        XCTAssertEqual(item(1, t, .inProgress).statusColumn(on: day("2024-03-01")), .inProgress)
        XCTAssertEqual(item(1, t, .inProgress).statusColumn(on: day("2024-04-01")), .overdue)
        XCTAssertEqual(item(1, t, .done).statusColumn(on: day("2024-04-01")), .done)
        XCTAssertEqual(RoadmapStatusColumn.overdue.label.ru, "просрочено")
    }

    func testBoards() {
        let items = [
            item(1, .quarter(year: 2024, quarter: 1, months: [2, 3]), .done, direction: 1),
            item(2, .quarter(year: 2024, quarter: 1, months: []), direction: 2),
            item(3, .duringYear(year: 2024)),
            item(4, .perSchoolCalendar(year: 2024), .inProgress, direction: 1),
            item(5, .quarter(year: 2024, quarter: 4, months: [11]), direction: 1),
        ]
        let byQuarter = RoadmapRules.byQuarter(items)
        XCTAssertEqual(byQuarter.map(\.column), RoadmapQuarterColumn.allCases)
        XCTAssertEqual(byQuarter.map { $0.items.map(\.id) }, [[1, 2], [], [], [5], [3], [4], []])

        let byStatus = RoadmapRules.byStatus(items, on: day("2024-06-01"))
        XCTAssertEqual(byStatus.map(\.column), [.planned, .inProgress, .done, .overdue])
        XCTAssertEqual(byStatus.map { $0.items.map(\.id) }, [[3, 5], [4], [1], [2]])

        XCTAssertEqual(RoadmapRules.items(items, direction: 1).map(\.id), [1, 3, 4, 5])
        XCTAssertEqual(RoadmapRules.items(items, direction: 1, includeGeneral: false).map(\.id), [1, 4, 5])
        XCTAssertEqual(RoadmapRules.items(items, direction: nil).map(\.id), [1, 2, 3, 4, 5])
    }

    func testColumnLabels() {
        XCTAssertEqual(RoadmapQuarterColumn.allCases.map(\.label.ru),
                       ["I квартал", "II квартал", "III квартал", "IV квартал", "В течение года",
                        "По учебным графикам", "По плану мероприятий"])
        XCTAssertTrue(RoadmapQuarterColumn.q1 < .duringYear)
    }

    func testMoveCard() {
        let t = RoadmapTiming.duringYear(year: 2024)
        XCTAssertEqual(success(item(1, t).moved(to: .done))?.status, .done)
        XCTAssertEqual(success(item(1, t, .done).moved(to: .inProgress))?.status, .inProgress)
        assertRefused(item(1, t, .done).moved(to: .planned), ru: ["«выполнено»", "«запланировано»"])
    }

    func testSeedCategories() {
        XCTAssertEqual(ParticipantCategory.allCases.map(\.rawValue), [1, 2, 3, 4])
        XCTAssertEqual(ParticipantCategory.rmaMethodists.label.ru, "Методисты РМА")
        XCTAssertEqual(Executor.allCases.map(\.rawValue), [1, 2, 3, 4, 5])
        XCTAssertEqual(Executor.chippkro.label.ru, "ГБУ ДПО ЧИППКРО")
    }
}
