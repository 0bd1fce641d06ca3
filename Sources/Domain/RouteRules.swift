/// How far a route has come.
///
/// Skipped steps are out of the count: `total` and `hoursPlanned` cover the
/// steps not skipped. A confirmed step is also done: `done` counts steps done
/// or confirmed, `confirmed` the confirmed ones only, `awaitingConfirmation`
/// the done ones the tutor has not confirmed yet.
public struct RouteProgress: Hashable, Sendable {
    public var total = 0
    public var done = 0
    public var confirmed = 0
    public var skipped = 0
    public var hoursPlanned = 0
    public var hoursDone = 0
    public init() {}

    public var awaitingConfirmation: Int { done - confirmed }
    /// done / total, 0 when there is nothing to do.
    public var fractionDone: Double { total == 0 ? 0 : Double(done) / Double(total) }
    /// confirmed / total, 0 when there is nothing to do.
    public var fractionConfirmed: Double { total == 0 ? 0 : Double(confirmed) / Double(total) }
}

/// Guarded moves of a route (ИОМ). Each returns the changed route or the reason
/// it is refused. `steps` are the route's steps, as stored.
///
/// | move          | from -> to                     | guard                                                         |
/// |---------------|--------------------------------|---------------------------------------------------------------|
/// | `agree`       | draft -> agreed                | a tutor; period start ≤ end; at least one step not skipped; every such step valid and inside the period |
/// | `start`       | agreed -> in progress          | —                                                             |
/// | `complete`    | in progress -> completed       | every step confirmed or skipped, at least one confirmed       |
/// | `cancel`      | draft/agreed/in progress -> cancelled | a non-blank reason (kept in `cancelReason`)             |
/// | `backToDraft` | agreed -> draft                | no step has started (all planned or skipped)                  |
///
/// Storage may start an agreed route when its first step starts
/// (`start()` then the step's `start`).
extension Route {
    /// draft -> agreed.
    public func agree(steps: [RouteStep]) -> Result<Route, Refusal> {
        let moved = moved(to: .agreed)
        guard case .success = moved else { return moved }
        guard tutorID != nil else {
            return .failure(Refusal("Чтобы согласовать маршрут, назначьте тьютора", "Assign a tutor to agree the route"))
        }
        guard periodStart <= periodEnd else {
            return .failure(Refusal("Период маршрута заканчивается (\(periodEnd.russian)) раньше, чем начинается (\(periodStart.russian))",
                                    "The route period ends (\(periodEnd.iso)) before it starts (\(periodStart.iso))"))
        }
        guard steps.contains(where: { $0.status != .skipped }) else {
            return .failure(Refusal("В маршруте нет ни одного шага", "The route has no steps"))
        }
        for step in steps where step.status != .skipped {
            if let refusal = step.planRefusal(in: self) { return .failure(refusal) }
        }
        return moved
    }

    /// agreed -> in progress.
    public func start() -> Result<Route, Refusal> { moved(to: .inProgress) }

    /// in progress -> completed.
    public func complete(steps: [RouteStep]) -> Result<Route, Refusal> {
        let moved = moved(to: .completed)
        guard case .success = moved else { return moved }
        let open = steps.filter { $0.status != .confirmed && $0.status != .skipped }
        if let first = open.first {
            return .failure(Refusal(
                "Маршрут нельзя завершить: шагов не подтверждено и не пропущено — \(open.count), например «\(first.title)» (\(first.status.label.ru))",
                "The route cannot be completed: \(open.count) step(s) neither confirmed nor skipped, e.g. “\(first.title)” (\(first.status.label.en))"))
        }
        guard steps.contains(where: { $0.status == .confirmed }) else {
            return .failure(Refusal("Маршрут нельзя завершить: ни один шаг не подтверждён тьютором",
                                    "The route cannot be completed: no step is confirmed by the tutor"))
        }
        return moved
    }

    /// draft, agreed or in progress -> cancelled, with a reason.
    public func cancel(reason: String) -> Result<Route, Refusal> {
        let moved = moved(to: .cancelled)
        guard case .success(var cancelled) = moved else { return moved }
        guard !reason.isBlank else {
            return .failure(Refusal("Укажите причину отмены маршрута", "Give the reason for cancelling the route"))
        }
        cancelled.cancelReason = reason.trimmed
        return .success(cancelled)
    }

    /// agreed -> draft, to rework the plan; refused once work on a step has begun.
    public func backToDraft(steps: [RouteStep]) -> Result<Route, Refusal> {
        let moved = moved(to: .draft)
        guard case .success = moved else { return moved }
        if let started = steps.first(where: { $0.status != .planned && $0.status != .skipped }) {
            return .failure(Refusal("Маршрут нельзя вернуть в черновик: шаг «\(started.title)» уже «\(started.status.label.ru)»",
                                    "The route cannot go back to draft: step “\(started.title)” is already “\(started.status.label.en)”"))
        }
        return moved
    }

    /// Whether `day` falls inside the route period.
    public func covers(_ day: Day) -> Bool { periodStart <= day && day <= periodEnd }

    /// Counts and hours of the steps (see `RouteProgress`). Hours are summed
    /// with `clampedAdding` and a negative step counts 0: a stored step of
    /// absurd hours (issue 15) shows an absurd total, it never traps the screen.
    public static func progress(of steps: [RouteStep]) -> RouteProgress {
        var p = RouteProgress()
        for step in steps {
            if step.status == .skipped { p.skipped += 1; continue }
            p.total += 1
            let hours = max(0, step.hours)
            p.hoursPlanned = p.hoursPlanned.clampedAdding(hours)
            if step.status == .done || step.status == .confirmed {
                p.done += 1
                p.hoursDone = p.hoursDone.clampedAdding(hours)
            }
            if step.status == .confirmed { p.confirmed += 1 }
        }
        return p
    }

    private func moved(to target: RouteStatus) -> Result<Route, Refusal> {
        status.move(to: target).map { newStatus in
            var route = self
            route.status = newStatus
            return route
        }
    }
}

extension Route {
    /// A change of the route's plan (a step added, edited or removed): the
    /// route's fields stay, its version moves on so two tutors editing one
    /// plan never overwrite each other, and the change is recorded as `plan`.
    /// Refused once the route is completed or cancelled: a route in
    /// progress is corrected as the year goes (a re-diagnostic opens a new
    /// deficit, a course is cancelled), step by step.
    public func replanned(_ note: String) -> Result<Update<Route>, Refusal> {
        guard Route.plannableStatuses.contains(status) else {
            return .failure(Refusal("Маршрут «\(status.label.ru)»: план меняется, пока маршрут не завершён и не отменён",
                                    "The route is “\(status.label.en)”: the plan changes only until it is completed or cancelled"))
        }
        return .success(Update(value: self, changes: [FieldChange(field: "plan", before: "", after: note)]))
    }

    /// The statuses in which the plan may change.
    public static let plannableStatuses: Set<RouteStatus> = [.draft, .agreed, .inProgress]
}
