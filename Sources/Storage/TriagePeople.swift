import Domain

/// Someone a request can be assigned to, with their open load.
public struct AssigneeCandidate: Hashable, Sendable, Identifiable {
    public var id: PersonID
    public var fullName: String
    public var roles: Set<Role>
    public var organizationName: String
    /// РМА directions they work in.
    public var directions: [Int]
    /// Open requests assigned to them now (triaged, assigned, in progress).
    public var openLoad: Int
    /// Of those, overdue today.
    public var overdue: Int
}

/// Who a new request can come from: a person or a school.
public struct Requester: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable { case person, organization }
    public var kind: Kind
    public var entityID: Int64
    public var name: String
    /// The school of a person; the municipality of a school.
    public var place: String
    public var id: String { "\(kind.rawValue):\(entityID)" }
}

extension SQLiteStore {
    /// Methodists (municipal and regional) and tutors who can take requests
    /// of `municipalityID` (the viewer's own when nil; for a viewer without
    /// one, the region's РМА methodists), with their open load. The
    /// municipality's methodists and tutors come first, then РМА methodists
    /// of the request's `direction`, then the other РМА methodists; each
    /// group lightest first. Only people the viewer may see.
    public func assigneeCandidates(_ viewer: Viewer, municipalityID: MunicipalityID? = nil,
                                   direction: Int? = nil) throws -> [AssigneeCandidate] {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        let bits = Codecs.roleBits([.tutor, .municipalMethodist, .regionalMethodist])
        let local = Codecs.roleBits([.tutor, .municipalMethodist])
        let vis = Visibility.peopleRows(viewer)
        var scope = "(p.roles & \(Codecs.bit(.regionalMethodist))) != 0"
        var params: [SQLBindable] = []
        if let m = municipalityID ?? viewer.municipalityID {
            scope = "p.municipality_id = ?"
            params.append(m)
        }
        let today = today()
        return try db.query("""
            SELECT p.id, p.full_name, p.roles, coalesce(o.name, ''), p.directions,
                   (SELECT count(*) FROM requests r WHERE r.assignee_id = p.id AND r.status IN ('triaged','assigned','inProgress')),
                   (SELECT count(*) FROM requests r WHERE r.assignee_id = p.id AND r.status IN ('triaged','assigned','inProgress')
                                                          AND r.due < ?)
            FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
            WHERE (p.roles & \(bits)) != 0 AND \(scope) AND \(vis.sql)
            ORDER BY CASE WHEN (p.roles & \(local)) != 0 THEN 0
                          WHEN (',' || p.directions || ',') LIKE ? THEN 1 ELSE 2 END, 6, p.name_key, p.id
            LIMIT 500
            """, [today] + params + vis.params + ["%,\(direction.map(String.init) ?? "-"),%"]) { r in
            AssigneeCandidate(id: r.int64(0), fullName: r.string(1), roles: Codecs.roles(r.int(2)),
                              organizationName: r.string(3), directions: Codecs.ints(r.string(4)), openLoad: r.int(5), overdue: r.int(6))
        }
    }

    /// Schools and people of the viewer's municipality (the whole region
    /// for a coordinator, up to `limit`) a request can be created for:
    /// schools first, then people by name.
    public func requesters(_ viewer: Viewer, limit: Int = 3000) throws -> [Requester] {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        var orgScope = "1", orgParams: [SQLBindable] = []
        if !viewer.seesRegion, let m = viewer.municipalityID { orgScope = "o.municipality_id = ?"; orgParams = [m] }
        let orgs = try db.query("""
            SELECT o.id, o.name, coalesce(m.name, '') FROM organizations o LEFT JOIN municipalities m ON m.id = o.municipality_id
            WHERE o.municipality_id IS NOT NULL AND \(orgScope) ORDER BY o.name, o.id LIMIT ?
            """, orgParams + [limit]) { r in
            Requester(kind: .organization, entityID: r.int64(0), name: r.string(1), place: r.string(2))
        }
        let vis = Visibility.peopleRows(viewer)
        let people = try db.query("""
            SELECT p.id, p.full_name, coalesce(o.name, '') FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
            WHERE \(vis.sql) ORDER BY p.name_key, p.id LIMIT ?
            """, vis.params + [limit]) { r in
            Requester(kind: .person, entityID: r.int64(0), name: r.string(1), place: r.string(2))
        }
        return orgs + people
    }

    /// Creates a request for a person or a school from the triage inbox;
    /// the author's youth (for the triage order) is judged today.
    @discardableResult
    public func createRequest(_ viewer: Viewer, for requester: Requester, text: String, direction: Int? = nil) throws -> RequestID {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        if let d = direction, Direction.number(d) == nil {
            throw StoreError.invalid(Phrase("Направления №\(d) нет", "There is no direction #\(d)"))
        }
        try checkRequesterVisible(viewer, requester)
        switch requester.kind {
        case .person:
            let young = try isYoungTeacher(requester.entityID, on: today())
            return try createRequest(viewer, text: text, authorID: requester.entityID, organizationID: nil,
                                     direction: direction, isYoungAuthor: young)
        case .organization:
            return try createRequest(viewer, text: text, authorID: nil, organizationID: requester.entityID,
                                     direction: direction, isYoungAuthor: false)
        }
    }

    func checkRequesterVisible(_ viewer: Viewer, _ requester: Requester) throws {
        let visible: Bool
        switch requester.kind {
        case .person:
            let vis = Visibility.peopleRows(viewer)
            visible = try db.scalarInt("SELECT count(*) FROM people p WHERE p.id = ? AND \(vis.sql)", [requester.entityID] + vis.params) > 0
        case .organization:
            let m = try db.first("SELECT municipality_id FROM organizations WHERE id = ?", [requester.entityID]) { $0.optInt64(0) }
            guard let m else { throw StoreError.notFound(entity: "organization", id: requester.entityID) }
            visible = viewer.seesRegion || (m != nil && m == viewer.municipalityID)
        }
        if !visible { throw StoreError.forbidden(Phrase("создавать запросы за пределами своего муниципалитета",
                                                        "create requests outside your municipality")) }
    }

    /// Whether a person is a young teacher on `day` (by the domain's rule).
    public func isYoungTeacher(_ personID: PersonID, on day: Day) throws -> Bool {
        try db.first("SELECT birth_date, teaching_since FROM people WHERE id = ?", [personID]) { r -> Bool in
            var p = Person(id: personID, login: "", fullName: "", organizationID: nil, position: "")
            p.birthDate = r.day(0)
            p.teachingSince = r.day(1)
            return p.isYoungTeacher(on: day)
        } ?? false
    }
}
