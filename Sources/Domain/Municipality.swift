/// The three kinds of municipal formation.
public enum MunicipalityKind: String, Sendable, CaseIterable, Labelled {
    case district = "МР"      // муниципальный район
    case cityDistrict = "ГО"  // городской округ
    case municipalDistrict = "МО" // муниципальный округ

    public var label: Phrase {
        switch self {
        case .district: return Phrase("муниципальный район", "municipal district")
        case .cityDistrict: return Phrase("городской округ", "urban district")
        case .municipalDistrict: return Phrase("муниципальный округ", "municipal okrug")
        }
    }

    /// The kind written in a name of the seed: «Ашинский МР», «Коркинский муниципальный округ».
    public static func of(name: String) -> MunicipalityKind {
        if name.hasSuffix(" ГО") { return .cityDistrict }
        if name.hasSuffix(" МР") { return .district }
        return .municipalDistrict
    }
}

public struct Municipality: Hashable, Sendable, Identifiable {
    public var id: MunicipalityID
    public var name: String
    public var kind: MunicipalityKind
    public init(id: MunicipalityID, name: String, kind: MunicipalityKind) {
        self.id = id; self.name = name; self.kind = kind
    }
}

/// A region: the root of the three levels.
public struct Region: Hashable, Sendable {
    public var name: String
    public var municipalities: [Municipality]
    public init(name: String, municipalities: [Municipality]) {
        self.name = name; self.municipalities = municipalities
    }
}
