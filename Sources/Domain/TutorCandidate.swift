/// A tutor the picker offers for a person's route, with what ranks them.
public struct TutorCandidate: Hashable, Sendable, Identifiable {
    public var id: PersonID
    public var fullName: String
    public var organizationName: String
    public var municipalityID: MunicipalityID?
    public var municipalityName: String
    /// People in the tutor's caseload now (assignments and open routes).
    public var caseload: Int
    /// The РМА directions the tutor works in (the only competence data a person holds).
    public var directions: [Int]
    public var roles: Set<Role>

    public init(id: PersonID, fullName: String, organizationName: String = "", municipalityID: MunicipalityID?,
                municipalityName: String = "", caseload: Int, directions: [Int] = [], roles: Set<Role> = [.tutor]) {
        self.id = id; self.fullName = fullName; self.organizationName = organizationName
        self.municipalityID = municipalityID; self.municipalityName = municipalityName
        self.caseload = caseload; self.directions = directions; self.roles = roles
    }

    public var choice: TutorChoice { TutorChoice(id: id, fullName: fullName, roles: roles, municipalityID: municipalityID) }

    /// How many of the person's deficit directions the tutor works in.
    public func overlap(with deficitDirections: Set<Int>) -> Int { Set(directions).intersection(deficitDirections).count }

    /// «12 сопровождаемых», «1 сопровождаемый», «нет сопровождаемых».
    public var loadText: Phrase {
        if caseload == 0 { return Phrase("нет сопровождаемых", "no caseload") }
        return Phrase(RussianPlural.count(caseload, "сопровождаемый", "сопровождаемых", "сопровождаемых"), "\(caseload) in caseload")
    }

    /// The picker's detail, short enough for its right-hand third: «нагрузка 3».
    public var loadShort: Phrase { Phrase("нагрузка \(caseload)", "load \(caseload)") }

    /// The picker's order: the person's municipality first, then the lighter
    /// caseload, then more of the person's deficit directions, then by name.
    /// The load comes before the directions: an overloaded expert helps
    /// nobody, and competence data is thin (directions are kept for РМА only).
    public static func ranked(_ candidates: [TutorCandidate], personMunicipality: MunicipalityID?,
                              deficitDirections: Set<Int>) -> [TutorCandidate] {
        candidates.map { c in
            (c, c.municipalityID != nil && c.municipalityID == personMunicipality ? 0 : 1, c.overlap(with: deficitDirections))
        }.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.0.caseload != b.0.caseload { return a.0.caseload < b.0.caseload }
            if a.2 != b.2 { return a.2 > b.2 }
            if a.0.fullName != b.0.fullName { return a.0.fullName < b.0.fullName }
            return a.0.id < b.0.id
        }.map(\.0)
    }
}
