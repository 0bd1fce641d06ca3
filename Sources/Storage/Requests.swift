import Domain

/// A request as the inbox shows it.
public struct RequestSummary: Hashable, Sendable, Identifiable {
    public var request: HelpRequest
    public var authorName: String
    public var organizationName: String
    public var lowResultsSchool: Bool
    public var urgent: Bool
    public var assigneeName: String
    public var id: RequestID { request.id }
    /// Keyset anchor in triage order.
    public var key: RequestKey {
        RequestKey(priority: request.priority.rawValue, urgent: urgent ? 1 : 0, createdOn: request.createdOn.iso, id: request.id)
    }
}

/// Position in the triage order: priority desc, urgent (young teacher or
/// ШНОР) desc, oldest first, id.
public struct RequestKey: Hashable, Sendable {
    public var priority: Int
    public var urgent: Int
    public var createdOn: String
    public var id: RequestID
}

/// Which requests the inbox shows.
public struct RequestQuery: Hashable, Sendable {
    public var statuses: Set<RequestStatus>?
    public var direction: Int?
    public var assigneeID: PersonID?
    public var unassignedOnly: Bool
    /// Only open requests whose due date is before this day.
    public var overdueOn: Day?
    public var municipalityID: MunicipalityID?
    public var text: String?
    public init(statuses: Set<RequestStatus>? = nil, direction: Int? = nil, assigneeID: PersonID? = nil,
                unassignedOnly: Bool = false, overdueOn: Day? = nil, municipalityID: MunicipalityID? = nil, text: String? = nil) {
        self.statuses = statuses; self.direction = direction; self.assigneeID = assigneeID
        self.unassignedOnly = unassignedOnly; self.overdueOn = overdueOn; self.municipalityID = municipalityID; self.text = text
    }
}

extension SQLiteStore {
    static let requestColumns = """
        q.id, q.text, q.author_id, q.organization_id, q.municipality_id, q.competence_id, q.direction, q.priority,
        q.status, q.assignee_id, q.due, q.created_on, q.resolved_on, q.decline_reason, q.version, q.urgent,
        coalesce(a.full_name, ''), coalesce(o.name, ''), coalesce(o.flags, 0), coalesce(s.full_name, ''), q.answer
        """
    /// How many columns `requestColumns` reads: a query that adds its own reads them from here on.
    static let requestColumnCount = 21
    static let requestJoins = """
        LEFT JOIN people a ON a.id = q.author_id
        LEFT JOIN organizations o ON o.id = q.organization_id
        LEFT JOIN people s ON s.id = q.assignee_id
        """

    static func requestSummary(_ r: Row) -> RequestSummary {
        let req = HelpRequest(id: r.int64(0), text: r.string(1), authorID: r.optInt64(2), organizationID: r.optInt64(3),
                              municipalityID: r.optInt64(4), competenceID: r.optInt64(5), direction: r.optInt(6),
                              priority: RequestPriority(rawValue: r.int(7)) ?? .normal,
                              status: RequestStatus(rawValue: r.string(8)) ?? .new, assigneeID: r.optInt64(9),
                              due: r.day(10), createdOn: r.day(11) ?? Day(ordinal: 0), resolvedOn: r.day(12),
                              declineReason: r.string(13), answer: r.string(20), version: r.int(14))
        return RequestSummary(request: req, authorName: r.string(16), organizationName: r.string(17),
                              lowResultsSchool: OrganizationFlags(rawValue: r.int(18)).contains(.lowResults),
                              urgent: r.bool(15), assigneeName: r.string(19))
    }

    /// WHERE conditions of a query, scoped to what the viewer may see.
    func requestConditions(_ viewer: Viewer, _ query: RequestQuery) -> (sql: [String], params: [SQLBindable]) {
        let vis = Visibility.requests(viewer)
        let (conditions, params) = queryConditions(query, orderedByTriageKey: false, walkFullText: false)
        return ([vis.sql] + conditions, vis.params + params)
    }

    /// WHERE conditions of a query, without the viewer's scope.
    /// - Parameter orderedByTriageKey: the caller reads in `triage_key`
    ///   order: the status filter then narrows the key's range (open keys
    ///   start with 0) and is kept off the status index, so SQLite walks the
    ///   triage-key index instead of sorting every matching request.
    /// - Parameter walkFullText: the text matches many requests: test each
    ///   row met along the index for a match (`+q.id`) rather than fetch and
    ///   sort every match.
    func queryConditions(_ query: RequestQuery, orderedByTriageKey: Bool,
                         walkFullText: Bool) -> (sql: [String], params: [SQLBindable]) {
        var conditions: [String] = []
        var params: [SQLBindable] = []
        if let statuses = query.statuses {
            let list = statuses.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")
            if orderedByTriageKey {
                conditions.append("+q.status IN (\(list))")
                if statuses.allSatisfy(\.isOpen) { conditions.append("q.triage_key < '1'") }
                if !statuses.contains(where: \.isOpen) { conditions.append("q.triage_key >= '1'") }
            } else {
                conditions.append("q.status IN (\(list))")
            }
        }
        if let d = query.direction { conditions.append("q.direction = ?"); params.append(d) }
        if let a = query.assigneeID { conditions.append("q.assignee_id = ?"); params.append(a) }
        if query.unassignedOnly { conditions.append("q.assignee_id IS NULL") }
        if let m = query.municipalityID { conditions.append("q.municipality_id = ?"); params.append(m) }
        if let day = query.overdueOn {
            conditions.append("q.due < ? AND q.status NOT IN ('resolved','declined')"); params.append(day)
        }
        if let text = query.text, let match = FullTextQuery.match(text) {
            conditions.append("\(walkFullText ? "+" : "")q.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)")
            params.append(match)
        }
        return (conditions, params)
    }

    /// One page of the inbox in triage order, after a keyset anchor.
    public func requestsPage(_ viewer: Viewer, _ query: RequestQuery, after: RequestKey? = nil,
                             limit: Int) throws -> [RequestSummary] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        var (conditions, params) = requestConditions(viewer, query)
        if let k = after {
            // (priority DESC, urgent DESC, created_on ASC, id ASC) > anchor
            conditions.append("""
                (q.priority < ? OR (q.priority = ? AND (q.urgent < ? OR (q.urgent = ? AND (q.created_on > ? OR (q.created_on = ? AND q.id > ?))))))
                """)
            params += [k.priority, k.priority, k.urgent, k.urgent, k.createdOn, k.createdOn, k.id]
        }
        return try db.query("""
            SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY q.priority DESC, q.urgent DESC, q.created_on, q.id LIMIT ?
            """, params + [limit], SQLiteStore.requestSummary)
    }

    /// Backwards by the same keyset: the order reversed, read, and turned round.
    public func requestsPage(_ viewer: Viewer, _ query: RequestQuery, before: RequestKey?, limit: Int) throws -> [RequestSummary] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        var (conditions, params) = requestConditions(viewer, query)
        if let k = before {
            conditions.append("""
                (q.priority > ? OR (q.priority = ? AND (q.urgent > ? OR (q.urgent = ? AND (q.created_on < ? OR (q.created_on = ? AND q.id < ?))))))
                """)
            params += [k.priority, k.priority, k.urgent, k.urgent, k.createdOn, k.createdOn, k.id]
        }
        return try db.query("""
            SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY q.priority, q.urgent, q.created_on DESC, q.id DESC LIMIT ?
            """, params + [limit], SQLiteStore.requestSummary).reversed()
    }

    public func request(_ viewer: Viewer, id: RequestID) throws -> RequestSummary? {
        let vis = Visibility.requests(viewer)
        return try db.first("SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins) WHERE q.id = ? AND \(vis.sql)",
                            [id] + vis.params, SQLiteStore.requestSummary)
    }

    /// Creates a request from the viewer (or for a school). Urgency is fixed
    /// now from the author's youth and the school's ШНОР flag.
    @discardableResult
    public func createRequest(_ viewer: Viewer, text: String, authorID: PersonID?, organizationID: OrganizationID?,
                              competenceID: CompetenceID? = nil, direction: Int? = nil, isYoungAuthor: Bool) throws -> RequestID {
        guard viewer.can(.askForHelp) || viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.askForHelp.label) }
        let trimmed = StoredText.clean(text).trimmed(" \n\t")
        guard !trimmed.isEmpty else { throw StoreError.invalid(Phrase("Текст запроса пуст", "The request text is empty")) }
        if authorID != viewer.personID && !viewer.can(.triageRequests) {
            throw StoreError.forbidden(Phrase("создавать запросы от имени другого", "create requests for someone else"))
        }
        return try db.write {
            let org = try organizationID ?? authorID.flatMap { a in
                try db.first("SELECT organization_id FROM people WHERE id = ?", [a]) { $0.optInt64(0) } ?? nil
            }
            let (municipality, flags) = try org.flatMap { o in
                try db.first("SELECT municipality_id, flags FROM organizations WHERE id = ?", [o]) { ($0.optInt64(0), $0.int(1)) }
            } ?? (nil, 0)
            let urgent = isYoungAuthor || OrganizationFlags(rawValue: flags).contains(.lowResults)
            try db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, competence_id, direction, priority,
                                     urgent, status, created_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)
                """, StoredValues.cleaned([trimmed, authorID, org, municipality, competenceID, direction,
                                           RequestPriority.normal.rawValue, urgent, today()]))
            let id = db.lastInsertRowID
            try recordHistory(viewer, entity: "request", id: id, [FieldChange.requestCreated])
            try audit(viewer, entity: "request", id: id, action: "create", after: trimmed)
            return id
        }
    }

    /// The request as the versioned write reads and writes it.
    var requestKind: VersionedKind<HelpRequest> {
        VersionedKind(table: "requests", entity: "request", read: { [unowned self] viewer, id in
            try viewer.flatMap { try self.request($0, id: id)?.request }
        }, columns: { r in
            [("text", r.text), ("competence_id", r.competenceID), ("direction", r.direction), ("priority", r.priority.rawValue),
             ("status", r.status.rawValue), ("assignee_id", r.assigneeID), ("due", r.due), ("resolved_on", r.resolvedOn),
             ("decline_reason", r.declineReason), ("answer", r.answer)]
        })
    }

    /// Triagers change any request they see. An assignee who does not
    /// triage works on their request (`workRequest`: take, help, resolve,
    /// hand back) but never sets its priority, due date or assignee.
    func mayChange(_ viewer: Viewer, _ request: HelpRequest) throws {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
    }

    /// Changes a request by a domain rule that answers the new request (or a
    /// refusal), through the one versioned write (`writeVersioned`).
    @discardableResult
    public func updateRequest(_ viewer: Viewer, id: RequestID, expectedVersion: Int,
                              _ change: (HelpRequest) -> Result<HelpRequest, Refusal>) throws -> HelpRequest {
        guard viewer.can(.triageRequests) || viewer.can(.seeRequests) else {
            throw StoreError.forbidden(Action.triageRequests.label)
        }
        return try writeVersioned(viewer, requestKind, id: id, expectedVersion: expectedVersion, action: "update",
                                  allowed: { try mayChange(viewer, $0) }) { current in
            change(current).update(from: current)
        }.value
    }

    /// Every change of a request, oldest first.
    public func requestHistory(_ viewer: Viewer, id: RequestID) throws -> [(change: RequestChange, actorName: String)] {
        guard try request(viewer, id: id) != nil else { return [] }
        return try db.query("""
            SELECT h.entity_id, h.actor_id, h.at, h.field, h.before, h.after, coalesce(p.full_name, '')
            FROM history h LEFT JOIN people p ON p.id = h.actor_id WHERE h.entity = 'request' AND h.entity_id = ? ORDER BY h.at, h.id
            """, [id]) { r in
            (RequestChange(requestID: r.int64(0), actorID: r.optInt64(1), at: r.int64(2), field: r.string(3),
                           before: r.string(4), after: r.string(5)), r.string(6))
        }
    }
}
