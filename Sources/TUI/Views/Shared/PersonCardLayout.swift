import Domain
import Storage

/// What a person's card says, as lines grouped in sections; one column at
/// 80 columns, two (person, route, mentoring | deficits, requests) when wide.
struct PersonCardLayout {
    enum Line {
        case field(String, String, StyleRole)
        case header(String)
        case bar(String, Double, String)
        case item(String, StyleRole)
        case blank
    }

    let dossier: PersonDossier
    let ctx: AppContext

    private var young: Bool { dossier.person.isYoungTeacher(on: ctx.today) }

    var personLines: [Line] {
        let p = dossier.person, s = dossier.summary
        var place = s.organizationName
        if !s.municipalityName.isEmpty { place += (place.isEmpty ? "" : " · ") + s.municipalityName }
        var facts = [ctx.t(p.category.label)]
        if let b = p.birthDate { facts.append(ctx.t("род. ", "born ") + b.russian) }
        if let t = p.teachingSince { facts.append(ctx.t("стаж с ", "teaching since ") + t.russian) }
        var lines: [Line] = [
            .field(ctx.t("Должность", "Position"), p.position + (p.subjects.isEmpty ? "" : " (" + p.subjects.joined(separator: ", ") + ")"), .dialog),
            .field(ctx.t("Место", "Works at"), place, .dialog),
            .field(ctx.t("Роли", "Roles"), p.roles.sorted().map { ctx.t($0.label) }.joined(separator: ", "), .accent),
            .field(ctx.t("Категория", "Category"), facts.joined(separator: " · "), .dialog),
        ]
        if young { lines.append(.field("★", ctx.t("молодой педагог", "young teacher"), .info)) }
        return lines
    }

    var routeLines: [Line] {
        guard let r = dossier.route else {
            let none = Line.field(ctx.t("Маршрут", "Route"), ctx.t("нет (ИОМ не составлен)", "none (no route yet)"), .muted)
            // The caseload tutor who will build it, once one is assigned.
            guard let tutor = dossier.tutorName else { return [none] }
            return [none, .field(ctx.t("Тьютор", "Tutor"), tutor + ctx.t(" — составит маршрут", " — will build the route"), .dialog)]
        }
        let g = dossier.progress
        var lines: [Line] = [
            .field(ctx.t("Маршрут", "Route"), ctx.t(r.status.label) + " · " + r.periodStart.russian + "–" + r.periodEnd.russian,
                   r.status == .cancelled ? .muted : .dialog),
            .bar(ctx.t("Прогресс", "Progress"), g.fractionDone,
                 ctx.t("\(g.done) из \(RussianPlural.ofCount(g.total, singular: "шага", plural: "шагов")) · \(g.hoursDone) из \(g.hoursPlanned) ч", "\(g.done) of \(g.total) steps · \(g.hoursDone) of \(g.hoursPlanned) h")),
        ]
        if g.awaitingConfirmation > 0 {
            lines.append(.field("", ctx.t("ждут подтверждения: \(g.awaitingConfirmation)", "awaiting confirmation: \(g.awaitingConfirmation)"), .warning))
        }
        lines.append(.field(ctx.t("Тьютор", "Tutor"), dossier.tutorName ?? ctx.t("не назначен", "none"), dossier.tutorName == nil ? .warning : .dialog))
        return lines
    }

    var mentoringLines: [Line] {
        var lines: [Line] = []
        if let pair = dossier.mentorPair, let name = dossier.mentorName {
            lines.append(.field(ctx.t("Наставник", "Mentor"), name + " · " + ctx.t("с ", "since ") + pair.start.russian + " · " + ctx.t(pair.status.label), .dialog))
        } else {
            lines.append(.field(ctx.t("Наставник", "Mentor"),
                                young ? ctx.t("нет — молодому педагогу нужен наставник", "none — a young teacher needs a mentor") : ctx.t("нет", "none"),
                                young ? .warning : .muted))
        }
        if !dossier.menteeNames.isEmpty {
            lines.append(.field(ctx.t("Наставляет", "Mentors"), dossier.menteeNames.joined(separator: ", "), .dialog))
        }
        return lines
    }

    var deficitLines: [Line] {
        let list = dossier.openDeficits
        var lines: [Line] = [.header(ctx.t("Открытые дефициты: \(list.count)", "Open deficits: \(list.count)"))]
        if list.isEmpty { lines.append(.item(ctx.t("нет", "none"), .muted)) }
        for d in list {
            let severity = ctx.t(d.deficit.severity.label)
            lines.append(.item("\(d.competenceCode) \(d.competenceName) — \(severity), \(ctx.t(d.deficit.status.label)) (\(d.deficit.score))",
                               d.deficit.severity == .severe ? .danger : .dialog))
        }
        return lines
    }

    var requestLines: [Line] {
        var lines: [Line] = [.header(ctx.t("Запросы: \(dossier.requestCount)", "Requests: \(dossier.requestCount)"))]
        if dossier.requests.isEmpty { lines.append(.item(ctx.t("нет", "none"), .muted)) }
        for r in dossier.requests {
            let q = r.request
            lines.append(.item("\(q.createdOn.russian) \(ctx.t(q.status.label)) · \(q.text)", q.status.isFinal ? .muted : .dialog))
        }
        if dossier.requestCount > dossier.requests.count {
            lines.append(.item(ctx.t("… и ещё \(dossier.requestCount - dossier.requests.count)", "… and \(dossier.requestCount - dossier.requests.count) more"), .muted))
        }
        return lines
    }

    /// Wide: the person, route and mentoring on the left; the lists on the right.
    var wideColumns: (left: [Line], right: [Line]) {
        (personLines + [.blank, .header(ctx.t("Маршрут (ИОМ)", "Route"))] + routeLines
            + [.blank, .header(ctx.t("Наставничество", "Mentoring"))] + mentoringLines,
         deficitLines + [.blank] + requestLines)
    }

    /// Rows the wide layout needs (the card box fits them, no empty tail).
    var wideHeight: Int { max(wideColumns.left.count, wideColumns.right.count) }

    func render(into painter: Painter) {
        if painter.width >= 110 {
            let cols = Layout.columns(Rect(x: 0, y: 0, width: painter.width, height: painter.height), weights: [1, 1], gap: 3)
            let (left, right) = wideColumns
            draw(left, into: painter.sub(cols[0]))
            draw(right, into: painter.sub(cols[1]))
        } else {
            // One column: the lists share what rows remain after the fixed part.
            let fixed = personLines + routeLines + mentoringLines
            let room = max(0, painter.height - fixed.count - 2)
            let deficits = cut(deficitLines, to: max(2, room - min(room / 2, requestLines.count)))
            let requests = cut(requestLines, to: max(0, room - deficits.count))
            draw(fixed + [.blank] + deficits + (requests.isEmpty ? [] : [.blank] + requests), into: painter)
        }
    }

    /// The first `n` lines, the last of them saying how many are left out.
    private func cut(_ lines: [Line], to n: Int) -> [Line] {
        guard lines.count > n else { return lines }
        guard n > 1 else { return Array(lines.prefix(n)) }
        return Array(lines.prefix(n - 1)) + [.item(ctx.t("… ещё \(lines.count - n + 1)", "… \(lines.count - n + 1) more"), .muted)]
    }

    private func draw(_ lines: [Line], into painter: Painter) {
        let labelWidth = lines.reduce(0) { w, l in
            if case .field(let label, _, _) = l { return max(w, TextWidth.of(label)) }
            if case .bar(let label, _, _) = l { return max(w, TextWidth.of(label)) }
            return w
        }
        let valueX = labelWidth + 2
        for (y, line) in lines.prefix(painter.height).enumerated() {
            switch line {
            case .field(let label, let value, let role):
                painter.text(label, y: y, role: .muted)
                painter.text(value, x: valueX, y: y, role: role, maxWidth: max(1, painter.width - valueX))
            case .header(let text):
                painter.text(text, y: y, role: .dialogTitle)
            case .bar(let label, let fraction, let text):
                painter.text(label, y: y, role: .muted)
                let barWidth = min(24, max(6, (painter.width - valueX) / 3))
                ProgressBar(fraction: fraction, showsLabel: false, ascii: !ctx.colors)
                    .render(into: painter.sub(Rect(x: valueX, y: y, width: barWidth, height: 1)))
                painter.text(ProgressBar.percent(fraction) + "  " + text, x: valueX + barWidth + 1, y: y, role: .dialog,
                             maxWidth: max(1, painter.width - valueX - barWidth - 1))
            case .item(let text, let role):
                painter.text("• ", y: y, role: .muted)
                painter.text(text, x: 2, y: y, role: role, maxWidth: max(1, painter.width - 2))
            case .blank:
                break
            }
        }
    }
}
