import Domain
import Storage

/// Drawing the dashboard. Wide (140+ columns): the indicators on the left,
/// the bars on the right. Narrower (down to 80x24): indicators above, bars below.
extension DashboardView {
    /// The hint row of the indicators: its keys are read from the bindings (a worklist draws its own).
    var levelHints: [KeyHint] {
        var hints = [KeyHint("dashboard.in", label: Phrase("открыть", "open")), KeyHint("dashboard.prevKind", "dashboard.nextKind", label: Phrase("показатель", "indicator")),
                     KeyHint("dashboard.young", "dashboard.routes", "dashboard.overdue", label: Phrase("списки", "lists"))]
        if !path.isEmpty || card != nil { hints.append(KeyHint("dashboard.out", label: Phrase("назад", "back"))) }
        return hints + [KeyHint("app.help", label: Phrase("клавиши", "keys"))]
    }

    func drawHints(_ painter: Painter, y: Int, _ ctx: AppContext) {
        KeyHintRow.renderDotted(levelHints, bindings: bindings, into: painter, y: y, language: ctx.language)
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        if let route {
            route.render(painter.sub(Rect(x: 0, y: 1, width: painter.width, height: painter.height - 1)), ctx)
            drawBreadcrumb(painter, ctx)
            return
        }
        if var w = worklist {
            w.render(painter, ctx)
            worklist = w
        } else {
            renderLevel(painter, ctx)
        }
        if let c = card { c.render(painter, ctx) }
    }

    func drawBreadcrumb(_ painter: Painter, _ ctx: AppContext) {
        painter.fill(role: .text, y: 0)
        var x = 1
        let parts = breadcrumb
        for (i, part) in parts.enumerated() where x < painter.width {
            if i > 0 { painter.text(" › ", x: x, y: 0, role: .muted); x += 3 }
            let last = i == parts.count - 1
            let room = last ? painter.width - x : max(6, min(TextWidth.of(part), (painter.width - x) / 2))
            painter.text(part, x: x, y: 0, role: last ? .title : .accent, maxWidth: room)
            x += min(TextWidth.of(part), room)
        }
    }

    func renderLevel(_ painter: Painter, _ ctx: AppContext) {
        guard let d = dashboard else {
            painter.text(failure ?? ctx.t("Считаю показатели…", "Counting the indicators…"), x: 1, y: 1,
                         role: failure == nil ? .muted : .danger)
            return
        }
        drawBreadcrumb(painter, ctx)
        let h = painter.height, w = painter.width
        // Below 140 columns a left panel would cut the indicators' names.
        let wide = w >= 140
        let indicators = IndicatorRules.indicators(from: counts)
        let body = Rect(x: 0, y: 1, width: w, height: max(0, h - 2))
        if wide {
            let leftWidth = min(104, max(70, w * 11 / 20))
            let (left, right) = body.splitLeft(leftWidth)
            drawIndicators(indicators, painter.sub(Rect(x: 1, y: left.y + 1, width: left.width - 2, height: indicators.count)),
                           spark: 12, ctx)
            drawWork(painter.sub(Rect(x: 1, y: left.y + indicators.count + 2, width: left.width - 2, height: 4)), wide: true, ctx)
            drawDirections(painter.sub(Rect(x: 1, y: left.y + indicators.count + 7, width: left.width - 2,
                                            height: max(0, left.height - indicators.count - 7))), ctx)
            drawChildren(painter.sub(right), boxed: true, wide: true, d, ctx)
        } else {
            let spark = w >= 110 ? 12 : w >= 90 ? 8 : 6
            drawIndicators(indicators, painter.sub(Rect(x: 0, y: 1, width: w, height: indicators.count)), spark: spark, ctx)
            drawWork(painter.sub(Rect(x: 0, y: 1 + indicators.count, width: w, height: 1)), wide: false, ctx)
            let top = 2 + indicators.count
            drawChildren(painter.sub(Rect(x: 0, y: top, width: w, height: max(0, h - top - 1))), boxed: false, wide: w >= 110, d, ctx)
        }
        drawHints(painter, y: h - 1, ctx)
    }

    /// One line per indicator: label, value, numerator/denominator, trend.
    func drawIndicators(_ list: [Indicator], _ p: Painter, spark: Int, _ ctx: AppContext) {
        let fractions = list.map(DashboardFormat.fraction)
        let fractionWidth = min(21, fractions.map(TextWidth.of).max() ?? 0)
        let valueWidth = 9
        let hasTrend = !history.isEmpty && spark > 0
        let sparkWidth = hasTrend ? spark + 1 : 0
        let labelWidth = max(8, p.width - 2 - valueWidth - 1 - fractionWidth - sparkWidth)
        for (row, i) in list.enumerated() where row < p.height {
            let chosen = i.kind == kind
            p.text(chosen ? "▸" : " ", x: 0, y: row, role: .accent)
            p.text(ctx.t(i.label), x: 2, y: row, role: chosen ? .highlight : .text, maxWidth: labelWidth - 1)
            let value = DashboardFormat.value(i, ctx.language)
            p.text(TextWidth.padLeft(value, width: valueWidth), x: 2 + labelWidth, y: row, role: i.value == nil ? .muted : .title)
            p.text(TextWidth.padLeft(fractions[row], width: fractionWidth), x: 3 + labelWidth + valueWidth, y: row, role: .muted,
                   maxWidth: fractionWidth)
            if hasTrend, let points = history[i.kind], points.count > 1 {
                let values = points.map { $0.value ?? .nan }
                let line = Sparkline(values: values, ascii: !ctx.colors).line(width: spark)
                p.text(line, x: p.width - spark, y: row, role: .accent)
            }
        }
    }

    /// The three worklist numbers with their keys.
    func drawWork(_ p: Painter, wide: Bool, _ ctx: AppContext) {
        let items: [(String, IndicatorWorklist, Int)] = [("y", .youngWithoutMentor, work.youngWithoutMentor),
                                                         ("t", .routesWithoutTutor, work.routesWithoutTutor),
                                                         ("o", .overdueRequests, work.overdueRequests)]
        if wide {
            p.text(ctx.t("Требуют работы", "Needs work"), x: 0, y: 0, role: .header)
            for (row, (key, list, n)) in items.enumerated() {
                p.text(key, x: 2, y: row + 1, role: .statusKey)
                p.text(ctx.t(list.label), x: 5, y: row + 1, role: .text, maxWidth: p.width - 16)
                p.text(TextWidth.padLeft(DashboardFormat.group(n), width: 9), x: p.width - 9, y: row + 1, role: n > 0 ? .warning : .ok)
            }
            return
        }
        let short: [IndicatorWorklist: Phrase] = [.youngWithoutMentor: Phrase("без наставника", "no mentor"),
                                                  .routesWithoutTutor: Phrase("без тьютора", "no tutor"),
                                                  .overdueRequests: Phrase("просрочено", "overdue")]
        var x = 0
        for (key, list, n) in items where x < p.width {
            p.text(key, x: x, y: 0, role: .statusKey); x += TextWidth.of(key) + 1
            let label = ctx.t(short[list]!) + " "
            p.text(label, x: x, y: 0, role: .muted); x += TextWidth.of(label)
            let number = DashboardFormat.group(n)
            p.text(number, x: x, y: 0, role: n > 0 ? .warning : .ok); x += TextWidth.of(number) + 3
        }
    }

    /// РМА methodists per direction (wide screens, when there is room).
    func drawDirections(_ p: Painter, _ ctx: AppContext) {
        guard p.height >= 2 else { return }
        let per = IndicatorRules.methodistsPerDirection(counts)
        let total = per.reduce(0) { $0 + $1.count }
        p.text(ctx.t("Методисты РМА по направлениям: ", "RMA methodists by direction: ") + DashboardFormat.group(total),
               x: 0, y: 0, role: .header)
        let cells = per.map { "\($0.direction.number):\($0.count)" }
        var x = 0, y = 1
        for c in cells {
            if x + TextWidth.of(c) > p.width { x = 0; y += 1 }
            guard y < p.height else { break }
            p.text(c, x: x, y: y, role: .muted)
            x += TextWidth.of(c) + 2
        }
    }

    /// Bars for the chosen indicator per child, or the people of an organization.
    func drawChildren(_ p: Painter, boxed: Bool, wide: Bool, _ d: IndicatorDashboard, _ ctx: AppContext) {
        let heading: String
        if isOrganizationLevel {
            heading = ctx.t("Работники — Enter: карточка", "People — Enter: the card")
        } else {
            let what: String
            if case .region = scope { what = ctx.t("по муниципалитетам", "by municipality") } else { what = ctx.t("по организациям", "by organization") }
            heading = ctx.t(kind.label) + " — " + what
        }
        var inner = p
        if boxed {
            p.box(title: heading, role: .border, titleRole: .title)
            inner = p.sub(Rect(x: 1, y: 1, width: max(0, p.width - 2), height: max(0, p.height - 2)))
        } else {
            p.text(heading, x: 0, y: 0, role: .header)
            inner = p.sub(Rect(x: 0, y: 1, width: p.width, height: max(0, p.height - 1)))
        }
        if var table = people {
            table.render(into: inner)
            people = table
            return
        }
        drawBars(inner, wide: wide, ctx)
    }

    func drawBars(_ p: Painter, wide: Bool, _ ctx: AppContext) {
        let list = children
        guard !list.isEmpty, p.height > 0 else {
            let reading = organizationsRead != nil
            p.text(reading ? ctx.t("Считаю организации…", "Counting the organizations…")
                           : ctx.t("Нет данных для сравнения", "Nothing to compare"), x: 1, y: 0, role: .muted)
            return
        }
        let cursor = childIndex
        if cursor < childTop { childTop = cursor }
        if cursor >= childTop + p.height { childTop = cursor - p.height + 1 }
        childTop = max(0, min(childTop, max(0, list.count - p.height)))
        let indicators = list.map { $0.indicator(kind) }
        let valued = indicators.prefix { $0?.value != nil }.count
        // Only the rows in view are formatted and drawn: a city holds thousands of schools.
        let shown = min(childTop, valued)..<min(valued, childTop + p.height)
        // Value and fraction in columns of their own width, so the per cents line up.
        let shorts = shown.map { DashboardFormat.short(indicators[$0]!, ctx.language) }
        let fractions = shown.map { DashboardFormat.fraction(indicators[$0]!) }
        let shortWidth = shorts.map(TextWidth.of).max() ?? 0, fractionWidth = fractions.map(TextWidth.of).max() ?? 0
        let items = shown.enumerated().map { n, index -> BarChart.Item in
            let i = indicators[index]!
            let text = TextWidth.padLeft(shorts[n], width: shortWidth)
                + (wide ? "  " + TextWidth.padLeft(fractions[n], width: fractionWidth) : "")
            return BarChart.Item(list[index].name, value: DashboardFormat.barValue(i) ?? 0, valueText: text)
        }
        // The median is better when lower: no «weakest» mark by the lowest bar; the weakest is
        // the first row (the list is sorted so), marked when it is in view.
        let chart = BarChart(items: items, highlightsWeakest: kind != .medianResolutionDays && shown.lowerBound == 0, ascii: !ctx.colors,
                             maximum: kind == .medianResolutionDays ? nil : 100)
        if childTop < valued { chart.render(into: p.sub(Rect(x: 1, y: 0, width: p.width - 1, height: valued - childTop))) }
        // Children with nothing to measure, after the bars.
        for n in max(valued, childTop)..<list.count where n - childTop < p.height {
            p.text(list[n].name, x: 3, y: n - childTop, role: .muted, maxWidth: max(6, p.width * 2 / 5))
            p.text("—", x: p.width - 1, y: n - childTop, role: .muted)
        }
        let y = cursor - childTop
        p.text("▸", x: 0, y: y, role: .accent)
        p.cursor(x: 0, y: y)
    }
}
