/// One РМА methodist's results for the monitoring (мониторинг результативности РМА).
public struct MethodistResults: Hashable, Sendable {
    public var personID: PersonID
    public var name: String
    public var directions: [Int]
    public var eventsHeld = 0
    public var consultations = 0
    public var routesSupported = 0
    /// Requests assigned to the methodist and resolved.
    public var requestsResolved = 0
    /// Of those, resolved by their due date (or without one).
    public var requestsOnTime = 0
    /// Practices the methodist brought (any status) and those included in the catalog (spread).
    public var practicesFound = 0
    public var practicesSpread = 0

    public init(personID: PersonID, name: String, directions: [Int]) {
        self.personID = personID; self.name = name; self.directions = directions
    }

    /// Share of resolved requests resolved on time; nil when none were resolved.
    public var onTimeShare: Double? {
        requestsResolved == 0 ? nil : Double(requestsOnTime) / Double(requestsResolved)
    }
}

/// The criteria a РМА methodist is compared against for a year of work.
///
/// The seed names the indicators (events, consultations, routes, practices)
/// but not the thresholds; these are the region's working minimums:
///
/// | indicator                    | minimum for the year                  |
/// |------------------------------|---------------------------------------|
/// | events held                  | 2                                     |
/// | consultations                | 5                                     |
/// | routes (ИОМ) supported       | 1                                     |
/// | requests resolved on time    | 80 % of the resolved (none resolved: not judged) |
/// | practices found              | 1                                     |
///
/// A methodist below any minimum «falls short»; the shortfalls are listed.
public enum RMAMonitoringRules {
    public enum Indicator: String, Sendable, CaseIterable, Labelled {
        case events, consultations, routes, onTime, practices
        public var label: Phrase {
            switch self {
            case .events: return Phrase("мероприятия", "events")
            case .consultations: return Phrase("консультации", "consultations")
            case .routes: return Phrase("маршруты", "routes")
            case .onTime: return Phrase("запросы в срок", "requests on time")
            case .practices: return Phrase("практики", "practices")
            }
        }
    }

    public static let minEvents = 2
    public static let minConsultations = 5
    public static let minRoutes = 1
    public static let minOnTimeShare = 0.8
    public static let minPractices = 1

    /// The indicators below their minimum, in the table's order.
    public static func shortfalls(_ r: MethodistResults) -> [Indicator] {
        var out: [Indicator] = []
        if r.eventsHeld < minEvents { out.append(.events) }
        if r.consultations < minConsultations { out.append(.consultations) }
        if r.routesSupported < minRoutes { out.append(.routes) }
        if let share = r.onTimeShare, share < minOnTimeShare { out.append(.onTime) }
        if r.practicesFound < minPractices { out.append(.practices) }
        return out
    }

    /// Names compare with ё as е (Ёлкина next to Елисеева, not after Я).
    private static func key(_ name: String) -> String {
        String(name.lowercased().map { $0 == "ё" ? "е" : $0 })
    }

    /// Those falling short first (most shortfalls first), then by name.
    public static func ordered(_ results: [MethodistResults]) -> [MethodistResults] {
        results.sorted { l, r in
            let a = shortfalls(l).count, b = shortfalls(r).count
            return a != b ? a > b : key(l.name) < key(r.name)
        }
    }
}
