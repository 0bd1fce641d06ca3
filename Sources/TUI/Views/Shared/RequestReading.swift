import Domain
import Storage

/// The parts of a request its reader is told about, the same on every
/// screen that opens one (the assignee's list, the author's «Мои запросы»):
/// the help given, the answer, the history in words (`RequestLogEntry.line`).
enum RequestReading {
    /// «Оказанная помощь»: one line per record, oldest first; nothing when there is none.
    static func help(_ help: [HelpGiven], _ ctx: AppContext) -> [TeacherLine] {
        guard !help.isEmpty else { return [] }
        return [.blank, TeacherLine(ctx.t("Оказанная помощь", "Help given"), .header)]
            + help.map { h in
                TeacherLine(ctx.t(h.line) + (h.actorName.isEmpty ? "" : " (\(h.actorName))"), .text, hanging: 2)
            }
    }

    /// «Ответ»: what the assignee wrote when resolving.
    static func answer(_ request: HelpRequest, _ ctx: AppContext) -> [TeacherLine] {
        guard !request.answer.isEmpty else { return [] }
        return [.blank, TeacherLine(ctx.t("Ответ", "Answer"), .header), TeacherLine(request.answer, .ok, hanging: 0)]
    }

    /// «12.03.2024 · статус: назначен → в работе · Королёва Татьяна Владимировна».
    static func history(_ log: [RequestLogEntry], _ ctx: AppContext) -> [TeacherLine] {
        [.blank, TeacherLine(ctx.t("История", "History"), .header)]
            + (log.isEmpty ? [TeacherLine("—", .muted)] : log.map { entry in
                let when = Day(ordinal: Int(entry.change.at / 86_400)).russian
                return TeacherLine("\(when) · \(ctx.t(entry.line))" + (entry.actorName.isEmpty ? "" : " · \(entry.actorName)"), .muted, hanging: 2)
            })
    }

    /// The request's box over the list, scrolled by `scroll`; its foot is left for the caller's keys
    /// (answered: the box). The rows it covers are cleared across the screen first: a list column cut
    /// by its sides («24» of a date) is noise.
    @discardableResult
    static func drawBox(title: String, lines: [TeacherLine], scroll: Int, _ painter: Painter) -> Painter {
        let width = max(20, min(painter.width - 4, 90))
        let wrapped = TeacherLine.wrap(lines, width: width - 4)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width,
                                  height: min(painter.height, wrapped.count + 4))
        painter.sub(Rect(x: 0, y: box.y, width: painter.width, height: box.height)).fill(role: .text)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: title, role: .border, titleRole: .dialogTitle)
        let room = max(1, area.height - 3)
        for (i, line) in wrapped.dropFirst(min(scroll, max(0, wrapped.count - room))).prefix(room).enumerated() {
            area.text(line.text, x: 2, y: i + 1, role: line.role == .text ? .dialog : line.role, maxWidth: width - 4)
        }
        return area
    }
}
