import Foundation
import Domain
import Storage

/// The detail of the selected catalog entry: every field, the competences in
/// full, and (for editors) the latest changes from the audit log. A pane on
/// the right of wide screens, a box over the list on narrow ones.
enum CatalogDetail {
    typealias Line = (text: String, role: StyleRole)

    static func field(_ label: String, _ value: String, _ role: StyleRole = .text) -> Line {
        (label + ": " + (value.isEmpty ? "—" : value), value.isEmpty ? .muted : role)
    }

    static func programme(_ r: ProgrammeRow, _ ctx: AppContext) -> [Line] {
        let p = r.programme
        var out: [Line] = [(p.title, .title)]
        if p.retired { out.append((ctx.t("В архиве: не предлагается в маршруты", "Retired: not offered for routes"), .warning)) }
        out.append(field(ctx.t("Разработчик", "Provider"), p.provider))
        out.append(field(ctx.t("Вид", "Kind"), ctx.t(p.kind.label)))
        out.append(field(ctx.t("Объём", "Hours"), ctx.t("\(p.hours) ч (не меньше \(p.kind.minimumHours))", "\(p.hours) h (at least \(p.kind.minimumHours))")))
        out.append(field(ctx.t("Формат", "Format"), ctx.t(p.format.label)))
        out.append(field(ctx.t("ФР ДПП", "Federal registry"), p.inFederalRegistry ? ctx.t("входит", "yes") : ctx.t("не входит", "no"),
                         p.inFederalRegistry ? .ok : .text))
        return out + competences(r.competences, ctx)
    }

    static func site(_ r: SiteRow, _ ctx: AppContext) -> [Line] {
        var out: [Line] = [(r.site.topic, .title)]
        if r.site.retired { out.append((ctx.t("В архиве: не предлагается в маршруты", "Retired: not offered for routes"), .warning)) }
        out.append(field(ctx.t("Организация", "Organization"), r.organizationName))
        out.append(field(ctx.t("Муниципалитет", "Municipality"), r.municipalityName))
        out.append(field(ctx.t("Вместимость", "Capacity"), ctx.t("\(r.site.capacity) чел.", "\(r.site.capacity) people")))
        return out + competences(r.competences, ctx)
    }

    static func practice(_ r: PracticeRow, _ ctx: AppContext) -> [Line] {
        let x = r.practice
        var out: [Line] = [(x.title, .title)]
        if r.retired { out.append((ctx.t("В архиве", "Retired"), .warning)) }
        out.append(field(ctx.t("Статус", "Status"), ctx.t(x.status.label), CatalogColumns.statusRole(x.status)))
        let next = x.status.next.map { ctx.t($0.label) }.joined(separator: ctx.t(" или ", " or "))
        out.append(field(ctx.t("Дальше", "Next"), next.isEmpty ? ctx.t("решение принято", "decided") : next, .muted))
        out.append(field(ctx.t("Автор", "Author"), r.authorName))
        out.append(field(ctx.t("Организация", "Organization"), r.organizationName))
        out.append(field(ctx.t("Направление", "Direction"), direction(x.direction)))
        return out + competences(r.competences, ctx)
    }

    static func event(_ r: EventRow, _ ctx: AppContext) -> [Line] {
        let e = r.event
        var out: [Line] = [(e.title, .title)]
        if r.retired { out.append((ctx.t("В архиве", "Retired"), .warning)) }
        out.append(field(ctx.t("Вид", "Kind"), ctx.t(e.kind.label)))
        let days = e.date.days(since: ctx.today)
        let when = days > 0 ? ctx.t("через \(days) дн.", "in \(days) d") : days == 0 ? ctx.t("сегодня", "today") : ctx.t("прошло", "past")
        out.append(field(ctx.t("Дата", "Date"), e.date.russian + " (" + when + ")"))
        out.append(field(ctx.t("Направление", "Direction"), e.direction.map(direction) ?? ""))
        out.append(field(ctx.t("Организатор", "Organizer"), r.organizerName))
        return out
    }

    static func direction(_ n: Int) -> String {
        Direction.number(n).map { "№\(n) " + $0.shortName } ?? "№\(n)"
    }

    static func competences(_ text: String, _ ctx: AppContext) -> [Line] {
        var out: [Line] = [("", .text), (ctx.t("Компетенции", "Competences"), .header)]
        let list = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if list.isEmpty { out.append((ctx.t("не указаны", "none given"), .muted)) }
        for c in list { out.append(("• " + c, .text)) }
        return out
    }

    static func history(_ log: [AuditEntry], _ ctx: AppContext) -> [Line] {
        guard !log.isEmpty else { return [] }
        var out: [Line] = [("", .text), (ctx.t("Изменения", "Changes"), .header)]
        for e in log.prefix(8) {
            out.append((TriageFormat.time(e.at) + " " + e.actorLogin + " · " + action(e, ctx), .muted))
        }
        return out
    }

    static func action(_ e: AuditEntry, _ ctx: AppContext) -> String {
        switch e.action {
        case "create": return ctx.t("создано", "created")
        case "edit": return ctx.t("изменено", "edited")
        case "retire": return ctx.t("в архив", "retired")
        case "restore": return ctx.t("из архива", "restored")
        case "status":
            let label = PracticeStatus(rawValue: e.after).map { ctx.t($0.label) } ?? e.after
            return ctx.t("статус: ", "status: ") + label
        default: return e.action
        }
    }

    /// Draws wrapped lines into `painter`; the last row is left for a key hint.
    static func render(_ lines: [Line], hint: String, into painter: Painter, inBox: Bool) {
        var y = 0
        let room = painter.height - 1
        outer: for line in lines {
            let wrapped = line.text.isEmpty ? [""] : TextWidth.wrap(line.text, width: max(8, painter.width))
            for (i, w) in wrapped.enumerated() {
                if y >= room { break outer }
                let role: StyleRole = inBox && line.role == .text ? .dialog : line.role
                painter.text((i == 0 ? "" : "  ") + w, y: y, role: role, maxWidth: painter.width)
                y += 1
            }
        }
        if painter.height > 0 { painter.text(hint, y: painter.height - 1, role: .muted, maxWidth: painter.width) }
    }
}
