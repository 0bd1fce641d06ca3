/// Areas of the competence framework (profstandard «Педагог»).
public enum CompetenceArea: String, Sendable, CaseIterable, Labelled {
    case subject, methodical, psychological, communicative, digital, managerial, literacy

    public var label: Phrase {
        switch self {
        case .subject: return Phrase("предметные", "subject")
        case .methodical: return Phrase("методические", "methodical")
        case .psychological: return Phrase("психолого-педагогические", "psychological-pedagogical")
        case .communicative: return Phrase("коммуникативные", "communicative")
        case .digital: return Phrase("цифровые", "digital")
        case .managerial: return Phrase("управленческие", "managerial")
        case .literacy: return Phrase("функциональная грамотность", "functional literacy")
        }
    }
}

public struct Competence: Hashable, Sendable, Identifiable {
    public var id: CompetenceID
    /// Short stable code, e.g. `М2`.
    public var code: String
    public var name: String
    public var area: CompetenceArea
    /// The RMA direction (1...19) a request about this competence belongs to.
    public var direction: Int

    public init(id: CompetenceID, code: String, name: String, area: CompetenceArea, direction: Int) {
        self.id = id; self.code = code; self.name = name; self.area = area; self.direction = direction
    }
}

/// How scores are read: a scale and the threshold under which a score is a deficit.
public struct CompetenceScale: Hashable, Sendable {
    public var minimum: Int
    public var maximum: Int
    public var threshold: Int
    public init(minimum: Int = 0, maximum: Int = 100, threshold: Int = 60) {
        self.minimum = minimum; self.maximum = maximum; self.threshold = threshold
    }
    public static let standard = CompetenceScale()
}

/// The competence framework the region diagnoses against.
public struct CompetenceFramework: Hashable, Sendable {
    public var competences: [Competence]
    public var scale: CompetenceScale
    public init(competences: [Competence], scale: CompetenceScale = .standard) {
        self.competences = competences; self.scale = scale
    }
    public func competence(_ id: CompetenceID) -> Competence? { competences.first { $0.id == id } }
}
