import Domain

/// A tutor's caseload: the teachers, their routes drafted from proposals,
/// the plan of steps, confirmations and consultations.
public protocol CaseloadStore: AnyObject {
    func caseloadPage(_ viewer: Viewer, _ query: CaseloadQuery, after: PersonKey?, before: PersonKey?,
                      lastPage: Bool, limit: Int) throws -> [CaseloadRow]
    func wholeCaseload(_ viewer: Viewer, _ query: CaseloadQuery, limit: Int) throws -> [CaseloadRow]
    func inCaseload(_ viewer: Viewer, personID: PersonID) throws -> Bool
    func proposalInput(_ viewer: Viewer, personID: PersonID, perCompetence: Int) throws -> ProposalInput?
    func draftRouteFromProposals(_ viewer: Viewer, personID: PersonID, existingRoute: Route?, _ proposals: [RouteProposal]) throws -> RouteID
    func addSteps(_ viewer: Viewer, routeID: RouteID, expectedRouteVersion: Int, _ steps: [RouteStep]) throws -> [StepID]
    func editStepPlan(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, title: String, start: Day, end: Day, hours: Int) throws -> RouteStep
    func removeStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws
    func agreeRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int) throws -> Route
    func cancelRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, reason: String) throws -> Route
    func confirmStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep
    func returnStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep
    func postCourseSteps(_ viewer: Viewer, limit: Int) throws -> [(person: String, personID: PersonID, route: Route, step: RouteStep)]
    func addPracticeTransfer(_ viewer: Viewer, after course: RouteStep, route: Route) throws -> StepID
    func logConsultation(_ viewer: Viewer, personID: PersonID, date: Day, form: ConsultationForm, topic: String,
                         result: String, nextStep: String) throws -> ConsultationID
    func timeline(_ viewer: Viewer, personID: PersonID, limit: Int) throws -> [TimelineEntry]
    /// Who may tutor the person's route, ranked, each with their caseload (methodists, coordinators).
    func tutorCandidates(_ viewer: Viewer, personID: PersonID, others: Int) throws -> [TutorCandidate]
    /// Sets, changes or (nil) removes the tutor of a route.
    @discardableResult
    func assignTutor(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, tutorID: PersonID?) throws -> Route
    /// The same for several routes at once (marked rows).
    func assignTutor(_ viewer: Viewer, _ targets: [(routeID: RouteID, version: Int)], tutorID: PersonID?) throws -> TutorAssignmentOutcome
    /// The tutor of a person without a route (their caseload assignment), who will build the route.
    func caseloadTutor(_ viewer: Viewer, personID: PersonID) throws -> (id: PersonID, name: String)?
    /// Sets, changes or removes it, against the tutor the caller saw; true when something changed.
    @discardableResult
    func assignCaseloadTutor(_ viewer: Viewer, personID: PersonID, expectedTutorID: PersonID?, tutorID: PersonID?) throws -> Bool
}

extension CaseloadStore {
    @discardableResult
    public func logConsultation(_ viewer: Viewer, personID: PersonID, date: Day, form: ConsultationForm, topic: String) throws -> ConsultationID {
        try logConsultation(viewer, personID: personID, date: date, form: form, topic: topic, result: "", nextStep: "")
    }
    public func caseloadPage(_ viewer: Viewer, _ query: CaseloadQuery = CaseloadQuery(), after: PersonKey? = nil,
                             before: PersonKey? = nil, lastPage: Bool = false, limit: Int) throws -> [CaseloadRow] {
        try caseloadPage(viewer, query, after: after, before: before, lastPage: lastPage, limit: limit)
    }
    public func wholeCaseload(_ viewer: Viewer, _ query: CaseloadQuery = CaseloadQuery()) throws -> [CaseloadRow] {
        try wholeCaseload(viewer, query, limit: 2000)
    }
    public func proposalInput(_ viewer: Viewer, personID: PersonID) throws -> ProposalInput? {
        try proposalInput(viewer, personID: personID, perCompetence: 8)
    }
    public func postCourseSteps(_ viewer: Viewer) throws -> [(person: String, personID: PersonID, route: Route, step: RouteStep)] {
        try postCourseSteps(viewer, limit: 200)
    }
    public func tutorCandidates(_ viewer: Viewer, personID: PersonID) throws -> [TutorCandidate] {
        try tutorCandidates(viewer, personID: personID, others: 300)
    }
    public func timeline(_ viewer: Viewer, personID: PersonID) throws -> [TimelineEntry] {
        try timeline(viewer, personID: personID, limit: 50)
    }
}
