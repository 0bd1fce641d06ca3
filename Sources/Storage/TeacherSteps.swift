import Domain

/// The teacher's own moves on the steps of their route: start, done with
/// evidence, skip with a reason. Each is the domain rule
/// (`RouteStep.start` / `markDone` / `askSkip`) through `changeStep`, which
/// also starts an agreed route when its first step starts.
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
                              _ change: (RouteStep, Route) -> Result<RouteStep, Refusal>) throws -> RouteStep {
        try changeStep(viewer, stepID: stepID, expectedVersion: expectedVersion, as: .owner, change)
    }
}

/// `u` on a step: the last move of the viewer's hand taken back, through the
/// same versioned write (history and audit record the undo as a change of its own).
extension SQLiteStore {
    @discardableResult
    public func undoStepMove(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, restoring before: RouteStep,
                             by hand: StepHand) throws -> RouteStep {
        try changeStep(viewer, stepID: stepID, expectedVersion: expectedVersion, as: hand == .owner ? .owner : .tutor,
                       action: "undo") { step, route in
            step.undoing(to: before, by: hand, routeStatus: route.status)
        }
    }
}
