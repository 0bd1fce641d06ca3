/// Catalog rules of a further professional education programme (ДПП).
extension Programme {
    /// Why the programme cannot be in the catalog, or nil when it can:
    /// a blank title, or fewer hours than its kind requires (повышение
    /// квалификации at least 16, профессиональная переподготовка at least 250),
    /// or more than `ValueRanges.programmeHours` allows.
    public func validate() -> Refusal? {
        if title.isBlank {
            return Refusal("У программы должно быть название", "The programme needs a title")
        }
        if hours < kind.minimumHours {
            return Refusal("«\(kind.label.ru)»: не меньше \(kind.minimumHours) ч, а указано \(hours)",
                           "\(kind.label.en): at least \(kind.minimumHours) hours, but \(hours) given")
        }
        return ValueRanges.programmeHours.refusal(for: hours)
    }
}
