/// What the assignee of a request does with it (a tutor, a РМА or municipal
/// methodist): each case is a guarded change of `HelpRequest`, so the work
/// follows the request's lifecycle and is refused with a reason otherwise.
///
/// - `take`: assigned -> in progress.
/// - `help`: a record of help given (date, form, what was done), while in
///   progress; the date is a real day (`ValueRanges.days`), not before the
///   request was made and not after today (it is help given, not planned).
/// - `resolve`: in progress -> resolved, with the answer the author reads,
///   and only after at least one record of help: the author and the
///   indicators are told what help was given, not only that it was.
/// - `handBack`: assigned or in progress -> triaged, the assignee taken off,
///   with the reason for whoever triages it next.
public enum RequestWork: Hashable, Sendable {
    case take
    case help(date: Day, form: HelpForm, what: String)
    case resolve(answer: String)
    case handBack(reason: String)

    /// Only the assignee works on a request; Storage says it as a missing right.
    public static let notYours = Phrase("работать с запросом, назначенным другому", "work on a request assigned to someone else")

    /// The actor is the request's assignee, or why not.
    public static func scopeRefusal(_ request: HelpRequest, actor: PersonID) -> Refusal? {
        request.assigneeID == actor ? nil : Refusal(notYours)
    }

    /// The new request and its history, or why the rules refuse it. `helpCount`
    /// is how many records of help the request already has; `today` dates a
    /// resolution and bounds the help's date.
    public func apply(to request: HelpRequest, actor: PersonID, helpCount: Int, today: Day) -> Result<RequestUpdate, Refusal> {
        if let refusal = RequestWork.scopeRefusal(request, actor: actor) { return .failure(refusal) }
        if !request.status.isOpen {
            return .failure(Refusal("Запрос «\(request.status.label.ru)»: он закрыт, изменить его нельзя",
                                    "The request is “\(request.status.label.en)”: it is closed and cannot be changed"))
        }
        switch self {
        case .take:
            guard request.status == .assigned else {
                return .failure(request.status == .inProgress
                    ? Refusal("Запрос уже в работе", "The request is already in progress")
                    : Refusal("Взять в работу можно назначенный запрос, а он «\(request.status.label.ru)»",
                              "Only an assigned request can be taken into work; this one is “\(request.status.label.en)”"))
            }
            return request.startWork()
        case .help(let date, let form, let what):
            guard request.status == .inProgress else { return .failure(RequestWork.takeFirst(request)) }
            if let refusal = ValueRanges.days.refusal(for: date) { return .failure(refusal) }
            if date < request.createdOn {
                return .failure(Refusal("Дата помощи \(date.russian) раньше даты запроса \(request.createdOn.russian)",
                                        "The help's date \(date.iso) is before the request date \(request.createdOn.iso)"))
            }
            if date > today {
                return .failure(Refusal("Дата помощи \(date.russian) ещё не наступила: записывается оказанная помощь",
                                        "The help's date \(date.iso) is in the future: record help already given"))
            }
            let text = what.trimmed
            guard !text.isEmpty else { return .failure(Refusal("Опишите, что сделано", "Say what was done")) }
            let given = HelpGiven(requestID: request.id, date: date, form: form, what: text)
            return .success(RequestUpdate(request: request, changes: [FieldChange(.help, before: "", after: given.recordedText)]))
        case .resolve(let answer):
            guard request.status == .inProgress else { return .failure(RequestWork.takeFirst(request)) }
            let text = answer.trimmed
            guard !text.isEmpty else {
                return .failure(Refusal("Напишите ответ автору запроса", "Write the answer for the request's author"))
            }
            guard helpCount > 0 else {
                return .failure(Refusal("Сначала запишите оказанную помощь: автор увидит, что было сделано",
                                        "Record the help given first: the author sees what was done"))
            }
            switch request.resolve(on: today) {
            case .failure(let refusal): return .failure(refusal)
            case .success(var update):
                update.changes.append(FieldChange(.answer, before: request.answer, after: text))
                update.request.answer = text
                return .success(update)
            }
        case .handBack(let reason):
            guard request.status == .assigned || request.status == .inProgress else {
                return .failure(Refusal("Вернуть на разбор можно назначенный или взятый в работу запрос",
                                        "Only an assigned or in-progress request can be handed back to triage"))
            }
            let text = reason.trimmed
            guard !text.isEmpty else {
                return .failure(Refusal("Укажите, почему запрос возвращается на разбор", "Say why the request goes back to triage"))
            }
            var updated = request
            updated.status = .triaged
            updated.assigneeID = nil
            return .success(RequestUpdate(request: updated, changes: [
                FieldChange(.status, before: request.status.rawValue, after: RequestStatus.triaged.rawValue),
                FieldChange(.assignee, before: request.assigneeID.map { String($0) } ?? "", after: ""),
                FieldChange(.handBackReason, before: "", after: text),
            ]))
        }
    }

    private static func takeFirst(_ request: HelpRequest) -> Refusal {
        request.status == .assigned
            ? Refusal("Сначала возьмите запрос в работу", "Take the request into work first")
            : Refusal("Запрос «\(request.status.label.ru)»: он не в работе", "The request is “\(request.status.label.en)”: it is not in progress")
    }

    /// What the work did, for the status bar.
    public var done: Phrase {
        switch self {
        case .take: return Phrase("Запрос взят в работу", "Request taken into work")
        case .help: return Phrase("Помощь записана", "Help recorded")
        case .resolve: return Phrase("Запрос решён, ответ отправлен автору", "Request resolved, the answer sent to the author")
        case .handBack: return Phrase("Запрос возвращён на разбор", "Request handed back to triage")
        }
    }
}
