import Domain
import Storage

/// Everything about a step (and its catalog item), or about a deficit, as
/// lines: the wide layout's detail pane and the Enter overlay show them.
enum StepDetail {
    static func lines(_ s: RouteStep, number: Int?, catalog: StepCatalogItem?, deficits: [DeficitSummary],
                      route: Route?, hand: StepHand = .owner, _ ctx: AppContext) -> [TeacherLine] {
        let today = ctx.today
        var out: [TeacherLine] = []
        out.append(TeacherLine((number.map { "\($0). " } ?? "") + s.title, .title, hanging: 3))
        var status = ctx.t(s.status.label)
        if s.isOverdue(on: today) {
            status += ctx.t(" · просрочен на \(today.days(since: s.plannedEnd)) дн.", " · overdue by \(today.days(since: s.plannedEnd)) d")
        }
        out.append(TeacherLine(ctx.t("Статус: ", "Status: ") + status, s.isOverdue(on: today) ? .danger : RouteColumns.statusCell(s, ctx, today: today).role ?? .text))
        out.append(TeacherLine(ctx.t("Вид: ", "Kind: ") + ctx.t(s.kind.label)))
        out.append(TeacherLine(ctx.t("Сроки: ", "Dates: ") + "\(s.plannedStart.russian) – \(s.plannedEnd.russian)"
                               + (s.hours > 0 ? " · \(s.hours) " + ctx.t("ч", "h") : "")))
        if !deficits.isEmpty {
            out.append(TeacherLine(ctx.t("Закрывает дефициты:", "Addresses deficits:"), .muted))
            for d in deficits {
                out.append(TeacherLine("  \(RouteColumns.linkMark) \(d.competenceCode) \(d.competenceName)", .highlight, hanging: 4))
            }
        }
        if let catalog { out.append(.blank); out += catalogLines(catalog, ctx) }
        if !s.tutorComment.isEmpty {
            out.append(.blank)
            out.append(TeacherLine(ctx.t("Комментарий тьютора:", "Tutor's comment:"), .muted))
            out.append(TeacherLine("  " + s.tutorComment, .text, hanging: 2))
        }
        out.append(.blank)
        if s.evidence.isEmpty {
            out.append(TeacherLine(ctx.t("Подтверждение: не приложено", "Evidence: none yet"), .muted))
        } else {
            out.append(TeacherLine(ctx.t("Подтверждение:", "Evidence:"), .muted))
            if !s.evidence.certificate.isEmpty { out.append(TeacherLine(ctx.t("  Удостоверение № ", "  Certificate # ") + s.evidence.certificate, hanging: 2)) }
            if !s.evidence.link.isEmpty { out.append(TeacherLine(ctx.t("  Ссылка: ", "  Link: ") + s.evidence.link, hanging: 2)) }
            if !s.evidence.note.isEmpty { out.append(TeacherLine(ctx.t("  Заметка: ", "  Note: ") + s.evidence.note, hanging: 2)) }
        }
        if !s.skipReason.isEmpty {
            out.append(TeacherLine(ctx.t("Причина пропуска: ", "Reason for skipping: ") + s.skipReason, .muted, hanging: 2))
        }
        out.append(.blank)
        out.append(hand == .owner ? whatNext(s, route: route, ctx) : tutorNext(s, route: route, ctx))
        return out
    }

    static func catalogLines(_ item: StepCatalogItem, _ ctx: AppContext) -> [TeacherLine] {
        switch item {
        case .programme(let p):
            return [
                TeacherLine(ctx.t("Программа ДПП: ", "Programme: ") + p.title, .accent, hanging: 2),
                TeacherLine(ctx.t("  Организатор: ", "  Provider: ") + p.provider, hanging: 2),
                TeacherLine("  " + ctx.t(p.kind.label) + " · \(p.hours) " + ctx.t("ч", "h") + " · " + ctx.t(p.format.label)),
                TeacherLine(p.inFederalRegistry ? ctx.t("  ✓ в федеральном реестре ДПП", "  ✓ in the federal registry")
                                                : ctx.t("  региональный каталог (не в федеральном реестре)", "  regional catalog (not in the federal registry)"),
                            p.inFederalRegistry ? .ok : .muted),
            ]
        case .site(let site, let org, let municipality):
            return [
                TeacherLine(ctx.t("Стажировочная площадка: ", "Internship site: ") + org, .accent, hanging: 2),
                TeacherLine(ctx.t("  Тема: ", "  Topic: ") + site.topic, hanging: 2),
                TeacherLine("  " + [municipality, site.capacity > 0 ? ctx.t("мест: \(site.capacity)", "places: \(site.capacity)") : ""]
                                    .filter { !$0.isEmpty }.joined(separator: " · "), .muted),
            ]
        case .practice(let p, let author, let org):
            return [
                TeacherLine(ctx.t("Практика из реестра: ", "Best practice: ") + p.title, .accent, hanging: 2),
                TeacherLine(ctx.t("  Автор: ", "  Author: ") + [author, org].filter { !$0.isEmpty }.joined(separator: ", "), hanging: 2),
                TeacherLine("  " + ctx.t(p.status.label), .muted),
            ]
        case .event(let e):
            return [
                TeacherLine(ctx.t("Мероприятие: ", "Event: ") + e.title, .accent, hanging: 2),
                TeacherLine("  " + ctx.t(e.kind.label) + " · " + e.date.russian, .muted),
            ]
        }
    }

    /// What the teacher can do with the step now, or why not.
    static func whatNext(_ s: RouteStep, route: Route?, _ ctx: AppContext) -> TeacherLine {
        if let route, !RouteStep.workableRouteStatuses.contains(route.status) {
            return TeacherLine(ctx.t("Маршрут «\(route.status.label.ru)»: шаги сейчас не отмечаются.",
                                     "The route is “\(route.status.label.en)”: steps cannot be marked now."), .muted, hanging: 2)
        }
        switch s.status {
        case .planned:
            return TeacherLine(ctx.t("Дальше: s — начать; d — сразу отметить выполненным; x — попросить пропустить.",
                                     "Next: s start; d mark done right away; x ask to skip."), .info, hanging: 2)
        case .inProgress:
            return TeacherLine(ctx.t("Дальше: d — отметить выполненным (номер удостоверения, ссылка или заметка); x — попросить пропустить.",
                                     "Next: d mark done (a certificate number, a link or a note); x ask to skip."), .info, hanging: 2)
        case .done:
            return TeacherLine(ctx.t("Ждёт подтверждения тьютором.", "Waiting for the tutor's confirmation."), .info, hanging: 2)
        case .confirmed:
            return TeacherLine(ctx.t("Подтверждён тьютором — шаг закрыт.", "Confirmed by the tutor — the step is closed."), .ok, hanging: 2)
        case .skipped:
            return TeacherLine(ctx.t("Шаг пропущен.", "The step is skipped."), .muted, hanging: 2)
        }
    }

    /// What the tutor can do with the step now: the teacher's keys are not theirs.
    static func tutorNext(_ s: RouteStep, route: Route?, _ ctx: AppContext) -> TeacherLine {
        if let route, !Route.plannableStatuses.contains(route.status) {
            return TeacherLine(ctx.t("Маршрут «\(route.status.label.ru)»: шаги больше не меняются.",
                                     "The route is “\(route.status.label.en)”: steps no longer change."), .muted, hanging: 2)
        }
        switch s.status {
        case .planned:
            return TeacherLine(ctx.t("Шаг ждёт педагога. e — изменить сроки и часы; Del — удалить.",
                                     "The step waits for the teacher. e edits dates and hours; Del removes it."), .info, hanging: 2)
        case .inProgress:
            return TeacherLine(ctx.t("Педагог выполняет шаг. e — изменить сроки.", "The teacher is on the step. e edits the dates."),
                               .info, hanging: 2)
        case .done:
            return TeacherLine(ctx.t("Ждёт вашего подтверждения: c — подтвердить; r — вернуть на доработку.",
                                     "Waits for your confirmation: c confirms; r returns it for rework."), .info, hanging: 2)
        case .confirmed:
            return TeacherLine(ctx.t("Подтверждён — шаг закрыт.", "Confirmed — the step is closed."), .ok, hanging: 2)
        case .skipped:
            return TeacherLine(ctx.t("Шаг пропущен.", "The step is skipped."), .muted, hanging: 2)
        }
    }

    static func deficitLines(_ d: DeficitSummary, steps: [(number: Int, step: RouteStep)], _ ctx: AppContext) -> [TeacherLine] {
        var out: [TeacherLine] = [
            TeacherLine("\(d.competenceCode) \(d.competenceName)", .title, hanging: 2),
            TeacherLine(ctx.t("Область: ", "Area: ") + ctx.t(d.area.label)),
            TeacherLine(ctx.t("Уровень: ", "Severity: ") + ctx.t(d.deficit.severity.label) + ctx.t(" · балл \(d.deficit.score) из 100 (порог 60)", " · score \(d.deficit.score) of 100 (threshold 60)"),
                        RouteColumns.severityRole(d.deficit) ?? .text),
            TeacherLine(ctx.t("Статус: ", "Status: ") + ctx.t(d.deficit.status.label)),
        ]
        let found = [d.diagnosticDate?.russian, d.diagnosticSource.map { ctx.t($0.label) }].compactMap { $0 }.joined(separator: ", ")
        if !found.isEmpty { out.append(TeacherLine(ctx.t("Выявлен: ", "Found: ") + found, .muted)) }
        if let dir = Direction.number(d.direction) {
            out.append(TeacherLine(ctx.t("Направление РМА: ", "RMA direction: ") + "\(dir.number). \(dir.shortName)", .muted, hanging: 2))
        }
        out.append(.blank)
        if steps.isEmpty {
            out.append(TeacherLine(ctx.t("Ни один шаг маршрута его пока не закрывает.", "No step of the route addresses it yet."), .warning, hanging: 2))
        } else {
            out.append(TeacherLine(ctx.t("Шаги маршрута:", "Steps of the route:"), .muted))
            for (n, s) in steps {
                out.append(TeacherLine("  \(RouteColumns.linkMark) \(n). \(s.title) — \(ctx.t(s.status.label))", .highlight, hanging: 4))
            }
        }
        out.append(.blank)
        out.append(TeacherLine(ctx.t("a — попросить адресную помощь по этой компетенции", "a — ask for targeted help with this competence"), .info, hanging: 2))
        return out
    }
}
