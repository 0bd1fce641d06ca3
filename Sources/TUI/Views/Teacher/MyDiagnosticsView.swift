import Domain
import Storage

/// Мои диагностики: the teacher's diagnostics, newest first; for the
/// selected one, the scores by competence area as a bar chart (and by
/// competence when there is room), and how deficits moved since the
/// previous diagnostic. One person's diagnostics: a few a year, read whole.
/// `n` records a self-assessment; `x` withdraws one's own entry of today.
final class MyDiagnosticsView: AppView {
    private enum Modal {
        case dialog(TeacherDialog)
        case withdraw(ConfirmDialog, DiagnosticID)
    }
    let id = "myDiagnostics"
    let title = Phrase("Диагностика", "Diagnostics")
    private var diagnostics: [Diagnostic] = []
    private var framework = CompetenceFramework(competences: [])
    private var table: TableView<ArraySource<Diagnostic, DiagnosticID>>
    private var failed: String?
    private var modal: Modal?

    init(_ ctx: AppContext) {
        table = TableView(source: ArraySource([], id: { $0.id }), columns: [], emptyMessage: "")
        reload(ctx)
    }

    var bindings: [KeyBinding] {
        guard modal == nil else { return [] }   // a form or a question takes every key
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("myDiagnostics.selfAssess", keys: [.char("n")], label: Phrase("Самооценка: внести баллы по компетенциям", "Self-assessment: enter scores by competence"), group: a),
            KeyBinding("myDiagnostics.withdraw", keys: [.char("x")], label: Phrase("Отозвать свою диагностику (в день внесения)", "Withdraw your own diagnostic (on the day it was recorded)"), group: a),
        ] + TableView<ArraySource<Diagnostic, DiagnosticID>>.keyBindings(allowsMarks: false)
            .filter { $0.action != "table.open" && $0.action != "table.sortNext" }
    }

    var keyHints: [KeyHint] {
        [KeyHint("myDiagnostics.selfAssess", label: Phrase("самооценка", "self-assessment")),
         KeyHint("myDiagnostics.withdraw", label: Phrase("отозвать", "withdraw"))]
    }

    var openForm: Form? { if case .dialog(let d) = modal { return d.form } else { return nil } }
    func fillOpenForm(from values: [String: String]) {
        if case .dialog(var d) = modal { d.form.fill(from: values); modal = .dialog(d) }
    }
    var isEditing: Bool { modal != nil }
    var hasUnsavedInput: Bool { if case .dialog(let d) = modal { return d.isDirty } else { return false } }

    func statusText(_ ctx: AppContext) -> String {
        guard let i = table.selectedIndex, !diagnostics.isEmpty else { return "" }
        return ctx.t("диагностика \(i + 1) из \(diagnostics.count)", "diagnostic \(i + 1) of \(diagnostics.count)")
    }

    func activate(_ ctx: AppContext) { reload(ctx) }

    func reload(_ ctx: AppContext) {
        do {
            framework = try ctx.store.competenceFramework()
            diagnostics = try ctx.store.diagnostics(ctx.viewer, personID: ctx.viewer.personID)
            failed = nil
        } catch {
            failed = ctx.describe(error)
        }
        let fw = framework
        table.columns = [
            Column(ctx.t("Дата", "Date"), width: .fixed(10)) { TableCell($0.date.russian) },
            Column(ctx.t("Источник", "Source"), width: .flexible(min: 14, weight: 2)) { TableCell(ctx.t($0.source.label)) },
            Column(ctx.t("Дефицитов", "Deficits"), width: .fixed(9), alignment: .right) { d in
                let n = DeficitMovement.deficitCount(d, framework: fw)
                return TableCell(String(n), role: n > 0 ? .warning : .ok)
            },
            Column(ctx.t("Средний балл", "Mean score"), width: .fixed(12), alignment: .right) { d in
                TableCell(fw.scale.mean(of: d.scores.values).map(String.init) ?? "—")
            },
        ]
        table.source.replace(with: diagnostics)
        table.reload()
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .dialog(var d):
            let outcome = d.handle(event)
            modal = .dialog(d)
            switch outcome {
            case .pending: return .handled
            case .unhandled: return .unhandled
            case .cancelled: modal = nil; return .handled
            case .submitted(let values): return saveSelfAssessment(d, values, ctx)
            }
        case .withdraw(var confirm, let id):
            switch confirm.handle(event) {
            case .pending: modal = .withdraw(confirm, id); return .handled
            case .declined: modal = nil; return .handled
            case .confirmed: modal = nil; return withdraw(id, ctx)
            }
        case nil: break
        }
        if event == .key(.enter) { return dispatch(event, ctx) }   // nothing to open here: Enter is not this tab's
        switch table.handle(event) {
        case .ignored, .activated: return dispatch(event, ctx)
        default: return .handled
        }
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        case "myDiagnostics.selfAssess": return openSelfAssessment(ctx)
        case "myDiagnostics.withdraw": return askToWithdraw(ctx)
        default: return .unhandled
        }
    }

    private func openSelfAssessment(_ ctx: AppContext) -> ViewResult {
        guard !framework.competences.isEmpty else {
            return .message(ctx.t("В рамке компетенций пока ничего нет: оценивать нечего", "The competence framework is empty: nothing to score"), .warning)
        }
        var dialog = TeacherDialog(purpose: .help(nil), title: ctx.t("Самооценка", "Self-assessment"),
                                   intro: DiagnosticEntryForm.intro(ctx, name: ctx.viewer.fullName, framework: framework),
                                   fields: DiagnosticEntryForm.fields(ctx, framework: framework, sources: [.selfAssessment]),
                                   language: ctx.language)
        dialog.maxWidth = DiagnosticEntryForm.dialogWidth
        modal = .dialog(dialog)
        return .handled
    }

    private func saveSelfAssessment(_ dialog: TeacherDialog, _ values: [String: String], _ ctx: AppContext) -> ViewResult {
        let d = DiagnosticEntryForm.diagnostic(from: values, personID: ctx.viewer.personID, framework: framework,
                                               sources: [.selfAssessment], today: ctx.today)
        do {
            let outcome = try ctx.store.recordDiagnostic(ctx.viewer, d)
            modal = nil
            reload(ctx)
            if let row = diagnostics.first(where: { $0.id == outcome.id }) { _ = table.follow(row) }
            return .message(DiagnosticEntryForm.summary(outcome, framework: framework, ctx), .info)
        } catch {
            var dialog = dialog
            dialog.error = ctx.describe(error)
            modal = .dialog(dialog)
            return .handled
        }
    }

    private func askToWithdraw(_ ctx: AppContext) -> ViewResult {
        guard let d = table.selectedRow else { return .handled }
        if let refusal = DiagnosticEntryRules.withdrawRefusal(d, by: ctx.viewer, today: ctx.today) {
            return .message(ctx.t("Нельзя: ", "Not possible: ") + ctx.t(refusal.reason), .warning)
        }
        modal = .withdraw(ConfirmDialog(question: ctx.t("Отозвать диагностику от \(d.date.russian) (\(ctx.t(d.source.label)))? Дефициты вернутся, как были до неё.",
                                                        "Withdraw the diagnostic of \(d.date.iso) (\(ctx.t(d.source.label)))? The deficits go back to how they were."),
                                        destructive: true, language: ctx.language), d.id)
        return .handled
    }

    private func withdraw(_ id: DiagnosticID, _ ctx: AppContext) -> ViewResult {
        do {
            let outcome = try ctx.store.withdrawDiagnostic(ctx.viewer, id: id)
            reload(ctx)
            return .message(DiagnosticEntryForm.summary(outcome, framework: framework, ctx, withdrawn: true), .info)
        } catch {
            reload(ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    private func renderModal(_ painter: Painter) {
        switch modal {
        case .dialog(var d): d.render(into: painter); modal = .dialog(d)
        case .withdraw(var c, let id): c.render(into: painter); modal = .withdraw(c, id)
        case nil: break
        }
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        renderContent(painter.sub(Rect(x: 0, y: 0, width: painter.width, height: max(0, painter.height - 1))), ctx)
        KeyHintRow.renderDotted(keyHints, bindings: bindings, into: painter, y: painter.height - 1, language: ctx.language)
        renderModal(painter)
    }

    private func renderContent(_ painter: Painter, _ ctx: AppContext) {
        if let failed {
            painter.text(failed, x: 1, y: 1, role: .danger)
            return
        }
        guard !diagnostics.isEmpty else {
            TeacherLine.draw([
                TeacherLine(ctx.t("Диагностик у вас пока не было.", "You have had no diagnostics yet."), .header),
                .blank,
                TeacherLine(ctx.t("Диагностику профессиональных дефицитов проводит ЦНППМ (региональная диагностика) или ваша школа (самооценка, наблюдение урока). По её итогам здесь появятся баллы по компетенциям, дефициты, а тьютор составит ваш маршрут.",
                                  "Diagnostics of professional deficits are run by the regional centre or your school. Their scores, your deficits and then your route will appear here."), .text),
                .blank,
                TeacherLine(ctx.t("n — внести самооценку", "n — record a self-assessment"), .muted),
            ], in: painter.sub(Rect(x: 1, y: 1, width: painter.width - 2, height: painter.height - 1)))
            return
        }
        let listHeight = min(diagnostics.count + 1, max(2, painter.height / 4))
        let twoColumns = painter.width >= 120
        let (list, rest) = Rect(x: 0, y: 0, width: painter.width, height: painter.height).splitTop(listHeight)
        table.render(into: painter.sub(twoColumns ? Rect(x: 0, y: 0, width: painter.width / 2 - 1, height: listHeight) : list))
        guard let selected = table.selectedRow, let index = diagnostics.firstIndex(where: { $0.id == selected.id }) else { return }
        let previous = Array(diagnostics.dropFirst(index + 1))
        if twoColumns {
            let cols = Layout.columns(Rect(x: 0, y: 0, width: painter.width, height: painter.height), weights: [1, 1], gap: 2)
            let left = Rect(x: cols[0].x, y: listHeight + 1, width: cols[0].width, height: painter.height - listHeight - 1)
            renderMovement(selected, previous, painter.sub(left), ctx)
            renderCharts(selected, painter.sub(cols[1]), ctx, byCompetence: true)
        } else {
            let areas = DeficitMovement.areaScores(selected, framework: framework).count
            let (charts, movement) = Rect(x: 0, y: rest.y + 1, width: painter.width, height: max(0, rest.height - 1))
                .splitTop(min(areas + 1, max(0, rest.height - 4)))
            renderCharts(selected, painter.sub(charts), ctx, byCompetence: false)
            renderMovement(selected, previous, painter.sub(Rect(x: 0, y: movement.y + 1, width: movement.width,
                                                               height: max(0, movement.height - 1))), ctx)
        }
    }

    private func renderCharts(_ d: Diagnostic, _ painter: Painter, _ ctx: AppContext, byCompetence: Bool) {
        let threshold = framework.scale.threshold
        painter.text(ctx.t("Баллы по областям компетенций (порог \(threshold))", "Scores by competence area (threshold \(threshold))"),
                     x: 1, y: 0, role: .header)
        let areas = DeficitMovement.areaScores(d, framework: framework)
        let items = areas.map { BarChart.Item(ctx.t($0.area.label), value: $0.score, valueText: String(Int($0.score.rounded()))) }
        BarChart(items: items, maximum: Double(framework.scale.maximum))
            .render(into: painter.sub(Rect(x: 1, y: 1, width: painter.width - 2, height: items.count)))
        guard byCompetence else { return }
        let y = items.count + 2
        guard painter.height > y + 2 else { return }
        painter.text(ctx.t("По компетенциям", "By competence"), x: 1, y: y, role: .header)
        let scored = framework.competences.compactMap { c in d.scores[c.id].map { (c, $0) } }
        let chart = scored.map { c, s in
            BarChart.Item("\(c.code) \(c.name)", value: Double(s), valueText: s < threshold ? "\(s) !" : "\(s)  ")
        }
        BarChart(items: chart, highlightsWeakest: true, maximum: Double(framework.scale.maximum))
            .render(into: painter.sub(Rect(x: 1, y: y + 1, width: painter.width - 2, height: painter.height - y - 1)))
    }

    private func renderMovement(_ d: Diagnostic, _ previous: [Diagnostic], _ painter: Painter, _ ctx: AppContext) {
        let title = previous.isEmpty ? ctx.t("Выявленные дефициты (первая диагностика)", "Deficits found (the first diagnostic)")
            : ctx.t("Что изменила эта диагностика (к прежним баллам)", "What this diagnostic changed (against earlier scores)")
        var lines = [TeacherLine(title, .header)]
        if !d.note.isEmpty { lines.append(TeacherLine(ctx.t("Заметка: ", "Note: ") + d.note, .muted, hanging: 2)) }
        let changes = DeficitMovement.between(previous, d, framework: framework)
        if changes.isEmpty {
            lines.append(previous.isEmpty ? TeacherLine(ctx.t("Дефицитов нет — все баллы не ниже порога.", "No deficits — every score is at or above the threshold."), .ok)
                : TeacherLine(ctx.t("Все оценённые здесь компетенции не ниже порога и не были дефицитами; остальные дефициты она не оценивала.",
                                    "Every competence scored here is at or above the threshold and was no deficit; it did not score the others."), .ok, hanging: 0))
        }
        for c in changes {
            let name = "\(c.competence.code) \(c.competence.name)"
            let scores = c.before.map { "\($0) → \(c.after)" } ?? "\(c.after)"
            switch c.kind {
            case .closed: lines.append(TeacherLine("✓ " + ctx.t("закрыт: ", "closed: ") + name + " · " + scores, .ok, hanging: 2))
            case .persisting:
                lines.append(TeacherLine("• " + ctx.t("сохраняется: ", "persists: ") + name + " · " + scores
                                         + (c.severity.map { " · " + ctx.t($0.label) } ?? ""), .warning, hanging: 2))
            case .found:
                lines.append(TeacherLine("+ " + ctx.t("выявлен: ", "found: ") + name + " · " + scores
                                         + (c.severity.map { " · " + ctx.t($0.label) } ?? ""), c.severity == .severe ? .danger : .text, hanging: 2))
            }
        }
        TeacherLine.draw(lines, in: painter.sub(Rect(x: 1, y: 0, width: painter.width - 1, height: painter.height)))
    }
}
