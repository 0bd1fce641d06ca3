import Domain
import Storage

/// One audit entry in full: who, when, what, and the whole before and after
/// text, wrapped. The same lines fill the side panel (wide screens) and the
/// Enter box.
enum AuditDetail {
    static func lines(_ row: AuditRow, width: Int, _ ctx: AppContext) -> [(String, StyleRole)] {
        let e = row.entry
        let w = max(10, width)
        var out: [(String, StyleRole)] = []
        out.append((AuditText.entityLabel(e.entity, id: e.entityID, language: ctx.language) + " · "
                    + ctx.t(AuditText.action(e.action)), .accent))
        out.append((ctx.t("Когда: ", "When: ") + AuditText.when(e.at), .text))
        let who = row.actorName == e.actorLogin ? e.actorLogin : "\(row.actorName) (\(e.actorLogin))"
        out.append((ctx.t("Кто: ", "Who: ") + who, .text))
        let summary = ctx.t(row.summary)
        if !summary.isEmpty {
            out.append(("", .text))
            for l in TextWidth.wrap(summary, width: w) { out.append((l, .text)) }
        }
        for (label, text, role) in [(ctx.t("Было:", "Before:"), e.before, StyleRole.muted),
                                    (ctx.t("Стало:", "After:"), e.after, StyleRole.text)] where !text.isEmpty {
            out.append(("", .text))
            out.append((label, .header))
            for paragraph in Sanitizer.lines(text) {
                for l in TextWidth.wrap(paragraph, width: w - 2) { out.append(("  " + l, role)) }
            }
        }
        return out
    }

    /// The centred box opened by Enter.
    static func renderBox(_ row: AuditRow, scroll: Int, _ painter: Painter, _ ctx: AppContext) {
        let width = min(painter.width - 2, 100)
        let all = lines(row, width: width - 4, ctx)
        let height = min(painter.height - 1, all.count + 4)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
        let area = painter.sub(box)
        guard area.width > 6, area.height > 3 else { return }
        area.fill(role: .dialog)
        area.box(title: ctx.t("Запись журнала №\(row.id)", "Audit entry #\(row.id)"), role: .border, titleRole: .dialogTitle)
        let room = height - 3
        let first = max(0, min(scroll, all.count - room))
        for (i, (text, role)) in all.dropFirst(first).prefix(room).enumerated() {
            area.text(text, x: 2, y: i + 1, role: role == .text ? .dialog : role, maxWidth: width - 4)
        }
        let more = all.count > room ? ctx.t(" · ↑↓ — листать", " · ↑↓ scroll") : ""
        area.text(ctx.t("Esc — закрыть", "Esc — close") + more, x: 2, y: height - 2, role: .muted, maxWidth: width - 4)
    }
}
