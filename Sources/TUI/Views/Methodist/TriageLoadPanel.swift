import Domain
import Storage

/// Нагрузка и сроки: open requests per assignee and per direction, the
/// median days to resolve and the share resolved on time — who is
/// overloaded, which direction lags.
struct TriageLoadPanel {
    let load: TriageLoad
    private var scroll = 0

    init(load: TriageLoad) { self.load = load }

    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    static func days(_ median: Double?, _ ctx: AppContext) -> String {
        guard let m = median else { return "—" }
        let text = m == m.rounded() ? String(Int(m)) : String(format: "%.1f", m)
        return text + ctx.t(" дн.", " d")
    }

    func summary(_ ctx: AppContext) -> String {
        let t = load.total
        return ctx.t("Открыто \(t.open) · просрочено \(t.overdue) · решено \(t.resolved) · медиана срока решения ",
                     "Open \(t.open) · overdue \(t.overdue) · resolved \(t.resolved) · median time to resolve ")
            + TriageLoadPanel.days(t.medianDays, ctx) + ctx.t(" · решено в срок ", " · resolved on time ")
            + TriageLoadPanel.percent(t.onTimeShare)
    }

    /// Every key of the panel: while it is open the app's keys (help, palette, tabs, quit) still work, nothing of the inbox.
    static let bindings: [KeyBinding] = {
        let n = KeyBinding.Groups.navigation
        return [
            KeyBinding("load.close", keys: [.escape, .char("L")], label: Phrase("Закрыть нагрузку", "Close the load panel"), group: n, inPalette: false),
            PanelKeys.down, PanelKeys.up,
            KeyBinding("load.pageDown", keys: [.pageDown], label: Phrase("страница вниз", "page down"), group: n, inPalette: false),
            KeyBinding("load.pageUp", keys: [.pageUp], label: Phrase("страница вверх", "page up"), group: n, inPalette: false),
            KeyBinding("load.top", keys: [.home, .char("g")], label: Phrase("в начало", "to the top"), group: n, inPalette: false),
        ]
    }()

    mutating func perform(_ action: String) {
        switch action {
        case "panel.down": scroll += 1
        case "panel.up": scroll = max(0, scroll - 1)
        case "load.pageDown": scroll += 10
        case "load.pageUp": scroll = max(0, scroll - 10)
        case "load.top": scroll = 0
        default: break
        }
    }

    private func section(_ title: String, _ lines: [LoadLine], emptyName: String, _ ctx: AppContext) -> [(LoadLine?, String)] {
        var out: [(LoadLine?, String)] = [(nil, title)]
        for l in lines { out.append((l, l.name.isEmpty ? emptyName : l.name)) }
        return out
    }

    mutating func render(into painter: Painter, _ ctx: AppContext) {
        guard painter.height > 3 else { return }
        painter.text(ctx.t("Нагрузка и сроки", "Load and lateness"), x: 1, y: 0, role: .title)
        painter.text(summary(ctx), x: 1, y: 1, role: .accent, maxWidth: painter.width - 2)
        let wide = painter.width >= 150
        let body = Rect(x: 0, y: 3, width: painter.width, height: painter.height - 4)
        let people = section(ctx.t("По исполнителям", "By assignee"), load.byAssignee, emptyName: ctx.t("без исполнителя", "unassigned"), ctx)
        let directions = section(ctx.t("По направлениям", "By direction"), load.byDirection, emptyName: ctx.t("без направления", "no direction"), ctx)
        if wide {
            let cols = Layout.columns(body, weights: [1, 1], gap: 2)
            draw(people, into: painter.sub(cols[0]), ctx)
            draw(directions, into: painter.sub(cols[1]), ctx)
        } else {
            draw(people + [(nil, "")] + directions, into: painter.sub(body), ctx)
        }
        painter.text(ctx.t("L или Esc — к списку · j/k — прокрутка", "L or Esc — back to the list · j/k scroll"),
                     x: 1, y: painter.height - 1, role: .muted)
    }

    /// Rows of name, a bar of open requests, and the numbers.
    private mutating func draw(_ rows: [(LoadLine?, String)], into painter: Painter, _ ctx: AppContext) {
        let heads = ctx.language == .ru ? ["откр.", "просроч.", "медиана", "в срок"] : ["open", "overdue", "median", "on time"]
        let numbers = zip(heads, [6, 9, 9, 8]).map { TextWidth.padLeft($0.0, width: $0.1) }.joined()
        let numbersWidth = TextWidth.of(numbers)
        let nameWidth = max(10, min(40, (painter.width - numbersWidth) * 3 / 5))
        let barWidth = max(0, painter.width - nameWidth - numbersWidth - 2)
        let maxOpen = max(1, rows.compactMap { $0.0?.open }.max() ?? 1)
        scroll = min(scroll, max(0, rows.count - painter.height))
        for (i, (line, name)) in rows.dropFirst(scroll).prefix(painter.height).enumerated() {
            guard let line else {
                if !name.isEmpty {
                    painter.text(name, x: 1, y: i, role: .header, maxWidth: nameWidth)
                    painter.text(numbers, x: painter.width - numbersWidth, y: i, role: .muted)
                }
                continue
            }
            painter.text(name, x: 1, y: i, role: line.overdue > 0 ? .warning : .text, maxWidth: nameWidth)
            let filled = barWidth * line.open / maxOpen
            if filled > 0 { painter.text(String(repeating: "█", count: filled), x: nameWidth + 2, y: i, role: .bar) }
            let cells = [TextWidth.padLeft(String(line.open), width: 6), TextWidth.padLeft(String(line.overdue), width: 9),
                         TextWidth.padLeft(TriageLoadPanel.days(line.medianDays, ctx), width: 9),
                         TextWidth.padLeft(TriageLoadPanel.percent(line.onTimeShare), width: 8)]
            painter.text(cells.joined(), x: painter.width - numbersWidth, y: i, role: line.overdue > 0 ? .warning : .text)
        }
    }
}
