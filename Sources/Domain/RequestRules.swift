/// The fields of a help request whose changes go to its history.
/// `rawValue` is what `RequestChange.field` holds.
public enum RequestField: String, Sendable, CaseIterable, Labelled {
    case text, competence, status, priority, direction, assignee, due, resolvedOn, declineReason
    /// The assignee's work (`RequestWork`): the answer; a record of help; why it went back to triage.
    case answer, help, handBackReason

    public var label: Phrase {
        switch self {
        case .text: return Phrase("текст", "text")
        case .competence: return Phrase("компетенция", "competence")
        case .status: return Phrase("статус", "status")
        case .priority: return Phrase("приоритет", "priority")
        case .direction: return Phrase("направление", "direction")
        case .assignee: return Phrase("исполнитель", "assignee")
        case .due: return Phrase("срок", "due date")
        case .resolvedOn: return Phrase("дата решения", "resolved on")
        case .declineReason: return Phrase("причина отклонения", "decline reason")
        case .answer: return Phrase("ответ", "answer")
        case .help: return Phrase("оказана помощь", "help given")
        case .handBackReason: return Phrase("возвращён на разбор", "handed back to triage")
        }
    }
}

/// One field change of a request, before Storage stamps it with who and when.
///
/// Values are stable texts, not labels: status — `RequestStatus.rawValue`;
/// priority — the case name (`low`, `normal`, `high`, `urgent`); direction —
/// its number; assignee — the person id; due and resolvedOn — ISO days;
/// declineReason — the text. An absent value is "".
public struct FieldChange: Hashable, Sendable {
    public var field: String
    public var before: String
    public var after: String
    public init(field: String, before: String, after: String) {
        self.field = field; self.before = before; self.after = after
    }
    public init(_ field: RequestField, before: String, after: String) {
        self.init(field: field.rawValue, before: before, after: after)
    }
    /// A request's creation in its history: status from nothing to new.
    public static let requestCreated = FieldChange(.status, before: "", after: RequestStatus.new.rawValue)

    /// The history row for Storage.
    public func record(requestID: RequestID, actorID: PersonID?, at: Int64) -> RequestChange {
        RequestChange(requestID: requestID, actorID: actorID, at: at, field: field, before: before, after: after)
    }
}

/// The triage order of a request: sort ascending, the first comes first.
/// See `RequestRules.triageOrder` for the rule.
public struct TriageKey: Comparable, Hashable, Sendable {
    public var isOpen: Bool
    public var priority: RequestPriority
    /// How many of the two priority reasons apply: a ШНОР school, a young teacher (0...2).
    public var reasons: Int
    /// Days since the request was created.
    public var ageDays: Int
    public var requestID: RequestID

    public init(isOpen: Bool, priority: RequestPriority, reasons: Int, ageDays: Int, requestID: RequestID) {
        self.isOpen = isOpen; self.priority = priority; self.reasons = reasons
        self.ageDays = ageDays; self.requestID = requestID
    }

    /// `l` comes before `r`.
    public static func < (l: TriageKey, r: TriageKey) -> Bool {
        if l.isOpen != r.isOpen { return l.isOpen }
        if l.priority != r.priority { return l.priority > r.priority }
        if l.reasons != r.reasons { return l.reasons > r.reasons }
        if l.ageDays != r.ageDays { return l.ageDays > r.ageDays }
        return l.requestID < r.requestID
    }
}

public enum RequestRules {
    /// The triage order, as the help overlay shows it.
    ///
    /// 1. Open requests before resolved and declined ones.
    /// 2. Higher priority first: urgent, high, normal, low.
    /// 3. At equal priority, requests with more priority reasons first: from a
    ///    ШНОР school (school with low results) and from a young teacher;
    ///    both reasons before one, one before none.
    /// 4. Then older requests first (more days since creation).
    /// 5. Then by number, so the order is stable.
    public static let triageOrder = Phrase(
        "Порядок разбора: сначала открытые запросы; среди них — по приоритету (срочный, высокий, обычный, низкий); "
            + "при равном приоритете — запросы школ ШНОР и молодых педагогов (оба признака раньше одного); "
            + "затем более давние; при равенстве — по номеру.",
        "Triage order: open requests first; among them by priority (urgent, high, normal, low); "
            + "at equal priority, requests from ШНОР schools (low results) and from young teachers (both reasons before one); "
            + "then older requests first; ties by number.")

    /// Requests sorted into triage order. `reasons` tells, for each request,
    /// whether it comes from a ШНОР school and from a young teacher.
    public static func sortedForTriage(_ requests: [HelpRequest], today: Day,
                                       reasons: (HelpRequest) -> (isLowResultsSchool: Bool, isYoungTeacher: Bool))
        -> [HelpRequest] {
        requests.map { request -> (TriageKey, HelpRequest) in
            let r = reasons(request)
            return (request.triageKey(isLowResultsSchool: r.isLowResultsSchool, isYoungTeacher: r.isYoungTeacher,
                                      today: today), request)
        }
        .sorted { $0.0 < $1.0 }
        .map(\.1)
    }
}

/// Guarded changes of a help request. Each returns the new request and its
/// field changes, or the reason it is refused.
///
/// - Closed requests (resolved, declined) cannot be changed.
/// - Setting the direction, priority or due date of a new request triages it
///   (new -> triaged, recorded as a status change too).
/// - `assign(to:)` needs an assignee: new/triaged -> assigned; an assigned
///   request is reassigned (status stays); an in-progress one goes back to
///   assigned for the new assignee. Assigning the same person again changes nothing.
/// - `resolve(on:)` from in progress, or from assigned through in progress;
///   sets `resolvedOn`, which may not be before the request was created.
/// - `decline(reason:)` from any open status, with a reason.
extension HelpRequest {
    public func triageKey(isLowResultsSchool: Bool, isYoungTeacher: Bool, today: Day) -> TriageKey {
        TriageKey(isOpen: status.isOpen, priority: priority,
                  reasons: (isLowResultsSchool ? 1 : 0) + (isYoungTeacher ? 1 : 0),
                  ageDays: today.days(since: createdOn), requestID: id)
    }

    /// The due date has passed (it is before `day`) and the request is still open.
    public func isOverdue(on day: Day) -> Bool {
        guard let due, status.isOpen else { return false }
        return due < day
    }

    /// Days from creation to resolution; nil until resolved.
    public var resolutionDays: Int? {
        guard status == .resolved, let resolvedOn else { return nil }
        return resolvedOn.days(since: createdOn)
    }

    /// Resolved no later than the due date. A resolved request without a due
    /// date is on time; an unresolved one is not.
    public var isResolvedOnTime: Bool {
        guard status == .resolved, let resolvedOn else { return false }
        guard let due else { return true }
        return resolvedOn <= due
    }

    public func setPriority(_ newPriority: RequestPriority) -> Result<RequestUpdate, Refusal> {
        editing { request, changes in
            guard request.priority != newPriority else { return nil }
            changes.append(FieldChange(.priority, before: request.priority.historyName, after: newPriority.historyName))
            request.priority = newPriority
            return nil
        }
    }

    /// Direction 1...19, or nil to clear it.
    public func setDirection(_ newDirection: Int?) -> Result<RequestUpdate, Refusal> {
        if let d = newDirection, Direction.number(d) == nil {
            return .failure(Refusal("Направления №\(d) нет: их \(Direction.all.count)",
                                    "There is no direction #\(d): there are \(Direction.all.count)"))
        }
        return editing { request, changes in
            guard request.direction != newDirection else { return nil }
            changes.append(FieldChange(.direction, before: HelpRequest.text(request.direction), after: HelpRequest.text(newDirection)))
            request.direction = newDirection
            return nil
        }
    }

    /// Due date, or nil to clear it. Not before the request was created.
    public func setDue(_ newDue: Day?) -> Result<RequestUpdate, Refusal> {
        if let d = newDue, d < createdOn {
            return .failure(Refusal("Срок \(d.russian) раньше даты запроса \(createdOn.russian)",
                                    "Due date \(d.iso) is before the request date \(createdOn.iso)"))
        }
        return editing { request, changes in
            guard request.due != newDue else { return nil }
            changes.append(FieldChange(.due, before: HelpRequest.text(request.due), after: HelpRequest.text(newDue)))
            request.due = newDue
            return nil
        }
    }

    public func assign(to assignee: PersonID?) -> Result<RequestUpdate, Refusal> {
        guard let assignee else {
            return .failure(Refusal("Выберите, кому назначить запрос", "Choose whom to assign the request to"))
        }
        if let refusal = closedGuard() { return .failure(refusal) }
        if assigneeID == assignee && (status == .assigned || status == .inProgress) {
            return .success(RequestUpdate(request: self, changes: []))
        }
        var request = self
        var changes: [FieldChange] = []
        if status != .assigned {
            switch status.move(to: .assigned) {
            case .success(let s):
                changes.append(FieldChange(.status, before: status.rawValue, after: s.rawValue))
                request.status = s
            case .failure(let refusal):
                return .failure(refusal)
            }
        }
        changes.append(FieldChange(.assignee, before: HelpRequest.text(assigneeID), after: HelpRequest.text(assignee)))
        request.assigneeID = assignee
        return .success(RequestUpdate(request: request, changes: changes))
    }

    /// assigned -> triaged, without an assignee.
    public func unassign() -> Result<RequestUpdate, Refusal> {
        if let refusal = closedGuard() { return .failure(refusal) }
        return transition([.triaged]) { request, changes in
            if request.assigneeID != nil {
                changes.append(FieldChange(.assignee, before: HelpRequest.text(request.assigneeID), after: ""))
                request.assigneeID = nil
            }
            return nil
        }
    }

    /// assigned -> in progress.
    public func startWork() -> Result<RequestUpdate, Refusal> {
        if let refusal = closedGuard() { return .failure(refusal) }
        return transition([.inProgress]) { request, _ in
            request.assigneeID == nil
                ? Refusal("У запроса нет исполнителя: сначала назначьте его", "The request has no assignee: assign it first")
                : nil
        }
    }

    /// in progress (or assigned) -> resolved on `day`.
    public func resolve(on day: Day) -> Result<RequestUpdate, Refusal> {
        if let refusal = closedGuard() { return .failure(refusal) }
        guard day >= createdOn else {
            return .failure(Refusal("Дата решения \(day.russian) раньше даты запроса \(createdOn.russian)",
                                    "Resolution date \(day.iso) is before the request date \(createdOn.iso)"))
        }
        let path: [RequestStatus] = status == .assigned ? [.inProgress, .resolved] : [.resolved]
        return transition(path) { request, changes in
            changes.append(FieldChange(.resolvedOn, before: HelpRequest.text(request.resolvedOn), after: day.iso))
            request.resolvedOn = day
            return nil
        }
    }

    /// Any open status -> declined, with a reason.
    public func decline(reason: String) -> Result<RequestUpdate, Refusal> {
        if let refusal = closedGuard() { return .failure(refusal) }
        guard !reason.isBlank else {
            return .failure(Refusal("Укажите причину отклонения запроса", "Give the reason for declining the request"))
        }
        return transition([.declined]) { request, changes in
            let text = reason.trimmed
            changes.append(FieldChange(.declineReason, before: request.declineReason, after: text))
            request.declineReason = text
            return nil
        }
    }

    // MARK: - private

    private func closedGuard() -> Refusal? {
        guard !status.isOpen else { return nil }
        return Refusal("Запрос «\(status.label.ru)»: он закрыт, изменить его нельзя",
                       "The request is “\(status.label.en)”: it is closed and cannot be changed")
    }

    /// A field edit of an open request; a new request becomes triaged when a field actually changes.
    private func editing(_ edit: (inout HelpRequest, inout [FieldChange]) -> Refusal?) -> Result<RequestUpdate, Refusal> {
        if let refusal = closedGuard() { return .failure(refusal) }
        var request = self
        var changes: [FieldChange] = []
        if let refusal = edit(&request, &changes) { return .failure(refusal) }
        if !changes.isEmpty && request.status == .new {
            changes.insert(FieldChange(.status, before: RequestStatus.new.rawValue, after: RequestStatus.triaged.rawValue), at: 0)
            request.status = .triaged
        }
        return .success(RequestUpdate(request: request, changes: changes))
    }

    /// Moves through `path` (each move checked against the table), then applies `edit`.
    /// The status change is recorded once, from the first status to the last.
    private func transition(_ path: [RequestStatus],
                            _ edit: (inout HelpRequest, inout [FieldChange]) -> Refusal?) -> Result<RequestUpdate, Refusal> {
        var request = self
        for target in path {
            switch request.status.move(to: target) {
            case .success(let s): request.status = s
            case .failure(let refusal): return .failure(refusal)
            }
        }
        var changes = [FieldChange(.status, before: status.rawValue, after: request.status.rawValue)]
        if let refusal = edit(&request, &changes) { return .failure(refusal) }
        return .success(RequestUpdate(request: request, changes: changes))
    }

    private static func text(_ value: Int?) -> String { value.map { String($0) } ?? "" }
    private static func text(_ value: Int64?) -> String { value.map { String($0) } ?? "" }
    private static func text(_ value: Day?) -> String { value?.iso ?? "" }
}

extension RequestPriority {
    /// The stable name written to a request's history: `low`, `normal`, `high`, `urgent`.
    public var historyName: String {
        switch self {
        case .low: return "low"
        case .normal: return "normal"
        case .high: return "high"
        case .urgent: return "urgent"
        }
    }
}
