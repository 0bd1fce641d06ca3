/// draft -> agreed -> in progress -> completed; or cancelled.
public enum RouteStatus: String, Lifecycle {
    case draft, agreed, inProgress, completed, cancelled

    public static let initial = RouteStatus.draft
    public static let transitions: [RouteStatus: [RouteStatus]] = [
        .draft: [.agreed, .cancelled],
        .agreed: [.inProgress, .draft, .cancelled],
        .inProgress: [.completed, .cancelled],
        .completed: [],
        .cancelled: [],
    ]

    public var label: Phrase {
        switch self {
        case .draft: return Phrase("черновик", "draft")
        case .agreed: return Phrase("согласован", "agreed")
        case .inProgress: return Phrase("реализуется", "in progress")
        case .completed: return Phrase("завершён", "completed")
        case .cancelled: return Phrase("отменён", "cancelled")
        }
    }
}

/// ИОМ: the individual educational route of one person for one period.
public struct Route: Hashable, Sendable, Identifiable {
    public var id: RouteID
    public var personID: PersonID
    public var tutorID: PersonID?
    public var periodStart: Day
    public var periodEnd: Day
    public var status: RouteStatus
    public var cancelReason: String?
    public var version: Int

    public init(id: RouteID, personID: PersonID, tutorID: PersonID?, periodStart: Day, periodEnd: Day,
                status: RouteStatus = .draft, cancelReason: String? = nil, version: Int = 1) {
        self.id = id; self.personID = personID; self.tutorID = tutorID
        self.periodStart = periodStart; self.periodEnd = periodEnd
        self.status = status; self.cancelReason = cancelReason; self.version = version
    }
}
