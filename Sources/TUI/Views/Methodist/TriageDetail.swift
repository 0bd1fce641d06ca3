import Domain
import Storage

/// The detail of one request: full text, who asked (and from which school),
/// the triage fields, and the history (who, when, what). Drawn as a pane
/// beside the list on wide screens, as a box over it on narrow ones.
struct TriageDetail {
    /// The history and the help given of the request shown, read when the request or its version changes
    /// (a record of help moves the version on too).
    private var loaded: (id: RequestID, version: Int, log: [RequestLogEntry], help: [HelpGiven])?

    mutating func log(for row: TriageRow, _ ctx: AppContext) -> [RequestLogEntry] {
        if let l = loaded, l.id == row.id, l.version == row.request.version { return l.log }
        let log = (try? ctx.store.requestLog(ctx.viewer, id: row.id)) ?? []
        let help = (try? ctx.store.requestHelp(ctx.viewer, id: row.id)) ?? []
        loaded = (row.id, row.request.version, log, help)
        return log
    }

    /// The help given on the request shown (read with its history).
    var help: [HelpGiven] { loaded?.help ?? [] }

    /// Forgets the history read (a comment changes no version).
    mutating func invalidate() { loaded = nil }

    func lines(_ row: TriageRow, log: [RequestLogEntry], width: Int, _ ctx: AppContext) -> [(String, StyleRole)] {
        let r = row.request, s = row.summary
        var out: [(String, StyleRole)] = []
        let today = ctx.today
        out.append((ctx.t(r.status.label) + " · " + ctx.t("приоритет ", "priority ") + ctx.t(r.priority.label)
                    + " · " + ctx.t("создан ", "created ") + r.createdOn.russian
                    + ctx.t(" (\(max(0, today.days(since: r.createdOn))) дн.)", " (\(max(0, today.days(since: r.createdOn))) d)"), .accent))
        if !s.authorName.isEmpty {
            out.append((ctx.t("От: ", "From: ") + s.authorName + (row.youngAuthor ? ctx.t(" ★ молодой педагог", " ★ young teacher") : ""), .text))
        } else {
            out.append((ctx.t("От школы", "From the school"), .text))
        }
        if !s.organizationName.isEmpty {
            out.append((ctx.t("Школа: ", "School: ") + s.organizationName
                        + (s.lowResultsSchool ? ctx.t(" ◆ ШНОР (низкие результаты)", " ◆ low-results school") : ""),
                        s.lowResultsSchool ? .warning : .text))
        }
        out.append((ctx.t("Направление: ", "Direction: ") + TriageFormat.direction(r.direction, ctx), r.direction == nil ? .muted : .text))
        out.append((ctx.t("Исполнитель: ", "Assignee: ") + (s.assigneeName.isEmpty ? "—" : s.assigneeName), .text))
        if let due = r.due {
            let late = r.isOverdue(on: today)
            out.append((ctx.t("Срок: ", "Due: ") + due.russian
                        + (late ? ctx.t(" — просрочен на \(today.days(since: due)) дн.", " — \(today.days(since: due)) d overdue") : ""),
                        late ? .danger : .text))
        }
        if let resolved = r.resolvedOn { out.append((ctx.t("Решён: ", "Resolved: ") + resolved.russian, .ok)) }
        if !r.declineReason.isEmpty { out.append((ctx.t("Причина отклонения: ", "Declined: ") + r.declineReason, .warning)) }
        out.append(("", .text))
        for l in Sanitizer.lines(r.text) {
            for w in TextWidth.wrap(l, width: max(10, width)) { out.append((w, .text)) }
        }
        // What the assignee did and answered, before the history.
        for line in RequestReading.help(help, ctx) + RequestReading.answer(r, ctx) {
            for (i, w) in TextWidth.wrap(Sanitizer.oneLine(line.text), width: max(10, width)).enumerated() {
                out.append(((i == 0 ? "" : "  ") + w, line.role))
            }
        }
        out.append(("", .text))
        out.append((ctx.t("История", "History"), .header))
        for e in log {
            let who = e.actorName.isEmpty ? ctx.t("система", "system") : TriageFormat.initials(e.actorName)
            let text = TriageFormat.time(e.change.at) + " " + who + " · " + TriageFormat.change(e, ctx)
            let wrapped = TextWidth.wrap(Sanitizer.oneLine(text), width: max(10, width))
            for (i, w) in wrapped.enumerated() { out.append(((i == 0 ? "" : "  ") + w, e.change.field == "comment" ? .info : .muted)) }
        }
        return out
    }

    /// Draws into `painter` (a pane, or the inside of a box). When the lines
    /// do not fit, the text keeps its start and the history its latest entries.
    mutating func render(_ row: TriageRow, into painter: Painter, inBox: Bool = false, _ ctx: AppContext) {
        let log = log(for: row, ctx)
        var all = lines(row, log: log, width: painter.width, ctx)
        let room = painter.height - 1
        if all.count > room, let h = all.lastIndex(where: { $0.1 == .header }) {
            let keep = max(0, room - h - 1)
            all = Array(all[...h]) + Array(all[(h + 1)...].suffix(keep))
            if all.count > room { all = Array(all.prefix(room)) }
        }
        for (i, line) in all.enumerated() where i < room {
            painter.text(line.0, y: i, role: inBox && line.1 == .text ? .dialog : line.1, maxWidth: painter.width)
        }
        painter.text(ctx.t("r — маршрут и дефициты автора · c — комментарий", "r — the author's route and deficits · c — comment"),
                     y: painter.height - 1, role: .muted)
    }

    /// The detail in a centred box (narrow screens).
    mutating func renderBox(_ row: TriageRow, into painter: Painter, _ ctx: AppContext) {
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: painter.width < 102 ? painter.width : 100, height: painter.height)
        let p = painter.sub(box)
        guard p.width > 8, p.height > 4 else { return }
        p.fill(role: .dialog)
        p.box(title: ctx.t("Запрос №\(row.id)", "Request #\(row.id)"), role: .border, titleRole: .dialogTitle)
        render(row, into: p.sub(Rect(x: 2, y: 1, width: p.width - 4, height: p.height - 2)), inBox: true, ctx)
        p.text(ctx.t(" Esc — закрыть · j/k — соседний запрос ", " Esc close · j/k next/previous "), x: 2, y: p.height - 1, role: .muted)
    }
}
