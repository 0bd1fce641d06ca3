/// A стажировочная площадка: an organization that hosts internships on topics.
public struct InternshipSite: Hashable, Sendable, Identifiable {
    public var id: SiteID
    public var organizationID: OrganizationID
    public var topic: String
    public var competenceIDs: [CompetenceID]
    public var capacity: Int
    public var retired: Bool
    public var version: Int

    public init(id: SiteID, organizationID: OrganizationID, topic: String, competenceIDs: [CompetenceID],
                capacity: Int, retired: Bool = false, version: Int = 1) {
        self.id = id; self.organizationID = organizationID; self.topic = topic
        self.competenceIDs = competenceIDs; self.capacity = capacity; self.retired = retired; self.version = version
    }
}
