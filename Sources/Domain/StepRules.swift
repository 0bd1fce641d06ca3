/// Guarded moves of a route step. Each returns the changed step or the reason
/// it is refused; nothing else changes (Storage writes the step and bumps its
/// `version`).
///
/// - Work on steps happens only while the route is agreed or in progress:
///   every move here is refused on a draft, completed or cancelled route.
/// - The status table is `StepStatus.transitions`; the guards below come on top:
///   done needs evidence, skipping needs a reason, returning to work needs the
///   tutor's comment.
/// - Who may do what (the teacher marks done, the tutor confirms) is checked
///   by the caller with `Permissions`; these rules do not know the viewer.
extension RouteStep {
    /// Route statuses in which steps can be worked on.
    public static let workableRouteStatuses: Set<RouteStatus> = [.agreed, .inProgress]

    /// planned -> in progress. (The table's done -> in progress is the tutor's
    /// `returnToWork`, which needs a comment; `start` refuses it.)
    public func start(routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        if let refusal = RouteStep.routeGuard(routeStatus) { return .failure(refusal) }
        if status == .done {
            return .failure(Refusal("Шаг «\(status.label.ru)»: вернуть его в «\(StepStatus.inProgress.label.ru)» может только тьютор, с комментарием",
                                    "The step is “\(status.label.en)”: only the tutor can return it to “\(StepStatus.inProgress.label.en)”, with a comment"))
        }
        return moved(to: .inProgress)
    }

    /// in progress -> done, with evidence (a certificate number, a link to the
    /// product or a note). A planned step may be marked done directly: it passes
    /// through «in progress» (both moves are in the table).
    public func markDone(evidence: Evidence, routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        if let refusal = RouteStep.routeGuard(routeStatus) { return .failure(refusal) }
        var step = self
        if step.status == .planned {
            switch step.moved(to: .inProgress) {
            case .success(let s): step = s
            case .failure(let refusal): return .failure(refusal)
            }
        }
        let moved = step.moved(to: .done)
        guard case .success(var done) = moved else { return moved }
        guard !evidence.isEmpty else {
            return .failure(Refusal("Чтобы отметить шаг выполненным, приложите подтверждение: номер удостоверения, ссылку на продукт или заметку",
                                    "To mark the step done, attach evidence: a certificate number, a product link or a note"))
        }
        done.evidence = Evidence(certificate: evidence.certificate.trimmed, link: evidence.link.trimmed,
                                 note: evidence.note.trimmed)
        return .success(done)
    }

    /// planned or in progress -> skipped, with a reason.
    public func askSkip(reason: String, routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        if let refusal = RouteStep.routeGuard(routeStatus) { return .failure(refusal) }
        let moved = moved(to: .skipped)
        guard case .success(var skipped) = moved else { return moved }
        guard !reason.isBlank else {
            return .failure(Refusal("Укажите причину, по которой шаг пропускается", "Give the reason for skipping the step"))
        }
        skipped.skipReason = reason.trimmed
        return .success(skipped)
    }

    /// done -> confirmed by the tutor. A non-blank comment replaces the tutor's
    /// comment; a blank one keeps the previous comment.
    public func confirm(comment: String = "", routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        if let refusal = RouteStep.routeGuard(routeStatus) { return .failure(refusal) }
        return moved(to: .confirmed).map { confirmed in
            var confirmed = confirmed
            if !comment.isBlank { confirmed.tutorComment = comment.trimmed }
            return confirmed
        }
    }

    /// done -> in progress, by the tutor, who must say what to redo. The
    /// evidence is kept for the teacher to amend.
    public func returnToWork(comment: String, routeStatus: RouteStatus) -> Result<RouteStep, Refusal> {
        if let refusal = RouteStep.routeGuard(routeStatus) { return .failure(refusal) }
        guard status == .done else {
            return .failure(Refusal("Вернуть на доработку можно только шаг «\(StepStatus.done.label.ru)», а этот «\(status.label.ru)»",
                                    "Only a “\(StepStatus.done.label.en)” step can be returned for rework; this one is “\(status.label.en)”"))
        }
        let moved = moved(to: .inProgress)
        guard case .success(var returned) = moved else { return moved }
        guard !comment.isBlank else {
            return .failure(Refusal("Напишите комментарий: что нужно доработать", "Write a comment: what has to be redone"))
        }
        returned.tutorComment = comment.trimmed
        return .success(returned)
    }

    /// The planned end has passed (it is before `day`) and the step is still
    /// planned or in progress. Done, confirmed and skipped steps are never overdue.
    public func isOverdue(on day: Day) -> Bool {
        plannedEnd < day && (status == .planned || status == .inProgress)
    }

    /// Done by the teacher, waiting for the tutor.
    public var awaitsConfirmation: Bool { status == .done }

    /// Why the step itself is malformed: blank title, end before start,
    /// dates outside `ValueRanges.days`, hours outside `ValueRanges.stepHours`
    /// (a programme of absurd hours cannot become a step). Nil when it is fine.
    public func validate() -> Refusal? {
        if title.isBlank {
            return Refusal("У шага должно быть название", "The step needs a title")
        }
        if plannedEnd < plannedStart {
            return Refusal("Шаг «\(title)» заканчивается (\(plannedEnd.russian)) раньше, чем начинается (\(plannedStart.russian))",
                           "Step “\(title)” ends (\(plannedEnd.iso)) before it starts (\(plannedStart.iso))")
        }
        if hours < 0 {
            return Refusal("Часы шага «\(title)» не могут быть отрицательными", "Hours of step “\(title)” cannot be negative")
        }
        return ValueRanges.stepHours.refusal(for: hours)
            ?? ValueRanges.days.refusal(for: plannedStart) ?? ValueRanges.days.refusal(for: plannedEnd)
    }

    // MARK: - private

    private func moved(to target: StepStatus) -> Result<RouteStep, Refusal> {
        status.move(to: target).map { newStatus in
            var step = self
            step.status = newStatus
            return step
        }
    }

    private static func routeGuard(_ routeStatus: RouteStatus) -> Refusal? {
        guard !workableRouteStatuses.contains(routeStatus) else { return nil }
        return Refusal("Маршрут в статусе «\(routeStatus.label.ru)»: шаги можно менять, только когда он согласован или реализуется",
                       "The route is “\(routeStatus.label.en)”: steps can change only while it is agreed or in progress")
    }
}
