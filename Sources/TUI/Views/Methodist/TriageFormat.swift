import Domain
import Foundation
import Storage

/// Small texts the inbox shows in several places.
enum TriageFormat {
    /// «Иванов Иван Иванович» -> «Иванов И. И.»
    static func initials(_ fullName: String) -> String {
        let parts = fullName.split(separator: " ")
        guard parts.count > 1 else { return fullName }
        return ([String(parts[0])] + parts.dropFirst().compactMap { $0.first.map { "\($0)." } }).joined(separator: " ")
    }

    static func surname(_ fullName: String) -> String {
        String(fullName.split(separator: " ").first ?? "")
    }

    static func priorityMark(_ p: RequestPriority) -> String {
        switch p {
        case .urgent: return "!!"
        case .high: return "!"
        case .normal: return ""
        case .low: return "↓"
        }
    }

    static func direction(_ d: Int?, _ ctx: AppContext) -> String {
        guard let d, let dir = Direction.number(d) else { return ctx.t("не указано", "not set") }
        return "\(d). \(dir.shortName)"
    }

    /// The first line of a request's text.
    static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }

    /// Who asked: the person (★ young) or the school (◆ ШНОР).
    static func who(_ row: TriageRow, short: Bool) -> String {
        let s = row.summary
        var name = s.authorName.isEmpty ? s.organizationName : (short ? initials(s.authorName) : s.authorName)
        if row.youngAuthor { name += " ★" }
        if s.lowResultsSchool && (short || s.authorName.isEmpty) { name = "◆ " + name }
        return name
    }

    static func school(_ row: TriageRow) -> String {
        (row.lowResultsSchool ? "◆ " : "") + row.summary.organizationName
    }

    /// Local date and time of a history entry: «15.03.2024 10:42».
    static func time(_ unix: Int64) -> String {
        var t = time_t(unix)
        var parts = tm()
        localtime_r(&t, &parts)
        let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return (day?.russian ?? "") + " " + two(parts.tm_hour) + ":" + two(parts.tm_min)
    }

    /// One history entry in words: «статус: новый → разобран» (`ChangeText`, ids as names).
    static func change(_ e: RequestLogEntry, _ ctx: AppContext) -> String { ctx.t(e.line) }
}
