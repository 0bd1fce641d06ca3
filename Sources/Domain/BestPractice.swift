/// submitted -> expert review -> included / rejected.
public enum PracticeStatus: String, Lifecycle {
    case submitted, review, included, rejected
    public static let initial = PracticeStatus.submitted
    public static let transitions: [PracticeStatus: [PracticeStatus]] = [
        .submitted: [.review],
        .review: [.included, .rejected],
        .included: [],
        .rejected: [],
    ]
    public var label: Phrase {
        switch self {
        case .submitted: return Phrase("подана", "submitted")
        case .review: return Phrase("на экспертизе", "expert review")
        case .included: return Phrase("включена в реестр", "included")
        case .rejected: return Phrase("отклонена", "rejected")
        }
    }
}

/// An entry of the registry of best practices (реестр лучших практик).
public struct BestPractice: Hashable, Sendable, Identifiable {
    public var id: PracticeID
    public var title: String
    public var authorID: PersonID?
    public var organizationID: OrganizationID?
    public var direction: Int
    public var competenceIDs: [CompetenceID]
    public var status: PracticeStatus
    public var version: Int

    public init(id: PracticeID, title: String, authorID: PersonID?, organizationID: OrganizationID?,
                direction: Int, competenceIDs: [CompetenceID], status: PracticeStatus = .submitted, version: Int = 1) {
        self.id = id; self.title = title; self.authorID = authorID; self.organizationID = organizationID
        self.direction = direction; self.competenceIDs = competenceIDs; self.status = status; self.version = version
    }
}
