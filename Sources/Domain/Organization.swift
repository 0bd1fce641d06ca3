/// Which level of the system an organization belongs to.
public enum OrganizationLevel: String, Sendable, CaseIterable, Labelled {
    case regional, municipal, institutional
    public var label: Phrase {
        switch self {
        case .regional: return Phrase("региональный", "regional")
        case .municipal: return Phrase("муниципальный", "municipal")
        case .institutional: return Phrase("институциональный", "institutional")
        }
    }
}

public enum OrganizationKind: String, Sendable, CaseIterable, Labelled {
    case ministry, institute, cnppm, rumo, college, association
    case methodicalService // ММС
    case school, kindergarten, vocational // ОО: школа, ДОО, СПО

    public var level: OrganizationLevel {
        switch self {
        case .ministry, .institute, .cnppm, .rumo, .association: return .regional
        case .methodicalService: return .municipal
        case .school, .kindergarten, .vocational, .college: return .institutional
        }
    }

    public var label: Phrase {
        switch self {
        case .ministry: return Phrase("орган управления образованием", "education authority")
        case .institute: return Phrase("институт ДПО", "institute of further education")
        case .cnppm: return Phrase("ЦНППМ", "centre for professional development")
        case .rumo: return Phrase("РУМО", "regional methodical association")
        case .college: return Phrase("педагогический вуз/колледж", "teacher-training college")
        case .association: return Phrase("профессиональная ассоциация", "professional association")
        case .methodicalService: return Phrase("муниципальная методическая служба", "municipal methodical service")
        case .school: return Phrase("школа", "school")
        case .kindergarten: return Phrase("детский сад", "kindergarten")
        case .vocational: return Phrase("колледж СПО", "vocational college")
        }
    }
}

/// Flags an organization carries.
public struct OrganizationFlags: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// ШНОР: school with low educational results; gets priority help.
    public static let lowResults = OrganizationFlags(rawValue: 1)
    /// Стажировочная площадка.
    public static let internshipSite = OrganizationFlags(rawValue: 2)
    /// Участник проекта «Школа Минпросвещения России».
    public static let ministrySchool = OrganizationFlags(rawValue: 4)
}

public struct Organization: Hashable, Sendable, Identifiable {
    public var id: OrganizationID
    public var name: String
    public var kind: OrganizationKind
    /// nil for regional organizations.
    public var municipalityID: MunicipalityID?
    public var flags: OrganizationFlags
    public var level: OrganizationLevel { kind.level }

    public init(id: OrganizationID, name: String, kind: OrganizationKind,
                municipalityID: MunicipalityID?, flags: OrganizationFlags = []) {
        self.id = id; self.name = name; self.kind = kind
        self.municipalityID = municipalityID; self.flags = flags
    }
}
