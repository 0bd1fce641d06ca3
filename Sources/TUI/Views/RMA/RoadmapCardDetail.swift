import Domain
import Storage

/// A roadmap item in full, over the board: participants, executors and
/// co-executors, timing, expected result, the events and practices of its
/// direction, and its history from the audit log. Scrolls with ↑/↓.
struct RoadmapCardDetail {
    var item: RoadmapItem
    var history: [AuditEntry]
    var links = RoadmapLinks()
    var scroll = 0

    func lines(_ ctx: AppContext, width: Int) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        func wrap(_ s: String, _ role: StyleRole = .text, indent: String = "  ") {
            for piece in s.split(separator: "\n", omittingEmptySubsequences: false) {
                for line in TextWidth.wrap(String(piece), width: max(4, width - indent.count)) { out.append((indent + line, role)) }
            }
        }
        func head(_ s: String) { out.append((s, .header)) }
        let today = ctx.today
        wrap(item.title, .title, indent: "")
        head(ctx.t("Раздел / направление", "Section / direction"))
        wrap(item.direction.flatMap(Direction.number).map { "№\($0.number). " + $0.name }
             ?? ctx.t("1. Общие мероприятия для всех направлений", "1. General items for all directions"))
        head(ctx.t("Статус", "Status"))
        var status = RoadmapText.mark(item, today: today) + " " + ctx.t(item.status.label)
        if item.isOverdue(on: today) { status += ctx.t(" — ПРОСРОЧЕНО (срок прошёл)", " — OVERDUE (the timing has passed)") }
        wrap(status, item.isOverdue(on: today) ? .danger : .text)
        head(ctx.t("Участники", "Participants"))
        for p in item.participants { wrap("• " + ctx.t(p.label)) }
        if !item.participantsNote.isEmpty { wrap(item.participantsNote, .muted) }
        head(ctx.t("Исполнители", "Executors"))
        for e in item.executors { wrap("• " + ctx.t(e.label)) }
        if !item.coExecutors.isEmpty {
            head(ctx.t("Соисполнители", "Co-executors"))
            for e in item.coExecutors { wrap("• " + ctx.t(e.label)) }
        }
        head(ctx.t("Сроки", "Timing"))
        var timing = ctx.t(item.timing.labelWithYear)
        if let s = item.timing.start, let e = item.timing.end { timing += " · \(s.russian) – \(e.russian)" }
        wrap(timing)
        head(ctx.t("Ожидаемый результат", "Expected result"))
        wrap(item.expectedResult.isEmpty ? "—" : item.expectedResult)
        if item.direction != nil {
            head(ctx.t("Мероприятия направления в эти сроки", "The direction's events in this timing"))
            if links.events.isEmpty { wrap(ctx.t("нет", "none"), .muted) }
            for e in links.events { wrap("• " + e) }
            head(ctx.t("Практики направления в каталоге", "The direction's practices in the catalog"))
            if links.practices.isEmpty { wrap(ctx.t("нет", "none"), .muted) }
            for p in links.practices { wrap("• " + p) }
        }
        head(ctx.t("История", "History"))
        if history.isEmpty { wrap(ctx.t("изменений не было", "no changes yet"), .muted) }
        for h in history {
            let change = h.before.isEmpty ? h.after : h.before + " → " + h.after
            wrap(RMAFormat.time(h.at) + " · " + h.actorLogin + " · " + h.action + (change.isEmpty ? "" : ": " + change), .muted)
        }
        return out
    }

    mutating func render(into painter: Painter, _ ctx: AppContext) {
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: min(painter.width - 2, 100), height: painter.height - 2)
        let p = painter.sub(box)
        guard p.width > 8, p.height > 4 else { return }
        p.fill(role: .dialog)
        p.box(title: ctx.t("Пункт дорожной карты №\(item.id)", "Roadmap item #\(item.id)"), role: .border, titleRole: .dialogTitle)
        let body = lines(ctx, width: p.width - 4)
        let room = p.height - 3
        scroll = max(0, min(scroll, body.count - room))
        for (k, line) in body.dropFirst(scroll).prefix(room).enumerated() {
            p.text(line.0, x: 2, y: 1 + k, role: line.1, maxWidth: p.width - 4)
        }
        p.text(ctx.t("↑↓ прокрутка · e изменить · > < статус · Esc закрыть", "↑↓ scroll · e edit · > < status · Esc close"),
               x: 2, y: p.height - 2, role: .muted, maxWidth: p.width - 4)
    }
}

enum RMAFormat {
    /// «15.03.2024 10:20» from Unix seconds (UTC).
    static func time(_ at: Int64) -> String {
        let days = Int(at / 86_400)
        let secs = Int(at % 86_400)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return Day(ordinal: days).russian + " " + two(secs / 3600) + ":" + two(secs % 3600 / 60)
    }

    static func percent(_ f: Double?) -> String {
        guard let f else { return "—" }
        return "\(Int((f * 100).rounded()))%"
    }
}
