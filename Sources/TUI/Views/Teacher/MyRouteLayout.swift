import Domain
import Storage

/// Drawing of the route view: header, "what next", the two panes (stacked
/// below 160 columns, side by side with a detail pane from 160), a line of
/// key hints, and the overlay (detail or a form) on top.
extension MyRouteView {
    func render(_ painter: Painter, _ ctx: AppContext) {
        wide = painter.width >= MyRouteView.wideWidth
        guard data.profile != nil else {
            TeacherLine.draw([TeacherLine(ctx.t("Не удалось прочитать ваши данные. Попробуйте позже или обратитесь к администратору.",
                                                "Your data could not be read. Try again later or contact the administrator."), .danger)],
                             in: painter.sub(Rect(x: 1, y: 1, width: painter.width - 2, height: 3)))
            return
        }
        let headerHeight = RouteHeader.height(hasRoute: hasRoute)
        RouteHeader.render(data, painter.sub(Rect(x: 0, y: 0, width: painter.width, height: headerHeight)), ctx)
        var y = headerHeight
        if let next = RouteHeader.nextSteps(data, ctx) {
            let lines = Array(TeacherLine.wrap([next], width: painter.width - 2).prefix(2))
            for line in lines { painter.text(line.text, x: 1, y: y, role: line.role); y += 1 }
        }
        let hintsY = painter.height - 1
        let body = Rect(x: 0, y: y, width: painter.width, height: max(0, hintsY - y))
        // Split in three, a form or the detail goes over the middle pane, its sides on the borders.
        var modalColumn: Rect?
        if !hasRoute {
            renderNoRoute(painter.sub(body), ctx)
        } else if wide {
            let cols = Layout.columns(body, weights: [3, 4, 3], gap: 1)
            for gapX in [cols[0].maxX, cols[1].maxX] {
                for row in 0..<body.height { painter.text("│", x: gapX, y: body.y + row, role: .border) }
            }
            renderPane(.deficits, painter.sub(cols[0]), ctx)
            renderPane(.steps, painter.sub(cols[1]), ctx)
            renderDetailPane(painter.sub(cols[2]), ctx)
            modalColumn = Layout.overPane(cols[1], in: Rect(x: 0, y: 0, width: painter.width, height: painter.height))
        } else {
            // Both lists whole when they fit (the steps get what is left);
            // otherwise the deficits get at most 2/5 and scroll.
            let deficitsWanted = max(3, data.deficits.count + 2), stepsWanted = max(3, data.steps.count + 2)
            let deficitHeight = deficitsWanted + stepsWanted <= body.height ? deficitsWanted
                : min(deficitsWanted, max(3, body.height - stepsWanted, body.height * 2 / 5))
            let (top, bottom) = body.splitTop(deficitHeight)
            renderPane(.deficits, painter.sub(top), ctx)
            renderPane(.steps, painter.sub(bottom), ctx)
        }
        // A kiosk writes no files: its export keys do nothing there, so they are not hinted.
        let bound = ctx.kiosk ? routeBindings.filter { !KioskMode.forbids($0.action) } : routeBindings
        KeyHintRow.renderDotted(keyHints, bindings: bound, into: painter, y: hintsY, language: ctx.language)
        renderModal(painter, over: modalColumn, ctx)
    }

    private func renderPane(_ pane: Pane, _ painter: Painter, _ ctx: AppContext) {
        guard painter.height > 0 else { return }
        let focused = focus == pane
        let title: String
        switch pane {
        case .deficits:
            let open = data.deficits.filter { $0.deficit.status.isOpen }.count
            title = ctx.t("Мои дефициты", "My deficits") + " · \(open)"
                + (data.deficits.count > open ? ctx.t(" открыто, \(data.deficits.count - open) закрыто", " open, \(data.deficits.count - open) closed") : "")
        case .steps:
            title = ctx.t("Шаги маршрута", "Route steps") + " · \(data.steps.count)"
        }
        painter.fill(role: focused ? .tabActive : .tabInactive, y: 0)
        painter.text((focused ? "▶ " : "  ") + title, x: 0, y: 0, role: focused ? .tabActive : .tabInactive)
        if focused, painter.width > 30 {
            let other = ctx.t(pane == .steps ? "Tab → дефициты" : (hasRoute ? "Tab → шаги" : ""),
                              pane == .steps ? "Tab → deficits" : (hasRoute ? "Tab → steps" : ""))
            painter.text(other, x: painter.width - TextWidth.of(other) - 1, y: 0, role: .tabActive)
        }
        let rect = Rect(x: 0, y: 1, width: painter.width, height: painter.height - 1)
        setColumns(pane, width: painter.width, ctx)
        switch pane {
        case .deficits: deficitTable.render(into: painter.sub(rect))
        case .steps: stepTable.render(into: painter.sub(rect))
        }
    }

    /// Extra columns (area, status, kind, full dates) when the pane itself is wide enough.
    private func setColumns(_ pane: Pane, width: Int, _ ctx: AppContext) {
        switch pane {
        case .deficits:
            let full = width >= 100
            if full != (deficitTable.columns.count > 6) { deficitTable.columns = RouteColumns.deficits(ctx, links: links, wide: full) }
        case .steps:
            let full = width >= 110
            if full != (stepTable.columns.count > 7) { stepTable.columns = RouteColumns.steps(ctx, links: links, wide: full) }
        }
    }

    private func renderDetailPane(_ painter: Painter, _ ctx: AppContext) {
        guard painter.height > 0 else { return }
        painter.fill(role: .tabInactive, y: 0)
        painter.text("  " + ctx.t("Подробно", "Details") + " · Enter", y: 0, role: .tabInactive)
        TeacherLine.draw(detailLines(ctx), in: painter.sub(Rect(x: 1, y: 1, width: painter.width - 1, height: painter.height - 1)))
    }

    private func renderNoRoute(_ painter: Painter, _ ctx: AppContext) {
        let lines = TeacherLine.wrap(RouteHeader.noRouteLines(data, ctx), width: painter.width - 2)
        let shown = min(lines.count, max(0, painter.height - 3))
        for (i, line) in lines.prefix(shown).enumerated() { painter.text(line.text, x: 1, y: i + 1, role: line.role) }
        let rest = Rect(x: 0, y: shown + 2, width: painter.width, height: max(0, painter.height - shown - 2))
        if wide {
            let cols = Layout.columns(rest, weights: [3, 2], gap: 1)
            renderPane(.deficits, painter.sub(cols[0]), ctx)
            renderDetailPane(painter.sub(cols[1]), ctx)
        } else {
            renderPane(.deficits, painter.sub(rest), ctx)
        }
    }

    /// The hint row: its keys are read from the bindings; `u` is hinted while there is a move to take back.
    var keyHints: [KeyHint] {
        if case .dialog = modal { return [] }
        guard hasRoute else {
            return [KeyHint("route.help", label: Phrase("попросить помощи", "ask for help")), KeyHint("route.open", label: Phrase("подробно", "details")),
                    KeyHint("app.help", label: Phrase("все клавиши", "all keys"))]
        }
        let undo = lastStepUndo == nil ? [] : [KeyHint("route.undo", label: Phrase("отменить", "undo"))]
        switch focus {
        case .steps:
            return undo + [KeyHint("route.pane", label: Phrase("дефициты", "deficits")), KeyHint("route.open", label: Phrase("подробно", "details")),
                           KeyHint("route.start", label: Phrase("начать", "start")), KeyHint("route.done", label: Phrase("выполнено", "done")),
                           KeyHint("route.skip", label: Phrase("пропустить", "skip")), KeyHint("route.help", label: Phrase("помощь", "help")),
                           KeyHint("route.exportMarkdown", label: Phrase("экспорт", "export"))]
        case .deficits:
            return undo + [KeyHint("route.pane", label: Phrase("шаги", "steps")), KeyHint("route.open", label: Phrase("подробно", "details")),
                           KeyHint("route.help", label: Phrase("попросить помощи", "ask for help")),
                           KeyHint("route.exportMarkdown", label: Phrase("экспорт", "export"))]
        }
    }

    private func renderModal(_ painter: Painter, over column: Rect?, _ ctx: AppContext) {
        switch modal {
        case .dialog(var dialog):
            dialog.render(into: painter, over: column)
            modal = .dialog(dialog)
        case .detail(let scroll):
            let width = column?.width ?? max(20, min(painter.width - 4, 100))
            let lines = TeacherLine.wrap(detailLines(ctx), width: width - 4)
            let height = min(painter.height, lines.count + 4)
            let box = Layout.centered(in: column ?? Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
            let area = painter.sub(box)
            let room = max(1, area.height - 3)
            let top = max(0, min(scroll, lines.count - room))
            if top != scroll { modal = .detail(scroll: top) }
            area.fill(role: .dialog)
            let title = focus == .steps ? ctx.t("Шаг маршрута", "Route step") : ctx.t("Дефицит", "Deficit")
            area.box(title: title, role: .border, titleRole: .dialogTitle)
            for (i, line) in lines.dropFirst(top).prefix(room).enumerated() {
                area.text(line.text, x: 2, y: i + 1, role: line.role == .text ? .dialog : line.role, maxWidth: width - 4)
            }
            let more = lines.count > room ? ctx.t(" · ↑↓ прокрутка", " · ↑↓ scroll") : ""
            area.text(ctx.t("Esc — закрыть", "Esc — close") + more, x: 2, y: area.height - 2, role: .muted)
        case nil:
            break
        }
    }
}
