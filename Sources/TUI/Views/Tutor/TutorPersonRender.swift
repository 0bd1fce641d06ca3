import Domain
import Storage

extension TutorPersonScreen {
    /// The hint row: its keys are read from the bindings; `u` while there is a confirm or return to take back.
    var keyHints: [KeyHint] {
        (lastDiagnostic != nil ? [KeyHint("tutor.undo", label: Phrase("отозвать диагностику", "withdraw the diagnostic"))]
            : lastStepUndo == nil ? [] : [KeyHint("tutor.undo", label: Phrase("отменить", "undo"))])
            + [KeyHint("tutor.agree", label: Phrase("согласовать", "agree")), KeyHint("tutor.confirm", label: Phrase("подтвердить", "confirm")),
               KeyHint("tutor.return", label: Phrase("вернуть", "return")), KeyHint("tutor.proposals", label: Phrase("предложения", "proposals")),
               KeyHint("tutor.add", label: Phrase("шаг", "step")), KeyHint("tutor.consult", label: Phrase("консультация", "consult")),
               KeyHint("tutor.timeline", label: Phrase("хронология", "timeline")), KeyHint("tutor.back", label: Phrase("назад", "back"))]
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        guard data.profile != nil else {
            painter.text(ctx.t("Человек недоступен — Esc", "Person not available — Esc"), x: 1, y: 1, role: .danger)
            return
        }
        let headerHeight = RouteHeader.height(hasRoute: route != nil)
        RouteHeader.render(data, painter.sub(Rect(x: 0, y: 0, width: painter.width, height: headerHeight)), ctx)
        let body = Rect(x: 0, y: headerHeight, width: painter.width, height: max(0, painter.height - headerHeight - 1))
        let wide = painter.width >= 110
        if wide != (stepTable.columns.count > 7) { stepTable.columns = RouteColumns.steps(ctx, links: links, wide: wide) }
        if route == nil {
            let open = data.deficits.filter { $0.deficit.status.isOpen }.count
            painter.text(ctx.t("Маршрута нет; открытых дефицитов: \(open). p — построить из предложений",
                               "No route; open deficits: \(open). p builds one from proposals"), x: 1, y: body.y, role: .warning)
        } else {
            // The deficits under the steps when both fit: the steps keep every row they need.
            let stepsWanted = data.steps.count + 2, deficitsWanted = data.deficits.count + 2
            if !data.deficits.isEmpty, body.height >= stepsWanted + min(deficitsWanted, 4) {
                let (steps, rest) = body.splitTop(stepsWanted)
                stepTable.render(into: painter.sub(steps))
                renderDeficits(painter.sub(Rect(x: 0, y: rest.y, width: rest.width, height: min(rest.height, deficitsWanted))), ctx)
            } else {
                stepTable.render(into: painter.sub(body))
            }
        }
        KeyHintRow.renderDotted(keyHints, bindings: Self.screenBindings, into: painter, y: painter.height - 1, language: ctx.language)
        switch modal {
        case .dialog(var d, let a): d.render(into: painter); modal = .dialog(d, a)
        case .proposals(let list): list.render(painter, ctx)
        case .timeline(let scroll):
            let lines = timeline.map { TeacherLine("\($0.date.russian)  \($0.text)", $0.kind == .consultation ? .accent : .text, hanging: 12) }
            overlay(ctx.t("Хронология", "Timeline"), lines.isEmpty ? [TeacherLine(ctx.t("Пока пусто", "Nothing yet"), .muted)] : lines,
                    scroll: scroll, painter, ctx)
        case .detail(let scroll):
            if let s = selectedStep {
                var d = data
                let lines = StepDetail.lines(s, number: links.stepNumber[s.id], catalog: d.catalogItem(of: s, ctx), deficits: data.deficits(of: s),
                                             route: route, hand: .tutor, ctx)
                overlay(ctx.t("Шаг маршрута", "Route step"), lines, scroll: scroll, painter, ctx)
            }
        case .confirmRemove(var confirm, let step):
            confirm.render(into: painter)
            modal = .confirmRemove(confirm, step)
        case nil: break
        }
    }

    private func renderDeficits(_ painter: Painter, _ ctx: AppContext) {
        guard painter.height > 1 else { return }
        let open = data.deficits.filter { $0.deficit.status.isOpen }.count
        painter.fill(role: .tabInactive, y: 0)
        painter.text("  " + ctx.t("Дефициты · \(open) открыто", "Deficits · \(open) open")
                     + (data.deficits.count > open ? ctx.t(", \(data.deficits.count - open) закрыто", ", \(data.deficits.count - open) closed") : ""),
                     y: 0, role: .tabInactive)
        let wide = painter.width >= 100
        if wide != (deficitTable.columns.count > 6) { deficitTable.columns = RouteColumns.deficits(ctx, links: links, wide: wide) }
        deficitTable.render(into: painter.sub(Rect(x: 0, y: 1, width: painter.width, height: painter.height - 1)))
    }

    private func overlay(_ title: String, _ lines: [TeacherLine], scroll: Int, _ painter: Painter, _ ctx: AppContext) {
        let area = TeacherLine.drawBox(title: title, lines: lines, scroll: scroll, maxWidth: 110, painter)
        area.text(ctx.t("Esc — закрыть · ↑↓", "Esc — close · ↑↓"), x: 2, y: area.height - 2, role: .muted)
    }
}
