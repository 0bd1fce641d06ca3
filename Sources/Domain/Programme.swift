/// Повышение квалификации or профессиональная переподготовка.
public enum ProgrammeKind: String, Sendable, CaseIterable, Labelled {
    case upskilling, retraining
    public var label: Phrase {
        switch self {
        case .upskilling: return Phrase("повышение квалификации", "upskilling")
        case .retraining: return Phrase("профессиональная переподготовка", "retraining")
        }
    }
    /// The least hours a programme of this kind may have.
    public var minimumHours: Int { self == .upskilling ? 16 : 250 }
}

public enum ProgrammeFormat: String, Sendable, CaseIterable, Labelled {
    case inPerson, distance, blended
    public var label: Phrase {
        switch self {
        case .inPerson: return Phrase("очно", "in person")
        case .distance: return Phrase("дистанционно", "distance")
        case .blended: return Phrase("смешанно", "blended")
        }
    }
}

/// A further professional education programme (ДПП).
public struct Programme: Hashable, Sendable, Identifiable {
    public var id: ProgrammeID
    public var title: String
    public var provider: String
    public var kind: ProgrammeKind
    public var hours: Int
    public var format: ProgrammeFormat
    /// In the federal registry (ФР ДПП).
    public var inFederalRegistry: Bool
    public var competenceIDs: [CompetenceID]
    public var retired: Bool
    public var version: Int

    public init(id: ProgrammeID, title: String, provider: String, kind: ProgrammeKind = .upskilling, hours: Int,
                format: ProgrammeFormat, inFederalRegistry: Bool, competenceIDs: [CompetenceID],
                retired: Bool = false, version: Int = 1) {
        self.id = id; self.title = title; self.provider = provider; self.kind = kind; self.hours = hours
        self.format = format; self.inFederalRegistry = inFederalRegistry; self.competenceIDs = competenceIDs
        self.retired = retired; self.version = version
    }
}
