/// How far under the threshold a score is.
public enum DeficitSeverity: String, Sendable, CaseIterable, Labelled, Comparable {
    case mild, moderate, severe
    public var label: Phrase {
        switch self {
        case .mild: return Phrase("умеренный", "mild")
        case .moderate: return Phrase("выраженный", "moderate")
        case .severe: return Phrase("критический", "severe")
        }
    }
    public static func < (l: Self, r: Self) -> Bool { allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)! }
}

/// identified -> in work (a route step addresses it) -> closed (a later
/// diagnostic confirms) or persisting (a later diagnostic still shows it).
public enum DeficitStatus: String, Sendable, CaseIterable, Labelled {
    case identified, inWork, closed, persisting
    public var label: Phrase {
        switch self {
        case .identified: return Phrase("выявлен", "identified")
        case .inWork: return Phrase("в работе", "in work")
        case .closed: return Phrase("закрыт", "closed")
        case .persisting: return Phrase("сохраняется", "persisting")
        }
    }
    public var isOpen: Bool { self != .closed }
}

/// A professional deficit (профессиональный дефицит) of one person in one competence.
public struct Deficit: Hashable, Sendable, Identifiable {
    public var id: DeficitID
    public var personID: PersonID
    public var competenceID: CompetenceID
    public var severity: DeficitSeverity
    public var status: DeficitStatus
    /// The diagnostic that found it.
    public var diagnosticID: DiagnosticID
    /// The diagnostic that closed it, once closed.
    public var closedByDiagnosticID: DiagnosticID?
    public var score: Int
    public var version: Int

    public init(id: DeficitID, personID: PersonID, competenceID: CompetenceID, severity: DeficitSeverity,
                status: DeficitStatus = .identified, diagnosticID: DiagnosticID,
                closedByDiagnosticID: DiagnosticID? = nil, score: Int, version: Int = 1) {
        self.id = id; self.personID = personID; self.competenceID = competenceID; self.severity = severity
        self.status = status; self.diagnosticID = diagnosticID; self.closedByDiagnosticID = closedByDiagnosticID
        self.score = score; self.version = version
    }
}
