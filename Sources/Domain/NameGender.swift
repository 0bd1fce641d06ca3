/// The grammatical gender of a person, read from «Фамилия Имя Отчество», so
/// a past-tense verb agrees with the name: «изменил Смирнов Пётр
/// Алексеевич», «изменила Кузнецова Ирина Николаевна». The patronymic
/// decides; without one, the surname's ending; a name that tells nothing
/// gets the masculine, as Russian official texts do.
public enum NameGender: Equatable, Sendable {
    case masculine, feminine

    public init(fullName: String) {
        let words = fullName.split(whereSeparator: { $0.isWhitespace }).map { String($0).lowercased() }
        if let patronymic = words.dropFirst(2).first {
            if patronymic.hasSuffix("вна") || patronymic.hasSuffix("чна") || patronymic.hasSuffix("кызы") { self = .feminine; return }
            if patronymic.hasSuffix("вич") || patronymic.hasSuffix("ич") || patronymic.hasSuffix("оглы") { self = .masculine; return }
        }
        for ending in ["кызы", "вна", "чна"] where words.contains(where: { $0.hasSuffix(ending) }) { self = .feminine; return }
        if words.contains(where: { $0.hasSuffix("вич") || $0.hasSuffix("оглы") }) { self = .masculine; return }
        if let surname = words.first, ["ова", "ева", "ёва", "ина", "ына", "ая", "ская", "цкая"].contains(where: { surname.hasSuffix($0) }) {
            self = .feminine
            return
        }
        self = .masculine
    }

    /// A past-tense verb in this gender: `past("изменил")` is «изменила» for a woman.
    public func past(_ masculine: String) -> String {
        self == .feminine ? masculine + "а" : masculine
    }
}
