/// The form of the methodical help given on a request, in the seeds' words
/// (консультационная поддержка, посещение занятий, мастер-классы, семинары).
public enum HelpForm: String, Sendable, CaseIterable, Labelled {
    case consultation, lessonVisit, materials, seminar, webinar, mentoringMeeting, other

    public var label: Phrase {
        switch self {
        case .consultation: return Phrase("консультация", "consultation")
        case .lessonVisit: return Phrase("посещение урока", "lesson visit")
        case .materials: return Phrase("методические материалы", "methodical materials")
        case .seminar: return Phrase("семинар, мастер-класс", "seminar, master class")
        case .webinar: return Phrase("вебинар", "webinar")
        case .mentoringMeeting: return Phrase("наставническая встреча", "mentoring meeting")
        case .other: return Phrase("другое", "other")
        }
    }
}

/// One record of help given on a request: when, in what form, what was done,
/// and by whom (the assignee who recorded it).
public struct HelpGiven: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var requestID: RequestID
    public var date: Day
    public var form: HelpForm
    public var what: String
    public var actorID: PersonID?
    /// Who recorded it, for the reader (filled by Storage).
    public var actorName: String

    public init(id: Int64 = 0, requestID: RequestID, date: Day, form: HelpForm, what: String, actorID: PersonID? = nil,
                actorName: String = "") {
        self.id = id; self.requestID = requestID; self.date = date; self.form = form; self.what = what
        self.actorID = actorID; self.actorName = actorName
    }

    /// The history's stable text of the record: «2024-03-12 consultation Разобрали…» (`ChangeText` reads it).
    public var recordedText: String { "\(date.iso) \(form.rawValue) \(what)" }

    /// «12.03.2024 · консультация — Разобрали программу».
    public var line: Phrase {
        Phrase("\(date.russian) · \(form.label.ru) — \(what)", "\(date.iso) · \(form.label.en) — \(what)")
    }

    /// The reading of `recordedText` back, for history lines.
    public static func fromRecorded(_ raw: String) -> (date: Day, form: HelpForm, what: String)? {
        let parts = raw.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let day = Day(iso: parts[0]), let form = HelpForm(rawValue: parts[1]) else { return nil }
        return (day, form, parts.count > 2 ? parts[2] : "")
    }
}
