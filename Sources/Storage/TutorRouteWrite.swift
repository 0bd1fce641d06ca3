import Domain

/// The tutor's writes on a route of their caseload: agree, cancel, confirm
/// or return a step, add, edit and remove steps. Each one checks the
/// viewer's right (a tutor of this person), applies the domain rule, checks
/// the version (a stale one is a conflict naming who changed it) and writes
/// an audit row, in one `BEGIN IMMEDIATE` transaction.
///
/// Steps are added, edited and removed while the route is a draft or agreed
/// (not yet started); every change of the step list bumps the route's
/// version, so two tutors editing one plan never overwrite each other.
extension SQLiteStore {
    /// The route, if the viewer tutors its person; otherwise forbidden / not found.
    func tutoredRoute(_ viewer: Viewer, routeID: RouteID) throws -> Route {
        guard viewer.can(.editRoutes) else { throw StoreError.forbidden(Action.editRoutes.label) }
        guard let route = try route(viewer, id: routeID) else { throw StoreError.notFound(entity: "route", id: routeID) }
        try mayTutor(viewer, route)
        return route
    }

    /// Forbidden unless the viewer may edit routes and is the route's tutor,
    /// tutors its person, or administers.
    func mayTutor(_ viewer: Viewer, _ route: Route) throws {
        guard viewer.can(.editRoutes) else { throw StoreError.forbidden(Action.editRoutes.label) }
        let inCaseload = try inCaseload(viewer, personID: route.personID)
        guard route.tutorID == viewer.personID || inCaseload || viewer.roles.contains(.administrator) else {
            throw StoreError.forbidden(Phrase("менять маршрут человека не из своего списка сопровождения",
                                              "change the route of someone outside your caseload"))
        }
    }

    @discardableResult
    public func agreeRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int) throws -> Route {
        try changeRoute(viewer, routeID: routeID, expectedVersion: expectedVersion, action: "agree") { route in
            route.agree(steps: try db.query("SELECT \(SQLiteStore.stepColumns) FROM steps s WHERE s.route_id = ?", [route.id], SQLiteStore.step))
        }
    }

    @discardableResult
    public func cancelRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, reason: String) throws -> Route {
        try changeRoute(viewer, routeID: routeID, expectedVersion: expectedVersion, action: "cancel") { $0.cancel(reason: reason) }
    }

    /// A tutor's move of the route through the one versioned write. The
    /// tutor who moves a route that has none becomes its tutor.
    private func changeRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, action: String,
                             _ rule: (Route) throws -> Result<Route, Refusal>) throws -> Route {
        guard viewer.can(.editRoutes) else { throw StoreError.forbidden(Action.editRoutes.label) }
        return try writeVersioned(viewer, routeKind, id: routeID, expectedVersion: expectedVersion, action: action,
                                  allowed: { try mayTutor(viewer, $0) }) { current in
            var route = current
            if route.tutorID == nil { route.tutorID = viewer.personID }
            return try rule(route).update(from: current)
        }.value
    }

    /// done -> confirmed, with an optional comment.
    @discardableResult
    public func confirmStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep {
        try changeStep(viewer, stepID: stepID, expectedVersion: expectedVersion, as: .tutor) { step, route in
            step.confirm(comment: comment, routeStatus: route.status)
        }
    }

    /// done -> in progress, with the tutor's comment (what to redo).
    @discardableResult
    public func returnStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep {
        try changeStep(viewer, stepID: stepID, expectedVersion: expectedVersion, as: .tutor) { step, route in
            step.returnToWork(comment: comment, routeStatus: route.status)
        }
    }
}
