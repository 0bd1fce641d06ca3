import Domain

/// The tutor's changes to the plan of a route: add, edit and remove steps,
/// and a new draft route from accepted proposals. Only while the route is a
/// draft or agreed; each change bumps the route's version (checked against
/// `expectedRouteVersion`) and is audited.
extension SQLiteStore {
    /// Adds steps at the end of the route; answers their ids.
    @discardableResult
    public func addSteps(_ viewer: Viewer, routeID: RouteID, expectedRouteVersion: Int, _ steps: [RouteStep]) throws -> [StepID] {
        try db.write {
            let route = try plannableRoute(viewer, routeID: routeID, expectedVersion: expectedRouteVersion)
            var position = try db.scalarInt("SELECT coalesce(max(position), 0) FROM steps WHERE route_id = ?", [routeID])
            var ids: [StepID] = []
            for step in steps {
                if let refusal = step.planRefusal(in: route, programmeHours: try programmeHours(of: step)) { throw StoreError.refused(refusal) }
                position += 1
                var programme: ProgrammeID?, site: SiteID?, practice: PracticeID?, event: EventID?
                switch step.catalog {
                case .programme(let id): programme = id
                case .site(let id): site = id
                case .practice(let id): practice = id
                case .event(let id): event = id
                case nil: break
                }
                try db.execute("""
                    INSERT INTO steps(route_id, position, kind, title, programme_id, site_id, practice_id, event_id,
                                      planned_start, planned_end, hours, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned')
                    """, StoredValues.cleaned([routeID, position, step.kind.rawValue, step.title.trimmed(" \t"), programme, site,
                                               practice, event, step.plannedStart, step.plannedEnd, step.hours]))
                let id = db.lastInsertRowID
                for d in Set(step.deficitIDs) {
                    try db.execute("INSERT INTO step_deficits(step_id, deficit_id) SELECT ?, id FROM deficits WHERE id = ? AND person_id = ?",
                                   [id, d, route.personID])
                }
                try audit(viewer, entity: "step", id: id, action: "add",
                          after: "route=\(routeID); kind=\(step.kind.rawValue); title=\(step.title)")
                ids.append(id)
            }
            try bumpRoute(viewer, route, note: "steps+\(steps.count)")
            return ids
        }
    }

    /// Changes a planned step's title, dates and hours, through the one
    /// versioned write; the route's plan moves on with it.
    @discardableResult
    public func editStepPlan(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, title: String, start: Day, end: Day,
                             hours: Int) throws -> RouteStep {
        guard viewer.can(.editRoutes) else { throw StoreError.forbidden(Action.editRoutes.label) }
        var route: Route?
        return try writeVersioned(viewer, stepKind, id: stepID, expectedVersion: expectedVersion, action: "edit", allowed: { step in
            route = try plannableRoute(viewer, routeID: step.routeID, expectedVersion: nil)
        }, { current in
            var updated = current
            updated.title = title.trimmed(" \t"); updated.plannedStart = start; updated.plannedEnd = end; updated.hours = hours
            if let refusal = updated.planRefusal(in: route!, programmeHours: try programmeHours(of: updated)) { return .failure(refusal) }
            return .success(Update(from: current, to: updated))
        }, alsoWrite: { _ in try bumpRoute(viewer, route!, note: "edit step \(stepID)") }).value
    }

    /// Removes a step that has not started.
    public func removeStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws {
        try db.write {
            guard let current = try step(viewer, id: stepID) else { throw StoreError.notFound(entity: "step", id: stepID) }
            let route = try plannableRoute(viewer, routeID: current.routeID, expectedVersion: nil)
            if current.version != expectedVersion {
                throw try conflict("steps", entity: "step", id: stepID, expectedVersion: expectedVersion)
            }
            guard current.status == .planned else {
                throw StoreError.refused(Refusal("Удалить можно только запланированный шаг, а этот «\(current.status.label.ru)»",
                                                 "Only a planned step can be removed; this one is “\(current.status.label.en)”"))
            }
            try db.execute("DELETE FROM step_deficits WHERE step_id = ?", [stepID])
            try db.execute("DELETE FROM steps WHERE id = ? AND version = ?", [stepID, expectedVersion])
            try audit(viewer, entity: "step", id: stepID, action: "remove", before: "route=\(route.id); title=\(current.title)")
            try bumpRoute(viewer, route, note: "remove step \(stepID)")
        }
    }

    /// The person's draft route with these steps added: the existing draft
    /// (version-checked) or a new draft for the academic year of today.
    @discardableResult
    public func draftRouteFromProposals(_ viewer: Viewer, personID: PersonID, existingRoute: Route?,
                                        _ proposals: [RouteProposal]) throws -> RouteID {
        try db.write {
            guard viewer.can(.editRoutes) else { throw StoreError.forbidden(Action.editRoutes.label) }
            guard try inCaseload(viewer, personID: personID) || viewer.roles.contains(.administrator) else {
                throw StoreError.forbidden(Phrase("составлять маршрут человека не из своего списка сопровождения",
                                                  "build the route of someone outside your caseload"))
            }
            guard !proposals.isEmpty else {
                throw StoreError.refused(Refusal("Не принято ни одного предложения", "No proposal is accepted"))
            }
            if let route = existingRoute, route.status == .draft || route.status == .agreed {
                try addSteps(viewer, routeID: route.id, expectedRouteVersion: route.version, proposals.map { $0.step(routeID: route.id) })
                return route.id
            }
            let period = SQLiteStore.proposalPeriod(today: today())
            try db.execute("INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, ?, ?, ?, 'draft')",
                           [personID, viewer.personID, period.lowerBound, period.upperBound])
            let routeID = db.lastInsertRowID
            try audit(viewer, entity: "route", id: routeID, action: "create",
                      after: "person=\(personID); status=draft; \(period.lowerBound.iso)–\(period.upperBound.iso)")
            try addSteps(viewer, routeID: routeID, expectedRouteVersion: 1, proposals.map { $0.step(routeID: routeID) })
            return routeID
        }
    }

    /// The period of a new route: the academic year of `today`.
    public static func proposalPeriod(today: Day) -> ClosedRange<Day> { today.academicYear }

    private func plannableRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int?) throws -> Route {
        let route = try tutoredRoute(viewer, routeID: routeID)
        if let expectedVersion, route.version != expectedVersion {
            throw try conflict("routes", entity: "route", id: routeID, expectedVersion: expectedVersion)
        }
        if case .failure(let refusal) = route.replanned("") { throw StoreError.refused(refusal) }
        return route
    }

    /// The hours of the programme a step uses (nil: none, or it is gone).
    private func programmeHours(of step: RouteStep) throws -> Int? {
        guard case .programme(let id) = step.catalog else { return nil }
        return try db.first("SELECT hours FROM programmes WHERE id = ?", [id]) { $0.int(0) }
    }

    /// The plan changed: the route's version moves on (`Route.replanned`).
    private func bumpRoute(_ viewer: Viewer, _ route: Route, note: String) throws {
        try writeVersioned(viewer, routeKind, id: route.id, expectedVersion: route.version, action: "plan") { $0.replanned(note) }
    }
}
