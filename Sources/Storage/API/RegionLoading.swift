import Domain

/// Loading a region's data as it is — registries, people, requests, routes,
/// catalogs in the state they are in — without rights or audit: what a test
/// fixture or a first load writes, through the same interface on every
/// backend. A session's edits never come this way (they go through the
/// areas' checked, versioned writes). An id of 0 asks for a new one; another
/// id is kept. Versions are not loaded: a loaded row starts at version 1.
public protocol RegionLoading: AnyObject {
    /// The loads in `body` as one: all of them or none (and, on a file, one commit).
    func loadingAtOnce<T>(_ body: () throws -> T) throws -> T
    /// The region's name as its registry holds it (`Session.regionName`).
    func loadRegionName(_ name: String) throws
    @discardableResult func loadMunicipality(_ m: Municipality) throws -> MunicipalityID
    @discardableResult func loadOrganization(_ o: Organization) throws -> OrganizationID
    /// The person's municipality is their organization's.
    @discardableResult func loadPerson(_ p: Person) throws -> PersonID
    /// The request and its creation in its history, at `at` (Unix seconds), by its author.
    /// `urgent`: a young author or a ШНОР school when it was created.
    @discardableResult func loadRequest(_ r: HelpRequest, urgent: Bool, at: Int64) throws -> RequestID

    // Competences, diagnostics, deficits
    @discardableResult func loadCompetence(_ c: Competence) throws -> CompetenceID
    @discardableResult func loadDiagnostic(_ d: Diagnostic) throws -> DiagnosticID
    @discardableResult func loadDeficit(_ d: Deficit) throws -> DeficitID

    // Routes and their steps, tutors' caseloads, mentoring
    @discardableResult func loadRoute(_ r: Route) throws -> RouteID
    /// A step at `position` on its route, with its catalog item, its deficits, evidence and comments.
    @discardableResult func loadStep(_ s: RouteStep, position: Int) throws -> StepID
    func loadTutoring(_ t: TutoringAssignment) throws
    @discardableResult func loadMentoringPair(_ p: MentoringPair) throws -> MentoringID

    // Catalogs (with their competences)
    @discardableResult func loadProgramme(_ p: Programme) throws -> ProgrammeID
    @discardableResult func loadSite(_ s: InternshipSite) throws -> SiteID
    @discardableResult func loadEvent(_ e: Event) throws -> EventID

    // The РМА: roadmap, selection
    @discardableResult func loadRoadmapItem(_ i: RoadmapItem) throws -> RoadmapItemID
    @discardableResult func loadApplication(_ a: RMAApplication) throws -> ApplicationID

    /// An indicator's value of a past month (the dashboard's trend).
    func loadIndicatorSnapshot(_ scope: IndicatorScope, _ kind: Indicator.Kind, _ point: IndicatorPoint) throws
    /// An entry of the audit log as it was written (`entry.id` 0: a new one).
    @discardableResult func loadAuditEntry(_ entry: AuditEntry) throws -> Int64
}
