/// The form of a Russian noun after a number: «1 год», «2 года», «5 лет»,
/// «11 лет», «21 год». By the last two digits: 11–14 take the "many" form;
/// otherwise the last digit: 1 → one, 2–4 → few, the rest → many.
public enum RussianPlural {
    public enum Form: Equatable, Sendable { case one, few, many }

    public static func form(_ n: Int) -> Form {
        let m = n.magnitude
        let lastTwo = m % 100, last = m % 10
        if (11...14).contains(lastTwo) { return .many }
        switch last {
        case 1: return .one
        case 2...4: return .few
        default: return .many
        }
    }

    /// The word agreeing with `n`: `word(5, "год", "года", "лет")` is «лет».
    public static func word(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        switch form(n) {
        case .one: return one
        case .few: return few
        case .many: return many
        }
    }

    /// The number and its word: «32 года».
    public static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(n) " + word(n, one, few, many)
    }

    /// After «из»: the genitive, singular only for a last 1 (not 11): «из 1 шага», «из 21 шага», «из 5 шагов».
    public static func ofCount(_ n: Int, singular: String, plural: String) -> String {
        "\(n) " + (form(n) == .one ? singular : plural)
    }

    /// Age in years: «32 года» / «age 32».
    public static func age(_ years: Int) -> Phrase {
        Phrase(count(years, "год", "года", "лет"), "age \(years)")
    }
}
