import Domain
import Storage

/// The columns of the caseload; narrow terminals drop school and municipality.
enum CaseloadColumns {
    static func make(_ ctx: AppContext, wide: Bool) -> [Column<CaseloadRow>] {
        let today = ctx.today
        var cols: [Column<CaseloadRow>] = [
            Column(ctx.t("ФИО", "Name"), width: .flexible(min: 14, weight: 3), sortKey: "name") { r in
                TableCell(r.fullName, role: r.attention(today: today).score >= 5 ? .danger : nil)
            },
        ]
        if wide {
            cols.append(Column(ctx.t("Организация", "School"), width: .flexible(min: 12, weight: 2), sortKey: "school", text: { $0.organizationName }))
            cols.append(Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 10, weight: 2), sortKey: "municipality",
                               text: { $0.municipalityName }))
        }
        cols += [
            Column(ctx.t("Мол", "Yng"), width: .fixed(3), alignment: .center, sortKey: "young") { r in
                TableCell(r.young ? (r.hasMentor ? "★" : "★!") : "", role: r.young && !r.hasMentor ? .warning : nil)
            },
            Column(ctx.t("Маршрут", "Route"), width: .fixed(wide ? 12 : 9), sortKey: "status") { r in
                guard let route = r.route else { return TableCell(ctx.t("нет", "none"), role: r.openDeficits > 0 ? .warning : .muted) }
                return TableCell(ctx.t(route.status.label), role: RouteHeader.statusRole(route.status))
            },
            Column(ctx.t("Прогресс", "Progress"), width: .fixed(wide ? 14 : 9), sortKey: "progress") { r in
                guard r.route != nil else { return TableCell("—", role: .muted) }
                return TableCell(bar(r.progress, cells: wide ? 8 : 4) + " \(r.progress.done)/\(r.progress.total)")
            },
            Column(ctx.t("Проср", "Late"), width: .fixed(5), alignment: .right, sortKey: "overdue") { r in
                TableCell(r.overdue == 0 ? "·" : "\(r.overdue)", role: r.overdue > 0 ? .danger : .muted)
            },
            Column(ctx.t("Ждут", "Wait"), width: .fixed(4), alignment: .right, sortKey: "waiting") { r in
                TableCell(r.waiting == 0 ? "·" : "\(r.waiting)", role: r.waiting > 0 ? .warning : .muted)
            },
            Column(ctx.t("Контакт", "Contact"), width: .fixed(7), alignment: .right, sortKey: "contact") { r in
                guard let d = r.daysSinceContact(today: today) else { return TableCell(ctx.t("никогда", "never"), role: .danger) }
                return TableCell(ctx.t("\(d) дн", "\(d) d"), role: d >= CaseloadAttention.noContactDays ? .danger : nil)
            },
            Column(ctx.t("Запр", "Req"), width: .fixed(4), alignment: .right, sortKey: "requests") { r in
                TableCell(r.openRequests == 0 ? "·" : "\(r.openRequests)", role: r.openRequests > 0 ? .accent : .muted)
            },
        ]
        if wide {
            cols.append(Column(ctx.t("Внимание", "Attention"), width: .fixed(8), alignment: .right, sortKey: "attention") { r in
                let s = r.attention(today: today).score
                return TableCell(s == 0 ? "·" : "\(s)", role: s >= 5 ? .danger : (s > 0 ? .warning : .muted))
            })
        }
        return cols
    }

    /// A text progress bar: ▓ done, ░ to do.
    static func bar(_ p: RouteProgress, cells: Int) -> String {
        let filled = Int((p.fractionDone * Double(cells)).rounded(.down))
        return String(repeating: "▓", count: filled) + String(repeating: "░", count: max(0, cells - filled))
    }
}
