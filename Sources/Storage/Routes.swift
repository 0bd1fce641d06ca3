import Domain

/// A deficit with the names lists show.
public struct DeficitSummary: Hashable, Sendable, Identifiable {
    public var deficit: Deficit
    public var competenceName: String
    public var competenceCode: String
    public var area: CompetenceArea
    public var direction: Int
    public var diagnosticDate: Day?
    public var diagnosticSource: DiagnosticSource?
    public var id: DeficitID { deficit.id }
}

extension SQLiteStore {
    static let routeColumns = "r.id, r.person_id, r.tutor_id, r.period_start, r.period_end, r.status, r.cancel_reason, r.version"

    static func route(_ r: Row) -> Route {
        Route(id: r.int64(0), personID: r.int64(1), tutorID: r.optInt64(2), periodStart: r.day(3) ?? Day(ordinal: 0),
              periodEnd: r.day(4) ?? Day(ordinal: 0), status: RouteStatus(rawValue: r.string(5)) ?? .draft,
              cancelReason: r.optString(6), version: r.int(7))
    }

    /// The person's latest route the viewer may see, or nil.
    public func currentRoute(_ viewer: Viewer, personID: PersonID) throws -> Route? {
        let vis = Visibility.routes(viewer)
        return try db.first("""
            SELECT \(SQLiteStore.routeColumns) FROM routes r WHERE r.person_id = ? AND \(vis.sql)
            ORDER BY r.period_start DESC, r.id DESC LIMIT 1
            """, [personID] + vis.params, SQLiteStore.route)
    }

    public func route(_ viewer: Viewer, id: RouteID) throws -> Route? {
        let vis = Visibility.routes(viewer)
        return try db.first("SELECT \(SQLiteStore.routeColumns) FROM routes r WHERE r.id = ? AND \(vis.sql)",
                            [id] + vis.params, SQLiteStore.route)
    }

    static let stepColumns = """
        s.id, s.route_id, s.kind, s.title, s.programme_id, s.site_id, s.practice_id, s.event_id, s.planned_start,
        s.planned_end, s.hours, s.status, s.evidence_certificate, s.evidence_link, s.evidence_note, s.tutor_comment,
        s.skip_reason, s.version,
        (SELECT group_concat(deficit_id) FROM step_deficits d WHERE d.step_id = s.id)
        """

    static func step(_ r: Row) -> RouteStep {
        var catalog: CatalogRef?
        if let p = r.optInt64(4) { catalog = .programme(p) }
        else if let s = r.optInt64(5) { catalog = .site(s) }
        else if let p = r.optInt64(6) { catalog = .practice(p) }
        else if let e = r.optInt64(7) { catalog = .event(e) }
        return RouteStep(id: r.int64(0), routeID: r.int64(1), kind: StepKind(rawValue: r.string(2)) ?? .selfEducation,
                         title: r.string(3), catalog: catalog,
                         deficitIDs: Codecs.ints(r.string(18)).map(Int64.init),
                         plannedStart: r.day(8) ?? Day(ordinal: 0), plannedEnd: r.day(9) ?? Day(ordinal: 0),
                         hours: r.int(10), status: StepStatus(rawValue: r.string(11)) ?? .planned,
                         evidence: Evidence(certificate: r.string(12), link: r.string(13), note: r.string(14)),
                         tutorComment: r.string(15), skipReason: r.string(16), version: r.int(17))
    }

    /// The steps of a route, in plan order (a route has a handful: read whole).
    public func steps(_ viewer: Viewer, routeID: RouteID) throws -> [RouteStep] {
        guard try route(viewer, id: routeID) != nil else { return [] }
        return try db.query("SELECT \(SQLiteStore.stepColumns) FROM steps s WHERE s.route_id = ? ORDER BY s.position, s.id",
                            [routeID], SQLiteStore.step)
    }

    public func step(_ viewer: Viewer, id: StepID) throws -> RouteStep? {
        guard let s = try db.first("SELECT \(SQLiteStore.stepColumns) FROM steps s WHERE s.id = ?", [id], SQLiteStore.step),
              try route(viewer, id: s.routeID) != nil else { return nil }
        return s
    }

    /// A person's deficits (open ones first, worst first).
    public func deficits(_ viewer: Viewer, personID: PersonID, openOnly: Bool = true) throws -> [DeficitSummary] {
        let vis = Visibility.people(viewer, personID: "d.person_id")
        return try db.query("""
            SELECT d.id, d.person_id, d.competence_id, d.severity, d.status, d.diagnostic_id, d.closed_by, d.score, d.version,
                   c.name, c.code, c.area, c.direction, g.date, g.source
            FROM deficits d JOIN competences c ON c.id = d.competence_id
            LEFT JOIN diagnostics g ON g.id = d.diagnostic_id
            WHERE d.person_id = ? AND \(vis.sql) \(openOnly ? "AND d.status != 'closed'" : "")
            ORDER BY d.status = 'closed', CASE d.severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 ELSE 2 END, d.score, d.id
            """, [personID] + vis.params) { r in
            DeficitSummary(
                deficit: Deficit(id: r.int64(0), personID: r.int64(1), competenceID: r.int64(2),
                                 severity: DeficitSeverity(rawValue: r.string(3)) ?? .mild,
                                 status: DeficitStatus(rawValue: r.string(4)) ?? .identified, diagnosticID: r.int64(5),
                                 closedByDiagnosticID: r.optInt64(6), score: r.int(7), version: r.int(8)),
                competenceName: r.string(9), competenceCode: r.string(10),
                area: CompetenceArea(rawValue: r.string(11)) ?? .methodical, direction: r.int(12),
                diagnosticDate: r.day(13), diagnosticSource: DiagnosticSource(rawValue: r.string(14)))
        }
    }

    /// The step as the versioned write reads and writes it.
    var stepKind: VersionedKind<RouteStep> {
        VersionedKind(table: "steps", entity: "step", read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.step(viewer, id: id) } },
                      columns: { s in
            [("status", s.status.rawValue), ("title", s.title), ("planned_start", s.plannedStart), ("planned_end", s.plannedEnd),
             ("hours", s.hours), ("evidence_certificate", s.evidence.certificate), ("evidence_link", s.evidence.link),
             ("evidence_note", s.evidence.note), ("tutor_comment", s.tutorComment), ("skip_reason", s.skipReason)]
        })
    }

    /// The route as the versioned write reads and writes it.
    var routeKind: VersionedKind<Route> {
        VersionedKind(table: "routes", entity: "route", read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.route(viewer, id: id) } },
                      columns: { r in [("status", r.status.rawValue), ("cancel_reason", r.cancelReason), ("tutor_id", r.tutorID)] })
    }

    /// Who changes a step: the teacher whose route it is, a tutor of theirs, or either.
    enum StepEditor { case owner, tutor, either }

    /// Changes one step by a domain rule through the one versioned write: the
    /// editor's right on the step's route is checked, and when the first
    /// step of an agreed route starts, the route starts with it (`Route.start`),
    /// in the same transaction.
    func changeStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, as editor: StepEditor, action: String = "update",
                    _ rule: (RouteStep, Route) -> Result<RouteStep, Refusal>) throws -> RouteStep {
        // The role's right first: without it, no step is worth reading.
        switch editor {
        case .owner: guard viewer.can(.editOwnSteps) else { throw StoreError.forbidden(Action.editOwnSteps.label) }
        case .tutor: guard viewer.can(.confirmSteps) else { throw StoreError.forbidden(Action.confirmSteps.label) }
        case .either: break
        }
        var route: Route?
        return try writeVersioned(viewer, stepKind, id: stepID, expectedVersion: expectedVersion, action: action, allowed: { step in
            route = try stepRoute(viewer, step, editor)
        }, { step in rule(step, route!).update(from: step) }, alsoWrite: { update in
            guard let route, route.status == .agreed, update.value.status == .inProgress || update.value.status == .done else { return }
            try writeVersioned(viewer, routeKind, id: route.id, expectedVersion: route.version, action: "update") { r in
                r.start().update(from: r)
            }
        }).value
    }

    /// The step's route, when the viewer may change the step as `editor`.
    private func stepRoute(_ viewer: Viewer, _ step: RouteStep, _ editor: StepEditor) throws -> Route {
        guard let route = try route(viewer, id: step.routeID) else { throw StoreError.notFound(entity: "step", id: step.id) }
        switch editor {
        case .owner:
            guard route.personID == viewer.personID else {
                throw StoreError.forbidden(Phrase("менять шаги чужого маршрута", "change the steps of someone else's route"))
            }
        case .tutor:
            try mayTutor(viewer, route)
            guard route.personID != viewer.personID else {
                throw StoreError.forbidden(Phrase("подтверждать шаги своего же маршрута", "confirm the steps of your own route"))
            }
        case .either:
            let own = route.personID == viewer.personID && viewer.can(.editOwnSteps)
            let tutors = try route.tutorID == viewer.personID || isInCaseload(viewer, personID: route.personID)
            guard own || (tutors && viewer.can(.editRoutes)) || viewer.roles.contains(.administrator) else {
                throw StoreError.forbidden(Action.editOwnSteps.label)
            }
        }
        return route
    }

    /// Changes one step as its owner or a tutor (the general entry; the
    /// teacher's and the tutor's views use their narrower moves).
    @discardableResult
    public func updateStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int,
                           _ change: (RouteStep, Route) -> Result<RouteStep, Refusal>) throws -> RouteStep {
        try changeStep(viewer, stepID: stepID, expectedVersion: expectedVersion, as: .either, change)
    }

    func isInCaseload(_ viewer: Viewer, personID: PersonID) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM tutoring WHERE tutor_id = ? AND person_id = ?", [viewer.personID, personID]) > 0
    }
}
