/// Who is asking. Every read and write of Storage takes one, and answers only
/// what this person may see or do.
public struct Viewer: Hashable, Sendable {
    public var personID: PersonID
    public var login: String
    public var fullName: String
    public var roles: Set<Role>
    public var organizationID: OrganizationID?
    public var municipalityID: MunicipalityID?
    /// РМА directions (1...19) the viewer works in.
    public var directions: [Int]

    public init(personID: PersonID, login: String, fullName: String, roles: Set<Role>,
                organizationID: OrganizationID?, municipalityID: MunicipalityID?, directions: [Int] = []) {
        self.personID = personID; self.login = login; self.fullName = fullName; self.roles = roles
        self.organizationID = organizationID; self.municipalityID = municipalityID; self.directions = directions
    }

    /// Sees the whole region: coordinators, administrators and РМА methodists.
    public var seesRegion: Bool {
        !roles.isDisjoint(with: [.coordinator, .administrator, .regionalMethodist])
    }

    public func can(_ action: Action) -> Bool { Permissions.allows(roles, action) }
}
