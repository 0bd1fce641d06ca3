import Domain
import Storage

/// Which deficits a route's steps address, both ways, and what is
/// highlighted now: the steps of the selected deficit, or the deficits of
/// the selected step. A class, so the tables' cell closures see the
/// current state without being rebuilt.
final class RouteLinks {
    private(set) var stepNumber: [StepID: Int] = [:]
    private(set) var stepsOfDeficit: [DeficitID: [StepID]] = [:]
    private(set) var highlightedSteps: Set<StepID> = []
    private(set) var highlightedDeficits: Set<DeficitID> = []
    var today: Day

    init(today: Day) { self.today = today }

    func update(steps: [RouteStep]) {
        stepNumber = [:]
        stepsOfDeficit = [:]
        for (i, s) in steps.enumerated() {
            stepNumber[s.id] = i + 1
            for d in s.deficitIDs { stepsOfDeficit[d, default: []].append(s.id) }
        }
    }

    /// "1, 4" — the numbers of the steps addressing a deficit.
    func stepNumbers(of deficit: DeficitID) -> String {
        (stepsOfDeficit[deficit] ?? []).compactMap { stepNumber[$0] }.sorted().map(String.init).joined(separator: ",")
    }

    func highlight(deficit: DeficitSummary?) {
        highlightedDeficits = []
        highlightedSteps = Set(deficit.map { stepsOfDeficit[$0.id] ?? [] } ?? [])
    }

    func highlight(step: RouteStep?) {
        highlightedSteps = []
        highlightedDeficits = Set(step?.deficitIDs ?? [])
    }
}

/// The columns of the two panes, narrow (80 columns) and wide.
enum RouteColumns {
    static let linkMark = "◆"

    static func deficits(_ ctx: AppContext, links: RouteLinks, wide: Bool) -> [Column<DeficitSummary>] {
        var cols: [Column<DeficitSummary>] = [
            Column(" ", width: .fixed(1)) { d in
                TableCell(links.highlightedDeficits.contains(d.id) ? linkMark : "", role: .highlight)
            },
            Column(ctx.t("Код", "Code"), width: .fixed(4)) { d in
                TableCell(d.competenceCode, role: links.highlightedDeficits.contains(d.id) ? .highlight : nil)
            },
            Column(ctx.t("Компетенция", "Competence"), width: .flexible(min: 16, weight: 3)) { d in
                TableCell(d.competenceName, role: links.highlightedDeficits.contains(d.id) ? .highlight
                          : (d.deficit.status.isOpen ? nil : .muted))
            },
        ]
        if wide {
            cols.append(Column(ctx.t("Область", "Area"), width: .flexible(min: 10, weight: 1)) { d in
                TableCell(ctx.t(d.area.label), role: .muted)
            })
        }
        cols.append(Column(ctx.t("Уровень", "Severity"), width: .fixed(11)) { d in
            TableCell(ctx.t(d.deficit.severity.label), role: severityRole(d.deficit))
        })
        cols.append(Column(ctx.t("Балл", "Score"), width: .fixed(4), alignment: .right) { d in TableCell(String(d.deficit.score)) })
        if wide {
            cols.append(Column(ctx.t("Статус", "Status"), width: .fixed(11)) { d in
                TableCell(ctx.t(d.deficit.status.label), role: d.deficit.status == .closed ? .ok : nil)
            })
            cols.append(Column(ctx.t("Выявлен", "Found"), width: .fixed(10)) { d in
                TableCell(d.diagnosticDate?.russian ?? "", role: .muted)
            })
        }
        cols.append(Column(ctx.t("Шаги", "Steps"), width: .fixed(wide ? 7 : 5)) { d in
            let n = links.stepNumbers(of: d.id)
            return TableCell(n.isEmpty ? "—" : n, role: n.isEmpty ? .warning : .muted)
        })
        return cols
    }

    static func severityRole(_ d: Deficit) -> StyleRole? {
        guard d.status.isOpen else { return .muted }
        switch d.severity {
        case .severe: return .danger
        case .moderate: return .warning
        case .mild: return nil
        }
    }

    static func steps(_ ctx: AppContext, links: RouteLinks, wide: Bool) -> [Column<RouteStep>] {
        var cols: [Column<RouteStep>] = [
            Column(" ", width: .fixed(1)) { s in
                TableCell(links.highlightedSteps.contains(s.id) ? linkMark : "", role: .highlight)
            },
            Column("№", width: .fixed(2), alignment: .right) { s in TableCell(links.stepNumber[s.id].map(String.init) ?? "") },
        ]
        if wide {
            cols.append(Column(ctx.t("Вид", "Kind"), width: .fixed(16)) { s in TableCell(ctx.t(s.kind.label), role: .muted) })
        }
        cols.append(Column(ctx.t("Шаг", "Step"), width: .flexible(min: 16, weight: 3)) { s in
            TableCell(s.title, role: links.highlightedSteps.contains(s.id) ? .highlight : (s.status == .skipped ? .muted : nil))
        })
        cols.append(Column(ctx.t("Сроки", "Dates"), width: .fixed(wide ? 21 : 11)) { s in
            let text = wide ? "\(s.plannedStart.russian)–\(s.plannedEnd.russian)" : "\(short(s.plannedStart))–\(short(s.plannedEnd))"
            return TableCell(text, role: s.isOverdue(on: links.today) ? .danger : .muted)
        })
        cols.append(Column(ctx.t("Ч", "H"), width: .fixed(3), alignment: .right) { s in TableCell(String(s.hours), role: .muted) })
        cols.append(Column(ctx.t("Статус", "Status"), width: .fixed(wide ? 14 : 12)) { s in
            statusCell(s, ctx, today: links.today)
        })
        cols.append(Column(ctx.t("Док", "Ev."), width: .fixed(3)) { s in
            TableCell(s.evidence.isEmpty ? "" : "✓", role: .ok)
        })
        return cols
    }

    /// The status, or "просрочен" in the danger role for an overdue step.
    static func statusCell(_ s: RouteStep, _ ctx: AppContext, today: Day) -> TableCell {
        if s.isOverdue(on: today) { return TableCell("! " + ctx.t("просрочен", "overdue"), role: .danger) }
        switch s.status {
        case .planned: return TableCell(ctx.t(s.status.label), role: .muted)
        case .inProgress: return TableCell(ctx.t(s.status.label), role: .accent)
        case .done: return TableCell(ctx.t(s.status.label), role: .info)
        case .confirmed: return TableCell(ctx.t(s.status.label), role: .ok)
        case .skipped: return TableCell(ctx.t(s.status.label), role: .muted)
        }
    }

    /// "13.11"
    static func short(_ d: Day) -> String { String(d.russian.prefix(5)) }
}
