/// Where a diagnostic result comes from.
public enum DiagnosticSource: String, Sendable, CaseIterable, Labelled {
    case regional, federal, selfAssessment, lessonObservation, competition

    public var label: Phrase {
        switch self {
        case .regional: return Phrase("региональная диагностика", "regional diagnostics")
        case .federal: return Phrase("федеральная оценочная процедура", "federal assessment")
        case .selfAssessment: return Phrase("самооценка", "self-assessment")
        case .lessonObservation: return Phrase("наблюдение урока", "lesson observation")
        case .competition: return Phrase("конкурс", "competition")
        }
    }
}

/// One assessment of one person on a date: a score per competence.
public struct Diagnostic: Hashable, Sendable, Identifiable {
    public var id: DiagnosticID
    public var personID: PersonID
    public var date: Day
    public var source: DiagnosticSource
    public var scores: [CompetenceID: Int]
    /// What the observer or the teacher wrote beside the scores.
    public var note: String
    /// Who entered it (nil: the demo build or an unknown importer).
    public var authorID: PersonID?
    /// The region's day it was entered (nil for rows older than the field):
    /// its author may withdraw it that day only.
    public var recordedOn: Day?

    public init(id: DiagnosticID, personID: PersonID, date: Day, source: DiagnosticSource, scores: [CompetenceID: Int],
                note: String = "", authorID: PersonID? = nil, recordedOn: Day? = nil) {
        self.id = id; self.personID = personID; self.date = date; self.source = source; self.scores = scores
        self.note = note; self.authorID = authorID; self.recordedOn = recordedOn
    }
}

extension CompetenceScale {
    /// The score held on the scale, for means and bars: a stored score off
    /// the scale (another tool wrote it; `metodist check` reports it) reads
    /// as the nearest end instead of trapping a sum.
    public func clamped(_ score: Int) -> Int { min(max(score, minimum), maximum) }

    /// The whole mean of the scores on the scale, nil for none.
    public func mean(of scores: some Collection<Int>) -> Int? {
        scores.isEmpty ? nil : scores.map(clamped).clampedSum() / scores.count
    }
}
