import Domain

/// One of the 19 directions with what is going on in it.
public struct DirectionOverview: Hashable, Sendable {
    public var direction: Direction
    /// РМА methodists of the direction, by name.
    public var methodists: [String]
    public var openRequests: Int
    public var roadmapItems: Int
    /// Routes (ИОМ) whose tutor is a methodist of the direction.
    public var routesSupported: Int
}

/// The РМА's directions and the monitoring of its methodists. Needs
/// `seeRoadmap` (the РМА's own view); request counts are scoped by the
/// viewer's request visibility.
extension SQLiteStore {
    /// The РМА methodists: id, name, directions.
    func rmaMethodists() throws -> [(id: PersonID, name: String, directions: [Int])] {
        let bit = Codecs.bit(.regionalMethodist)
        return try db.query("SELECT id, full_name, directions FROM people WHERE roles & ? != 0 ORDER BY name_key, id", [bit]) {
            ($0.int64(0), $0.string(1), Codecs.ints($0.string(2)))
        }
    }

    public func directionOverviews(_ viewer: Viewer) throws -> [DirectionOverview] {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        let methodists = try rmaMethodists()
        let visible = Visibility.requests(viewer)
        var open: [Int: Int] = [:]
        try db.forEach("""
            SELECT q.direction, count(*) FROM requests q
            WHERE q.direction IS NOT NULL AND q.status NOT IN ('resolved', 'declined') AND \(visible.sql) GROUP BY q.direction
            """, visible.params) { open[$0.int(0)] = $0.int(1) }
        var items: [Int: Int] = [:]
        try db.forEach("SELECT direction, count(*) FROM roadmap_items WHERE direction IS NOT NULL GROUP BY direction") {
            items[$0.int(0)] = $0.int(1)
        }
        let routesByTutor = try routesByTutor()
        return Direction.all.map { d in
            let people = methodists.filter { $0.directions.contains(d.number) }
            return DirectionOverview(direction: d, methodists: people.map(\.name), openRequests: open[d.number] ?? 0,
                                     roadmapItems: items[d.number] ?? 0,
                                     routesSupported: people.reduce(0) { $0 + (routesByTutor[$1.id] ?? 0) })
        }
    }

    /// Every РМА methodist's results (optionally of one direction), those
    /// falling short first (`RMAMonitoringRules`).
    public func methodistResults(_ viewer: Viewer, direction: Int? = nil) throws -> [MethodistResults] {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        let today = today()
        var results: [PersonID: MethodistResults] = [:]
        for m in try rmaMethodists() where direction.map({ m.directions.contains($0) }) ?? true {
            results[m.id] = MethodistResults(personID: m.id, name: m.name, directions: m.directions)
        }
        func count(_ sql: String, _ params: [SQLBindable] = [], _ apply: (inout MethodistResults, Row) -> Void) throws {
            try db.forEach(sql, params) { r in
                let id = r.int64(0)
                if var x = results[id] { apply(&x, r); results[id] = x }
            }
        }
        try count("SELECT organizer_id, count(*) FROM events WHERE organizer_id IS NOT NULL AND date <= ? GROUP BY organizer_id",
                  [today.iso]) { $0.eventsHeld = $1.int(1) }
        try count("SELECT tutor_id, count(*) FROM consultations GROUP BY tutor_id") { $0.consultations = $1.int(1) }
        for (id, n) in try routesByTutor() { if results[id] != nil { results[id]?.routesSupported = n } }
        try count("""
            SELECT assignee_id, count(*), sum(due IS NULL OR resolved_on <= due) FROM requests
            WHERE assignee_id IS NOT NULL AND status = 'resolved' GROUP BY assignee_id
            """) { $0.requestsResolved = $1.int(1); $0.requestsOnTime = $1.int(2) }
        try count("SELECT author_id, count(*), sum(status = 'included') FROM practices WHERE author_id IS NOT NULL GROUP BY author_id") {
            $0.practicesFound = $1.int(1); $0.practicesSpread = $1.int(2)
        }
        return RMAMonitoringRules.ordered(Array(results.values))
    }

    /// Routes being or having been supported, per methodist: those they tutor,
    /// and those whose teacher they consulted during the route's period (an
    /// РМА methodist often supports a route without being its tutor).
    /// Drafts and cancelled routes do not count.
    func routesByTutor() throws -> [PersonID: Int] {
        var out: [PersonID: Int] = [:]
        try db.forEach("""
            SELECT supporter, count(DISTINCT route) FROM (
                SELECT tutor_id AS supporter, id AS route FROM routes
                WHERE tutor_id IS NOT NULL AND status IN ('agreed', 'inProgress', 'completed')
                UNION
                SELECT c.tutor_id, r.id FROM consultations c
                JOIN routes r ON r.person_id = c.person_id AND c.date BETWEEN r.period_start AND r.period_end
                WHERE r.status IN ('agreed', 'inProgress', 'completed')
            ) GROUP BY supporter
            """) { out[$0.int64(0)] = $0.int(1) }
        return out
    }
}

/// Events and practices linked to a roadmap item through its direction.
public struct RoadmapLinks: Hashable, Sendable {
    /// «date · title», newest first.
    public var events: [String] = []
    /// Practices of the direction included in the catalog (spread).
    public var practices: [String] = []
    public init() {}
}

extension SQLiteStore {
    /// The direction's events within the item's timing and its included
    /// practices (a general item: none — it belongs to every direction).
    public func roadmapLinks(_ viewer: Viewer, _ item: RoadmapItem, limit: Int = 5) throws -> RoadmapLinks {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        var links = RoadmapLinks()
        guard let d = item.direction else { return links }
        let from = item.timing.start?.iso ?? "0000-00-00", to = item.timing.end?.iso ?? "9999-99-99"
        links.events = try db.query("""
            SELECT date, title FROM events WHERE direction = ? AND retired = 0 AND date BETWEEN ? AND ? ORDER BY date DESC LIMIT ?
            """, [d, from, to, limit]) { (Day(iso: $0.string(0))?.russian ?? $0.string(0)) + " · " + $0.string(1) }
        links.practices = try db.query("SELECT title FROM practices WHERE direction = ? AND status = 'included' AND retired = 0 ORDER BY id LIMIT ?",
                                       [d, limit]) { $0.string(0) }
        return links
    }
}
