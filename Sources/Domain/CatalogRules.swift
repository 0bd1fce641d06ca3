/// Rules of the catalog entries other than ДПП programmes (whose hours rule
/// is in ProgrammeRules): what a new or edited internship site, best practice
/// or event must have, and the expert review of a practice.
extension InternshipSite {
    /// Why the site cannot be saved, or nil: a topic and a capacity inside
    /// `ValueRanges.siteCapacity`.
    public func validate() -> Refusal? {
        if topic.isBlank {
            return Refusal("У стажировочной площадки должна быть тема", "The internship site needs a topic")
        }
        if capacity < 0 {
            return Refusal("Вместимость не может быть отрицательной (указано \(capacity))",
                           "The capacity cannot be negative (\(capacity) given)")
        }
        return ValueRanges.siteCapacity.refusal(for: capacity)
    }
}

extension BestPractice {
    /// Why the practice cannot be saved, or nil: a title and one of the 19 directions.
    public func validate() -> Refusal? {
        if title.isBlank {
            return Refusal("У практики должно быть название", "The practice needs a title")
        }
        return CatalogRules.direction(direction)
    }

    /// The practice after an expert-review move (submitted -> review ->
    /// included / rejected), or why the move is refused.
    public func reviewed(to target: PracticeStatus) -> Result<BestPractice, Refusal> {
        status.move(to: target).map { status in
            var moved = self
            moved.status = status
            return moved
        }
    }
}

extension Event {
    /// Why the event cannot be saved, or nil: a title, a date inside
    /// `ValueRanges.days` and, if any, one of the 19 directions.
    public func validate() -> Refusal? {
        if title.isBlank {
            return Refusal("У мероприятия должно быть название", "The event needs a title")
        }
        if let refusal = ValueRanges.days.refusal(for: date) { return refusal }
        if let d = direction { return CatalogRules.direction(d) }
        return nil
    }
}

public enum CatalogRules {
    /// A direction number must be one of the РМА's 19.
    public static func direction(_ n: Int) -> Refusal? {
        Direction.number(n) == nil
            ? Refusal("Направления №\(n) нет: их 19 (1–19)", "There is no direction #\(n): there are 19 (1–19)")
            : nil
    }

    /// A typed number of hours, or why it is not one: the form's field says
    /// the minimum of the kind, so a wrong entry is explained before saving.
    public static func hours(_ typed: String, kind: ProgrammeKind) -> Result<Int, Refusal> {
        guard let n = Int(typed.trimmed), n >= 0 else {
            return .failure(Refusal("Часы — целое число (для «\(kind.label.ru)» не меньше \(kind.minimumHours))",
                                    "Hours must be a whole number (\(kind.label.en): at least \(kind.minimumHours))"))
        }
        return .success(n)
    }
}
