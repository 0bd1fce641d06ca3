/// The six selection criteria of the seed (критерии отбора в РМА).
public enum SelectionCriterion: String, Sendable, CaseIterable, Labelled {
    case methodicalPractice, category, experience, trainingDocument, assessmentResult, documentsReady

    public var label: Phrase {
        switch self {
        case .methodicalPractice:
            return Phrase("Практика методической работы на муниципальном и/или региональном уровне",
                          "Methodical practice at municipal and/or regional level")
        case .category:
            return Phrase("Квалификационная категория", "Qualification category")
        case .experience:
            return Phrase("Опыт работы руководителем МО, тьютором, ментором, экспертом, лидером сообщества",
                          "Experience as head of a methodical association, tutor, mentor, expert, community leader")
        case .trainingDocument:
            return Phrase("Документ о повышении квалификации по направлению",
                          "Further-training document in the direction")
        case .assessmentResult:
            return Phrase("Результат оценочной процедуры регионального или федерального уровня",
                          "Result of a regional or federal assessment procedure")
        case .documentsReady:
            return Phrase("Готовность предоставить подтверждающие документы",
                          "Readiness to provide supporting documents")
        }
    }
}

/// The three reasons of a negative decision of the commission (seed).
public enum RejectionReason: String, Sendable, CaseIterable, Labelled {
    case lowAssessment, noExperience, directionMismatch

    public var label: Phrase {
        switch self {
        case .lowAssessment:
            return Phrase("Низкий результат оценки уровня профессиональной компетентности",
                          "Low result of the professional competence assessment")
        case .noExperience:
            return Phrase("Отсутствие опыта работы руководителем МО, тьютором, ментором, экспертом, лидером сообщества",
                          "No experience as head of a methodical association, tutor, mentor, expert or community leader")
        case .directionMismatch:
            return Phrase("Несоответствие/множественность выбора направления деятельности имеющейся практике",
                          "The chosen direction does not match the practice, or too many directions chosen")
        }
    }
}

/// The commission's decision on an application.
public enum SelectionDecision: Hashable, Sendable {
    case pending
    case approved
    case rejected(RejectionReason)
}

/// An application of a candidate to the regional methodological active.
public struct RMAApplication: Hashable, Sendable, Identifiable {
    public var id: ApplicationID
    public var personID: PersonID
    public var year: Int
    /// Chosen directions, 1...19.
    public var directions: [Int]
    public var criteria: Set<SelectionCriterion>
    public var decision: SelectionDecision
    public var version: Int

    public init(id: ApplicationID, personID: PersonID, year: Int, directions: [Int],
                criteria: Set<SelectionCriterion>, decision: SelectionDecision = .pending, version: Int = 1) {
        self.id = id; self.personID = personID; self.year = year; self.directions = directions
        self.criteria = criteria; self.decision = decision; self.version = version
    }
}
