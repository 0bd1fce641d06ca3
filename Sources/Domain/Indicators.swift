/// The raw counts indicators are computed from, for one scope (the region,
/// a municipality or an organization). Storage counts; the domain divides.
public struct IndicatorCounts: Hashable, Sendable {
    public var teachers = 0
    public var diagnosed = 0
    public var withRoute = 0
    public var routesCompleted = 0
    public var routesTotal = 0
    public var deficitsIdentified = 0
    public var deficitsClosed = 0
    public var youngTeachers = 0
    public var youngWithMentor = 0
    public var requestsResolved = 0
    public var requestsResolvedOnTime = 0
    /// Days from creation to resolution of each resolved request (for the median).
    public var resolutionDays: [Int] = []
    public var courseSteps = 0
    public var courseStepsFromRegistry = 0
    public var municipalities = 0
    public var municipalitiesTakingPart = 0
    /// РМА methodists per direction 1...19.
    public var methodistsPerDirection: [Int: Int] = [:]
    public init() {}
}

/// One indicator as the region reports it.
public struct Indicator: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case diagnosedShare, routeShare, routesCompletedShare, deficitsClosedShare, youngWithMentorShare
        case requestsOnTimeShare, medianResolutionDays, registryCoursesShare, municipalParticipationShare
    }
    public var kind: Kind
    public var label: Phrase
    /// A share 0...1, or a number of days for the median.
    public var value: Double?
    public var numerator: Int
    public var denominator: Int
    public var id: Kind { kind }
    public var isShare: Bool { kind != .medianResolutionDays }

    public init(kind: Kind, label: Phrase, value: Double?, numerator: Int, denominator: Int) {
        self.kind = kind; self.label = label; self.value = value
        self.numerator = numerator; self.denominator = denominator
    }
}
