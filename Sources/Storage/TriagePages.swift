import Domain

/// A request as the triage inbox shows it: the summary plus the two
/// priority reasons of the domain's triage rule, evaluated today.
public struct TriageRow: Hashable, Sendable, Identifiable {
    public var summary: RequestSummary
    /// The author is a young teacher today (a school's request has no author: false).
    public var youngAuthor: Bool
    /// Keyset anchor in the domain's triage order (the stored `triage_key`).
    public var key: TriageRowKey
    public var id: RequestID { summary.id }
    public var request: HelpRequest { summary.request }
    public var lowResultsSchool: Bool { summary.lowResultsSchool }

    public init(summary: RequestSummary, youngAuthor: Bool, key: TriageRowKey) {
        self.summary = summary; self.youngAuthor = youngAuthor; self.key = key
    }

    /// The domain's key (`RequestRules.triageOrder`): rows come in this order.
    public func triageKey(today: Day) -> TriageKey {
        request.triageKey(isLowResultsSchool: lowResultsSchool, isYoungTeacher: youngAuthor, today: today)
    }
}

/// Position in the domain's triage order (`RequestRules.triageOrder`): the
/// stored `requests.triage_key` (closed, priority desc, reasons desc, oldest
/// first, id), whose text order is the triage order.
public struct TriageRowKey: Hashable, Sendable, Comparable {
    public var text: String
    public init(_ text: String) { self.text = text }
    public static func < (l: TriageRowKey, r: TriageRowKey) -> Bool { l.text < r.text }

    /// After every row: `before: .end` reads the last rows.
    public static let end = TriageRowKey("\u{10FFFF}")
}

/// How many requests each saved filter of the inbox holds.
public struct TriageCounts: Hashable, Sendable {
    public var open = 0, new = 0, mine = 0, overdue = 0, unassigned = 0, all = 0
    public init() {}
}

extension SQLiteStore {
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
    /// order either way. The order is the stored, indexed `triage_key`, so a
    /// page costs the same at the start and deep into a region's inbox.
    ///
    /// The viewer's scope is an OR (their municipality, their own, assigned
    /// to them, …), which SQLite would answer by fetching and sorting every
    /// match. So each alternative reads its own first `limit` rows along its
    /// index, and the page is the first `limit` of those together: the first
    /// rows of the whole are always among the first rows of each part.
    public func triagePage(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey? = nil,
                           before: TriageRowKey? = nil, limit: Int) throws -> [TriageRow] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        try ensureTriageKeys()
        let statement = try triagePageStatement(viewer, query, after: after, before: before, limit: limit)
        let rows = try db.query(statement.sql, statement.params, SQLiteStore.triageRow)
        return statement.backwards ? rows.reversed() : rows
    }

    /// The statement `triagePage` runs (tests read its query plan).
    func triagePageStatement(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey?, before: TriageRowKey?,
                             limit: Int) throws -> (sql: String, params: [SQLBindable], backwards: Bool) {
        let walk = try query.text.flatMap(FullTextQuery.match).map { try requestMatchesAreMany($0) } ?? false
        var (conditions, params) = queryConditions(query, orderedByTriageKey: true, walkFullText: walk)
        if let after { conditions.append("q.triage_key > ?"); params.append(after.text) }
        if let before { conditions.append("q.triage_key < ?"); params.append(before.text) }
        let backwards = before != nil && after == nil
        let order = "ORDER BY q.triage_key \(backwards ? "DESC" : "ASC") LIMIT ?"
        let parts = Visibility.requestParts(viewer) ?? [.all]
        let scope: String
        var scopeParams: [SQLBindable] = []
        if parts.count == 1 {
            scope = ([parts[0].sql] + conditions).joined(separator: " AND ")
            scopeParams = parts[0].params + params
        } else {
            scope = "q.id IN (" + parts.map { part in
                "SELECT id FROM (SELECT q.id FROM requests q WHERE \(([part.sql] + conditions).joined(separator: " AND ")) \(order))"
            }.joined(separator: " UNION ALL ") + ")"
            for part in parts { scopeParams += part.params + params + [limit] }
        }
        let sql = """
            SELECT \(SQLiteStore.requestColumns), \(SQLiteStore.youngAuthorSQL), q.triage_key
            FROM requests q \(SQLiteStore.requestJoins)
            WHERE \(scope) \(order)
            """
        return (sql, youngAuthorParams(today()) + scopeParams + [limit], backwards)
    }

    /// Whether a text matches so many requests that walking the triage order
    /// and testing each row beats fetching every match and sorting them
    /// (the break-even is near √(page × open requests); FTS5 gives SQLite no
    /// estimate of its own). Reads at most the threshold of matches.
    func requestMatchesAreMany(_ match: String) throws -> Bool {
        let threshold = 1000
        return try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM requests_fts WHERE requests_fts MATCH ? LIMIT ?)",
                                [match, threshold]) >= threshold
    }

    /// One request as the inbox shows it, or nil when the viewer may not see it.
    public func triageRow(_ viewer: Viewer, id: RequestID) throws -> TriageRow? {
        try ensureTriageKeys()
        let vis = Visibility.requests(viewer)
        return try db.first("""
            SELECT \(SQLiteStore.requestColumns), \(SQLiteStore.youngAuthorSQL), q.triage_key
            FROM requests q \(SQLiteStore.requestJoins) WHERE q.id = ? AND \(vis.sql)
            """, youngAuthorParams(today()) + [id] + vis.params, SQLiteStore.triageRow)
    }

    static func triageRow(_ r: Row) -> TriageRow {
        TriageRow(summary: SQLiteStore.requestSummary(r), youngAuthor: r.bool(SQLiteStore.requestColumnCount),
                 key: TriageRowKey(r.string(SQLiteStore.requestColumnCount + 1)))
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
