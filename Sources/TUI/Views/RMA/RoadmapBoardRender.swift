import Domain
import Exchange
import Storage

/// Drawing the roadmap: the board (columns of cards, scrolled column by
/// column when the screen is narrow) and the table mode (the seed's columns).
extension RoadmapBoard {
    /// Rows of a card, the blank row after it included: three lines, or four
    /// (the title on two) when the board is tall.
    static func cardHeight(boardHeight: Int) -> Int { boardHeight >= 36 ? 5 : 4 }

    mutating func renderBoard(_ painter: Painter, _ ctx: AppContext, focused: Bool) {
        let today = ctx.today
        let cols = columns(today: today)
        clamp(today: today)
        guard !cols.isEmpty, painter.width > 4, painter.height > 2 else { return }
        let visible = RoadmapBoard.visibleColumns(width: painter.width, count: cols.count)
        scrollToCursor(visible: visible, count: cols.count)
        let rects = Layout.columns(Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                   weights: Array(repeating: 1, count: visible), gap: 1)
        for (k, rect) in rects.enumerated() {
            let c = firstColumn + k
            guard cols.indices.contains(c) else { continue }
            renderColumn(painter.sub(rect), cols[c], index: c, ctx, today: today, focused: focused)
            if k > 0 { for y in 0..<rect.height { painter.text("│", x: rect.x - 1, y: y, role: .border) } }
        }
        // Columns off screen: a marker on the edge.
        if firstColumn > 0 { painter.text("◀\(firstColumn)", x: 0, y: 0, role: .accent) }
        let after = cols.count - firstColumn - visible
        if after > 0 { painter.text("\(after)▶", x: painter.width - TextWidth.of("\(after)▶"), y: 0, role: .accent) }
    }

    private func renderColumn(_ p: Painter, _ col: Column, index c: Int, _ ctx: AppContext, today: Day, focused: Bool) {
        let isCursor = c == column
        let head = ctx.t(col.title) + " (\(col.items.count))"
        let left = c == firstColumn && firstColumn > 0 ? 3 : 0
        p.text(head, x: left, y: 0, role: isCursor ? .accent : .header, maxWidth: p.width - left - 3)
        let cardHeight = RoadmapBoard.cardHeight(boardHeight: p.height)
        let capacity = max(1, (p.height - 1) / cardHeight)
        let selectedRow = isCursor ? row : 0
        let top = max(0, min(selectedRow - capacity + 1, col.items.count - capacity))
        if col.items.isEmpty { p.text(ctx.t("— пусто —", "— empty —"), x: 1, y: 2, role: .muted) }
        for (k, item) in col.items.enumerated().dropFirst(top).prefix(capacity) {
            let y = 1 + (k - top) * cardHeight
            renderCard(p.sub(Rect(x: 0, y: y, width: p.width, height: cardHeight - 1)), item, ctx, today: today,
                       selected: isCursor && k == row, focused: focused)
        }
        if top > 0 { p.text("↑\(top)", x: p.width - 4, y: 0, role: .muted) }
        let below = col.items.count - top - capacity
        if below > 0 { p.text("↓\(below)", x: p.width - 4, y: p.height - 1, role: .muted) }
    }

    private func renderCard(_ p: Painter, _ item: RoadmapItem, _ ctx: AppContext, today: Day, selected: Bool, focused: Bool) {
        let overdue = item.isOverdue(on: today)
        let role: StyleRole = selected ? (focused ? .selection : .selectionInactive) : (overdue ? .danger : .text)
        if selected { for y in 0..<p.height { p.fill(role: role, y: y) } }
        let mark = RoadmapText.mark(item, today: today)
        let titleRows = p.height - 2
        let titleRole: StyleRole = selected ? role : (overdue ? .danger : .text)
        let lines = TextWidth.wrap(item.title, width: max(4, p.width - 2))
        for k in 0..<titleRows where k < lines.count {
            var line = lines[k]
            if k == titleRows - 1 && lines.count > titleRows { line += " " + lines[(k + 1)...].joined(separator: " ") }
            p.text((k == 0 ? mark + " " : "  ") + line, x: 0, y: k, role: titleRole)
        }
        // When: the year on the quarter board (a column holds both years), the timing on the status board.
        let when = byStatus ? RoadmapText.when(item.timing, ctx) : String(item.timing.year)
        p.text("  " + when + " · " + RoadmapText.direction(item, ctx), x: 0, y: titleRows, role: selected ? role : .muted)
        var third = "  " + RoadmapText.executors(item, ctx)
        if overdue { third = "  " + ctx.t("ПРОСРОЧЕНО · ", "OVERDUE · ") + RoadmapText.executors(item, ctx) }
        p.text(third, x: 0, y: titleRows + 1, role: selected ? role : (overdue ? .danger : .muted))
    }

    /// The seed's table: name, participants, executors, timing, expected result.
    mutating func renderTable(_ painter: Painter, _ ctx: AppContext, focused: Bool) {
        let today = ctx.today
        clamp(today: today)
        let list = filtered
        guard painter.width > 10, painter.height > 2 else { return }
        let widths = Layout.distribute(painter.width - 2, weights: [5, 3, 3, 3, 4], gap: 1)
        var xs: [Int] = []
        var x = 2
        for w in widths { xs.append(x); x += w + 1 }
        for (i, head) in RoadmapExport.header.enumerated() {
            painter.text(ctx.t(head), x: xs[i], y: 0, role: .header, maxWidth: widths[i])
        }
        let capacity = max(1, painter.height - 1)
        if tableRow < tableTop { tableTop = tableRow }
        if tableRow >= tableTop + capacity { tableTop = tableRow - capacity + 1 }
        tableTop = max(0, min(tableTop, max(0, list.count - capacity)))
        if list.isEmpty { painter.text(ctx.t("Пунктов нет", "No items"), x: 2, y: 2, role: .muted) }
        for (k, item) in list.enumerated().dropFirst(tableTop).prefix(capacity) {
            let y = 1 + k - tableTop
            let selected = k == tableRow
            let overdue = item.isOverdue(on: today)
            let role: StyleRole = selected ? (focused ? .selection : .selectionInactive) : (overdue ? .danger : .text)
            if selected { painter.fill(role: role, y: y) }
            painter.text(RoadmapText.mark(item, today: today), x: 0, y: y, role: role)
            let cells = RoadmapExport.fields(item, language: ctx.language)
            for (i, cell) in cells.enumerated() {
                let text = i == 2 ? RoadmapText.executors(item, ctx)
                    : i == 1 ? item.participants.map { RoadmapText.participant($0, ctx) }.joined(separator: ", ") : cell
                painter.text(text, x: xs[i], y: y, role: role, maxWidth: widths[i])
            }
        }
    }
}
