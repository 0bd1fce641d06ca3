import Domain
import Storage

/// The selection to the РМА: the seed's totals on top (applied / approved /
/// rejected with a bar, the municipalities' participation and those without
/// applications), then the applications read a page at a time (keyset by
/// id) as the cursor goes down.
struct SelectionPanel {
    var overview: SelectionOverview?
    var rows: [SelectionRow] = []
    var cursor = 0
    var top = 0
    var exhausted = false
    static let pageSize = 200

    var selected: SelectionRow? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    mutating func load(_ ctx: AppContext) throws {
        overview = try ctx.store.selectionOverview(ctx.viewer)
        rows = try ctx.store.selectionPage(ctx.viewer, after: nil, limit: SelectionPanel.pageSize)
        exhausted = rows.count < SelectionPanel.pageSize
        cursor = min(cursor, max(0, rows.count - 1))
    }

    /// Reads the next page when the cursor nears the end of what is loaded.
    mutating func fetchMoreIfNeeded(_ ctx: AppContext) throws {
        guard !exhausted, cursor >= rows.count - 20 else { return }
        let page = try ctx.store.selectionPage(ctx.viewer, after: rows.last?.application.id, limit: SelectionPanel.pageSize)
        rows += page
        exhausted = page.count < SelectionPanel.pageSize
    }

    mutating func move(_ delta: Int, _ ctx: AppContext) throws {
        cursor = max(0, cursor + delta)
        try fetchMoreIfNeeded(ctx)
        cursor = min(cursor, max(0, rows.count - 1))
    }

    mutating func toEnd(_ ctx: AppContext) throws {
        while !exhausted {
            let page = try ctx.store.selectionPage(ctx.viewer, after: rows.last?.application.id, limit: 1000)
            rows += page
            exhausted = page.count < 1000
        }
        cursor = max(0, rows.count - 1)
    }

    /// Replaces one row after a decision, re-reading it.
    mutating func refresh(id: ApplicationID, _ ctx: AppContext) throws {
        if let i = rows.firstIndex(where: { $0.application.id == id }), let fresh = try ctx.store.selectionRow(ctx.viewer, id: id) {
            rows[i] = fresh
        }
        overview = try ctx.store.selectionOverview(ctx.viewer)
    }

    // MARK: drawing

    static func criteriaMarks(_ a: RMAApplication) -> String {
        SelectionRules.criteria.map { a.criteria.contains($0) ? "✓" : "·" }.joined()
    }

    static func decisionText(_ d: SelectionDecision, _ ctx: AppContext) -> String {
        switch d {
        case .pending: return ctx.t("на рассмотрении", "pending")
        case .approved: return ctx.t("одобрена", "approved")
        case .rejected(let r):
            let short: String
            switch r {
            case .lowAssessment: short = ctx.t("низкий результат", "low assessment")
            case .noExperience: short = ctx.t("нет опыта", "no experience")
            case .directionMismatch: short = ctx.t("несоответствие направл.", "direction mismatch")
            }
            return ctx.t("отклонена: ", "rejected: ") + short
        }
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext, focused: Bool) {
        var y = 0
        if let o = overview {
            let t = o.totals
            let line = ctx.t("Подано: \(t.applied)   Одобрено: \(t.approved)   Отклонено: \(t.rejected)",
                             "Applied: \(t.applied)   Approved: \(t.approved)   Rejected: \(t.rejected)")
                + (t.pending > 0 ? ctx.t("   На рассмотрении: \(t.pending)", "   Pending: \(t.pending)") : "")
            painter.text(line, x: 0, y: y, role: .title)
            y += 1
            let applied = Double(max(1, t.applied))
            let bar = ProgressBar(parts: [.init(Double(t.approved) / applied, role: .ok), .init(Double(t.rejected) / applied, role: .danger)],
                                  label: ProgressBar.legend([ctx.t("утверждены", "approved"), ctx.t("отклонены", "rejected")], ascii: !ctx.colors),
                                  ascii: !ctx.colors)
            bar.render(into: painter.sub(Rect(x: 0, y: y, width: painter.width, height: 1)))
            y += 1
            let taking = o.municipalitiesTotal - o.withoutApplications.count
            let missing = RMAFormat.percent(o.participationShare.map { 1 - $0 })
            let participation = ctx.t("Муниципалитеты: участвуют \(taking) из \(o.municipalitiesTotal) (\(RMAFormat.percent(o.participationShare))), без заявок \(o.withoutApplications.count) (\(missing)): ",
                                      "Municipalities taking part: \(taking) of \(o.municipalitiesTotal) (\(RMAFormat.percent(o.participationShare))); without applications \(o.withoutApplications.count) (\(missing)): ")
                + o.withoutApplications.joined(separator: ", ")
            // The list of those without applications on up to three lines (the seed lists seven).
            let lines = TextWidth.wrap(participation, width: max(10, painter.width))
            for (k, line) in lines.prefix(3).enumerated() {
                var text = line
                if k == 2 && lines.count > 3 { text += " " + lines[3...].joined(separator: " ") }
                painter.text(text, x: 0, y: y, role: .muted)
                y += 1
            }
        }
        let list = painter.sub(Rect(x: 0, y: y, width: painter.width, height: painter.height - y))
        let widths = Layout.distribute(list.width, weights: [2, 10, 7, 5, 6, 3, 10], gap: 1)
        var xs: [Int] = []
        var x = 0
        for w in widths { xs.append(x); x += w + 1 }
        let heads = [ctx.t("№", "#"), ctx.t("Кандидат", "Candidate"), ctx.t("Муниципалитет", "Municipality"),
                     ctx.t("Направл.", "Dirs"), ctx.t("Критерии", "Criteria"), ctx.t("Док.", "Docs"), ctx.t("Решение", "Decision")]
        for (i, h) in heads.enumerated() { list.text(h, x: xs[i], y: 0, role: .header, maxWidth: widths[i]) }
        let capacity = max(1, list.height - 1)
        if cursor < top { top = cursor }
        if cursor >= top + capacity { top = cursor - capacity + 1 }
        if rows.isEmpty { list.text(ctx.t("Заявок нет", "No applications"), x: 1, y: 2, role: .muted) }
        for (k, row) in rows.enumerated().dropFirst(top).prefix(capacity) {
            let a = row.application
            let ry = 1 + k - top
            let selected = k == cursor
            var role: StyleRole = .text
            if case .rejected = a.decision { role = .muted }
            if selected { role = focused ? .selection : .selectionInactive; list.fill(role: role, y: ry) }
            let dirs = a.directions.map(String.init).joined(separator: ",") + (a.tooManyDirections ? " ⚠" : "")
            let cells = [String(a.id), row.personName, row.municipalityName, dirs, SelectionPanel.criteriaMarks(a),
                         a.criteria.contains(.documentsReady) ? ctx.t("да", "yes") : ctx.t("нет", "no"),
                         SelectionPanel.decisionText(a.decision, ctx)]
            for (i, c) in cells.enumerated() {
                let cellRole: StyleRole = (i == 3 && a.tooManyDirections && !selected) ? .warning : role
                list.text(c, x: xs[i], y: ry, role: cellRole, maxWidth: widths[i])
            }
        }
    }
}

/// One application in full: the six criteria as a checklist, the directions, the decision.
struct SelectionDetail {
    var row: SelectionRow

    func render(into painter: Painter, _ ctx: AppContext) {
        let a = row.application
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: min(painter.width - 2, 96), height: min(painter.height - 2, 20))
        let p = painter.sub(box)
        guard p.width > 8, p.height > 4 else { return }
        p.fill(role: .dialog)
        p.box(title: ctx.t("Заявка №\(a.id)", "Application #\(a.id)"), role: .border, titleRole: .dialogTitle)
        var y = 1
        func line(_ s: String, _ role: StyleRole = .text) { p.text(s, x: 2, y: y, role: role, maxWidth: p.width - 4); y += 1 }
        line(row.personName + " · " + row.municipalityName, .title)
        line(ctx.t("Направления:", "Directions:"), .header)
        for n in a.directions { line("  №\(n) " + (Direction.number(n)?.shortName ?? "?")) }
        if a.tooManyDirections {
            line(ctx.t("  ⚠ выбрано \(Set(a.directions).count) направлений, можно не больше \(SelectionRules.maxDirections)",
                       "  ⚠ \(Set(a.directions).count) directions chosen, at most \(SelectionRules.maxDirections)"), .warning)
        }
        line(ctx.t("Критерии отбора:", "Selection criteria:"), .header)
        for c in SelectionRules.criteria {
            let met = a.criteria.contains(c)
            line((met ? "  [✓] " : "  [ ] ") + ctx.t(c.label), met ? .text : .muted)
        }
        line(ctx.t("Решение: ", "Decision: ") + SelectionPanel.decisionText(a.decision, ctx), .header)
        if case .rejected(let r) = a.decision { line("  " + ctx.t(r.label), .muted) }
        p.text(ctx.t("a одобрить · x отклонить с причиной · r вернуть на рассмотрение · Esc закрыть",
                     "a approve · x reject with a reason · r reopen · Esc close"), x: 2, y: p.height - 2, role: .muted, maxWidth: p.width - 4)
    }
}
