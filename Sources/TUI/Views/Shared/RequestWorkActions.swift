import Domain
import Storage

/// The assignee's one-key work on a request, as the list and the open
/// request offer it: `w` takes it into work at once; `p` (help given), `r`
/// (resolve with the answer) and `b` (hand back to triage with the reason)
/// open a short form. A refused or conflicting save keeps the form and its
/// text, with the reason (a conflict names who changed the request, and the
/// next save goes against the fresh version); after a save the cursor stays
/// on the worked request, or the status bar says it left the list.
enum RequestWorkStep: String, CaseIterable {
    case take, help, resolve, handBack

    init?(action: String) {
        guard action.hasPrefix("requests."), let step = RequestWorkStep(rawValue: String(action.dropFirst("requests.".count))) else { return nil }
        self = step
    }

    var binding: KeyBinding {
        let a = KeyBinding.Groups.actions
        switch self {
        case .take: return KeyBinding("requests.take", keys: [.char("w")], label: Phrase("Взять запрос в работу", "Take the request into work"), group: a)
        case .help: return KeyBinding("requests.help", keys: [.char("p")], label: Phrase("Записать оказанную помощь", "Record the help given"), group: a)
        case .resolve: return KeyBinding("requests.resolve", keys: [.char("r")], label: Phrase("Решить: ответ автору", "Resolve: the answer to the author"), group: a)
        case .handBack: return KeyBinding("requests.handBack", keys: [.char("b")], label: Phrase("Вернуть на разбор с причиной", "Hand back to triage with a reason"), group: a)
        }
    }
}

extension RequestsView {
    var workBindings: [KeyBinding] { works ? RequestWorkStep.allCases.map(\.binding) : [] }

    /// The request the work is on: the open one, or the selected row.
    private var worked: RequestSummary? { detail?.summary ?? table.selectedRow }

    func startWork(_ step: RequestWorkStep, _ ctx: AppContext) -> ViewResult {
        guard let r = worked else { return .message(ctx.t("Выберите запрос", "Select a request"), .warning) }
        let target = TriageTarget(id: r.id, version: r.request.version)
        let fields: [FormField]
        let title: String
        switch step {
        case .take: return save(.take, step, target, ctx)
        case .help:
            title = ctx.t("Оказанная помощь", "Help given")
            fields = [
                .date("date", label: ctx.t("Дата", "Date"), value: ctx.today.iso, required: true, validator: RangeValidators.day(ctx.language)),
                .choice("form", label: ctx.t("Форма", "Form"), options: HelpForm.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) }),
                .note("what", label: ctx.t("Что сделано", "What was done"), lines: 3, required: true),
            ]
        case .resolve:
            title = ctx.t("Решить запрос", "Resolve the request")
            fields = [.note("answer", label: ctx.t("Ответ автору", "Answer to the author"), lines: 4, required: true)]
        case .handBack:
            title = ctx.t("Вернуть на разбор", "Hand back to triage")
            fields = [.note("reason", label: ctx.t("Причина", "Reason"), lines: 3, required: true)]
        }
        let who = r.authorName.isEmpty ? r.organizationName : r.authorName
        let intro = [TeacherLine(ctx.t("Запрос №\(r.id) · ", "Request #\(r.id) · ") + who, .dialogTitle), TeacherLine(r.request.text, .text, hanging: 2)]
        work = (TeacherDialog(purpose: .help(nil), title: title, intro: intro, fields: fields, language: ctx.language), step, target)
        return .handled
    }

    func handleWork(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard var open = work else { return .unhandled }
        let outcome = open.dialog.handle(event)
        work = open
        switch outcome {
        case .pending: return .handled
        case .unhandled: return .unhandled
        case .cancelled: work = nil; return .handled
        case .submitted(let values):
            let change: RequestWork
            switch open.step {
            case .take: change = .take
            case .help:
                change = .help(date: Form.parseDate(values["date"] ?? "") ?? ctx.today, form: HelpForm(rawValue: values["form"] ?? "") ?? .consultation,
                               what: values["what"] ?? "")
            case .resolve: change = .resolve(answer: values["answer"] ?? "")
            case .handBack: change = .handBack(reason: values["reason"] ?? "")
            }
            return save(change, open.step, open.target, ctx)
        }
    }

    /// One write; the form (if any) stays open with its text when refused.
    private func save(_ change: RequestWork, _ step: RequestWorkStep, _ target: TriageTarget, _ ctx: AppContext) -> ViewResult {
        do {
            _ = try ctx.store.workRequest(ctx.viewer, target, change)
            work = nil
            let stayed = table.reloadAfterAction()
            if detail != nil { refreshDetail(target.id, ctx) }
            return WorkedRow.noting(.message(ctx.t(change.done), .info), stayed: stayed || detail != nil, ctx.language)
        } catch let StoreError.conflict(conflict) {
            // Never overwritten: the fresh request is read, the form keeps its text, the next save checks the fresh version.
            table.reloadAfterAction()
            if detail != nil { refreshDetail(target.id, ctx) }
            let fresh = (try? ctx.store.request(ctx.viewer, id: target.id))?.request.version ?? target.version
            if var open = work {
                open.dialog.error = ctx.t(conflict.message)
                open.target = TriageTarget(id: target.id, version: fresh)
                work = open
            }
            return .message(ctx.t(conflict.message), .error)
        } catch {
            // What was refused may have changed under the user (reassigned, closed): the list shows it as it is now.
            table.reloadAfterAction()
            if detail != nil { refreshDetail(target.id, ctx) }
            guard var open = work else { return .message(ctx.describe(error), .error) }
            open.dialog.error = ctx.describe(error)
            work = open
            return .handled
        }
    }
}
