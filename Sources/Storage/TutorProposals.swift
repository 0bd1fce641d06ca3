import Domain

/// What proposals are built from, read for one person of the caseload.
public struct ProposalInput: Sendable {
    public var openDeficits: [Deficit]
    public var candidates: [ProposalCandidate]
    public var route: Route?
    public var existing: [RouteStep]
    public var period: ClosedRange<Day>
    public var youngWithoutMentor: Bool
    /// The person's open requests (their competence and direction).
    public var openRequests: [RequestNeed] = []

    /// Ranked by `RouteProposals.rank`.
    public func ranked(today: Day) -> [RouteProposal] {
        RouteProposals.rank(candidates: candidates, openDeficits: openDeficits, existing: existing, period: period,
                            today: today, youngWithoutMentor: youngWithoutMentor, openRequests: openRequests)
    }
}

extension SQLiteStore {
    /// Catalog items developing the competences of the person's open
    /// deficits and open requests (at most `perCompetence` of each catalog
    /// per competence): programmes, internship sites and best practices
    /// (included in the registry) that are not retired; and best practices
    /// of an open request's direction.
    public func proposalInput(_ viewer: Viewer, personID: PersonID, perCompetence: Int = 8) throws -> ProposalInput? {
        try db.read {
            guard let person = try person(viewer, id: personID) else { return nil }
            let deficits = try self.deficits(viewer, personID: personID).map(\.deficit)
            let route = try currentRoute(viewer, personID: personID)
            let open = route.map { $0.status == .draft || $0.status == .agreed } ?? false
            let existing = open ? try steps(viewer, routeID: route?.id ?? 0) : []
            let requests = try db.query("""
                SELECT id, competence_id, direction FROM requests
                WHERE author_id = ? AND status NOT IN ('resolved', 'declined') ORDER BY id
                """, [personID]) { RequestNeed(requestID: $0.int64(0), competenceID: $0.optInt64(1), direction: $0.optInt(2)) }
            var candidates: [ProposalCandidate] = []
            let needed = Set(deficits.filter { $0.status.isOpen }.map(\.competenceID)).union(requests.compactMap(\.competenceID))
            for c in needed.sorted() {
                candidates += try db.query("""
                    SELECT p.id, p.title, p.hours, p.in_registry FROM programme_competences pc JOIN programmes p ON p.id = pc.programme_id
                    WHERE pc.competence_id = ? AND p.retired = 0 ORDER BY p.in_registry DESC, p.hours, p.id LIMIT ?
                    """, [c, perCompetence]) { r in
                    ProposalCandidate(kind: .course, catalog: .programme(r.int64(0)), title: r.string(1), hours: r.int(2),
                                      competenceIDs: [], inRegistry: r.bool(3))
                }
                candidates += try db.query("""
                    SELECT s.id, s.topic, coalesce(o.name, '') FROM site_competences sc JOIN sites s ON s.id = sc.site_id
                    LEFT JOIN organizations o ON o.id = s.organization_id
                    WHERE sc.competence_id = ? AND s.retired = 0 ORDER BY s.id LIMIT ?
                    """, [c, perCompetence]) { r in
                    ProposalCandidate(kind: .internship, catalog: .site(r.int64(0)), title: "Стажировка: \(r.string(1)) (\(r.string(2)))",
                                      hours: 16)
                }
                candidates += try db.query("""
                    SELECT x.id, x.title, x.direction FROM practice_competences xc JOIN practices x ON x.id = xc.practice_id
                    WHERE xc.competence_id = ? AND x.status = 'included' AND x.retired = 0 ORDER BY x.id LIMIT ?
                    """, [c, perCompetence], practice(row:))
            }
            for d in Set(requests.compactMap(\.direction)).sorted() {
                candidates += try db.query("""
                    SELECT id, title, direction FROM practices WHERE direction = ? AND status = 'included' AND retired = 0 ORDER BY id LIMIT ?
                    """, [d, perCompetence], practice(row:))
            }
            // The competences of each item (all of them, for coverage), read for the candidates only.
            candidates = try candidates.map { c in
                var c = c
                switch c.catalog {
                case .programme(let id):
                    c.competenceIDs = try db.query("SELECT competence_id FROM programme_competences WHERE programme_id = ?", [id]) { $0.int64(0) }
                case .site(let id):
                    c.competenceIDs = try db.query("SELECT competence_id FROM site_competences WHERE site_id = ?", [id]) { $0.int64(0) }
                case .practice(let id):
                    c.competenceIDs = try db.query("SELECT competence_id FROM practice_competences WHERE practice_id = ?", [id]) { $0.int64(0) }
                default: break
                }
                return c
            }
            let hasMentor = try db.scalarInt("SELECT EXISTS (SELECT 1 FROM mentoring WHERE mentee_id = ? AND status IN ('planned', 'active'))",
                                             [personID]) != 0
            let period = route.flatMap { open ? $0.periodStart...max($0.periodStart, $0.periodEnd) : nil }
                ?? SQLiteStore.proposalPeriod(today: today())
            return ProposalInput(openDeficits: deficits, candidates: candidates, route: route, existing: existing, period: period,
                                 youngWithoutMentor: person.isYoungTeacher(on: today()) && !hasMentor, openRequests: requests)
        }
    }

    private func practice(row r: Row) -> ProposalCandidate {
        ProposalCandidate(kind: .masterClass, catalog: .practice(r.int64(0)), title: "Лучшая практика: \(r.string(1))", hours: 4,
                          direction: r.int(2))
    }

    /// Done course steps of the caseload with no transfer-into-practice step in their route.
    public func postCourseSteps(_ viewer: Viewer, limit: Int = 200) throws -> [(person: String, personID: PersonID, route: Route, step: RouteStep)] {
        let rows = try wholeCaseload(viewer)
        var out: [(String, PersonID, Route, RouteStep)] = []
        for row in rows {
            guard let route = row.route, route.status == .agreed || route.status == .inProgress else { continue }
            let steps = try self.steps(viewer, routeID: route.id)
            guard !steps.contains(where: { $0.kind == .practiceTransfer && $0.status != .skipped }) else { continue }
            for s in steps where s.kind == .course && (s.status == .done || s.status == .confirmed) {
                out.append((row.fullName, row.id, route, s))
                if out.count >= limit { return out }
            }
        }
        return out
    }

    /// Adds a transfer-into-practice step after a done course step (route in
    /// progress or agreed): a month after the course, inside the period.
    @discardableResult
    public func addPracticeTransfer(_ viewer: Viewer, after course: RouteStep, route: Route) throws -> StepID {
        try db.write {
            guard let fresh = try self.route(viewer, id: route.id) else { throw StoreError.notFound(entity: "route", id: route.id) }
            _ = try tutoredRoute(viewer, routeID: route.id)
            let start = min(max(today(), course.plannedEnd), fresh.periodEnd)
            let end = min(start.adding(months: 1), fresh.periodEnd)
            let step = RouteStep(id: 0, routeID: route.id, kind: .practiceTransfer, title: "Перенос в практику: \(course.title)",
                                 deficitIDs: course.deficitIDs, plannedStart: start, plannedEnd: end, hours: 0)
            var position = try db.scalarInt("SELECT coalesce(max(position), 0) FROM steps WHERE route_id = ?", [route.id])
            position += 1
            try db.execute("""
                INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status) VALUES (?, ?, ?, ?, ?, ?, 0, 'planned')
                """, StoredValues.cleaned([route.id, position, step.kind.rawValue, step.title, start, end]))
            let id = db.lastInsertRowID
            for d in step.deficitIDs { try db.execute("INSERT INTO step_deficits(step_id, deficit_id) VALUES (?, ?)", [id, d]) }
            try audit(viewer, entity: "step", id: id, action: "add", after: "route=\(route.id); kind=practiceTransfer; after=\(course.id)")
            return id
        }
    }
}
