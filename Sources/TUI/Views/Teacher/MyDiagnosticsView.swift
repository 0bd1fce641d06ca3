import Domain
import Storage

/// Мои диагностики: the teacher's diagnostics, newest first; for the
/// selected one, the scores by competence area as a bar chart (and by
/// competence when there is room), and how deficits moved since the
/// previous diagnostic. One person's diagnostics: a few a year, read whole.
final class MyDiagnosticsView: AppView {
    let id = "myDiagnostics"
    let title = Phrase("Диагностика", "Diagnostics")
    private var diagnostics: [Diagnostic] = []
    private var framework = CompetenceFramework(competences: [])
    private var table: TableView<ArraySource<Diagnostic, DiagnosticID>>
    private var failed: String?

    init(_ ctx: AppContext) {
        table = TableView(source: ArraySource([], id: { $0.id }), columns: [], emptyMessage: "")
        reload(ctx)
    }

    var bindings: [KeyBinding] {
        TableView<ArraySource<Diagnostic, DiagnosticID>>.keyBindings(allowsMarks: false)
            .filter { $0.action != "table.open" && $0.action != "table.sortNext" }
    }

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
        default: return .unhandled
        }
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
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
            ], in: painter.sub(Rect(x: 1, y: 1, width: painter.width - 2, height: painter.height - 1)))
            return
        }
        let listHeight = min(diagnostics.count + 1, max(2, painter.height / 4))
        let twoColumns = painter.width >= 120
        let (list, rest) = Rect(x: 0, y: 0, width: painter.width, height: painter.height).splitTop(listHeight)
        table.render(into: painter.sub(twoColumns ? Rect(x: 0, y: 0, width: painter.width / 2 - 1, height: listHeight) : list))
        guard let selected = table.selectedRow, let index = diagnostics.firstIndex(where: { $0.id == selected.id }) else { return }
        let previous = diagnostics.indices.contains(index + 1) ? diagnostics[index + 1] : nil
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

    private func renderMovement(_ d: Diagnostic, _ previous: Diagnostic?, _ painter: Painter, _ ctx: AppContext) {
        let title = previous.map { ctx.t("Как изменились дефициты с \($0.date.russian)", "How deficits changed since \($0.date.russian)") }
            ?? ctx.t("Выявленные дефициты (первая диагностика)", "Deficits found (the first diagnostic)")
        var lines = [TeacherLine(title, .header)]
        let changes = DeficitMovement.between(previous, d, framework: framework)
        if changes.isEmpty { lines.append(TeacherLine(ctx.t("Дефицитов нет — все баллы не ниже порога.", "No deficits — every score is at or above the threshold."), .ok)) }
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
