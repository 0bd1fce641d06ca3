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
}
