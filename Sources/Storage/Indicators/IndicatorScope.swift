import Domain

/// Where indicators are counted: the region, one municipality or one
/// organization. `rawValue`-like `kind` and `id` are what
/// `indicator_snapshots.scope` / `scope_id` hold (the region has id 0).
public enum IndicatorScope: Hashable, Sendable {
    case region
    case municipality(MunicipalityID)
    case organization(OrganizationID)

    public var kind: String {
        switch self {
        case .region: return "region"
        case .municipality: return "municipality"
        case .organization: return "organization"
        }
    }

    public var id: Int64 {
        switch self {
        case .region: return 0
        case .municipality(let m): return m
        case .organization(let o): return o
        }
    }
}

/// The three worklists behind the dashboard's numbers, counted with the
/// indicators (same passes, same scope).
public struct IndicatorWorkload: Hashable, Sendable {
    /// Young teachers (teacher role, `Person.isYoungTeacher`) without a current mentoring pair.
    public var youngWithoutMentor = 0
    /// Routes not completed or cancelled that have no tutor.
    public var routesWithoutTutor = 0
    /// Open requests whose due date has passed (`HelpRequest.isOverdue`).
    public var overdueRequests = 0
    public init() {}

    mutating func add(_ o: IndicatorWorkload) {
        youngWithoutMentor += o.youngWithoutMentor
        routesWithoutTutor += o.routesWithoutTutor
        overdueRequests += o.overdueRequests
    }
}

extension IndicatorCounts {
    /// Adds another scope's counts (a municipality is the sum of its
    /// organizations, the region the sum of its municipalities).
    mutating func add(_ o: IndicatorCounts) {
        teachers += o.teachers; diagnosed += o.diagnosed; withRoute += o.withRoute
        routesCompleted += o.routesCompleted; routesTotal += o.routesTotal
        deficitsIdentified += o.deficitsIdentified; deficitsClosed += o.deficitsClosed
        youngTeachers += o.youngTeachers; youngWithMentor += o.youngWithMentor
        requestsResolved += o.requestsResolved; requestsResolvedOnTime += o.requestsResolvedOnTime
        resolutionDays += o.resolutionDays
        courseSteps += o.courseSteps; courseStepsFromRegistry += o.courseStepsFromRegistry
        municipalities += o.municipalities; municipalitiesTakingPart += o.municipalitiesTakingPart
        for (d, n) in o.methodistsPerDirection { methodistsPerDirection[d, default: 0] += n }
    }
}
