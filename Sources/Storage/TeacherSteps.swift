import Domain

/// The teacher's own moves on the steps of their route: start, done with
/// evidence, skip with a reason. Each goes through the domain rule
/// (`RouteStep.start` / `markDone` / `askSkip`) inside `updateStep`
/// (version-checked, audited) and, in the same transaction, starts an
/// agreed route when its first step starts (`Route.start`, also audited).
/// Only the viewer's own steps: a tutor changes steps through their own view.
extension SQLiteStore {
    @discardableResult
    public func startMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws -> RouteStep {
        try changeMyStep(viewer, stepID: stepID, expectedVersion: expectedVersion) { step, route in
            step.start(routeStatus: route.status)
        }
    }

    @discardableResult
    public func markMyStepDone(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, evidence: Evidence) throws -> RouteStep {
        try changeMyStep(viewer, stepID: stepID, expectedVersion: expectedVersion) { step, route in
            step.markDone(evidence: evidence, routeStatus: route.status)
        }
    }

    @discardableResult
    public func askToSkipMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, reason: String) throws -> RouteStep {
        try changeMyStep(viewer, stepID: stepID, expectedVersion: expectedVersion) { step, route in
            step.askSkip(reason: reason, routeStatus: route.status)
        }
    }

    private func changeMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int,
                              _ change: @escaping (RouteStep, Route) -> Result<RouteStep, Refusal>) throws -> RouteStep {
        guard viewer.can(.editOwnSteps) else { throw StoreError.forbidden(Action.editOwnSteps.label) }
        return try db.write {
            guard let current = try step(viewer, id: stepID), let route = try route(viewer, id: current.routeID) else {
                throw StoreError.notFound(entity: "step", id: stepID)
            }
            guard route.personID == viewer.personID else {
                throw StoreError.forbidden(Phrase("менять шаги чужого маршрута", "change the steps of someone else's route"))
            }
            let updated = try updateStep(viewer, stepID: stepID, expectedVersion: expectedVersion, change)
            if route.status == .agreed, updated.status == .inProgress || updated.status == .done {
                try startRoute(viewer, route)
            }
            return updated
        }
    }

    /// agreed -> in progress, when work on the first step begins.
    private func startRoute(_ viewer: Viewer, _ route: Route) throws {
        switch route.start() {
        case .failure(let refusal): throw StoreError.refused(refusal)
        case .success(let started):
            try updateVersioned("routes", entity: "route", id: route.id, expectedVersion: route.version,
                                set: [("status", started.status.rawValue)])
            try audit(viewer, entity: "route", id: route.id, action: "update",
                      before: "status=\(route.status.rawValue)", after: "status=\(started.status.rawValue)")
        }
    }
}

/// Where a page of the viewer's own requests starts: newest first.
public struct OwnRequestKey: Hashable, Sendable {
    public var createdOn: String
    public var id: RequestID
    public init(createdOn: String, id: RequestID) { self.createdOn = createdOn; self.id = id }
}

extension RequestSummary {
    /// The keyset anchor of the "my requests" list (created_on DESC, id DESC).
    public var ownKey: OwnRequestKey { OwnRequestKey(createdOn: request.createdOn.iso, id: request.id) }
}

extension SQLiteStore {
    /// A page of the requests the viewer wrote, newest first: after (older
    /// than) or before (newer than) an anchor. Keyset on the author index:
    /// reads `limit` rows however many requests there are.
    /// `lastPage`: the oldest `limit` requests (End), still newest first.
    public func ownRequestsPage(_ viewer: Viewer, after: OwnRequestKey? = nil, before: OwnRequestKey? = nil,
                                lastPage: Bool = false, limit: Int) throws -> [RequestSummary] {
        let vis = Visibility.requests(viewer)
        var conditions = ["q.author_id = ?", vis.sql]
        var params: [SQLBindable] = [viewer.personID] + vis.params
        if let a = after {
            conditions.append("(q.created_on < ? OR (q.created_on = ? AND q.id < ?))")
            params += [a.createdOn, a.createdOn, a.id]
        }
        if let b = before {
            conditions.append("(q.created_on > ? OR (q.created_on = ? AND q.id > ?))")
            params += [b.createdOn, b.createdOn, b.id]
        }
        // Backwards (towards newer, or the oldest page) reads in the opposite order and flips.
        let backwards = before != nil || (after == nil && lastPage)
        let order = backwards ? "q.created_on, q.id" : "q.created_on DESC, q.id DESC"
        let rows = try db.query("""
            SELECT \(SQLiteStore.requestColumns) FROM requests q \(SQLiteStore.requestJoins)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """, params + [max(0, limit)], SQLiteStore.requestSummary)
        return backwards ? rows.reversed() : rows
    }

    /// How many requests the viewer wrote (one person's: a small count on the author index).
    public func ownRequestCount(_ viewer: Viewer) throws -> Int {
        try db.scalarInt("SELECT count(*) FROM requests WHERE author_id = ?", [viewer.personID])
    }
}
