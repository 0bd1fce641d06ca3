import Domain
import Storage

/// The top of the route view: who, where, who supports them, the route's
/// period and status, and the progress bar; then one line on what happens
/// next in this state of the route.
enum RouteHeader {
    /// Rows the header takes (without the "next" banner).
    static func height(hasRoute: Bool) -> Int { hasRoute ? 5 : 3 }

    static func render(_ data: MyRouteData, _ painter: Painter, _ ctx: AppContext) {
        guard let p = data.profile else { return }
        var x = 1
        let name = Sanitizer.oneLine(p.person.fullName)
        painter.text(name, x: x, y: 0, role: .title)
        x += TextWidth.of(name) + 2
        if p.person.isYoungTeacher(on: ctx.today) {
            painter.text("★ " + ctx.t("молодой педагог", "young teacher"), x: x, y: 0, role: .accent)
        }
        var place: [String] = []
        if !p.person.position.isEmpty { place.append(p.person.position) }
        place.append(ctx.t(p.person.category.label) + (p.person.category == .none ? "" : ctx.t(" категория", " category")))
        place += [p.organizationName, p.municipalityName].filter { !$0.isEmpty }
        painter.text(place.joined(separator: " · "), x: 1, y: 1, role: .muted)

        x = 1
        func pair(_ label: String, _ value: String?, missing: String) {
            painter.text(label, x: x, y: 2, role: .muted); x += TextWidth.of(label)
            let v = value.map(Sanitizer.oneLine) ?? missing
            painter.text(v, x: x, y: 2, role: value == nil ? .warning : .text); x += TextWidth.of(v) + 3
        }
        pair(ctx.t("Тьютор: ", "Tutor: "), p.tutorName, missing: ctx.t("не назначен", "not assigned"))
        if p.mentorName != nil || p.person.isYoungTeacher(on: ctx.today) {
            pair(ctx.t("Наставник: ", "Mentor: "), p.mentorName, missing: ctx.t("не назначен", "not assigned"))
        }
        guard let route = p.route else { return }
        x = 1
        let period = ctx.t("ИОМ на ", "Route for ") + "\(route.periodStart.russian)–\(route.periodEnd.russian) · "
        painter.text(period, x: x, y: 3, role: .text); x += TextWidth.of(period)
        painter.text(ctx.t(route.status.label), x: x, y: 3, role: statusRole(route.status))

        let pr = data.progress
        let label = ctx.t("выполнено \(pr.done) из \(pr.total)", "done \(pr.done) of \(pr.total)")
            + (pr.confirmed > 0 || pr.done > 0 ? ctx.t(" (подтверждено \(pr.confirmed))", " (confirmed \(pr.confirmed))") : "")
            + ctx.t(" · \(pr.hoursDone) из \(pr.hoursPlanned) ч", " · \(pr.hoursDone) of \(pr.hoursPlanned) h")
        let barWidth = min(40, max(10, painter.width - TextWidth.of(label) - 4))
        let confirmed = pr.fractionConfirmed, doneOnly = max(0, pr.fractionDone - pr.fractionConfirmed)
        let bar = ProgressBar(parts: [ProgressBar.Part(confirmed, role: .ok), ProgressBar.Part(doneOnly, role: .bar)],
                              showsLabel: false)
        bar.render(into: painter.sub(Rect(x: 1, y: 4, width: barWidth, height: 1)))
        painter.text(label, x: barWidth + 2, y: 4, role: .text)
    }

    static func statusRole(_ s: RouteStatus) -> StyleRole {
        switch s {
        case .draft: return .warning
        case .agreed: return .info
        case .inProgress: return .accent
        case .completed: return .ok
        case .cancelled: return .danger
        }
    }

    /// What happens next, in this state of the route (one or two lines).
    static func nextSteps(_ data: MyRouteData, _ ctx: AppContext) -> TeacherLine? {
        guard let p = data.profile, let route = p.route else { return nil }
        switch route.status {
        case .draft:
            if route.tutorID == nil {
                return TeacherLine(ctx.t("Черновик без тьютора: тьютора назначит методист ММС, он согласует маршрут с вами. До согласования шаги не отмечаются.",
                                         "A draft without a tutor: the municipal methodist assigns one, who agrees the route with you. Steps can be marked once it is agreed."), .warning)
            }
            return TeacherLine(ctx.t("Черновик: тьютор \(p.tutorName ?? "") составляет маршрут и согласует его с вами. До согласования шаги не отмечаются.",
                                     "A draft: your tutor \(p.tutorName ?? "") is drawing it up and will agree it with you. Steps can be marked once it is agreed."), .warning)
        case .agreed:
            return TeacherLine(ctx.t("Маршрут согласован. Начните первый шаг: выберите его и нажмите s.",
                                     "The route is agreed. Start the first step: select it and press s."), .info)
        case .inProgress:
            let overdue = data.overdue(on: ctx.today), waiting = data.progress.awaitingConfirmation
            var parts: [String] = []
            if overdue > 0 { parts.append(ctx.t("просрочено шагов: \(overdue) (обсудите срок с тьютором)", "overdue steps: \(overdue) (agree a new date with your tutor)")) }
            if waiting > 0 { parts.append(ctx.t("ждут подтверждения тьютора: \(waiting)", "awaiting the tutor's confirmation: \(waiting)")) }
            if parts.isEmpty {
                return TeacherLine(ctx.t("Всё по плану. Выполнили шаг — нажмите d и приложите подтверждение.",
                                         "On track. Finished a step? Press d and attach evidence."), .ok)
            }
            let text = parts.joined(separator: " · ")
            return TeacherLine(text.prefix(1).uppercased() + text.dropFirst(), overdue > 0 ? .danger : .info)
        case .completed:
            return TeacherLine(ctx.t("Маршрут завершён. Закрытие дефицитов подтвердит следующая диагностика.",
                                     "The route is completed. The next diagnostic will confirm which deficits are closed."), .ok)
        case .cancelled:
            let reason = route.cancelReason.map { ": " + $0 } ?? ""
            return TeacherLine(ctx.t("Маршрут отменён\(reason). Новый маршрут составит тьютор; нужна помощь — a.",
                                     "The route is cancelled\(reason). Your tutor will draw up a new one; need help — a."), .warning)
        }
    }

    /// The body when there is no route yet: why, and what happens next.
    static func noRouteLines(_ data: MyRouteData, _ ctx: AppContext) -> [TeacherLine] {
        var lines = [TeacherLine(ctx.t("Индивидуального образовательного маршрута (ИОМ) у вас пока нет.",
                                       "You have no individual educational route yet."), .header),
                     TeacherLine(ctx.t("Что дальше:", "What happens next:"), .text)]
        if data.deficits.isEmpty {
            lines.append(TeacherLine(ctx.t("• Маршрут строится по итогам диагностики профессиональных дефицитов; у вас открытых дефицитов нет.",
                                           "• A route is built from the results of a diagnostic of professional deficits; you have no open deficits."), hanging: 2))
        } else {
            lines.append(TeacherLine(ctx.t("• По итогам диагностики у вас открытых дефицитов: \(data.deficits.count) (ниже).",
                                           "• The diagnostic found open deficits: \(data.deficits.count) (below)."), hanging: 2))
        }
        if let tutor = data.profile?.tutorName {
            lines.append(TeacherLine(ctx.t("• Ваш тьютор \(tutor) составит маршрут по дефицитам и согласует его с вами.",
                                           "• Your tutor \(tutor) will build the route from your deficits and agree it with you."), hanging: 2))
        } else {
            lines.append(TeacherLine(ctx.t("• Тьютор пока не назначен: его назначит методист ММС вашего муниципалитета.",
                                           "• No tutor yet: the methodist of your municipal service will assign one."), .warning, hanging: 2))
        }
        lines.append(TeacherLine(ctx.t("• Не ждите: выберите дефицит и нажмите a — запрос на адресную помощь уйдёт методисту.",
                                       "• Don't wait: select a deficit and press a to ask a methodist for targeted help."), hanging: 2))
        return lines
    }
}
