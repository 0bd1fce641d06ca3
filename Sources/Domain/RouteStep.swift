/// Forms of professional development a route step can take.
public enum StepKind: String, Sendable, CaseIterable, Labelled {
    case course             // ДПП: повышение квалификации / переподготовка
    case internship         // стажировка
    case mentoring          // наставничество
    case masterClass        // мастер-класс, семинар, вебинар
    case horizontalLearning // горизонтальное обучение
    case lessonVisits       // посещение занятий
    case competition        // конкурс профессионального мастерства
    case expertWork         // экспертная деятельность
    case selfEducation      // самообразование
    case practiceTransfer   // перенос в практику: открытый урок, продукт

    public var label: Phrase {
        switch self {
        case .course: return Phrase("курс ДПП", "further-education course")
        case .internship: return Phrase("стажировка", "internship")
        case .mentoring: return Phrase("наставничество", "mentoring")
        case .masterClass: return Phrase("мастер-класс / семинар", "master class / seminar")
        case .horizontalLearning: return Phrase("горизонтальное обучение", "horizontal learning")
        case .lessonVisits: return Phrase("посещение занятий", "lesson visits")
        case .competition: return Phrase("конкурс мастерства", "professional competition")
        case .expertWork: return Phrase("экспертная деятельность", "expert work")
        case .selfEducation: return Phrase("самообразование", "self-education")
        case .practiceTransfer: return Phrase("перенос в практику", "transfer into practice")
        }
    }
}

/// planned -> in progress -> done -> confirmed by tutor; or skipped with a reason.
/// A done step can be returned to in progress by the tutor, with a comment.
public enum StepStatus: String, Lifecycle {
    case planned, inProgress, done, confirmed, skipped

    public static let initial = StepStatus.planned
    public static let transitions: [StepStatus: [StepStatus]] = [
        .planned: [.inProgress, .skipped],
        .inProgress: [.done, .skipped],
        .done: [.confirmed, .inProgress],
        .confirmed: [],
        .skipped: [],
    ]

    public var label: Phrase {
        switch self {
        case .planned: return Phrase("запланирован", "planned")
        case .inProgress: return Phrase("выполняется", "in progress")
        case .done: return Phrase("выполнен", "done")
        case .confirmed: return Phrase("подтверждён", "confirmed")
        case .skipped: return Phrase("пропущен", "skipped")
        }
    }
}

/// What the teacher shows for a done step.
public struct Evidence: Hashable, Sendable {
    public var certificate: String
    public var link: String
    public var note: String
    public init(certificate: String = "", link: String = "", note: String = "") {
        self.certificate = certificate; self.link = link; self.note = note
    }
    public var isEmpty: Bool {
        certificate.allSatisfy(\.isWhitespace) && link.allSatisfy(\.isWhitespace) && note.allSatisfy(\.isWhitespace)
    }
}

/// The catalog item a step uses, if any.
public enum CatalogRef: Hashable, Sendable {
    case programme(ProgrammeID)
    case site(SiteID)
    case practice(PracticeID)
    case event(EventID)
}

public struct RouteStep: Hashable, Sendable, Identifiable {
    public var id: StepID
    public var routeID: RouteID
    public var kind: StepKind
    public var title: String
    public var catalog: CatalogRef?
    public var deficitIDs: [DeficitID]
    public var plannedStart: Day
    public var plannedEnd: Day
    public var hours: Int
    public var status: StepStatus
    public var evidence: Evidence
    public var tutorComment: String
    public var skipReason: String
    public var version: Int

    public init(id: StepID, routeID: RouteID, kind: StepKind, title: String, catalog: CatalogRef? = nil,
                deficitIDs: [DeficitID] = [], plannedStart: Day, plannedEnd: Day, hours: Int = 0,
                status: StepStatus = .planned, evidence: Evidence = Evidence(), tutorComment: String = "",
                skipReason: String = "", version: Int = 1) {
        self.id = id; self.routeID = routeID; self.kind = kind; self.title = title; self.catalog = catalog
        self.deficitIDs = deficitIDs; self.plannedStart = plannedStart; self.plannedEnd = plannedEnd
        self.hours = hours; self.status = status; self.evidence = evidence; self.tutorComment = tutorComment
        self.skipReason = skipReason; self.version = version
    }
}
