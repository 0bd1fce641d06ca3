/// One triage action, as the inbox applies it to one request or to all the
/// marked ones. Each case maps onto a guarded change of `HelpRequest`
/// (`RequestRules`), so the lifecycle is the domain's, never the screen's.
public enum TriageChange: Hashable, Sendable {
    case direction(Int?)
    case priority(RequestPriority)
    /// One step up (+1) or down (-1) from each request's own priority.
    case priorityStep(Int)
    /// nil takes the assignee off (assigned -> triaged).
    case assignee(PersonID?)
    case due(Day?)
    /// A move along the lifecycle; `.declined` needs `reason`.
    case status(RequestStatus, reason: String)

    /// The new request, or why the rules refuse it. `today` is the
    /// resolution date when the change resolves the request.
    public func apply(to request: HelpRequest, today: Day) -> Result<RequestUpdate, Refusal> {
        switch self {
        case .direction(let d): return request.setDirection(d)
        case .priority(let p): return request.setPriority(p)
        case .priorityStep(let step):
            guard let p = RequestPriority(rawValue: request.priority.rawValue + step) else {
                return .failure(Refusal("Приоритет уже «\(request.priority.label.ru)»", "The priority is already “\(request.priority.label.en)”"))
            }
            return request.setPriority(p)
        case .assignee(let a?): return request.assign(to: a)
        case .assignee(nil):
            if request.assigneeID == nil && request.status.isOpen && request.status != .assigned {
                return .success(RequestUpdate(request: request, changes: []))
            }
            return request.unassign()
        case .due(let d): return request.setDue(d)
        case .status(let target, let reason): return TriageChange.move(request, to: target, reason: reason, today: today)
        }
    }

    /// A status move by the rules that own it: assigning needs an assignee,
    /// starting work needs one too, resolving sets the date, declining needs
    /// a reason; other moves are checked against the lifecycle table.
    public static func move(_ request: HelpRequest, to target: RequestStatus, reason: String, today: Day) -> Result<RequestUpdate, Refusal> {
        switch target {
        case .inProgress: return request.startWork()
        case .resolved: return request.resolve(on: today)
        case .declined: return request.decline(reason: reason)
        case .triaged where request.status == .assigned: return request.unassign()
        case .assigned where request.assigneeID == nil && request.status.canMove(to: .assigned):
            return .failure(Refusal("Чтобы назначить запрос, выберите исполнителя",
                                    "To assign the request, choose the assignee"))
        default:
            if !request.status.isOpen {
                return .failure(Refusal("Запрос «\(request.status.label.ru)»: он закрыт, изменить его нельзя",
                                        "The request is “\(request.status.label.en)”: it is closed and cannot be changed"))
            }
            switch request.status.move(to: target) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let s):
                var updated = request
                updated.status = s
                return .success(RequestUpdate(request: updated,
                                              changes: [FieldChange(.status, before: request.status.rawValue, after: s.rawValue)]))
            }
        }
    }

    /// What the change sets, for messages ("направление 3").
    public var label: Phrase {
        switch self {
        case .direction(let d?): return Phrase("направление \(d)", "direction \(d)")
        case .direction(nil): return Phrase("направление снято", "direction cleared")
        case .priority(let p): return Phrase("приоритет «\(p.label.ru)»", "priority “\(p.label.en)”")
        case .priorityStep(let s): return s > 0 ? Phrase("приоритет выше", "priority raised") : Phrase("приоритет ниже", "priority lowered")
        case .assignee(_?): return Phrase("исполнитель", "assignee")
        case .assignee(nil): return Phrase("исполнитель снят", "assignee removed")
        case .due(let d?): return Phrase("срок \(d.russian)", "due \(d.iso)")
        case .due(nil): return Phrase("срок снят", "due date cleared")
        case .status(let s, _): return Phrase("статус «\(s.label.ru)»", "status “\(s.label.en)”")
        }
    }
}
