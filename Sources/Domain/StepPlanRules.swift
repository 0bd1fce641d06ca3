/// What a planned step must keep from the moment it is saved (added or
/// edited), not only when the route is agreed: a step that is only refused
/// at agreement is one the tutor has long forgotten how they entered.
extension RouteStep {
    /// Nil when the step may stand in `route`'s plan. `programmeHours`: the
    /// hours of the programme a course step uses, when it uses one.
    public func planRefusal(in route: Route, programmeHours: Int? = nil) -> Refusal? {
        if let refusal = validate() { return refusal }
        if plannedStart < route.periodStart || plannedEnd > route.periodEnd {
            return Refusal(
                "Шаг «\(title)» (\(plannedStart.russian)–\(plannedEnd.russian)) выходит за период маршрута \(route.periodStart.russian)–\(route.periodEnd.russian)",
                "Step “\(title)” (\(plannedStart.iso)–\(plannedEnd.iso)) is outside the route period \(route.periodStart.iso)–\(route.periodEnd.iso)")
        }
        if kind == .course, hours <= 0 {
            return Refusal("У курса «\(title)» должны быть часы: больше 0", "Course “\(title)” needs its hours: more than 0")
        }
        if kind == .course, let programmeHours, hours > programmeHours {
            return Refusal("В программе курса «\(title)» \(RussianPlural.count(programmeHours, "час", "часа", "часов")), а у шага \(hours)",
                           "The programme of course “\(title)” has \(programmeHours) hours, the step \(hours)")
        }
        return nil
    }
}
