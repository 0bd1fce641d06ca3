import Domain

/// One person of a tutor's caseload with the counts the caseload shows.
public struct CaseloadRow: Hashable, Sendable, Identifiable {
    public var id: PersonID
    public var login: String
    public var fullName: String
    public var organizationName: String
    public var municipalityName: String
    public var young: Bool
    public var hasMentor: Bool
    public var route: Route?
    public var progress = RouteProgress()
    public var overdue = 0
    public var lastContact: Day?
    public var openRequests = 0
    public var openDeficits = 0
    var nameKey: String

    public var key: PersonKey { PersonKey(nameKey: nameKey, id: id) }
    public var waiting: Int { progress.awaitingConfirmation }

    public func daysSinceContact(today: Day) -> Int? { lastContact.map { today.days(since: $0) } }

    public func attention(today: Day) -> CaseloadAttention {
        let active = route.map { $0.status != .cancelled && $0.status != .completed } ?? false
        return CaseloadAttention(overdue: overdue, waiting: waiting, draftToAgree: route?.status == .draft,
                                 deficitsWithoutRoute: openDeficits > 0 && !active,
                                 daysSinceContact: daysSinceContact(today: today), openRequests: openRequests)
    }
}

/// Which part of the caseload a list shows: text matches a part of the name.
public struct CaseloadQuery: Hashable, Sendable {
    public var text = ""
    public init(text: String = "") { self.text = text }
}

/// Reads of the tutor's caseload. The caseload is the people in the
/// `tutoring` table for the viewer (current assignments) and the people whose
/// open route names the viewer as tutor, further limited by `Visibility`.
///
/// `caseloadPage` is keyset paging in name order: it reads `limit` people
/// and computes their counts (steps, contacts, requests) for those people
/// only. `wholeCaseload` reads the viewer's caseload at once (a tutor's
/// caseload: tens, at most a few hundred people, found through the
/// `tutoring` primary key — never the whole people table); the caseload
/// uses it only when a quick filter or a sort by a count needs every row.
extension SQLiteStore {
    static let caseloadMembers = """
        (SELECT person_id FROM tutoring WHERE tutor_id = ? AND (until IS NULL OR until >= ?)
         UNION SELECT person_id FROM routes WHERE tutor_id = ? AND status IN ('draft', 'agreed', 'inProgress'))
        """

    public func caseloadPage(_ viewer: Viewer, _ query: CaseloadQuery = CaseloadQuery(), after: PersonKey? = nil,
                             before: PersonKey? = nil, lastPage: Bool = false, limit: Int) throws -> [CaseloadRow] {
        var extra: [String] = []
        var params: [SQLBindable] = []
        if let a = after { extra.append("(p.name_key > ? OR (p.name_key = ? AND p.id > ?))"); params += [a.nameKey, a.nameKey, a.id] }
        if let b = before { extra.append("(p.name_key < ? OR (p.name_key = ? AND p.id < ?))"); params += [b.nameKey, b.nameKey, b.id] }
        let backwards = before != nil || (after == nil && lastPage)
        let rows = try caseloadBase(viewer, query, extra: extra, params: params,
                                    order: backwards ? "p.name_key DESC, p.id DESC" : "p.name_key, p.id", limit: limit)
        return try withCounts(viewer, backwards ? rows.reversed() : rows)
    }

    /// The viewer's whole caseload, with counts, in name order (at most `limit`).
    public func wholeCaseload(_ viewer: Viewer, _ query: CaseloadQuery = CaseloadQuery(), limit: Int = 2000) throws -> [CaseloadRow] {
        try withCounts(viewer, try caseloadBase(viewer, query, extra: [], params: [], order: "p.name_key, p.id", limit: limit))
    }

    /// Whether the person is in the viewer's caseload (assignment or open
    /// route) and visible to the viewer: the same people the caseload lists,
    /// so a municipal methodist's assignment across the border grants nothing.
    public func inCaseload(_ viewer: Viewer, personID: PersonID) throws -> Bool {
        let vis = Visibility.peopleRows(viewer)
        return try db.scalarInt("SELECT count(*) FROM people p WHERE p.id = ? AND p.id IN \(SQLiteStore.caseloadMembers) AND \(vis.sql)",
                                [personID, viewer.personID, today(), viewer.personID] + vis.params) > 0
    }

    private func caseloadBase(_ viewer: Viewer, _ query: CaseloadQuery, extra: [String], params: [SQLBindable],
                              order: String, limit: Int) throws -> [CaseloadRow] {
        guard viewer.can(.seeCaseload) else { return [] }
        let vis = Visibility.peopleRows(viewer)
        var conditions = [vis.sql]
        var all: [SQLBindable] = [viewer.personID, today(), viewer.personID] + vis.params
        let text = SearchKey.fold(query.text.trimmed(" \t"))
        if !text.isEmpty {
            conditions.append("(instr(p.name_key, ?) > 0 OR instr(p.login, ?) > 0)")
            all += [text, text]
        }
        conditions += extra
        all += params
        let day = today()
        return try db.query("""
            SELECT p.id, p.login, p.full_name, p.name_key, coalesce(o.name, ''), coalesce(m.name, ''), p.birth_date, p.teaching_since
            FROM \(SQLiteStore.caseloadMembers) AS c CROSS JOIN people p ON p.id = c.person_id
            LEFT JOIN organizations o ON o.id = p.organization_id
            LEFT JOIN municipalities m ON m.id = p.municipality_id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """, all + [max(0, limit)]) { r in
            let born = r.day(6), since = r.day(7)
            let person = Person(id: r.int64(0), login: r.string(1), fullName: r.string(2), organizationID: nil, position: "",
                                birthDate: born, teachingSince: since)
            return CaseloadRow(id: r.int64(0), login: r.string(1), fullName: r.string(2), organizationName: r.string(4),
                               municipalityName: r.string(5), young: person.isYoungTeacher(on: day), hasMentor: false,
                               nameKey: r.string(3))
        }
    }

    /// Counts for these people only: a few indexed reads per person.
    private func withCounts(_ viewer: Viewer, _ rows: [CaseloadRow]) throws -> [CaseloadRow] {
        let day = today()
        return try db.read {
            try rows.map { row in
                var row = row
                row.route = try currentRoute(viewer, personID: row.id)
                if let route = row.route {
                    let steps = try db.query("SELECT status, planned_end, hours FROM steps WHERE route_id = ?", [route.id]) { r in
                        RouteStep(id: 0, routeID: route.id, kind: .selfEducation, title: "",
                                  plannedStart: day, plannedEnd: r.day(1) ?? day, hours: r.int(2),
                                  status: StepStatus(rawValue: r.string(0)) ?? .planned)
                    }
                    row.progress = Route.progress(of: steps)
                    if RouteStep.workableRouteStatuses.contains(route.status) {
                        row.overdue = steps.filter { $0.isOverdue(on: day) }.count
                    }
                }
                row.lastContact = try db.first("SELECT max(date) FROM consultations WHERE person_id = ? AND tutor_id = ?",
                                               [row.id, viewer.personID]) { $0.day(0) } ?? nil
                row.openRequests = try db.scalarInt("""
                    SELECT count(*) FROM requests WHERE author_id = ? AND status NOT IN ('resolved', 'declined')
                    """, [row.id])
                row.openDeficits = try db.scalarInt("SELECT count(*) FROM deficits WHERE person_id = ? AND status != 'closed'", [row.id])
                row.hasMentor = try db.scalarInt("""
                    SELECT EXISTS (SELECT 1 FROM mentoring WHERE mentee_id = ? AND status IN ('planned', 'active'))
                    """, [row.id]) != 0
                return row
            }
        }
    }
}
