import Domain

/// Form-field validators from the domain's `ValueRanges`: a typed number or
/// date outside its range is refused in the field, before saving, in the
/// words the imports use (the rules refuse it again on save).
public enum RangeValidators {
    /// A whole number inside `range`.
    public static func number(_ range: ValueRange, _ language: Language) -> (String) -> String? {
        { text in
            guard case .failure(let refusal) = range.parse(text) else { return nil }
            return refusal.reason.text(language)
        }
    }

    /// A date inside `range` (the date field itself says when it is not a date).
    public static func day(_ language: Language, _ range: DayRange = ValueRanges.days) -> (String) -> String? {
        { text in Form.parseDate(text).flatMap { range.refusal(for: $0) }?.reason.text(language) }
    }

    /// The typed number, read as the validator read it (spaces between digit
    /// groups allowed); `fallback` when it does not read.
    public static func whole(_ text: String?, _ range: ValueRange, fallback: Int = 0) -> Int {
        (try? range.parse(text ?? "").get()) ?? fallback
    }
}
