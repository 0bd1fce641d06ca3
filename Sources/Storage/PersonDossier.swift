import Domain

/// Everything a person's card shows, read in one transaction: who they are,
/// their latest route with its progress, open deficits, the current mentor,
/// their mentees, and their latest requests.
public struct PersonDossier: Hashable, Sendable {
    public var summary: PersonSummary
    public var person: Person
    public var route: Route?
    public var progress: RouteProgress
    public var tutorName: String?
    public var openDeficits: [DeficitSummary]
    /// The current pair where the person is the mentee, and the mentor's name.
    public var mentorPair: MentoringPair?
    public var mentorName: String?
    /// Names of the people the person mentors now.
    public var menteeNames: [String]
    /// The latest requests the person wrote (that the viewer may see), newest first.
    public var requests: [RequestSummary]
    /// All requests of the person the viewer may see (the list above is cut).
    public var requestCount: Int
}

extension SQLiteStore {
    /// The card of a person, or nil when it does not exist or is hidden from the viewer.
    public func personDossier(_ viewer: Viewer, id: PersonID, requestLimit: Int = 5) throws -> PersonDossier? {
        try db.read { () throws -> PersonDossier? in
            guard let summary = try personSummary(viewer, id: id), let person = try person(viewer, id: id) else { return nil }
            let today = self.today()
            let route = try currentRoute(viewer, personID: id)
            let steps = try route.map { try self.steps(viewer, routeID: $0.id) } ?? []
            let routeTutor = try route?.tutorID.flatMap { t in try db.first("SELECT full_name FROM people WHERE id = ?", [t]) { $0.string(0) } }
            // Before there is a route, the tutor of the caseload who will build it.
            let tutor = route == nil ? try caseloadTutor(viewer, personID: id)?.name : routeTutor
            let pairs = try db.query("SELECT \(SQLiteStore.pairColumns) FROM mentoring m WHERE m.mentee_id = ?", [id], SQLiteStore.pair)
            let current = MentoringRules.currentPair(of: id, in: pairs, on: today)
            let mentor = try current.flatMap { p in try db.first("SELECT full_name FROM people WHERE id = ?", [p.mentorID]) { $0.string(0) } }
            let mentees = try db.query("""
                SELECT p.full_name FROM mentoring m JOIN people p ON p.id = m.mentee_id
                WHERE m.mentor_id = ? AND m.status IN ('planned', 'active') AND (m.end IS NULL OR m.end >= ?)
                ORDER BY p.name_key, p.id LIMIT 20
                """, [id, today]) { $0.string(0) }
            let vis = Visibility.requests(viewer)
            let requests = try db.query("""
                SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins)
                WHERE q.author_id = ? AND \(vis.sql) ORDER BY q.created_on DESC, q.id DESC LIMIT ?
                """, [id] + vis.params + [requestLimit], SQLiteStore.requestSummary)
            let requestCount = try db.scalarInt("SELECT count(*) FROM requests q WHERE q.author_id = ? AND \(vis.sql)", [id] + vis.params)
            return PersonDossier(summary: summary, person: person, route: route, progress: Route.progress(of: steps),
                                 tutorName: tutor, openDeficits: try deficits(viewer, personID: id),
                                 mentorPair: current, mentorName: mentor, menteeNames: mentees,
                                 requests: requests, requestCount: requestCount)
        }
    }
}
