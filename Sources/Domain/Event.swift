public enum EventKind: String, Sendable, CaseIterable, Labelled {
    case conference, seminar, webinar, masterClass, competition
    public var label: Phrase {
        switch self {
        case .conference: return Phrase("конференция", "conference")
        case .seminar: return Phrase("семинар", "seminar")
        case .webinar: return Phrase("вебинар", "webinar")
        case .masterClass: return Phrase("мастер-класс", "master class")
        case .competition: return Phrase("конкурс", "competition")
        }
    }
}

/// A методическое мероприятие: conference, seminar, competition.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: EventID
    public var title: String
    public var kind: EventKind
    public var date: Day
    public var direction: Int?
    public var organizerID: PersonID?
    public var competenceIDs: [CompetenceID]
    public var version: Int

    public init(id: EventID, title: String, kind: EventKind, date: Day, direction: Int?,
                organizerID: PersonID? = nil, competenceIDs: [CompetenceID] = [], version: Int = 1) {
        self.id = id; self.title = title; self.kind = kind; self.date = date; self.direction = direction
        self.organizerID = organizerID; self.competenceIDs = competenceIDs; self.version = version
    }
}
