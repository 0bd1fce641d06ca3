extension Indicator.Kind: Labelled {
    public var label: Phrase {
        switch self {
        case .diagnosedShare: return Phrase("Доля педагогов, прошедших диагностику", "Share of teachers diagnosed")
        case .routeShare: return Phrase("Доля педагогов с ИОМ", "Share of teachers with a route")
        case .routesCompletedShare: return Phrase("Доля завершённых ИОМ", "Share of routes completed")
        case .deficitsClosedShare: return Phrase("Доля закрытых дефицитов из выявленных", "Deficits closed of identified")
        case .youngWithMentorShare: return Phrase("Доля молодых педагогов с наставником", "Young teachers with a mentor")
        case .requestsOnTimeShare: return Phrase("Доля запросов, решённых в срок", "Requests resolved on time")
        case .medianResolutionDays: return Phrase("Медиана срока решения запроса, дней", "Median days to resolve a request")
        case .registryCoursesShare: return Phrase("Доля курсов из ФР ДПП", "Courses from the federal registry")
        case .municipalParticipationShare: return Phrase("Доля муниципалитетов, участвующих в отборе в РМА",
                                                         "Municipalities taking part in the RMA selection")
        }
    }
}

/// Indicators from counts. Storage counts; these rules divide.
///
/// | indicator                     | numerator               | denominator         |
/// |-------------------------------|-------------------------|---------------------|
/// | diagnosedShare                | diagnosed               | teachers            |
/// | routeShare                    | withRoute               | teachers            |
/// | routesCompletedShare          | routesCompleted         | routesTotal         |
/// | deficitsClosedShare           | deficitsClosed          | deficitsIdentified  |
/// | youngWithMentorShare          | youngWithMentor         | youngTeachers       |
/// | requestsOnTimeShare           | requestsResolvedOnTime  | requestsResolved    |
/// | medianResolutionDays          | (median of resolutionDays) | number of values |
/// | registryCoursesShare          | courseStepsFromRegistry | courseSteps         |
/// | municipalParticipationShare   | municipalitiesTakingPart| municipalities      |
///
/// A share is numerator / denominator, nil when the denominator is 0 (nothing
/// to measure, shown as «—», not as 0 %). Shares are not clamped: a share over
/// 1 means the counts disagree, and hiding that would hide the error. For the
/// median both `numerator` and `denominator` hold the number of values.
public enum IndicatorRules {
    public static func indicators(from c: IndicatorCounts) -> [Indicator] {
        let median = median(of: c.resolutionDays)
        return Indicator.Kind.allCases.map { kind in
            switch kind {
            case .diagnosedShare: return shareIndicator(kind, c.diagnosed, c.teachers)
            case .routeShare: return shareIndicator(kind, c.withRoute, c.teachers)
            case .routesCompletedShare: return shareIndicator(kind, c.routesCompleted, c.routesTotal)
            case .deficitsClosedShare: return shareIndicator(kind, c.deficitsClosed, c.deficitsIdentified)
            case .youngWithMentorShare: return shareIndicator(kind, c.youngWithMentor, c.youngTeachers)
            case .requestsOnTimeShare: return shareIndicator(kind, c.requestsResolvedOnTime, c.requestsResolved)
            case .medianResolutionDays:
                return Indicator(kind: kind, label: kind.label, value: median,
                                 numerator: c.resolutionDays.count, denominator: c.resolutionDays.count)
            case .registryCoursesShare: return shareIndicator(kind, c.courseStepsFromRegistry, c.courseSteps)
            case .municipalParticipationShare:
                return shareIndicator(kind, c.municipalitiesTakingPart, c.municipalities)
            }
        }
    }

    /// numerator / denominator; nil when the denominator is 0.
    public static func share(_ numerator: Int, of denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// The median: the middle value of the sorted values, or the mean of the
    /// two middle ones for an even count; nil for none.
    public static func median(of values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[mid]) }
        return (Double(sorted[mid - 1]) + Double(sorted[mid])) / 2
    }

    /// РМА methodists for each of the 19 directions, in order, 0 where none.
    public static func methodistsPerDirection(_ c: IndicatorCounts) -> [(direction: Direction, count: Int)] {
        Direction.all.map { ($0, c.methodistsPerDirection[$0.number] ?? 0) }
    }

    private static func shareIndicator(_ kind: Indicator.Kind, _ numerator: Int, _ denominator: Int) -> Indicator {
        Indicator(kind: kind, label: kind.label, value: share(numerator, of: denominator),
                  numerator: numerator, denominator: denominator)
    }
}
