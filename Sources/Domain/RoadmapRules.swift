/// The columns of the roadmap board by timing.
public enum RoadmapQuarterColumn: Int, Sendable, CaseIterable, Labelled, Comparable {
    case q1 = 1, q2, q3, q4, duringYear, perSchoolCalendar, perEventsPlan

    public var label: Phrase {
        switch self {
        case .q1: return Phrase("I квартал", "Q1")
        case .q2: return Phrase("II квартал", "Q2")
        case .q3: return Phrase("III квартал", "Q3")
        case .q4: return Phrase("IV квартал", "Q4")
        case .duringYear: return Phrase("В течение года", "During the year")
        case .perSchoolCalendar: return Phrase("По учебным графикам", "Per school calendar")
        case .perEventsPlan: return Phrase("По плану мероприятий", "Per events plan")
        }
    }
    public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
}

/// The columns of the roadmap board by status. «Overdue» is computed, never stored.
public enum RoadmapStatusColumn: String, Sendable, CaseIterable, Labelled {
    case planned, inProgress, done, overdue

    public var label: Phrase {
        switch self {
        case .planned: return RoadmapStatus.planned.label
        case .inProgress: return RoadmapStatus.inProgress.label
        case .done: return RoadmapStatus.done.label
        case .overdue: return Phrase("просрочено", "overdue")
        }
    }
}

/// Dates and labels of a roadmap timing.
///
/// | timing                        | start        | end                                   |
/// |-------------------------------|--------------|---------------------------------------|
/// | `quarter(y, q, [])`           | 1st day of q | last day of the quarter               |
/// | `quarter(y, q, months)`       | 1st of the earliest month | last day of the latest month |
/// | `duringYear(y)`               | 1 Jan y      | 31 Dec y                              |
/// | `perEventsPlan(y)`            | 1 Jan y      | 31 Dec y (the plan's year)            |
/// | `perSchoolCalendar(y)`        | 1 Sep y      | 31 Aug y+1: the academic year *starting* in y («2023/2024» is y = 2023) |
///
/// A quarter outside 1...4 has no dates (nil) and goes to the board column of
/// the nearest quarter; months outside the quarter are ignored in dates and
/// labels (`validate` reports both).
extension RoadmapTiming {
    public var year: Int {
        switch self {
        case .quarter(let y, _, _), .perSchoolCalendar(let y), .perEventsPlan(let y), .duringYear(let y): return y
        }
    }

    public var start: Day? {
        switch self {
        case .quarter(let y, let q, let months):
            guard (1...4).contains(q) else { return nil }
            return Day(year: y, month: RoadmapTiming.validMonths(months, quarter: q).first ?? (q - 1) * 3 + 1, day: 1)
        case .duringYear(let y), .perEventsPlan(let y):
            return Day(year: y, month: 1, day: 1)
        case .perSchoolCalendar(let y):
            return Day(year: y, month: 9, day: 1)
        }
    }

    public var end: Day? {
        switch self {
        case .quarter(let y, let q, let months):
            guard (1...4).contains(q) else { return nil }
            let month = RoadmapTiming.validMonths(months, quarter: q).last ?? q * 3
            return Day(year: y, month: month, day: Day.daysIn(month: month, year: y))
        case .duringYear(let y), .perEventsPlan(let y):
            return Day(year: y, month: 12, day: 31)
        case .perSchoolCalendar(let y):
            return Day(year: y + 1, month: 8, day: 31)
        }
    }

    /// The board column by timing.
    public var column: RoadmapQuarterColumn {
        switch self {
        case .quarter(_, let q, _):
            return RoadmapQuarterColumn(rawValue: min(max(q, 1), 4)) ?? .q1
        case .duringYear: return .duringYear
        case .perSchoolCalendar: return .perSchoolCalendar
        case .perEventsPlan: return .perEventsPlan
        }
    }

    /// «I квартал (февраль–март)» / "Q1 (February–March)"; the open timings in
    /// the seed's words. Without the year (the board shows one period).
    public var label: Phrase {
        switch self {
        case .quarter(_, let q, let months):
            let head = RoadmapTiming.quarterHead(q)
            guard let m = RoadmapTiming.monthsText(months, quarter: q) else { return head }
            return Phrase("\(head.ru) (\(m.ru))", "\(head.en) (\(m.en))")
        case .duringYear:
            return Phrase("В течение года", "During the year")
        case .perSchoolCalendar:
            return Phrase("В соответствии с календарными учебными графиками", "Per the school calendars")
        case .perEventsPlan:
            return Phrase("В соответствии с планом мероприятий", "Per the events plan")
        }
    }

    /// With the year: «I квартал 2024 (февраль–март)», «В течение 2024 года»,
    /// «По календарным учебным графикам 2023/2024», «По плану мероприятий 2024».
    public var labelWithYear: Phrase {
        switch self {
        case .quarter(let y, let q, let months):
            let head = RoadmapTiming.quarterHead(q)
            guard let m = RoadmapTiming.monthsText(months, quarter: q) else { return Phrase("\(head.ru) \(y)", "\(head.en) \(y)") }
            return Phrase("\(head.ru) \(y) (\(m.ru))", "\(head.en) \(y) (\(m.en))")
        case .duringYear(let y):
            return Phrase("В течение \(y) года", "During \(y)")
        case .perSchoolCalendar(let y):
            return Phrase("По календарным учебным графикам \(y)/\(y + 1)", "Per the school calendars \(y)/\(y + 1)")
        case .perEventsPlan(let y):
            return Phrase("По плану мероприятий \(y)", "Per the events plan \(y)")
        }
    }

    /// Why the timing is malformed: a quarter outside 1...4, or months outside
    /// that quarter. Nil when it is fine.
    public func validate() -> Refusal? {
        guard case .quarter(_, let q, let months) = self else { return nil }
        guard (1...4).contains(q) else {
            return Refusal("Квартала \(q) не бывает: только I–IV", "There is no quarter \(q): only 1–4")
        }
        let inQuarter = ((q - 1) * 3 + 1)...(q * 3)
        if let bad = months.first(where: { !inQuarter.contains($0) }) {
            return Refusal("Месяц \(bad) не входит в \(RoadmapTiming.quarterHead(q).ru)",
                           "Month \(bad) is not in \(RoadmapTiming.quarterHead(q).en)")
        }
        return nil
    }

    // MARK: - private

    static let monthNames: [Phrase] = [
        Phrase("январь", "January"), Phrase("февраль", "February"), Phrase("март", "March"),
        Phrase("апрель", "April"), Phrase("май", "May"), Phrase("июнь", "June"),
        Phrase("июль", "July"), Phrase("август", "August"), Phrase("сентябрь", "September"),
        Phrase("октябрь", "October"), Phrase("ноябрь", "November"), Phrase("декабрь", "December"),
    ]

    /// The months that lie in quarter `q`, sorted, without repeats.
    private static func validMonths(_ months: [Int], quarter q: Int) -> [Int] {
        let inQuarter = ((q - 1) * 3 + 1)...(q * 3)
        return Array(Set(months.filter { inQuarter.contains($0) })).sorted()
    }

    private static func quarterHead(_ q: Int) -> Phrase {
        let roman = ["I", "II", "III", "IV"]
        guard (1...4).contains(q) else { return Phrase("\(q) квартал", "Q\(q)") }
        return Phrase("\(roman[q - 1]) квартал", "Q\(q)")
    }

    /// «февраль–март» for a run of months, «январь, март» otherwise; nil for none.
    private static func monthsText(_ months: [Int], quarter q: Int) -> Phrase? {
        let m = validMonths(months, quarter: q)
        guard let first = m.first, let last = m.last else { return nil }
        let names = m.map { monthNames[$0 - 1] }
        if m.count == 1 { return names[0] }
        if last - first == m.count - 1 {
            return Phrase("\(monthNames[first - 1].ru)–\(monthNames[last - 1].ru)",
                          "\(monthNames[first - 1].en)–\(monthNames[last - 1].en)")
        }
        return Phrase(names.map(\.ru).joined(separator: ", "), names.map(\.en).joined(separator: ", "))
    }
}

extension RoadmapItem {
    /// The timing has ended (its last day is before `day`) and the item is not done.
    public func isOverdue(on day: Day) -> Bool {
        guard status != .done, let end = timing.end else { return false }
        return end < day
    }

    /// The board column by timing.
    public var quarterColumn: RoadmapQuarterColumn { timing.column }

    /// The board column by status on `day`: done items are done; items past
    /// their timing are overdue; the rest by their stored status.
    public func statusColumn(on day: Day) -> RoadmapStatusColumn {
        if status == .done { return .done }
        if isOverdue(on: day) { return .overdue }
        return status == .planned ? .planned : .inProgress
    }

    /// The item in another status (the table of `RoadmapStatus`).
    public func moved(to target: RoadmapStatus) -> Result<RoadmapItem, Refusal> {
        status.move(to: target).map { newStatus in
            var item = self
            item.status = newStatus
            return item
        }
    }
}

public enum RoadmapRules {
    /// Items of a direction. General items (direction nil) belong to every
    /// direction and are included unless `includeGeneral` is false. A nil
    /// `direction` means no filter.
    public static func items(_ items: [RoadmapItem], direction: Int?, includeGeneral: Bool = true) -> [RoadmapItem] {
        guard let direction else { return items }
        return items.filter { $0.direction == direction || (includeGeneral && $0.direction == nil) }
    }

    /// The board by timing: every column present (maybe empty), items in input order.
    public static func byQuarter(_ items: [RoadmapItem]) -> [(column: RoadmapQuarterColumn, items: [RoadmapItem])] {
        RoadmapQuarterColumn.allCases.map { column in (column, items.filter { $0.quarterColumn == column }) }
    }

    /// The board by status on `day`: every column present (maybe empty), items in input order.
    public static func byStatus(_ items: [RoadmapItem], on day: Day) -> [(column: RoadmapStatusColumn, items: [RoadmapItem])] {
        RoadmapStatusColumn.allCases.map { column in (column, items.filter { $0.statusColumn(on: day) == column }) }
    }
}
