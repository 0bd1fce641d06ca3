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
        let inCaseload = try inCaseload(viewer, personID: route.personID)
        guard route.tutorID == viewer.personID || inCaseload || viewer.roles.contains(.administrator) else {
            throw StoreError.forbidden(Phrase("менять маршрут человека не из своего списка сопровождения",
                                              "change the route of someone outside your caseload"))
        }
        return route
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

    private func changeRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, action: String,
                             _ rule: (Route) throws -> Result<Route, Refusal>) throws -> Route {
        try db.write {
            var route = try tutoredRoute(viewer, routeID: routeID)
            if route.version != expectedVersion {
                throw try conflict("routes", entity: "route", id: routeID, expectedVersion: expectedVersion)
            }
            // The tutor who agrees becomes the route's tutor when it had none.
            if route.tutorID == nil { route.tutorID = viewer.personID }
            let updated: Route
            switch try rule(route) {
            case .failure(let refusal): throw StoreError.refused(refusal)
            case .success(let r): updated = r
            }
            try updateVersioned("routes", entity: "route", id: routeID, expectedVersion: expectedVersion, set: [
                ("status", updated.status.rawValue), ("cancel_reason", updated.cancelReason), ("tutor_id", updated.tutorID),
            ])
            try audit(viewer, entity: "route", id: routeID, action: action,
                      before: "status=\(route.status.rawValue)",
                      after: "status=\(updated.status.rawValue)" + (updated.cancelReason.map { "; reason=\($0)" } ?? ""))
            var result = updated
            result.version = expectedVersion + 1
            return result
        }
    }

    /// done -> confirmed, with an optional comment.
    @discardableResult
    public func confirmStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep {
        try tutorStepChange(viewer, stepID: stepID, expectedVersion: expectedVersion) { step, route in
            step.confirm(comment: comment, routeStatus: route.status)
        }
    }

    /// done -> in progress, with the tutor's comment (what to redo).
    @discardableResult
    public func returnStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep {
        try tutorStepChange(viewer, stepID: stepID, expectedVersion: expectedVersion) { step, route in
            step.returnToWork(comment: comment, routeStatus: route.status)
        }
    }

    private func tutorStepChange(_ viewer: Viewer, stepID: StepID, expectedVersion: Int,
                                 _ change: @escaping (RouteStep, Route) -> Result<RouteStep, Refusal>) throws -> RouteStep {
        guard viewer.can(.confirmSteps) else { throw StoreError.forbidden(Action.confirmSteps.label) }
        return try db.write {
            guard let current = try step(viewer, id: stepID) else { throw StoreError.notFound(entity: "step", id: stepID) }
            let route = try tutoredRoute(viewer, routeID: current.routeID)
            guard route.personID != viewer.personID else {
                throw StoreError.forbidden(Phrase("подтверждать шаги своего же маршрута", "confirm the steps of your own route"))
            }
            return try updateStep(viewer, stepID: stepID, expectedVersion: expectedVersion, change)
        }
    }
}
