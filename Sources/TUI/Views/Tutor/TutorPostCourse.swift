import Domain
import Storage

/// Post-course support: done course steps of the caseload whose route has
/// no transfer-into-practice step; `n` adds one after the selected course.
struct TutorPostCourse {
    var rows: [(person: String, personID: PersonID, route: Route, step: RouteStep)]
    var cursor = 0
    var closed = false

    init(_ ctx: AppContext) { rows = (try? ctx.store.postCourseSteps(ctx.viewer)) ?? [] }

    /// Every key of the panel (nothing else works while it is open).
    static let bindings: [KeyBinding] = [
        KeyBinding("postCourse.add", keys: [.char("n"), .enter], label: Phrase("Добавить перенос в практику", "Add transfer into practice"),
                   group: KeyBinding.Groups.actions),
    ] + PanelKeys.list

    mutating func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard case .key(let key) = event else { return .handled }
        // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
        guard let action = KeyBinding.action(for: key, in: Self.bindings) else { return .unhandled }
        return perform(action, ctx)
    }

    mutating func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "panel.close": closed = true
        case "panel.down": cursor = min(cursor + 1, max(0, rows.count - 1))
        case "panel.up": cursor = max(0, cursor - 1)
        case "postCourse.add":
            guard rows.indices.contains(cursor) else { return .handled }
            let r = rows[cursor]
            do {
                try ctx.store.addPracticeTransfer(ctx.viewer, after: r.step, route: r.route)
                rows = (try? ctx.store.postCourseSteps(ctx.viewer)) ?? []
                cursor = min(cursor, max(0, rows.count - 1))
                return .message(ctx.t("Добавлен шаг «перенос в практику» для \(r.person)", "Transfer-into-practice step added for \(r.person)"), .info)
            } catch {
                return .message(ctx.describe(error), .error)
            }
        default: break
        }
        return .handled
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext) {
        let width = max(20, min(painter.width - 2, 130))
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width,
                                  height: min(painter.height, max(rows.count, 1) + 4))
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: ctx.t("Посткурсовое сопровождение", "Post-course support"), role: .border, titleRole: .dialogTitle)
        if rows.isEmpty {
            area.text(ctx.t("Все пройденные курсы имеют шаг переноса в практику", "Every done course has a transfer step"), x: 2, y: 1, role: .muted)
        }
        let room = max(1, area.height - 3)
        let top = max(0, min(cursor - room + 1, rows.count - room))
        for (i, r) in rows.enumerated().dropFirst(top).prefix(room) {
            area.text("\(r.person) · \(r.step.title) · \(r.step.plannedEnd.russian)", x: 2, y: 1 + i - top,
                      role: i == cursor ? .selection : .dialog, maxWidth: width - 4)
        }
        area.text(ctx.t("n — добавить перенос в практику · Esc — закрыть", "n — add transfer into practice · Esc — close"),
                  x: 2, y: area.height - 2, role: .muted, maxWidth: width - 4)
    }
}
