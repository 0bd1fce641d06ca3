public enum MentoringForm: String, Sendable, CaseIterable, Labelled {
    case teacherTeacher, managerTeacher, teacherStudent
    public var label: Phrase {
        switch self {
        case .teacherTeacher: return Phrase("учитель – учитель", "teacher – teacher")
        case .managerTeacher: return Phrase("руководитель – учитель", "manager – teacher")
        case .teacherStudent: return Phrase("учитель – студент", "teacher – student")
        }
    }
}

/// planned -> active -> completed; or ended early.
public enum MentoringStatus: String, Lifecycle {
    case planned, active, completed, ended
    public static let initial = MentoringStatus.planned
    public static let transitions: [MentoringStatus: [MentoringStatus]] = [
        .planned: [.active, .ended],
        .active: [.completed, .ended],
        .completed: [],
        .ended: [],
    ]
    public var label: Phrase {
        switch self {
        case .planned: return Phrase("запланирована", "planned")
        case .active: return Phrase("действует", "active")
        case .completed: return Phrase("завершена", "completed")
        case .ended: return Phrase("прекращена", "ended early")
        }
    }
    /// The pair still supports the mentee.
    public var isCurrent: Bool { self == .planned || self == .active }
}

/// A mentoring pair (наставническая пара).
public struct MentoringPair: Hashable, Sendable, Identifiable {
    public var id: MentoringID
    public var mentorID: PersonID
    public var menteeID: PersonID
    public var form: MentoringForm
    public var start: Day
    public var end: Day?
    public var goals: String
    public var status: MentoringStatus
    public var version: Int

    public init(id: MentoringID, mentorID: PersonID, menteeID: PersonID, form: MentoringForm = .teacherTeacher,
                start: Day, end: Day? = nil, goals: String = "", status: MentoringStatus = .active, version: Int = 1) {
        self.id = id; self.mentorID = mentorID; self.menteeID = menteeID; self.form = form
        self.start = start; self.end = end; self.goals = goals; self.status = status; self.version = version
    }
}
