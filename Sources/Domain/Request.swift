/// new -> triaged -> assigned -> in progress -> resolved; or declined with a reason.
public enum RequestStatus: String, Lifecycle {
    case new, triaged, assigned, inProgress, resolved, declined
    public static let initial = RequestStatus.new
    public static let transitions: [RequestStatus: [RequestStatus]] = [
        .new: [.triaged, .assigned, .declined],
        .triaged: [.assigned, .declined],
        .assigned: [.inProgress, .triaged, .declined],
        // Back to triaged: the assignee hands it back (RequestWork.handBack).
        .inProgress: [.resolved, .assigned, .triaged, .declined],
        .resolved: [],
        .declined: [],
    ]
    public var label: Phrase {
        switch self {
        case .new: return Phrase("новый", "new")
        case .triaged: return Phrase("разобран", "triaged")
        case .assigned: return Phrase("назначен", "assigned")
        case .inProgress: return Phrase("в работе", "in progress")
        case .resolved: return Phrase("решён", "resolved")
        case .declined: return Phrase("отклонён", "declined")
        }
    }
    public var isOpen: Bool { self != .resolved && self != .declined }
}

public enum RequestPriority: Int, Sendable, CaseIterable, Labelled, Comparable {
    case low = 0, normal = 1, high = 2, urgent = 3
    public var label: Phrase {
        switch self {
        case .low: return Phrase("низкий", "low")
        case .normal: return Phrase("обычный", "normal")
        case .high: return Phrase("высокий", "high")
        case .urgent: return Phrase("срочный", "urgent")
        }
    }
    public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
}

/// A request for targeted methodical help (запрос на адресную методическую помощь),
/// from a teacher or from a school.
public struct HelpRequest: Hashable, Sendable, Identifiable {
    public var id: RequestID
    public var text: String
    /// The person who asked; nil when a school asked.
    public var authorID: PersonID?
    public var organizationID: OrganizationID?
    public var municipalityID: MunicipalityID?
    public var competenceID: CompetenceID?
    public var direction: Int?
    public var priority: RequestPriority
    public var status: RequestStatus
    public var assigneeID: PersonID?
    public var due: Day?
    public var createdOn: Day
    public var resolvedOn: Day?
    public var declineReason: String
    /// The assignee's answer to the author, written when resolving.
    public var answer: String
    public var version: Int

    public init(id: RequestID, text: String, authorID: PersonID?, organizationID: OrganizationID?,
                municipalityID: MunicipalityID?, competenceID: CompetenceID? = nil, direction: Int? = nil,
                priority: RequestPriority = .normal, status: RequestStatus = .new, assigneeID: PersonID? = nil,
                due: Day? = nil, createdOn: Day, resolvedOn: Day? = nil, declineReason: String = "", answer: String = "", version: Int = 1) {
        self.id = id; self.text = text; self.authorID = authorID; self.organizationID = organizationID
        self.municipalityID = municipalityID; self.competenceID = competenceID; self.direction = direction
        self.priority = priority; self.status = status; self.assigneeID = assigneeID; self.due = due
        self.createdOn = createdOn; self.resolvedOn = resolvedOn; self.declineReason = declineReason
        self.answer = answer; self.version = version
    }
}

/// One change in a request's history.
public struct RequestChange: Hashable, Sendable {
    public var requestID: RequestID
    public var actorID: PersonID?
    /// Unix seconds.
    public var at: Int64
    public var field: String
    public var before: String
    public var after: String
    public init(requestID: RequestID, actorID: PersonID?, at: Int64, field: String, before: String, after: String) {
        self.requestID = requestID; self.actorID = actorID; self.at = at
        self.field = field; self.before = before; self.after = after
    }
}
