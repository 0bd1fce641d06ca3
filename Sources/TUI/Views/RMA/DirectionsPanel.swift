import Domain
import Storage

/// The 19 directions with their methodists, open requests, roadmap items and
/// routes supported. Enter opens the board filtered to the direction; `m`
/// the monitoring of its methodists.
struct DirectionsPanel {
    var rows: [DirectionOverview] = []
    var cursor = 0
    var top = 0

    var selected: DirectionOverview? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    mutating func load(_ ctx: AppContext) throws {
        rows = try ctx.store.directionOverviews(ctx.viewer)
        cursor = min(cursor, max(0, rows.count - 1))
    }

    mutating func move(_ delta: Int) { cursor = max(0, min(cursor + delta, rows.count - 1)) }

    mutating func render(_ painter: Painter, _ ctx: AppContext, focused: Bool) {
        let showNames = painter.width >= 140
        let weights = showNames ? [3, 30, 6, 6, 6, 6, 30] : [3, 30, 6, 6, 6, 6]
        let widths = Layout.distribute(painter.width, weights: weights, gap: 1)
        var xs: [Int] = []
        var x = 0
        for w in widths { xs.append(x); x += w + 1 }
        var heads = [ctx.t("№", "#"), ctx.t("Направление", "Direction"), ctx.t("Методисты", "Methodists"),
                     ctx.t("Запросы", "Requests"), ctx.t("Пункты ДК", "Roadmap"), ctx.t("Маршруты", "Routes")]
        if showNames { heads.append(ctx.t("Кто", "Who")) }
        for (i, h) in heads.enumerated() { painter.text(h, x: xs[i], y: 0, role: .header, maxWidth: widths[i]) }
        // The methodists of the cursor's direction on the last row, when all 19 fit above it.
        let footer = painter.height >= rows.count + 2
        let capacity = max(1, painter.height - (footer ? 2 : 1))
        if cursor < top { top = cursor }
        if cursor >= top + capacity { top = cursor - capacity + 1 }
        for (k, d) in rows.enumerated().dropFirst(top).prefix(capacity) {
            let y = 1 + k - top
            let selected = k == cursor
            let role: StyleRole = selected ? (focused ? .selection : .selectionInactive) : .text
            if selected { painter.fill(role: role, y: y) }
            var cells = [String(d.direction.number), d.direction.shortName, String(d.methodists.count), String(d.openRequests),
                         String(d.roadmapItems), String(d.routesSupported)]
            if showNames { cells.append(d.methodists.joined(separator: ", ")) }
            for (i, c) in cells.enumerated() {
                let r: StyleRole = (i == 2 && d.methodists.isEmpty && !selected) ? .danger : role
                painter.text(c, x: xs[i], y: y, role: r, maxWidth: widths[i])
            }
        }
        if footer, let d = selected {
            let who = d.methodists.prefix(6).joined(separator: ", ") + (d.methodists.count > 6 ? " …" : "")
            painter.text(ctx.t("Методисты: ", "Methodists: ") + (who.isEmpty ? "—" : who), x: 0, y: painter.height - 1, role: .muted)
        }
    }
}

/// The monitoring of РМА methodists against `RMAMonitoringRules`: those
/// falling short first, with a clear mark and the indicators they miss.
struct MonitoringPanel {
    var rows: [MethodistResults] = []
    var direction: Int?
    var onlyShort = false
    var cursor = 0
    var top = 0

    var shown: [MethodistResults] { onlyShort ? rows.filter { !RMAMonitoringRules.shortfalls($0).isEmpty } : rows }

    mutating func load(_ ctx: AppContext) throws {
        rows = try ctx.store.methodistResults(ctx.viewer, direction: direction)
        cursor = min(cursor, max(0, shown.count - 1))
    }

    mutating func move(_ delta: Int) { cursor = max(0, min(cursor + delta, shown.count - 1)) }

    static func criteriaLine(_ ctx: AppContext) -> String {
        ctx.t("Минимум за год: мероприятий \(RMAMonitoringRules.minEvents), консультаций \(RMAMonitoringRules.minConsultations), маршрутов \(RMAMonitoringRules.minRoutes), запросов в срок \(Int(RMAMonitoringRules.minOnTimeShare * 100))%, практик \(RMAMonitoringRules.minPractices)",
              "Yearly minimum: events \(RMAMonitoringRules.minEvents), consultations \(RMAMonitoringRules.minConsultations), routes \(RMAMonitoringRules.minRoutes), requests on time \(Int(RMAMonitoringRules.minOnTimeShare * 100))%, practices \(RMAMonitoringRules.minPractices)")
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext, focused: Bool) {
        let list = shown
        let short = rows.filter { !RMAMonitoringRules.shortfalls($0).isEmpty }.count
        var head = ctx.t("Методистов: \(rows.count), не дотягивают: \(short)", "Methodists: \(rows.count), falling short: \(short)")
        if let d = direction { head += ctx.t(" · направление №\(d)", " · direction #\(d)") }
        if onlyShort { head += ctx.t(" · только не дотягивающие", " · only those falling short") }
        painter.text(head, x: 0, y: 0, role: .title)
        painter.text(MonitoringPanel.criteriaLine(ctx), x: 0, y: 1, role: .muted)
        let widths = Layout.distribute(painter.width - 2, weights: [16, 5, 4, 4, 4, 6, 5, 14], gap: 1)
        var xs: [Int] = []
        var x = 2
        for w in widths { xs.append(x); x += w + 1 }
        let heads = [ctx.t("Методист", "Methodist"), ctx.t("Напр.", "Dirs"), ctx.t("Мер.", "Ev."), ctx.t("Конс.", "Cons."),
                     ctx.t("ИОМ", "Routes"), ctx.t("В срок", "On time"), ctx.t("Практ.", "Pract."), ctx.t("Оценка", "Verdict")]
        for (i, h) in heads.enumerated() { painter.text(h, x: xs[i], y: 2, role: .header, maxWidth: widths[i]) }
        let capacity = max(1, painter.height - 3)
        if cursor < top { top = cursor }
        if cursor >= top + capacity { top = cursor - capacity + 1 }
        if list.isEmpty {
            // Filtered to the short ones and none is: that is the news.
            let text = onlyShort && !rows.isEmpty ? ctx.t("Все методисты в норме — f: показать всех", "Every methodist meets the minimum — f shows all")
                : ctx.t("Методистов РМА пока нет", "No РМА methodists yet")
            painter.text(text, x: 2, y: 4, role: .muted)
        }
        for (k, r) in list.enumerated().dropFirst(top).prefix(capacity) {
            let y = 3 + k - top
            let missing = RMAMonitoringRules.shortfalls(r)
            let selected = k == cursor
            let role: StyleRole = selected ? (focused ? .selection : .selectionInactive) : .text
            if selected { painter.fill(role: role, y: y) }
            painter.text(missing.isEmpty ? "✓" : "✗", x: 0, y: y, role: selected ? role : (missing.isEmpty ? .ok : .danger))
            let onTime = r.requestsResolved == 0 ? "—" : "\(r.requestsOnTime)/\(r.requestsResolved)"
            let verdict = missing.isEmpty ? ctx.t("в норме", "meets") : ctx.t("мало: ", "short: ") + missing.map { ctx.t($0.label) }.joined(separator: ", ")
            let cells = [r.name, r.directions.map(String.init).joined(separator: ","), String(r.eventsHeld), String(r.consultations),
                         String(r.routesSupported), onTime, "\(r.practicesFound)/\(r.practicesSpread)", verdict]
            for (i, c) in cells.enumerated() {
                let cr: StyleRole = (i == 7 && !missing.isEmpty && !selected) ? .danger : role
                painter.text(c, x: xs[i], y: y, role: cr, maxWidth: widths[i])
            }
        }
    }
}
