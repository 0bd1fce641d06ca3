import Domain

/// The catalogs: programmes (ДПП), best practices, events, internship sites,
/// and the registries their forms choose from.
public protocol CatalogStore: AnyObject {
    func programmePage(_ viewer: Viewer, _ q: ProgrammeQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [ProgrammeRow]
    func programmeRow(_ viewer: Viewer, id: ProgrammeID) throws -> ProgrammeRow?
    func saveProgramme(_ viewer: Viewer, _ programme: Programme) throws -> Programme
    func practicePage(_ viewer: Viewer, _ q: PracticeQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [PracticeRow]
    func practiceRow(_ viewer: Viewer, id: PracticeID) throws -> PracticeRow?
    func savePractice(_ viewer: Viewer, _ practice: BestPractice) throws -> BestPractice
    func reviewPractice(_ viewer: Viewer, id: PracticeID, expectedVersion: Int, to target: PracticeStatus) throws -> BestPractice
    func eventPage(_ viewer: Viewer, _ q: EventQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [EventRow]
    func eventRow(_ viewer: Viewer, id: EventID) throws -> EventRow?
    func saveEvent(_ viewer: Viewer, _ event: Event) throws -> Event
    func sitePage(_ viewer: Viewer, _ q: SiteQuery, _ anchor: CatalogAnchor, limit: Int) throws -> [SiteRow]
    func siteRow(_ viewer: Viewer, id: SiteID) throws -> SiteRow?
    func saveSite(_ viewer: Viewer, _ site: InternshipSite) throws -> InternshipSite
    func setCatalogRetired(_ viewer: Viewer, _ kind: CatalogKind, id: Int64, expectedVersion: Int, retired: Bool) throws
    func catalogHistory(_ viewer: Viewer, _ kind: CatalogKind, id: Int64) throws -> [AuditEntry]
    func catalogCompetences() throws -> [Competence]
    func catalogMunicipalities() throws -> [Municipality]
    func catalogOrganizations(matching text: String, limit: Int) throws -> [(id: OrganizationID, name: String, municipality: String)]
}

extension CatalogStore {
    /// The first page (as SQLiteStore's defaults read).
    public func programmePage(_ viewer: Viewer, _ q: ProgrammeQuery, limit: Int) throws -> [ProgrammeRow] {
        try programmePage(viewer, q, .first, limit: limit)
    }
    public func practicePage(_ viewer: Viewer, _ q: PracticeQuery, limit: Int) throws -> [PracticeRow] {
        try practicePage(viewer, q, .first, limit: limit)
    }
    public func eventPage(_ viewer: Viewer, _ q: EventQuery, limit: Int) throws -> [EventRow] { try eventPage(viewer, q, .first, limit: limit) }
    public func sitePage(_ viewer: Viewer, _ q: SiteQuery, limit: Int) throws -> [SiteRow] { try sitePage(viewer, q, .first, limit: limit) }
    public func catalogOrganizations(matching text: String) throws -> [(id: OrganizationID, name: String, municipality: String)] {
        try catalogOrganizations(matching: text, limit: 200)
    }
}
