import Domain
import Storage

/// A person's route as the tutor sees it: the teacher's header and steps
/// (RouteHeader, RouteColumns, StepDetail shared with «Мой маршрут») with
/// the tutor's actions. Every action goes through the store (domain rule,
/// version check, audit); a conflict keeps the dialog open and says who
/// changed the data first.
final class TutorPersonScreen {
    enum Modal {
        case dialog(TeacherDialog, TutorAction)
        case proposals(ProposalList)
        case timeline(scroll: Int)
        case detail(scroll: Int)
        case confirmRemove(ConfirmDialog, RouteStep)
    }

    let personID: PersonID
    var data = MyRouteData()
    let links: RouteLinks
    var stepTable: TableView<ArraySource<RouteStep, StepID>>
    /// The person's deficits under the steps when there is room, read only: what an observation just changed.
    var deficitTable: TableView<ArraySource<DeficitSummary, DeficitID>>
    var modal: Modal?
    /// The last confirm or return from here, for `u`.
    var lastStepUndo: StepUndo?
    /// The diagnostic just recorded here, for `u` (its withdrawal): the last action wins.
    var lastDiagnostic: DiagnosticID?
    var closed = false
    var timeline: [TimelineEntry] = []
    /// The catalog items and deficits the new-step dialog offers.
    var newStepLinks: NewStepLinks?

    init(_ personID: PersonID, _ ctx: AppContext) {
        self.personID = personID
        links = RouteLinks(today: ctx.today)
        stepTable = TableView(source: ArraySource([], id: { $0.id }), columns: RouteColumns.steps(ctx, links: links, wide: false),
                              emptyMessage: ctx.t("Шагов нет — p: предложения из каталогов, n: добавить шаг",
                                                  "No steps — p: proposals from the catalogs, n: add a step"))
        deficitTable = TableView(source: ArraySource([], id: { $0.id }), columns: RouteColumns.deficits(ctx, links: links, wide: false),
                                 emptyMessage: ctx.t("Дефицитов нет", "No deficits"))
        deficitTable.isFocused = false
        reload(ctx)
    }

    var bindings: [KeyBinding] {
        switch modal {
        case .proposals: return ProposalList.bindings
        case .timeline, .detail: return PanelKeys.reader
        case .dialog, .confirmRemove: return []   // a form or a question takes every key
        case nil: return Self.screenBindings
        }
    }

    static let screenBindings: [KeyBinding] = {
        let a = KeyBinding.Groups.actions, n = KeyBinding.Groups.navigation
        return [
            KeyBinding("tutor.agree", keys: [.char("A")], label: Phrase("Согласовать маршрут", "Agree the route"), group: a),
            KeyBinding("tutor.confirm", keys: [.char("c")], label: Phrase("Подтвердить выполненный шаг (с комментарием)", "Confirm a done step (with a comment)"), group: a),
            KeyBinding("tutor.return", keys: [.char("r")], label: Phrase("Вернуть шаг на доработку (с комментарием)", "Return the step for rework (with a comment)"), group: a),
            KeyBinding("tutor.undo", keys: [.char("u")], label: Phrase("Отменить последнее: действие с шагом или внесённую диагностику",
                                                                    "Undo the last: a step action or a diagnostic recorded"), group: a),
            KeyBinding("tutor.add", keys: [.char("n")], label: Phrase("Добавить шаг", "Add a step"), group: a),
            KeyBinding("tutor.edit", keys: [.char("e")], label: Phrase("Изменить шаг (название, сроки, часы)", "Edit the step (title, dates, hours)"), group: a),
            KeyBinding("tutor.remove", keys: [.delete, .char("-")], label: Phrase("Удалить запланированный шаг", "Remove a planned step"), group: a),
            KeyBinding("tutor.proposals", keys: [.char("p")], label: Phrase("Построить маршрут из предложений", "Build the route from proposals"), group: a),
            KeyBinding("tutor.consult", keys: [.char("l")], label: Phrase("Записать консультацию", "Log a consultation"), group: a),
            KeyBinding("tutor.observe", keys: [.char("o")], label: Phrase("Диагностика: наблюдение урока, конкурс…", "Diagnostic: lesson observation, competition…"), group: a),
            KeyBinding("tutor.timeline", keys: [.char("t")], label: Phrase("Хронология: консультации, шаги, диагностики", "Timeline: consultations, steps, diagnostics"), group: a),
            KeyBinding("tutor.cancelRoute", keys: [.char("X")], label: Phrase("Отменить маршрут (с причиной)", "Cancel the route (with a reason)"), group: a),
            KeyBinding("tutor.open", keys: [.enter], label: Phrase("Подробно о шаге", "Step details"), group: a),
            KeyBinding("tutor.back", keys: [.escape], label: Phrase("Назад к списку", "Back to the caseload"), group: n, inPalette: false),
        ] + TableView<ArraySource<RouteStep, StepID>>.keyBindings(allowsMarks: false)
            .filter { $0.action != "table.open" && $0.action != "table.sortNext" && $0.action != "table.sortPrevious" }
    }()

    /// A form, or a question (it holds every key until answered).
    /// The dialog's form, for drafts (the caseload or the dashboard answer with it).
    var openForm: Form? { if case .dialog(let d, _) = modal { return d.form } else { return nil } }
    func fillOpenForm(from values: [String: String]) {
        if case .dialog(var d, let action) = modal {
            d.form.fill(from: values)
            newStepLinks?.adopt(d.form)
            modal = .dialog(d, action)
        }
    }

    var isEditing: Bool {
        switch modal { case .dialog, .confirmRemove: return true; default: return false }
    }
    var hasUnsavedInput: Bool { if case .dialog(let d, _) = modal { return d.isDirty } else { return false } }
    var route: Route? { data.route }
    var selectedStep: RouteStep? { stepTable.selectedRow }

    func statusText(_ ctx: AppContext) -> String {
        let name = data.profile?.person.fullName ?? ""
        guard let i = stepTable.selectedIndex, !data.steps.isEmpty else { return name }
        return name + ctx.t(" · шаг \(i + 1) из \(data.steps.count)", " · step \(i + 1) of \(data.steps.count)")
    }

    func reload(_ ctx: AppContext) {
        data = (try? MyRouteData.load(ctx, personID: personID)) ?? MyRouteData()
        links.today = ctx.today
        links.update(steps: data.steps)
        stepTable.source.replace(with: data.steps)
        stepTable.reload()
        deficitTable.source.replace(with: data.deficits)
        deficitTable.reload()
        links.highlight(step: selectedStep)
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .dialog(var dialog, let action):
            let outcome = dialog.handle(event)
            if case .add = action { newStepLinks?.follow(in: &dialog.form) }
            modal = .dialog(dialog, action)
            switch outcome {
            case .pending: return .handled
            case .unhandled: return .unhandled
            case .cancelled: modal = nil; return .handled
            case .submitted(let values): return submit(dialog, action, values, ctx)
            }
        case .proposals(var list):
            let result = list.handle(event, self, ctx)
            if case .proposals = modal { modal = list.closed ? nil : .proposals(list) }
            return result
        case .confirmRemove(var confirm, let step):
            let outcome = confirm.handle(event)
            switch outcome {
            case .pending: modal = .confirmRemove(confirm, step); return .handled
            case .declined: modal = nil; return .handled
            case .confirmed: modal = nil; return removeStep(step, ctx)
            }
        case .timeline, .detail:
            guard case .key(let key) = event else { return .handled }
            // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
            guard let action = KeyBinding.action(for: key, in: PanelKeys.reader) else { return .unhandled }
            return perform(action, ctx)
        case nil: break
        }
        if case .key(let key) = event, let action = KeyBinding.action(for: key, in: bindings), action.hasPrefix("tutor.") {
            return perform(action, ctx)
        }
        switch stepTable.handle(event) {
        case .activated: return perform("tutor.open", ctx)
        case .ignored: return .unhandled
        default: links.highlight(step: selectedStep); return .handled
        }
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .some where !bindings.contains(where: { $0.action == action }): break   // an action of the screen, from the palette
        case .proposals(var list):
            let result = list.perform(action, self, ctx)
            if case .proposals = modal { modal = list.closed ? nil : .proposals(list) }
            return result
        case .timeline(let scroll), .detail(let scroll):
            let isTimeline: Bool = { if case .timeline = modal { return true } else { return false } }()
            switch action {
            case "panel.close": modal = nil
            case "panel.down": modal = isTimeline ? .timeline(scroll: scroll + 1) : .detail(scroll: scroll + 1)
            case "panel.up": modal = isTimeline ? .timeline(scroll: max(0, scroll - 1)) : .detail(scroll: max(0, scroll - 1))
            default: break
            }
            return .handled
        case .dialog, .confirmRemove, nil: break
        }
        switch action {
        case "tutor.back": closed = true; return .handled
        case "tutor.open": if selectedStep != nil { modal = .detail(scroll: 0) }; return .handled
        case "tutor.timeline":
            timeline = (try? ctx.store.timeline(ctx.viewer, personID: personID)) ?? []
            modal = .timeline(scroll: 0)
            return .handled
        case "tutor.proposals": return openProposals(ctx)
        case "tutor.agree": return agree(ctx)
        case "tutor.undo":
            if let id = lastDiagnostic { return withdrawLastDiagnostic(id, ctx) }
            guard let undo = lastStepUndo else { return StepUndo.nothing(ctx) }
            lastStepUndo = nil
            let (result, _) = undo.run(ctx)
            reload(ctx)
            return result
        case "tutor.confirm", "tutor.return", "tutor.add", "tutor.edit", "tutor.consult", "tutor.cancelRoute", "tutor.observe":
            return openDialog(action, ctx)
        case "tutor.remove":
            guard let step = selectedStep else { return .handled }
            modal = .confirmRemove(ConfirmDialog(question: ctx.t("Удалить шаг «\(step.title)»?", "Remove the step “\(step.title)”?"),
                                                 destructive: true, language: ctx.language), step)
            return .handled
        case "table.first": stepTable.moveToFirst(); return .handled
        case "table.last": stepTable.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    func openProposals(_ ctx: AppContext) -> ViewResult {
        if let r = route, r.status != .draft && r.status != .agreed && r.status != .cancelled && r.status != .completed {
            return .message(ctx.t("Маршрут уже реализуется: добавляйте шаги по одному (n)", "The route is in progress: add steps one by one (n)"), .warning)
        }
        do {
            guard let input = try ctx.store.proposalInput(ctx.viewer, personID: personID) else { return .handled }
            let ranked = input.ranked(today: ctx.today)
            guard !ranked.isEmpty else {
                return .message(ctx.t("Нечего предложить: нет открытых дефицитов или подходящих позиций каталогов",
                                      "Nothing to propose: no open deficits or matching catalog items"), .info)
            }
            modal = .proposals(ProposalList(ranked, input: input))
            return .handled
        } catch {
            return .message(ctx.describe(error), .error)
        }
    }

    func agree(_ ctx: AppContext) -> ViewResult {
        guard let r = route else { return .message(ctx.t("Маршрута нет: p — построить из предложений", "No route: p builds one from proposals"), .warning) }
        do {
            try ctx.store.agreeRoute(ctx.viewer, routeID: r.id, expectedVersion: r.version)
            reload(ctx)
            return .message(ctx.t("Маршрут согласован — педагог видит его в «Мой маршрут»", "Route agreed — the teacher sees it under “My route”"), .info)
        } catch {
            reload(ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    func removeStep(_ s: RouteStep, _ ctx: AppContext) -> ViewResult {
        do {
            try ctx.store.removeStep(ctx.viewer, stepID: s.id, expectedVersion: s.version)
            reload(ctx)
            return .message(ctx.t("Шаг удалён: «\(s.title)»", "Step removed: “\(s.title)”"), .info)
        } catch {
            reload(ctx)
            return .message(ctx.describe(error), .error)
        }
    }
}
