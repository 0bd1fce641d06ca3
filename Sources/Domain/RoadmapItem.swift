/// Participant categories of the roadmap (seed).
public enum ParticipantCategory: Int, Sendable, CaseIterable, Labelled {
    case directionLeads = 1, rmaMethodists, schoolStaff, regionSpecialists
    public var label: Phrase {
        switch self {
        case .directionLeads: return Phrase("Ответственные по направлениям деятельности РМА", "Direction leads of the coordinating organizations")
        case .rmaMethodists: return Phrase("Методисты РМА", "RMA methodists")
        case .schoolStaff: return Phrase("Руководители и педагоги ОО", "School heads and teachers")
        case .regionSpecialists: return Phrase("Специалисты системы образования области", "Specialists of the regional education system")
        }
    }
}

/// Executors / co-executors of the roadmap (seed).
public enum Executor: Int, Sendable, CaseIterable, Labelled {
    case ministry = 1, chippkro, chiro, chirpo, rmaMethodists
    public var label: Phrase {
        switch self {
        case .ministry: return Phrase("Министерство образования и науки Челябинской области", "Ministry of Education and Science")
        case .chippkro: return Phrase("ГБУ ДПО ЧИППКРО", "ChIPPKRO")
        case .chiro: return Phrase("ГБУ ДПО «ЧИРО»", "ChIRO")
        case .chirpo: return Phrase("ГБУ ДПО ЧИРПО", "ChIRPO")
        case .rmaMethodists: return Phrase("Методисты РМА", "RMA methodists")
        }
    }
}

/// When a roadmap item happens: a quarter (with months), or one of the open timings of the seed.
public enum RoadmapTiming: Hashable, Sendable {
    /// Quarter 1...4 of `year`, optionally narrowed to months (1...12).
    case quarter(year: Int, quarter: Int, months: [Int])
    case perSchoolCalendar(year: Int)
    case perEventsPlan(year: Int)
    case duringYear(year: Int)
}

/// planned -> in progress -> done. «Overdue» is not stored: it is computed (see RoadmapRules).
public enum RoadmapStatus: String, Lifecycle {
    case planned, inProgress, done
    public static let initial = RoadmapStatus.planned
    public static let transitions: [RoadmapStatus: [RoadmapStatus]] = [
        .planned: [.inProgress, .done],
        .inProgress: [.done, .planned],
        .done: [.inProgress],
    ]
    public var label: Phrase {
        switch self {
        case .planned: return Phrase("запланировано", "planned")
        case .inProgress: return Phrase("выполняется", "in progress")
        case .done: return Phrase("выполнено", "done")
        }
    }
}

/// An item of the РМА roadmap (дорожная карта).
public struct RoadmapItem: Hashable, Sendable, Identifiable {
    public var id: RoadmapItemID
    /// nil: general item for all directions; otherwise the direction 1...19.
    public var direction: Int?
    public var title: String
    public var participants: [ParticipantCategory]
    /// Free text refining participants, as the seed does per direction.
    public var participantsNote: String
    public var executors: [Executor]
    public var coExecutors: [Executor]
    public var timing: RoadmapTiming
    public var expectedResult: String
    public var status: RoadmapStatus
    public var version: Int

    public init(id: RoadmapItemID, direction: Int?, title: String, participants: [ParticipantCategory],
                participantsNote: String = "", executors: [Executor], coExecutors: [Executor] = [],
                timing: RoadmapTiming, expectedResult: String, status: RoadmapStatus = .planned, version: Int = 1) {
        self.id = id; self.direction = direction; self.title = title; self.participants = participants
        self.participantsNote = participantsNote; self.executors = executors; self.coExecutors = coExecutors
        self.timing = timing; self.expectedResult = expectedResult; self.status = status; self.version = version
    }
}
