import Domain
@testable import Storage

/// The areas the in-memory backend does not keep: reads answer empty (a
/// screen shows its empty state), writes are refused with a reason.
extension InMemoryBackend: RouteStore, CaseloadStore, RoadmapStore, SelectionStore, CatalogStore, MentoringStore,
                           IndicatorStore, AuditStore, DiagnosticStore {
    static let unkept = StoreError.invalid(Phrase("Этого в памяти нет", "Not kept in memory"))

    // Routes
    func currentRoute(_ viewer: Viewer, personID: PersonID) throws -> Route? { nil }
    func route(_ viewer: Viewer, id: RouteID) throws -> Route? { nil }
    func steps(_ viewer: Viewer, routeID: RouteID) throws -> [RouteStep] { [] }
    func step(_ viewer: Viewer, id: StepID) throws -> RouteStep? { nil }
    func deficits(_ viewer: Viewer, personID: PersonID, openOnly: Bool) throws -> [DeficitSummary] { [] }
    func diagnostics(_ viewer: Viewer, personID: PersonID, limit: Int) throws -> [Diagnostic] { [] }
    func competenceFramework() throws -> CompetenceFramework { CompetenceFramework(competences: []) }
    func teacherProfile(_ viewer: Viewer, personID: PersonID) throws -> TeacherProfile? { nil }
    func hasOwnLearning(_ viewer: Viewer) throws -> Bool { false }
    func stepCatalogItem(_ viewer: Viewer, stepID: StepID) throws -> StepCatalogItem? { nil }
    func startMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws -> RouteStep { throw Self.unkept }
    func markMyStepDone(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, evidence: Evidence) throws -> RouteStep { throw Self.unkept }
    func askToSkipMyStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, reason: String) throws -> RouteStep { throw Self.unkept }
    func undoStepMove(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, restoring before: RouteStep,
                      by hand: StepHand) throws -> RouteStep { throw Self.unkept }

    // Diagnostics
    func recordDiagnostic(_ viewer: Viewer, _ diagnostic: Diagnostic) throws -> DiagnosticOutcome { throw Self.unkept }
    func withdrawDiagnostic(_ viewer: Viewer, id: DiagnosticID) throws -> DiagnosticOutcome { throw Self.unkept }

    // Caseloads
    func caseloadPage(_ viewer: Viewer, _ query: CaseloadQuery, after: PersonKey?, before: PersonKey?, lastPage: Bool,
                      limit: Int) throws -> [CaseloadRow] { [] }
    func wholeCaseload(_ viewer: Viewer, _ query: CaseloadQuery, limit: Int) throws -> [CaseloadRow] { [] }
    func inCaseload(_ viewer: Viewer, personID: PersonID) throws -> Bool { false }
    func proposalInput(_ viewer: Viewer, personID: PersonID, perCompetence: Int) throws -> ProposalInput? { nil }
    func draftRouteFromProposals(_ viewer: Viewer, personID: PersonID, existingRoute: Route?, _ proposals: [RouteProposal]) throws -> RouteID {
        throw Self.unkept
    }
    func addSteps(_ viewer: Viewer, routeID: RouteID, expectedRouteVersion: Int, _ steps: [RouteStep]) throws -> [StepID] { throw Self.unkept }
    func editStepPlan(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, title: String, start: Day, end: Day,
                      hours: Int) throws -> RouteStep { throw Self.unkept }
    func removeStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int) throws { throw Self.unkept }
    func agreeRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int) throws -> Route { throw Self.unkept }
    func cancelRoute(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, reason: String) throws -> Route { throw Self.unkept }
    func confirmStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep { throw Self.unkept }
    func returnStep(_ viewer: Viewer, stepID: StepID, expectedVersion: Int, comment: String) throws -> RouteStep { throw Self.unkept }
    func postCourseSteps(_ viewer: Viewer, limit: Int) throws -> [(person: String, personID: PersonID, route: Route, step: RouteStep)] { [] }
    func addPracticeTransfer(_ viewer: Viewer, after course: RouteStep, route: Route) throws -> StepID { throw Self.unkept }
    func logConsultation(_ viewer: Viewer, personID: PersonID, date: Day, form: ConsultationForm, topic: String, result: String,
                         nextStep: String) throws -> ConsultationID { throw Self.unkept }
    func timeline(_ viewer: Viewer, personID: PersonID, limit: Int) throws -> [TimelineEntry] { [] }
    func tutorCandidates(_ viewer: Viewer, personID: PersonID, others: Int) throws -> [TutorCandidate] { [] }
    func caseloadTutor(_ viewer: Viewer, personID: PersonID) throws -> (id: PersonID, name: String)? { nil }
    func assignCaseloadTutor(_ viewer: Viewer, personID: PersonID, expectedTutorID: PersonID?, tutorID: PersonID?) throws -> Bool {
        throw Self.unkept
    }
    func assignTutor(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, tutorID: PersonID?) throws -> Route { throw Self.unkept }
    func assignTutor(_ viewer: Viewer, _ targets: [(routeID: RouteID, version: Int)], tutorID: PersonID?) throws -> TutorAssignmentOutcome {
        throw Self.unkept
    }

    // Roadmap and selection
    func roadmapItems(_ viewer: Viewer, direction: Int?, includeGeneral: Bool) throws -> [RoadmapItem] { [] }
    func roadmapItem(_ viewer: Viewer, id: RoadmapItemID) throws -> RoadmapItem? { nil }
    func moveRoadmapItem(_ viewer: Viewer, id: RoadmapItemID, expectedVersion: Int, to target: RoadmapStatus) throws -> RoadmapItem {
        throw Self.unkept
    }
    func saveRoadmapItem(_ viewer: Viewer, _ item: RoadmapItem) throws -> RoadmapItem { throw Self.unkept }
    func roadmapHistory(_ viewer: Viewer, id: RoadmapItemID) throws -> [AuditEntry] { [] }
    func roadmapLinks(_ viewer: Viewer, _ item: RoadmapItem, limit: Int) throws -> RoadmapLinks { RoadmapLinks() }
    func directionOverviews(_ viewer: Viewer) throws -> [DirectionOverview] { [] }
    func methodistResults(_ viewer: Viewer, direction: Int?) throws -> [MethodistResults] { [] }
    func selectionPage(_ viewer: Viewer, after afterID: ApplicationID?, limit: Int) throws -> [SelectionRow] { [] }
    func selectionPage(_ viewer: Viewer, before beforeID: ApplicationID, limit: Int) throws -> [SelectionRow] { [] }
    func selectionRow(_ viewer: Viewer, id: ApplicationID) throws -> SelectionRow? { nil }
    func selectionOverview(_ viewer: Viewer) throws -> SelectionOverview { throw Self.unkept }
    func decideApplication(_ viewer: Viewer, id: ApplicationID, expectedVersion: Int, _ decision: SelectionDecision) throws -> RMAApplication {
        throw Self.unkept
    }

    // Catalogs
    func programmePage(_ viewer: Viewer, _ q: ProgrammeQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [ProgrammeRow] { [] }
    func programmeRow(_ viewer: Viewer, id: ProgrammeID) throws -> ProgrammeRow? { nil }
    func saveProgramme(_ viewer: Viewer, _ programme: Programme) throws -> Programme { throw Self.unkept }
    func practicePage(_ viewer: Viewer, _ q: PracticeQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [PracticeRow] { [] }
    func practiceRow(_ viewer: Viewer, id: PracticeID) throws -> PracticeRow? { nil }
    func savePractice(_ viewer: Viewer, _ practice: BestPractice) throws -> BestPractice { throw Self.unkept }
    func reviewPractice(_ viewer: Viewer, id: PracticeID, expectedVersion: Int, to target: PracticeStatus) throws -> BestPractice {
        throw Self.unkept
    }
    func eventPage(_ viewer: Viewer, _ q: EventQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [EventRow] { [] }
    func eventRow(_ viewer: Viewer, id: EventID) throws -> EventRow? { nil }
    func saveEvent(_ viewer: Viewer, _ event: Event) throws -> Event { throw Self.unkept }
    func sitePage(_ viewer: Viewer, _ q: SiteQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [SiteRow] { [] }
    func siteRow(_ viewer: Viewer, id: SiteID) throws -> SiteRow? { nil }
    func saveSite(_ viewer: Viewer, _ site: InternshipSite) throws -> InternshipSite { throw Self.unkept }
    func setCatalogRetired(_ viewer: Viewer, _ kind: CatalogKind, id: Int64, expectedVersion: Int, retired: Bool) throws { throw Self.unkept }
    func catalogHistory(_ viewer: Viewer, _ kind: CatalogKind, id: Int64) throws -> [AuditEntry] { [] }
    func catalogCompetences() throws -> [Competence] { [] }
    func catalogMunicipalities() throws -> [Municipality] { municipalities }
    func catalogOrganizations(matching text: String, limit: Int) throws -> [(id: OrganizationID, name: String, municipality: String)] { [] }

    // Mentoring, indicators, audit
    func mentoringPage(_ viewer: Viewer, _ query: MentoringQuery, after: MentoringID?, before: MentoringID?,
                       limit: Int) throws -> [MentoringPairRow] { [] }
    func mentoringPair(_ viewer: Viewer, id: MentoringID) throws -> MentoringPair? { nil }
    func createPair(_ viewer: Viewer, menteeID: PersonID, mentorID: PersonID, form: MentoringForm, start: Day?,
                    goals: String) throws -> MentoringID { throw Self.unkept }
    func endPair(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, on day: Day?) throws { throw Self.unkept }
    func undoPairEnd(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, restoring before: MentoringPair) throws { throw Self.unkept }
    func youngWithoutMentorPage(_ viewer: Viewer, namePrefix: String?, after: PersonKey?, before: PersonKey?, limit: Int) throws -> [PersonSummary] { [] }
    func youngWithoutMentorLastPage(_ viewer: Viewer, namePrefix: String?, limit: Int) throws -> [PersonSummary] { [] }
    func indicatorDashboard(_ viewer: Viewer, municipality narrowed: MunicipalityID?) throws -> IndicatorDashboard { throw Self.unkept }
    func indicatorOrganizations(_ viewer: Viewer, municipality: MunicipalityID) throws -> [IndicatorUnit] { [] }
    func indicatorCounts(_ viewer: Viewer, scope: IndicatorScope) throws -> IndicatorCounts? { nil }
    func indicatorHistory(_ viewer: Viewer, scope: IndicatorScope) throws -> [Indicator.Kind: [IndicatorPoint]] { [:] }
    func recordIndicatorSnapshot(_ viewer: Viewer, _ dashboard: IndicatorDashboard) throws {}
    func indicatorWorkPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope, after: IndicatorWorkKey?,
                           before: IndicatorWorkKey?, limit: Int) throws -> [IndicatorWorkItem] { [] }
    func indicatorWorkLastPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope, limit: Int) throws -> [IndicatorWorkItem] { [] }
    func auditLog(_ viewer: Viewer, _ query: AuditQuery, after: AuditKey?, backwards: Bool, limit: Int) throws -> [AuditRow] { [] }
    func auditAll(_ viewer: Viewer, _ query: AuditQuery, pageSize: Int, _ body: ([AuditRow]) throws -> Void) throws {}
    func auditEntities(_ viewer: Viewer) throws -> [String] { [] }
    func auditTrail(entity: String, id: Int64, limit: Int) throws -> [AuditEntry] { [] }
    func changeHistory(_ viewer: Viewer, entity: String, id: Int64) throws -> [HistoryEntry] { [] }
}
