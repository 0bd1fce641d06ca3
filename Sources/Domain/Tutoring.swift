/// Caseload: a tutor supports a person from a date (until an end, if any).
public struct TutoringAssignment: Hashable, Sendable {
    public var tutorID: PersonID
    public var personID: PersonID
    public var since: Day
    public var until: Day?
    public init(tutorID: PersonID, personID: PersonID, since: Day, until: Day? = nil) {
        self.tutorID = tutorID; self.personID = personID; self.since = since; self.until = until
    }
}

public enum ConsultationForm: String, Sendable, CaseIterable, Labelled {
    case inPerson, remote, lessonVisit
    public var label: Phrase {
        switch self {
        case .inPerson: return Phrase("очно", "in person")
        case .remote: return Phrase("дистанционно", "remote")
        case .lessonVisit: return Phrase("посещение урока", "lesson visit")
        }
    }
}

/// An entry of the tutor's consultation log.
public struct Consultation: Hashable, Sendable, Identifiable {
    public var id: ConsultationID
    public var tutorID: PersonID
    public var personID: PersonID
    public var date: Day
    public var form: ConsultationForm
    public var topic: String
    public var result: String
    public var nextStep: String

    public init(id: ConsultationID, tutorID: PersonID, personID: PersonID, date: Day, form: ConsultationForm,
                topic: String, result: String = "", nextStep: String = "") {
        self.id = id; self.tutorID = tutorID; self.personID = personID; self.date = date; self.form = form
        self.topic = topic; self.result = result; self.nextStep = nextStep
    }
}
