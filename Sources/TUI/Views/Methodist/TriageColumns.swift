import Domain
import Storage

/// The inbox's columns: a narrow set for 80 columns (who asked carries the
/// ★ young and ◆ ШНОР marks) and a wide one with the school separately.
enum TriageColumns {
    static func make(wide: Bool, _ ctx: AppContext) -> [Column<TriageRow>] {
        let today = ctx.today
        var columns: [Column<TriageRow>] = [
            Column(ctx.t("Дн", "Age"), width: .fixed(3), alignment: .right) { r in
                TableCell(String(max(0, today.days(since: r.request.createdOn))), role: .muted)
            },
            Column(ctx.t("Пр", "Pr"), width: .fixed(2)) { r in
                TableCell(TriageFormat.priorityMark(r.request.priority), role: r.request.priority >= .high ? .danger : .muted)
            },
            Column(ctx.t("Статус", "Status"), width: .fixed(wide ? 9 : 8)) { r in
                TableCell(ctx.t(r.request.status.label), role: r.request.status == .new ? .accent : (r.request.status.isOpen ? .text : .muted))
            },
            Column(ctx.t("Нпр", "Dir"), width: .fixed(3), alignment: .right) { r in
                TableCell(r.request.direction.map(String.init) ?? "·", role: r.request.direction == nil ? .muted : .text)
            },
            Column(ctx.t("Кто просит", "Asked by"), width: wide ? .flexible(min: 16, weight: 2) : .fixed(18)) { r in
                TableCell(TriageFormat.who(r, short: !wide))
            },
        ]
        if wide {
            columns.append(Column(ctx.t("Школа", "School"), width: .flexible(min: 12, weight: 2)) { r in
                TableCell(TriageFormat.school(r), role: r.lowResultsSchool ? .warning : .text)
            })
        }
        columns += [
            Column(wide ? ctx.t("Исполнитель", "Assignee") : ctx.t("Исполн.", "Assignee"), width: wide ? .flexible(min: 14, weight: 1) : .fixed(10)) { r in
                TableCell(r.summary.assigneeName.isEmpty ? "—" : (wide ? r.summary.assigneeName : TriageFormat.surname(r.summary.assigneeName)),
                          role: r.summary.assigneeName.isEmpty ? .muted : .text)
            },
            Column(ctx.t("Срок", "Due"), width: .fixed(11)) { r in
                guard let due = r.request.due else { return TableCell("") }
                let late = r.request.isOverdue(on: today)
                return TableCell(due.russian + (late ? "!" : ""), role: late ? .danger : .text)
            },
            Column(ctx.t("Текст", "Text"), width: .flexible(min: 10, weight: wide ? 4 : 1)) { r in
                TableCell(TriageFormat.firstLine(r.request.text))
            },
        ]
        return columns
    }
}
