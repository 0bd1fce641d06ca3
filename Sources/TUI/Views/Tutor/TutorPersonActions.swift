import Domain
import Storage

/// What a tutor's dialog will do when submitted (with the versions it read).
enum TutorAction: Equatable {
    case confirm(StepID, version: Int)
    case giveBack(StepID, version: Int)
    case add(RouteID, version: Int)
    case edit(StepID, version: Int)
    case cancel(RouteID, version: Int)
    case consult
    /// A lesson observation (or another source) for the person.
    case diagnostic
}

extension TutorPersonScreen {
    func openDialog(_ action: String, _ ctx: AppContext) -> ViewResult {
        let today = ctx.today
        var fields: [FormField] = []
        var title = ""
        let purpose: TutorAction
        let step = selectedStep
        func needStep() -> ViewResult { .message(ctx.t("Выберите шаг", "Select a step"), .warning) }
        // Plans are checked against the domain's ranges in the fields, before saving.
        let days = RangeValidators.day(ctx.language), hours = RangeValidators.number(ValueRanges.stepHours, ctx.language)
        switch action {
        case "tutor.confirm", "tutor.return":
            guard let s = step, let r = route else { return needStep() }
            let check = action == "tutor.confirm" ? s.confirm(routeStatus: r.status) : s.returnToWork(comment: "•", routeStatus: r.status)
            if case .failure(let refusal) = check { return .message(ctx.t("Нельзя: ", "Not possible: ") + ctx.t(refusal.reason), .error) }
            title = action == "tutor.confirm" ? ctx.t("Подтвердить шаг", "Confirm the step") : ctx.t("Вернуть на доработку", "Return for rework")
            fields = [.note("comment", label: ctx.t("Комментарий", "Comment"), lines: 3, required: action != "tutor.confirm")]
            purpose = action == "tutor.confirm" ? .confirm(s.id, version: s.version) : .giveBack(s.id, version: s.version)
        case "tutor.add":
            guard let r = route else { return .message(ctx.t("Маршрута нет: p — построить из предложений", "No route: p builds one from proposals"), .warning) }
            title = ctx.t("Новый шаг", "New step")
            let linking = NewStepLinks(input: try? ctx.store.proposalInput(ctx.viewer, personID: personID), deficits: data.deficits,
                                       existing: data.steps)
            newStepLinks = linking
            let links = linking.fields(ctx)
            fields = links.filter { $0.id == "catalog" } + [
                .choice("kind", label: ctx.t("Вид", "Kind"), options: StepKind.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) }),
                .text("title", label: ctx.t("Название", "Title"), required: true, maxLength: 200),
                .date("start", label: ctx.t("Начало", "Start"), value: max(today, r.periodStart).iso, required: true, validator: days),
                .date("end", label: ctx.t("Конец", "End"), value: min(max(today, r.periodStart).adding(months: 1), r.periodEnd).iso, required: true,
                      validator: days),
                .text("hours", label: ctx.t("Часы", "Hours"), value: "0", maxLength: 4, validator: hours),
            ] + links.filter { $0.id == "deficits" }
            purpose = .add(r.id, version: r.version)
        case "tutor.edit":
            guard let s = step else { return needStep() }
            title = ctx.t("Изменить шаг", "Edit the step")
            fields = [
                .text("title", label: ctx.t("Название", "Title"), value: s.title, required: true, maxLength: 200),
                .date("start", label: ctx.t("Начало", "Start"), value: s.plannedStart.iso, required: true, validator: days),
                .date("end", label: ctx.t("Конец", "End"), value: s.plannedEnd.iso, required: true, validator: days),
                .text("hours", label: ctx.t("Часы", "Hours"), value: String(s.hours), maxLength: 4, validator: hours),
            ]
            purpose = .edit(s.id, version: s.version)
        case "tutor.observe":
            // A mentor sees the mentee's route but records no diagnostics: said before any typing.
            guard ctx.viewer.can(.recordDiagnostics) else {
                return .message(ctx.t("Нет прав: ", "Not allowed: ") + ctx.t(Action.recordDiagnostics.label), .error)
            }
            guard let framework = try? ctx.store.competenceFramework(), !framework.competences.isEmpty else {
                return .message(ctx.t("В рамке компетенций пока ничего нет: оценивать нечего", "The competence framework is empty: nothing to score"), .warning)
            }
            var dialog = TeacherDialog(purpose: .help(nil), title: ctx.t("Диагностика: наблюдение урока", "Diagnostic: lesson observation"),
                                       intro: DiagnosticEntryForm.intro(ctx, name: data.profile?.person.fullName ?? "", framework: framework),
                                       fields: DiagnosticEntryForm.fields(ctx, framework: framework, sources: DiagnosticEntryRules.sourcesForOthers),
                                       language: ctx.language)
            dialog.maxWidth = DiagnosticEntryForm.dialogWidth
            modal = .dialog(dialog, .diagnostic)
            return .handled
        case "tutor.cancelRoute":
            guard let r = route else { return .handled }
            title = ctx.t("Отменить маршрут", "Cancel the route")
            fields = [.note("reason", label: ctx.t("Причина", "Reason"), lines: 3, required: true)]
            purpose = .cancel(r.id, version: r.version)
        default:
            title = ctx.t("Консультация", "Consultation")
            fields = [
                .date("date", label: ctx.t("Дата", "Date"), value: today.iso, required: true),
                .choice("form", label: ctx.t("Форма", "Form"), options: ConsultationForm.allCases.map { FormChoice(id: $0.rawValue, label: ctx.t($0.label)) }),
                .text("topic", label: ctx.t("Тема", "Topic"), required: true, maxLength: 200),
                .text("result", label: ctx.t("Результат", "Result"), maxLength: 500),
                .text("next", label: ctx.t("Следующий шаг", "Next step"), maxLength: 500),
            ]
            purpose = .consult
        }
        let who = TeacherLine(data.profile?.person.fullName ?? "", .dialogTitle)
        // The step named under the title is the one the dialog acts on: none for a new step, a consultation or the route.
        let onStep: Bool = { switch purpose { case .confirm, .giveBack, .edit: return true; default: return false } }()
        let intro = onStep ? step.map { [who, TeacherLine($0.title, .text)] } ?? [who] : [who]
        modal = .dialog(TeacherDialog(purpose: .help(nil), title: title, intro: intro, fields: fields, language: ctx.language), purpose)
        return .handled
    }

    func submit(_ dialog: TeacherDialog, _ action: TutorAction, _ values: [String: String], _ ctx: AppContext) -> ViewResult {
        var dialog = dialog
        let store = ctx.store, v = ctx.viewer
        func day(_ key: String) -> Day { Form.parseDate(values[key] ?? "") ?? ctx.today }
        var added: StepID?
        do {
            let message: String
            switch action {
            case .confirm(let id, let version):
                let before = data.steps.first { $0.id == id && $0.version == version }
                let moved = try store.confirmStep(v, stepID: id, expectedVersion: version, comment: values["comment"] ?? "")
                lastStepUndo = StepUndo.after(before, moved, hand: .tutor, number: links.stepNumber[id])
                lastDiagnostic = nil
                message = ctx.t("Шаг подтверждён · u — отменить", "Step confirmed · u to undo")
            case .giveBack(let id, let version):
                let before = data.steps.first { $0.id == id && $0.version == version }
                let moved = try store.returnStep(v, stepID: id, expectedVersion: version, comment: values["comment"] ?? "")
                lastStepUndo = StepUndo.after(before, moved, hand: .tutor, number: links.stepNumber[id])
                lastDiagnostic = nil
                message = ctx.t("Шаг возвращён на доработку · u — отменить", "Step returned for rework · u to undo")
            case .add(let routeID, let version):
                let kind = StepKind(rawValue: values["kind"] ?? "") ?? .selfEducation
                let linked = newStepLinks?.links(from: values) ?? (catalog: nil, deficitIDs: [])
                let step = RouteStep(id: 0, routeID: routeID, kind: kind, title: values["title"] ?? "", catalog: linked.catalog,
                                     deficitIDs: linked.deficitIDs, plannedStart: day("start"), plannedEnd: day("end"),
                                     hours: RangeValidators.whole(values["hours"], ValueRanges.stepHours))
                added = try store.addSteps(v, routeID: routeID, expectedRouteVersion: version, [step]).first
                message = ctx.t("Шаг добавлен", "Step added")
            case .edit(let id, let version):
                try store.editStepPlan(v, stepID: id, expectedVersion: version, title: values["title"] ?? "", start: day("start"),
                                       end: day("end"), hours: RangeValidators.whole(values["hours"], ValueRanges.stepHours))
                message = ctx.t("Шаг изменён", "Step changed")
            case .cancel(let id, let version):
                try store.cancelRoute(v, routeID: id, expectedVersion: version, reason: values["reason"] ?? "")
                message = ctx.t("Маршрут отменён", "Route cancelled")
            case .diagnostic:
                let framework = try store.competenceFramework()
                let d = DiagnosticEntryForm.diagnostic(from: values, personID: personID, framework: framework,
                                                       sources: DiagnosticEntryRules.sourcesForOthers, today: ctx.today)
                let outcome = try store.recordDiagnostic(v, d)
                lastDiagnostic = outcome.id
                message = DiagnosticEntryForm.summary(outcome, framework: framework, ctx) + ctx.t(" · u — отозвать", " · u to withdraw")
            case .consult:
                try store.logConsultation(v, personID: personID, date: day("date"),
                                          form: ConsultationForm(rawValue: values["form"] ?? "") ?? .inPerson,
                                          topic: values["topic"] ?? "", result: values["result"] ?? "", nextStep: values["next"] ?? "")
                message = ctx.t("Консультация записана", "Consultation logged")
            }
            modal = nil
            reload(ctx)
            // The cursor goes to the new step, so the next Enter or Del acts on it.
            if let added, let fresh = data.steps.first(where: { $0.id == added }) {
                _ = stepTable.follow(fresh)
                links.highlight(step: selectedStep)
            }
            return .message(message, .info)
        } catch let StoreError.conflict(conflict) {
            // Never overwritten: fresh data; the dialog stays, typed text kept, saying who changed it
            // first; the next submit checks against the fresh version.
            reload(ctx)
            dialog.error = ctx.t(conflict.message)
            modal = .dialog(dialog, refreshed(action))
            return .message(ctx.t(conflict.message), .error)
        } catch {
            dialog.error = ctx.describe(error)
            modal = .dialog(dialog, action)
            return .handled
        }
    }

    /// `u` after a diagnostic recorded here: its same-day withdrawal, the deficits put back.
    func withdrawLastDiagnostic(_ id: DiagnosticID, _ ctx: AppContext) -> ViewResult {
        lastDiagnostic = nil
        do {
            let framework = try ctx.store.competenceFramework()
            let outcome = try ctx.store.withdrawDiagnostic(ctx.viewer, id: id)
            reload(ctx)
            return .message(DiagnosticEntryForm.summary(outcome, framework: framework, ctx, withdrawn: true), .info)
        } catch {
            return .message(ctx.describe(error), .error)
        }
    }

    /// The action with the versions just re-read.
    func refreshed(_ action: TutorAction) -> TutorAction {
        func stepVersion(_ id: StepID, _ v: Int) -> Int { data.steps.first { $0.id == id }?.version ?? v }
        switch action {
        case .confirm(let id, let v): return .confirm(id, version: stepVersion(id, v))
        case .giveBack(let id, let v): return .giveBack(id, version: stepVersion(id, v))
        case .edit(let id, let v): return .edit(id, version: stepVersion(id, v))
        case .add(let id, let v): return .add(id, version: route?.version ?? v)
        case .cancel(let id, let v): return .cancel(id, version: route?.version ?? v)
        case .consult: return .consult
        case .diagnostic: return .diagnostic
        }
    }
}
