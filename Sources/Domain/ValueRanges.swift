/// The range a number of the domain may take, and the name it is refused
/// under. Imports and forms parse typed numbers with `parse`, the rules of
/// each entry check with `refusal(for:)`, and `metodist check` counts stored
/// values outside `bounds` (another tool, or an older build, may have written
/// anything: screens never trust a stored number, see `Int.clampedAdding`).
public struct ValueRange: Hashable, Sendable {
    public let name: Phrase
    public let bounds: ClosedRange<Int>

    public init(_ name: Phrase, _ bounds: ClosedRange<Int>) { self.name = name; self.bounds = bounds }

    public func contains(_ value: Int) -> Bool { bounds.contains(value) }

    /// The value held inside the range (for drawing, never for storing).
    public func clamped(_ value: Int) -> Int { min(max(value, bounds.lowerBound), bounds.upperBound) }

    /// Why `value` is outside the range, or nil when it is inside.
    public func refusal(for value: Int) -> Refusal? {
        contains(value) ? nil : outside(String(value))
    }

    /// A typed whole number inside the range, or why not. Spaces between
    /// digit groups (`1 000`, NBSP too) and a leading `+` are allowed;
    /// fractions, exponents (`1e308`), `NaN` and anything else are not a
    /// whole number. A number too long for any integer is out of range, so
    /// the answer names the range rather than calling it "not a number".
    public func parse(_ typed: String) -> Result<Int, Refusal> {
        let text = String(typed.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" || sign == "−" {
            negative = sign != "+"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(Refusal("«\(ValueRange.quoted(typed))»: нужно целое число (\(name.ru.lowercasedFirst): \(span.ru))",
                                    "“\(ValueRange.quoted(typed))”: a whole number is needed (\(name.en.lowercasedFirst): \(span.en))"))
        }
        guard let magnitude = Int(digits) else { return .failure(outside(ValueRange.quoted(typed))) }
        let value = negative ? -magnitude : magnitude
        if let refusal = refusal(for: value) { return .failure(refusal) }
        return .success(value)
    }

    /// «от 1 до 1000» / "from 1 to 1000".
    public var span: Phrase {
        Phrase("от \(bounds.lowerBound) до \(bounds.upperBound)", "from \(bounds.lowerBound) to \(bounds.upperBound)")
    }

    private func outside(_ given: String) -> Refusal {
        Refusal("\(name.ru): \(span.ru), а указано \(given)", "\(name.en): \(span.en), but \(given) given")
    }

    /// Typed text as a refusal quotes it: at most 24 characters.
    static func quoted(_ text: String) -> String {
        let t = text.trimmed
        return t.count <= 24 ? t : String(t.prefix(24)) + "…"
    }
}

/// The range of calendar days the domain accepts anywhere (birth dates,
/// diagnostics, plans, due dates): 1900 to 2100. `9999-12-31` or
/// `0001-01-01` is a typing or export slip, never a real date of a school.
public struct DayRange: Hashable, Sendable {
    public let name: Phrase
    public let bounds: ClosedRange<Day>

    public init(_ name: Phrase, _ bounds: ClosedRange<Day>) { self.name = name; self.bounds = bounds }

    public func contains(_ day: Day) -> Bool { bounds.contains(day) }

    public func refusal(for day: Day) -> Refusal? {
        contains(day) ? nil : Refusal("\(name.ru) с \(bounds.lowerBound.russian) по \(bounds.upperBound.russian), а указано \(day.russian)",
                                      "\(name.en) from \(bounds.lowerBound.iso) to \(bounds.upperBound.iso), but \(day.iso) given")
    }
}

/// The named ranges of the domain's numbers.
///
/// | range            | bounds        | why                                                        |
/// |------------------|---------------|------------------------------------------------------------|
/// | programmeHours   | 1…1000        | a ДПП is 16–500 h (переподготовка from 250); 1000 is roomy  |
/// | stepHours        | 0…1000        | a route step is at most a programme; 0 for a talk or a visit |
/// | siteCapacity     | 0…1000        | places at an internship site: a school, not a stadium      |
/// | score            | 0…100         | the standard scale of the regional diagnostics             |
/// | direction        | 1…19          | the РМА's 19 directions                                    |
/// | roadmapYear      | 2000…2100     | the year of a roadmap item                                 |
/// | days             | 1900…2100     | any date the domain stores                                 |
public enum ValueRanges {
    public static let programmeHours = ValueRange(Phrase("Часы программы", "Programme hours"), 1...1000)
    public static let stepHours = ValueRange(Phrase("Часы шага", "Step hours"), 0...1000)
    public static let siteCapacity = ValueRange(Phrase("Вместимость площадки", "Site capacity"), 0...1000)
    public static let score = ValueRange(Phrase("Оценка", "Score"),
                                         CompetenceScale.standard.minimum...CompetenceScale.standard.maximum)
    public static let direction = ValueRange(Phrase("Номер направления", "Direction number"), 1...Direction.all.count)
    public static let roadmapYear = ValueRange(Phrase("Год", "Year"), 2000...2100)
    public static let days = DayRange(Phrase("Нужна дата", "A date is needed"), Day(year: 1900, month: 1, day: 1)!...Day(year: 2100, month: 12, day: 31)!)
}

extension String {
    /// The first letter in lower case, for a name inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
