import Domain
@testable import Storage

/// `RegionLoading` for the areas the in-memory backend does not keep
/// (`InMemoryBackend+Unkept`): refused, so a fixture that needs them runs on SQLite.
extension InMemoryBackend {
    func loadingAtOnce<T>(_ body: () throws -> T) throws -> T { try body() }
    func loadRegionName(_ name: String) throws { regionName = name }
    func loadCompetence(_ c: Competence) throws -> CompetenceID { throw Self.unkept }
    func loadDiagnostic(_ d: Diagnostic) throws -> DiagnosticID { throw Self.unkept }
    func loadDeficit(_ d: Deficit) throws -> DeficitID { throw Self.unkept }
    func loadRoute(_ r: Route) throws -> RouteID { throw Self.unkept }
    func loadStep(_ s: RouteStep, position: Int) throws -> StepID { throw Self.unkept }
    func loadTutoring(_ t: TutoringAssignment) throws { throw Self.unkept }
    func loadMentoringPair(_ p: MentoringPair) throws -> MentoringID { throw Self.unkept }
    func loadProgramme(_ p: Programme) throws -> ProgrammeID { throw Self.unkept }
    func loadSite(_ s: InternshipSite) throws -> SiteID { throw Self.unkept }
    func loadEvent(_ e: Event) throws -> EventID { throw Self.unkept }
    func loadRoadmapItem(_ i: RoadmapItem) throws -> RoadmapItemID { throw Self.unkept }
    func loadApplication(_ a: RMAApplication) throws -> ApplicationID { throw Self.unkept }
    func loadIndicatorSnapshot(_ scope: IndicatorScope, _ kind: Indicator.Kind, _ point: IndicatorPoint) throws { throw Self.unkept }
    func loadAuditEntry(_ entry: AuditEntry) throws -> Int64 { throw Self.unkept }
}
