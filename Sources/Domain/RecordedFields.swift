/// What each mutable kind records in its history: the fields, by their
/// stable names, whose changes Storage's one versioned write records (one
/// history row per field that differs, `Update(from:to:)`). The names are the
/// Swift property names; the texts follow `Recorded`'s rules.
private func recorded(_ v: Int64?) -> String { v.map { String($0) } ?? "" }
private func recorded(_ v: Int?) -> String { v.map { String($0) } ?? "" }
private func recorded(_ v: Day?) -> String { v?.iso ?? "" }
private func recorded(_ v: Bool) -> String { v ? "true" : "false" }
private func list<T: BinaryInteger>(_ v: [T]) -> String { v.map { String($0) }.joined(separator: ",") }

extension HelpRequest: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [
            (RequestField.text.rawValue, text),
            (RequestField.competence.rawValue, recorded(competenceID)),
            (RequestField.status.rawValue, status.rawValue),
            (RequestField.priority.rawValue, priority.historyName),
            (RequestField.direction.rawValue, recorded(direction)),
            (RequestField.assignee.rawValue, recorded(assigneeID)),
            (RequestField.due.rawValue, recorded(due)),
            (RequestField.resolvedOn.rawValue, recorded(resolvedOn)),
            (RequestField.declineReason.rawValue, declineReason),
            (RequestField.answer.rawValue, answer),
        ]
    }
}

extension RouteStep: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("status", status.rawValue), ("title", title), ("plannedStart", plannedStart.iso), ("plannedEnd", plannedEnd.iso),
         ("hours", String(hours)), ("certificate", evidence.certificate), ("link", evidence.link), ("note", evidence.note),
         ("tutorComment", tutorComment), ("skipReason", skipReason)]
    }
}

extension Route: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("status", status.rawValue), ("tutor", recorded(tutorID)), ("cancelReason", cancelReason ?? "")]
    }
}

extension RoadmapItem: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("direction", recorded(direction)), ("title", title), ("participants", list(participants.map(\.rawValue))),
         ("participantsNote", participantsNote), ("executors", list(executors.map(\.rawValue))),
         ("coExecutors", list(coExecutors.map(\.rawValue))), ("timing", timing.recordedText),
         ("expectedResult", expectedResult), ("status", status.rawValue)]
    }
}

extension RoadmapTiming {
    /// «quarter 2025 1 10,11», «duringYear 2025»: kind, year, and the quarter and months when there are.
    var recordedText: String {
        switch self {
        case .quarter(let year, let quarter, let months): return "quarter \(year) \(quarter) \(list(months))"
        case .perSchoolCalendar(let year): return "perSchoolCalendar \(year)"
        case .perEventsPlan(let year): return "perEventsPlan \(year)"
        case .duringYear(let year): return "duringYear \(year)"
        }
    }
}

extension RMAApplication: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        let decided: String
        switch decision {
        case .pending: decided = "pending"
        case .approved: decided = "approved"
        case .rejected(let reason): decided = "rejected: " + reason.rawValue
        }
        return [("directions", list(directions)), ("decision", decided)]
    }
}

extension MentoringPair: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("mentor", String(mentorID)), ("mentee", String(menteeID)), ("form", form.rawValue), ("start", start.iso),
         ("end", recorded(end)), ("goals", goals), ("status", status.rawValue)]
    }
}

extension Programme: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("title", title), ("provider", provider), ("kind", kind.rawValue), ("hours", String(hours)), ("format", format.rawValue),
         ("inFederalRegistry", recorded(inFederalRegistry)), ("competences", list(competenceIDs.sorted()))]
    }
}

extension InternshipSite: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("organization", String(organizationID)), ("topic", topic), ("competences", list(competenceIDs.sorted())),
         ("capacity", String(capacity))]
    }
}

extension BestPractice: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("title", title), ("author", recorded(authorID)), ("organization", recorded(organizationID)), ("direction", String(direction)),
         ("competences", list(competenceIDs.sorted())), ("status", status.rawValue)]
    }
}

extension Event: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("title", title), ("kind", kind.rawValue), ("date", date.iso), ("direction", recorded(direction)),
         ("organizer", recorded(organizerID)), ("competences", list(competenceIDs.sorted()))]
    }
}

extension CatalogStanding: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] { [("retired", recorded(retired))] }
}

extension Person: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("login", login), ("fullName", fullName), ("organization", recorded(organizationID)), ("position", position),
         ("subjects", subjects.joined(separator: ",")), ("category", category.rawValue), ("birthDate", recorded(birthDate)),
         ("teachingSince", recorded(teachingSince)), ("roles", roles.sorted().map(\.rawValue).joined(separator: ",")),
         ("directions", list(directions))]
    }
}

extension Deficit: Recorded, Versioned {
    public var recordedFields: [(field: String, text: String)] {
        [("severity", severity.rawValue), ("status", status.rawValue), ("diagnostic", String(diagnosticID)),
         ("closedByDiagnostic", recorded(closedByDiagnosticID)), ("score", String(score))]
    }
}
