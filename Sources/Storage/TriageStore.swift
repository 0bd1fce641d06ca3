import Domain

/// A request as the triage inbox shows it: the summary plus the two
/// priority reasons of the domain's triage rule, evaluated today.
public struct TriageRow: Hashable, Sendable, Identifiable {
    public var summary: RequestSummary
    /// The author is a young teacher today (a school's request has no author: false).
    public var youngAuthor: Bool
    public var id: RequestID { summary.id }
    public var request: HelpRequest { summary.request }
    public var lowResultsSchool: Bool { summary.lowResultsSchool }
    /// Keyset anchor in the domain's triage order.
    public var key: TriageRowKey {
        TriageRowKey(closed: request.status.isOpen ? 0 : 1, priority: request.priority.rawValue,
                     reasons: (lowResultsSchool ? 1 : 0) + (youngAuthor ? 1 : 0),
                     createdOn: request.createdOn.iso, id: request.id)
    }

    public init(summary: RequestSummary, youngAuthor: Bool) {
        self.summary = summary; self.youngAuthor = youngAuthor
    }

    /// The domain's key (`RequestRules.triageOrder`): rows come in this order.
    public func triageKey(today: Day) -> TriageKey {
        request.triageKey(isLowResultsSchool: lowResultsSchool, isYoungTeacher: youngAuthor, today: today)
    }
}

/// Position in the domain's triage order (`RequestRules.triageOrder`):
/// open first, priority desc, reasons (ШНОР, young author) desc, oldest
/// first, id.
public struct TriageRowKey: Hashable, Sendable {
    public var closed: Int
    public var priority: Int
    public var reasons: Int
    public var createdOn: String
    public var id: RequestID

    public init(closed: Int, priority: Int, reasons: Int, createdOn: String, id: RequestID) {
        self.closed = closed; self.priority = priority; self.reasons = reasons; self.createdOn = createdOn; self.id = id
    }

    /// After every row: `before: .end` reads the last rows.
    public static let end = TriageRowKey(closed: 2, priority: -1, reasons: -1, createdOn: "", id: 0)
}

/// How many requests each saved filter of the inbox holds.
public struct TriageCounts: Hashable, Sendable {
    public var open = 0, new = 0, mine = 0, overdue = 0, unassigned = 0, all = 0
    public init() {}
}

extension Store {
    /// SQL for "the author is a young teacher on `today`" (Person.isYoungTeacher):
    /// under 35 whole years, or under 3 whole years of teaching; dates after
    /// today count as missing. Parameters: today, today-35y, today, today-3y.
    static let youngAuthorSQL = """
        (a.id IS NOT NULL AND ((a.birth_date IS NOT NULL AND a.birth_date <= ? AND a.birth_date > ?)
          OR (a.teaching_since IS NOT NULL AND a.teaching_since <= ? AND a.teaching_since > ?)))
        """

    func youngAuthorParams(_ today: Day) -> [SQLBindable] {
        [today, today.adding(months: -12 * Person.youngTeacherAgeLimit),
         today, today.adding(months: -12 * Person.youngTeacherServiceYears)]
    }

    /// One page of the triage inbox in the domain's triage order, after (or,
    /// with `backwards`, before) a keyset anchor. Rows come in ascending
    /// order either way.
    ///
    /// The order needs the author's youth today, so it is sorted rather than
    /// read from an index: fine for a municipality's inbox (thousands), and
    /// a region's open requests sort in well under a second.
    public func triagePage(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey? = nil,
                           before: TriageRowKey? = nil, limit: Int) throws -> [TriageRow] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        let (conditions, params) = requestConditions(viewer, query)
        var outer: [String] = ["1"]
        var outerParams: [SQLBindable] = []
        let greater = "(t_closed > ? OR (t_closed = ? AND (t_priority < ? OR (t_priority = ? AND (t_reasons < ? OR (t_reasons = ? AND (t_created > ? OR (t_created = ? AND t_id > ?))))))))"
        let less = "(t_closed < ? OR (t_closed = ? AND (t_priority > ? OR (t_priority = ? AND (t_reasons > ? OR (t_reasons = ? AND (t_created < ? OR (t_created = ? AND t_id < ?))))))))"
        for (k, sql) in [(after, greater), (before, less)] {
            guard let k else { continue }
            outer.append(sql)
            outerParams += [k.closed, k.closed, k.priority, k.priority, k.reasons, k.reasons, k.createdOn, k.createdOn, k.id]
        }
        let backwards = before != nil && after == nil
        let direction = backwards ? "t_closed DESC, t_priority ASC, t_reasons ASC, t_created DESC, t_id DESC"
                                  : "t_closed ASC, t_priority DESC, t_reasons DESC, t_created ASC, t_id ASC"
        let today = today()
        let rows = try db.query("""
            SELECT * FROM (
                SELECT \(Store.requestColumns), \(Store.youngAuthorSQL) AS t_young,
                       (q.status IN ('resolved','declined')) AS t_closed, q.priority AS t_priority,
                       ((coalesce(o.flags, 0) & 1) + \(Store.youngAuthorSQL)) AS t_reasons,
                       q.created_on AS t_created, q.id AS t_id
                FROM requests q \(Store.requestJoins)
                WHERE \(conditions.joined(separator: " AND "))
            ) WHERE \(outer.joined(separator: " AND "))
            ORDER BY \(direction) LIMIT ?
            """, youngAuthorParams(today) + youngAuthorParams(today) + params + outerParams + [limit]) { r in
            TriageRow(summary: Store.requestSummary(r), youngAuthor: r.bool(20))
        }
        return backwards ? rows.reversed() : rows
    }

    /// One request as the inbox shows it, or nil when the viewer may not see it.
    public func triageRow(_ viewer: Viewer, id: RequestID) throws -> TriageRow? {
        let vis = Visibility.requests(viewer)
        return try db.first("""
            SELECT \(Store.requestColumns), \(Store.youngAuthorSQL)
            FROM requests q \(Store.requestJoins) WHERE q.id = ? AND \(vis.sql)
            """, youngAuthorParams(today()) + [id] + vis.params) { r in
            TriageRow(summary: Store.requestSummary(r), youngAuthor: r.bool(20))
        }
    }

    /// The sizes of the inbox's saved filters (open, new, mine, overdue,
    /// unassigned, all), within `municipalityID` when given.
    public func triageCounts(_ viewer: Viewer, municipalityID: MunicipalityID? = nil) throws -> TriageCounts {
        let (conditions, params) = requestConditions(viewer, RequestQuery(municipalityID: municipalityID))
        let open = "q.status NOT IN ('resolved','declined')"
        return try db.first("""
            SELECT count(*), coalesce(sum(\(open)), 0), coalesce(sum(q.status = 'new'), 0),
                   coalesce(sum(\(open) AND q.assignee_id = ?), 0), coalesce(sum(\(open) AND q.due < ?), 0),
                   coalesce(sum(\(open) AND q.assignee_id IS NULL), 0)
            FROM requests q WHERE \(conditions.joined(separator: " AND "))
            """, [viewer.personID, today()] + params) { r in
            var c = TriageCounts()
            c.all = r.int(0); c.open = r.int(1); c.new = r.int(2); c.mine = r.int(3); c.overdue = r.int(4); c.unassigned = r.int(5)
            return c
        } ?? TriageCounts()
    }
}
