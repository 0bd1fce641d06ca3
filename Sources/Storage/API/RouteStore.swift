import Domain

/// A teacher's route (ИОМ), its steps, deficits and diagnostics, and the
/// teacher's own moves on their steps.
public protocol RouteStore: AnyObject {
    func currentRoute(_ viewer: Viewer, personID: PersonID) throws -> Route?
    func route(_ viewer: Viewer, id: RouteID) throws -> Route?
    func steps(_ viewer: Viewer, routeID: RouteID) throws -> [RouteStep]
    func step(_ viewer: Viewer, id: StepID) throws -> RouteStep?
    func deficits(_ viewer: Viewer, personID: PersonID, openOnly: Bool) throws -> [DeficitSummary]
    func diagnostics(_ viewer: Viewer, personID: PersonID, limit: Int) throws -> [Diagnostic]
    func competenceFramework() throws -> CompetenceFramework
    func teacherProfile(_ viewer: Viewer, personID: PersonID) throws -> TeacherProfile?
    /// The viewer has a route or deficits of their own (the teacher's view opens on it).
    func hasOwnLearning(_ viewer: Viewer) throws -> Bool
    func stepCatalogItem(_ viewer: Viewer, stepID: StepID) throws -> StepCatalogItem?
    func startMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws -> RouteStep
    func markMyStepDone(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, evidence: Evidence) throws -> RouteStep
    func askToSkipMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, reason: String) throws -> RouteStep
    /// Takes back the last move `hand` made on the step (`RouteStep.undoing`): `before` is the step
    /// as it was, `expectedVersion` the version the move left.
    func undoStepMove(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, restoring before: RouteStep,
                      by hand: StepHand) throws -> RouteStep
}

extension RouteStore {
    public func deficits(_ viewer: Viewer, personID: PersonID) throws -> [DeficitSummary] {
        try deficits(viewer, personID: personID, openOnly: true)
    }
    public func diagnostics(_ viewer: Viewer, personID: PersonID) throws -> [Diagnostic] {
        try diagnostics(viewer, personID: personID, limit: 50)
    }
}
