/// What a person does in the system. One person can hold several roles.
public enum Role: String, Sendable, CaseIterable, Labelled, Comparable {
    case teacher            // педагог / управленческие кадры
    case tutor              // тьютор
    case municipalMethodist // методист ММС
    case regionalMethodist  // региональный методист (РМА)
    case coordinator        // координатор: ЦНППМ, институт, министерство
    case mentor             // наставник
    case administrator      // администратор

    public var label: Phrase {
        switch self {
        case .teacher: return Phrase("педагог", "teacher")
        case .tutor: return Phrase("тьютор", "tutor")
        case .municipalMethodist: return Phrase("методист ММС", "municipal methodist")
        case .regionalMethodist: return Phrase("методист РМА", "regional methodist")
        case .coordinator: return Phrase("координатор", "coordinator")
        case .mentor: return Phrase("наставник", "mentor")
        case .administrator: return Phrase("администратор", "administrator")
        }
    }

    public static func < (l: Role, r: Role) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}

public enum QualificationCategory: String, Sendable, CaseIterable, Labelled {
    case none, first, highest
    public var label: Phrase {
        switch self {
        case .none: return Phrase("без категории", "no category")
        case .first: return Phrase("первая", "first")
        case .highest: return Phrase("высшая", "highest")
        }
    }
}

/// A worker of the education system (работник).
public struct Person: Hashable, Sendable, Identifiable {
    public var id: PersonID
    /// The login the person is known by (`--as LOGIN`, the OS user name).
    public var login: String
    public var fullName: String
    public var organizationID: OrganizationID?
    public var position: String
    public var subjects: [String]
    public var category: QualificationCategory
    public var birthDate: Day?
    public var teachingSince: Day?
    public var roles: Set<Role>
    /// RMA directions (1...19) the person works in as a regional methodist.
    public var directions: [Int]
    public var version: Int

    public init(id: PersonID, login: String, fullName: String, organizationID: OrganizationID?,
                position: String, subjects: [String] = [], category: QualificationCategory = .none,
                birthDate: Day? = nil, teachingSince: Day? = nil, roles: Set<Role> = [.teacher],
                directions: [Int] = [], version: Int = 1) {
        self.id = id; self.login = login; self.fullName = fullName
        self.organizationID = organizationID; self.position = position
        self.subjects = subjects; self.category = category
        self.birthDate = birthDate; self.teachingSince = teachingSince
        self.roles = roles; self.directions = directions; self.version = version
    }

    /// The surname: the first word of «Фамилия Имя Отчество».
    public var surname: String { String(fullName.split(separator: " ").first ?? "") }

    /// «Иванова А. П.»
    public var shortName: String {
        let parts = fullName.split(separator: " ")
        guard let first = parts.first else { return fullName }
        let initials = parts.dropFirst().compactMap { $0.first }.map { "\($0)." }.joined(separator: " ")
        return initials.isEmpty ? String(first) : "\(first) \(initials)"
    }
}
