import Domain

/// The lists behind the dashboard's work numbers (`IndicatorWorkload`), and
/// the second section of «Маршруты без тьютора»: people with open deficits
/// and no open route (not counted on the dashboard: it is read a page at a time).
public enum IndicatorWorklist: String, Sendable, CaseIterable, Labelled {
    case youngWithoutMentor, routesWithoutTutor, overdueRequests, deficitsWithoutRoute

    public var label: Phrase {
        switch self {
        case .youngWithoutMentor: return Phrase("Молодые педагоги без наставника", "Young teachers without a mentor")
        case .routesWithoutTutor: return Phrase("Маршруты без тьютора", "Routes without a tutor")
        case .overdueRequests: return Phrase("Просроченные запросы", "Overdue requests")
        case .deficitsWithoutRoute: return Phrase("Дефициты без маршрута", "Deficits without a route")
        }
    }
}

/// One line of a worklist: a young teacher, a route or a request.
public struct IndicatorWorkItem: Hashable, Sendable, Identifiable {
    /// The person's id, the route's id or the request's id.
    public var id: Int64
    /// The person the line is about (the route's teacher, the request's author); nil for a request without an author.
    public var personID: PersonID?
    /// A name (people, routes) or the request's text.
    public var title: String
    public var organizationName: String
    public var municipalityName: String
    /// The route's status (`RouteStatus.rawValue`), the request's due date (ISO),
    /// the number of open deficits (people without a route); "" for young teachers.
    public var detail: String
    /// The day that matters: birth date / route start / request due date.
    public var day: Day?
    public var key: IndicatorWorkKey
    /// The route's version (what assigning its tutor is checked against); 0 for the other lists.
    public var version = 0
    /// People without a route: the tutor of their caseload, who will build it.
    public var tutorID: PersonID?
    public var tutorName = ""
}

/// Keyset anchor: lists are ordered by (sort text, id): the name key for
/// people and routes, the due date for requests.
public struct IndicatorWorkKey: Hashable, Sendable {
    public var sort: String
    public var id: Int64
    public init(sort: String, id: Int64) { self.sort = sort; self.id = id }
}

extension SQLiteStore {
    /// A page of `list` within `scope`, intersected with what the viewer's
    /// dashboard covers; after (or before) a keyset anchor, ordered by name
    /// (people, routes) or by due date (requests).
    public func indicatorWorkPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope = .region,
                                  after: IndicatorWorkKey? = nil, before: IndicatorWorkKey? = nil,
                                  limit: Int) throws -> [IndicatorWorkItem] {
        let only = try indicatorMunicipality(viewer)
        if scope != .region { try checkIndicatorScope(viewer, scope) }
        let today = today()
        var conditions: [String] = [], params: [SQLBindable] = []
        // `p` is the person (people, routes) or the request (`q`).
        let owner = list == .overdueRequests ? "q" : "p"
        if let m = only { conditions.append("\(owner).municipality_id = ?"); params.append(m) }
        switch scope {
        case .region: break
        case .municipality(let m): conditions.append("\(owner).municipality_id = ?"); params.append(m)
        case .organization(let o): conditions.append("\(owner).organization_id = ?"); params.append(o)
        }
        let sortColumn: String, idColumn: String, select: String, from: String
        switch list {
        case .youngWithoutMentor:
            let young = IndicatorTally.youngSQL(alias: "p", today: today)
            conditions += ["(p.roles & \(Codecs.bit(.teacher))) != 0", young.sql, """
                NOT EXISTS (SELECT 1 FROM mentoring g WHERE g.mentee_id = p.id AND g.status IN ('planned', 'active')
                            AND (g."end" IS NULL OR g."end" >= ?))
                """]
            params += young.params + [today]
            sortColumn = "p.name_key"; idColumn = "p.id"
            select = "p.id, p.id, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''), '', p.birth_date, p.name_key, 0"
            from = "people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN municipalities m ON m.id = p.municipality_id"
        case .deficitsWithoutRoute:
            // People in name order (by index), each tested by two indexed lookups: a page costs a page of people.
            conditions += ["(p.roles & \(Codecs.bit(.teacher))) != 0",
                           "EXISTS (SELECT 1 FROM deficits d WHERE d.person_id = p.id AND d.status != 'closed')",
                           "NOT EXISTS (SELECT 1 FROM routes r WHERE r.person_id = p.id AND r.status IN ('draft', 'agreed', 'inProgress'))"]
            sortColumn = "p.name_key"; idColumn = "p.id"
            select = """
                p.id, p.id, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''),
                CAST((SELECT count(*) FROM deficits d WHERE d.person_id = p.id AND d.status != 'closed') AS TEXT), NULL, p.name_key, 0
                """
            from = "people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN municipalities m ON m.id = p.municipality_id"
        case .routesWithoutTutor:
            conditions += ["r.tutor_id IS NULL", "r.status NOT IN ('completed', 'cancelled')", "(p.roles & \(Codecs.bit(.teacher))) != 0"]
            sortColumn = "p.name_key"; idColumn = "r.id"
            select = "r.id, p.id, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''), r.status, r.period_start, p.name_key, r.version"
            // CROSS JOIN keeps people (in name order, by index) outside: a page then
            // reads a few hundred people instead of sorting every untutored route.
            from = """
                people p CROSS JOIN routes r ON r.person_id = p.id LEFT JOIN organizations o ON o.id = p.organization_id
                LEFT JOIN municipalities m ON m.id = p.municipality_id
                """
        case .overdueRequests:
            let vis = Visibility.requests(viewer)
            conditions += [vis.sql, "q.status NOT IN ('resolved', 'declined')", "q.due IS NOT NULL", "q.due < ?"]
            params += vis.params + [today]
            sortColumn = "q.due"; idColumn = "q.id"
            select = "q.id, q.author_id, q.text, coalesce(o.name, ''), coalesce(m.name, ''), q.due, q.due, q.due, 0"
            from = """
                requests q LEFT JOIN organizations o ON o.id = q.organization_id
                LEFT JOIN municipalities m ON m.id = q.municipality_id
                """
        }
        if let a = after { conditions.append("(\(sortColumn), \(idColumn)) > (?, ?)"); params += [a.sort, a.id] }
        if let b = before { conditions.append("(\(sortColumn), \(idColumn)) < (?, ?)"); params += [b.sort, b.id] }
        let descending = before != nil
        let order = descending ? "\(sortColumn) DESC, \(idColumn) DESC" : "\(sortColumn), \(idColumn)"
        let rows = try db.query("""
            SELECT \(select) FROM \(from) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """, params + [limit]) { r in
            IndicatorWorkItem(id: r.int64(0), personID: r.optInt64(1), title: r.string(2), organizationName: r.string(3),
                              municipalityName: r.string(4),
                              detail: r.string(5),
                              day: r.day(6), key: IndicatorWorkKey(sort: r.string(7), id: r.int64(0)), version: r.int(8))
        }
        let page = list == .deficitsWithoutRoute ? try rows.map { row in
            var row = row
            if let t = try caseloadTutor(viewer, personID: row.id) { row.tutorID = t.id; row.tutorName = t.name }
            return row
        } : rows
        return descending ? page.reversed() : page
    }

    /// The last page (for End), in order.
    public func indicatorWorkLastPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope = .region,
                                      limit: Int) throws -> [IndicatorWorkItem] {
        try indicatorWorkPage(viewer, list, scope: scope, before: IndicatorWorkKey(sort: "\u{10FFFF}", id: Int64.max), limit: limit)
    }
}
