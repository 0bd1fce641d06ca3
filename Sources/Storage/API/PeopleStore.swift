import Domain

/// People, their places and roles: identity, browsing and search.
public protocol PeopleStore: AnyObject {
    /// The person with `login` and their rights; refused for an unknown login.
    func viewer(login: String) throws -> Viewer
    var hasPeople: Bool { get }
    var peopleCount: Int { get }
    func peoplePage(_ viewer: Viewer, _ query: PeopleQuery, after: PersonKey?, before: PersonKey?, limit: Int) throws -> [PersonSummary]
    func peopleLastPage(_ viewer: Viewer, _ query: PeopleQuery, limit: Int) throws -> [PersonSummary]
    /// Name search (ё-insensitive, word starts).
    func searchPeople(_ viewer: Viewer, _ text: String, limit: Int) throws -> [PersonSummary]
    func person(_ viewer: Viewer, id: PersonID) throws -> Person?
    func personSummary(_ viewer: Viewer, id: PersonID) throws -> PersonSummary?
    func personDossier(_ viewer: Viewer, id: PersonID, requestLimit: Int) throws -> PersonDossier?
    func addPerson(_ actor: Viewer?, _ p: Person) throws -> PersonID
    func setRoles(_ actor: Viewer, personID: PersonID, expectedVersion: Int, roles: Set<Role>) throws
    func browsableMunicipalities(_ viewer: Viewer) throws -> [Municipality]
    func mayBrowse(_ viewer: Viewer, municipalityID id: MunicipalityID) -> Bool
    func organizations(_ viewer: Viewer, municipalityID: MunicipalityID, counts: Bool, countLimit: Int) throws -> [OrganizationSummary]
}

extension PeopleStore {
    public func peoplePage(_ viewer: Viewer, _ query: PeopleQuery, after: PersonKey? = nil, before: PersonKey? = nil, limit: Int) throws -> [PersonSummary] {
        try peoplePage(viewer, query, after: after, before: before, limit: limit)
    }
    public func personDossier(_ viewer: Viewer, id: PersonID) throws -> PersonDossier? {
        try personDossier(viewer, id: id, requestLimit: 5)
    }
    public func organizations(_ viewer: Viewer, municipalityID: MunicipalityID, countLimit: Int) throws -> [OrganizationSummary] {
        try organizations(viewer, municipalityID: municipalityID, counts: true, countLimit: countLimit)
    }
    public func organizations(_ viewer: Viewer, municipalityID: MunicipalityID, counts: Bool = true) throws -> [OrganizationSummary] {
        try organizations(viewer, municipalityID: municipalityID, counts: counts, countLimit: 500)
    }
}
