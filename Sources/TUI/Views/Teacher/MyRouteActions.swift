import Domain
import Exchange
import Foundation
import Storage

/// The teacher's actions on the route view. Each change goes through the
/// store (which applies the domain rule, checks the version, audits); a
/// rule that refuses is known before a form opens, so nobody types evidence
/// for a step that cannot take it.
extension MyRouteView {
    func startSelectedStep(_ ctx: AppContext) -> ViewResult {
        guard let step = requireStep(ctx) else { return noStepMessage(ctx) }
        guard let route = data.route else { return noStepMessage(ctx) }
        if case .failure(let refusal) = step.start(routeStatus: route.status) { return refused(refusal, ctx) }
        do {
            let moved = try ctx.store.startMyStep(ctx.viewer, stepID: step.id, expectedVersion: step.version)
            reload(ctx)
            let n = links.stepNumber[step.id].map(String.init) ?? ""
            lastStepUndo = StepUndo.after(step, moved, hand: .owner, number: links.stepNumber[step.id])
            return .message(ctx.t("Шаг \(n) начат: «\(step.title)»", "Step \(n) started: “\(step.title)”"), .info)
        } catch {
            reload(ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    /// `u`: the last move on a step from here taken back (a refusal or someone's later change says why not).
    func undoLastStepMove(_ ctx: AppContext) -> ViewResult {
        guard let undo = lastStepUndo else { return StepUndo.nothing(ctx) }
        lastStepUndo = nil
        let (result, _) = undo.run(ctx)
        reload(ctx)
        return result
    }

    func openDoneDialog(_ ctx: AppContext) -> ViewResult {
        guard let step = requireStep(ctx), let route = data.route else { return noStepMessage(ctx) }
        // The rule with stand-in evidence: refused for the status or the route, not for the evidence.
        if case .failure(let refusal) = step.markDone(evidence: Evidence(note: "•"), routeStatus: route.status) {
            return refused(refusal, ctx)
        }
        let intro = [
            TeacherLine((links.stepNumber[step.id].map { "\($0). " } ?? "") + step.title, .dialogTitle, hanging: 3),
            TeacherLine(ctx.t("Приложите подтверждение: номер удостоверения, ссылку на продукт (урок, разработку) или заметку — хотя бы одно. Тьютор проверит и подтвердит шаг.",
                              "Attach evidence: a certificate number, a link to the product (lesson, material) or a note — at least one. Your tutor will check and confirm the step."), .text),
        ]
        let fields: [FormField] = [
            .text("certificate", label: ctx.t("Удостоверение №", "Certificate #"), value: step.evidence.certificate, maxLength: 60),
            .text("link", label: ctx.t("Ссылка", "Link"), value: step.evidence.link, maxLength: 500, placeholder: "https://…"),
            .note("note", label: ctx.t("Заметка", "Note"), value: step.evidence.note, lines: 3, maxLength: 2000),
        ]
        modal = .dialog(TeacherDialog(purpose: .done(step.id, version: step.version),
                                      title: ctx.t("Шаг выполнен", "Step done"), intro: intro, fields: fields, language: ctx.language))
        return .handled
    }

    func openSkipDialog(_ ctx: AppContext) -> ViewResult {
        guard let step = requireStep(ctx), let route = data.route else { return noStepMessage(ctx) }
        if case .failure(let refusal) = step.askSkip(reason: "•", routeStatus: route.status) { return refused(refusal, ctx) }
        let intro = [
            TeacherLine((links.stepNumber[step.id].map { "\($0). " } ?? "") + step.title, .dialogTitle, hanging: 3),
            TeacherLine(ctx.t("Шаг будет отмечен пропущенным, причину увидит тьютор. Дефициты шага останутся открытыми — тьютор может предложить замену.",
                              "The step will be marked skipped; your tutor sees the reason. Its deficits stay open — the tutor may propose a replacement."), .text),
        ]
        let fields: [FormField] = [.note("reason", label: ctx.t("Причина", "Reason"), lines: 3, required: true, maxLength: 1000)]
        modal = .dialog(TeacherDialog(purpose: .skip(step.id, version: step.version),
                                      title: ctx.t("Пропустить шаг", "Skip the step"), intro: intro, fields: fields, language: ctx.language))
        return .handled
    }

    func openHelpDialog(_ ctx: AppContext) -> ViewResult {
        guard ctx.viewer.can(.askForHelp) else { return .message(ctx.describe(StoreError.forbidden(Action.askForHelp.label)), .error) }
        var deficit: DeficitSummary?
        var step: RouteStep?
        switch focus {
        case .deficits: deficit = selectedDeficit
        case .steps:
            step = selectedStep
            deficit = step.flatMap { data.deficits(of: $0).first }
        }
        let dialog = HelpRequestForm.dialog(deficit: deficit, step: step, ctx)
        modal = .dialog(dialog)
        return .handled
    }

    /// Runs a submitted dialog; a refusal or a conflict stays in the dialog.
    func submit(_ dialog: TeacherDialog, values: [String: String], _ ctx: AppContext) -> ViewResult {
        var dialog = dialog
        do {
            let message: String
            switch dialog.purpose {
            case .done(let id, let version):
                let evidence = Evidence(certificate: values["certificate"] ?? "", link: values["link"] ?? "", note: values["note"] ?? "")
                let before = data.steps.first { $0.id == id && $0.version == version }
                let moved = try ctx.store.markMyStepDone(ctx.viewer, stepID: id, expectedVersion: version, evidence: evidence)
                let n = links.stepNumber[id].map(String.init) ?? ""
                lastStepUndo = StepUndo.after(before, moved, hand: .owner, number: links.stepNumber[id])
                message = ctx.t("Шаг \(n) выполнен — ждёт подтверждения тьютора", "Step \(n) done — waiting for the tutor's confirmation")
            case .skip(let id, let version):
                let before = data.steps.first { $0.id == id && $0.version == version }
                let moved = try ctx.store.askToSkipMyStep(ctx.viewer, stepID: id, expectedVersion: version, reason: values["reason"] ?? "")
                let n = links.stepNumber[id].map(String.init) ?? ""
                lastStepUndo = StepUndo.after(before, moved, hand: .owner, number: links.stepNumber[id])
                message = ctx.t("Шаг \(n) пропущен; причину увидит тьютор", "Step \(n) skipped; your tutor will see why")
            case .help(let competence):
                let id = try HelpRequestForm.send(values, competenceID: competence, profile: data.profile, ctx)
                message = ctx.t("Запрос №\(id) отправлен — его статус на вкладке «Мои запросы»",
                                "Request #\(id) sent — see its status under “My requests”")
            }
            modal = nil
            reload(ctx)
            return .message(message, .info)
        } catch let StoreError.conflict(conflict) {
            reload(ctx)
            // Keep the typed text; the next submit checks against the fresh version.
            if case .done(let id, _) = dialog.purpose, let fresh = data.steps.first(where: { $0.id == id }) {
                dialog.purpose = .done(id, version: fresh.version)
            } else if case .skip(let id, _) = dialog.purpose, let fresh = data.steps.first(where: { $0.id == id }) {
                dialog.purpose = .skip(id, version: fresh.version)
            }
            dialog.error = ctx.t(conflict.message)
            modal = .dialog(dialog)
            return .handled
        } catch {
            dialog.error = ctx.describe(error)
            modal = .dialog(dialog)
            return .handled
        }
    }

    /// Writes route-LOGIN.md / .csv to `exportDirectory` and says where.
    func export(_ format: RouteExport.Format, _ ctx: AppContext) -> ViewResult {
        do {
            let text = try RouteExport.render(ctx.store, viewer: ctx.viewer, format: format, language: ctx.language)
            let safe = String(ctx.viewer.login.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
            let path = (exportDirectory as NSString).appendingPathComponent("route-\(safe).\(format.fileExtension)")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return .message(ctx.t("Маршрут сохранён: \(path)", "Route saved: \(path)"), .info)
        } catch let e as StoreError {
            return .message(ctx.t(e.message), .error)
        } catch {
            return .message(ctx.t("Не удалось записать файл: ", "Cannot write the file: ") + error.localizedDescription, .error)
        }
    }

    // MARK: - helpers

    private func requireStep(_ ctx: AppContext) -> RouteStep? {
        guard hasRoute else { return nil }
        if focus == .deficits, let d = selectedDeficit {
            // From a deficit: its only step, if it has exactly one.
            let steps = data.steps(of: d).filter { $0.status == .planned || $0.status == .inProgress }
            return steps.count == 1 ? steps.first : nil
        }
        return selectedStep
    }

    private func noStepMessage(_ ctx: AppContext) -> ViewResult {
        if !hasRoute {
            return .message(ctx.t("Маршрута пока нет — отмечать нечего. Нужна помощь: a", "No route yet — nothing to mark. Need help: a"), .warning)
        }
        return .message(ctx.t("Выберите шаг: Tab — к списку шагов", "Select a step: Tab goes to the steps"), .warning)
    }

    private func refused(_ refusal: Refusal, _ ctx: AppContext) -> ViewResult {
        .message(ctx.t("Нельзя: ", "Not possible: ") + ctx.t(refusal.reason), .error)
    }
}
