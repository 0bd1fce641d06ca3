import Domain
import Storage

/// The author's route (ИОМ) and deficits, opened with one key from the
/// inbox: what the person already works on, so the request lands with the
/// right helper. Esc closes; j/k scroll.
struct AuthorRouteOverlay {
    let title: String
    private(set) var lines: [(text: String, role: StyleRole)] = []
    private var scroll = 0
    private var visible = 10

    init(row: TriageRow, _ ctx: AppContext) {
        let s = row.summary
        title = s.authorName.isEmpty ? s.organizationName : s.authorName
        guard let personID = row.request.authorID else {
            lines = [(ctx.t("Запрос от школы: у школы нет маршрута и дефицитов.", "A school's request: a school has no route or deficits."), .muted)]
            return
        }
        do {
            let deficits = try ctx.store.deficits(ctx.viewer, personID: personID, openOnly: false)
            let open = deficits.filter { $0.deficit.status != .closed }
            lines.append((ctx.t("Дефициты: открытых \(open.count), всего \(deficits.count)",
                                "Deficits: \(open.count) open, \(deficits.count) in all"), .header))
            if deficits.isEmpty { lines.append(("  " + ctx.t("дефициты не выявлены", "no deficits found"), .muted)) }
            for d in deficits {
                let status = ctx.t(d.deficit.status.label), severity = ctx.t(d.deficit.severity.label)
                lines.append(("  \(d.competenceCode) \(d.competenceName) — \(severity), \(status) · \(ctx.t("балл", "score")) \(d.deficit.score)"
                              + " · " + ctx.t("напр. ", "dir. ") + "\(d.direction)",
                              d.deficit.status == .closed ? .muted : (d.deficit.severity == .severe ? .danger : .text)))
            }
            lines.append(("", .text))
            if let route = try ctx.store.currentRoute(ctx.viewer, personID: personID) {
                let steps = try ctx.store.steps(ctx.viewer, routeID: route.id)
                let done = steps.filter { $0.status == .done || $0.status == .confirmed }.count
                lines.append((ctx.t("Маршрут (ИОМ) ", "Route ") + "\(route.periodStart.russian)–\(route.periodEnd.russian): "
                              + ctx.t(route.status.label) + " · " + ctx.t("шагов \(done) из \(steps.count) выполнено",
                                                                          "\(done) of \(steps.count) steps done"), .header))
                for step in steps {
                    let late = step.plannedEnd < ctx.today && (step.status == .planned || step.status == .inProgress)
                    lines.append(("  " + ctx.t(step.status.label) + " · " + step.title + " · " + ctx.t("до ", "by ")
                                  + step.plannedEnd.russian + (late ? ctx.t(" (просрочен)", " (overdue)") : ""),
                                  late ? .danger : (step.status == .planned ? .text : .muted)))
                }
                if steps.isEmpty { lines.append(("  " + ctx.t("шагов пока нет", "no steps yet"), .muted)) }
            } else {
                lines.append((ctx.t("Маршрута (ИОМ) нет", "No route yet"), .warning))
            }
        } catch {
            lines.append((ctx.describe(error), .danger))
        }
    }

    /// Esc, Enter, q or r close; j/k and arrows scroll; nothing else works while it is open.
    static let bindings: [KeyBinding] = {
        let n = KeyBinding.Groups.navigation
        return [
            KeyBinding("panel.close", keys: [.escape, .enter, .char("q"), .char("r")], label: Phrase("Закрыть", "Close"), group: n, inPalette: false),
            PanelKeys.down, PanelKeys.up,
            KeyBinding("panel.pageDown", keys: [.pageDown], label: Phrase("страница вниз", "page down"), group: n, inPalette: false),
            KeyBinding("panel.pageUp", keys: [.pageUp], label: Phrase("страница вверх", "page up"), group: n, inPalette: false),
        ]
    }()

    mutating func handle(_ event: InputEvent) -> OverlayOutcome {
        guard case .key(let key) = event, let action = KeyBinding.action(for: key, in: Self.bindings) else { return .handled }
        return perform(action)
    }

    mutating func perform(_ action: String) -> OverlayOutcome {
        switch action {
        case "panel.close": return .closed
        case "panel.down": scroll = min(scroll + 1, max(0, lines.count - visible))
        case "panel.up": scroll = max(0, scroll - 1)
        case "panel.pageDown": scroll = min(scroll + visible, max(0, lines.count - visible))
        case "panel.pageUp": scroll = max(0, scroll - visible)
        default: break
        }
        return .handled
    }

    mutating func render(into painter: Painter) {
        let width = min(painter.width - 2, 110)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: width, height: min(painter.height - 1, lines.count + 3))
        let p = painter.sub(box)
        guard p.width > 6, p.height > 3 else { return }
        p.fill(role: .dialog)
        p.box(title: title, role: .border, titleRole: .dialogTitle)
        visible = max(1, p.height - 3)
        scroll = min(scroll, max(0, lines.count - visible))
        for i in 0..<visible where scroll + i < lines.count {
            let line = lines[scroll + i]
            p.text(line.text, x: 2, y: 1 + i, role: line.role == .text ? .dialog : line.role, maxWidth: p.width - 4)
        }
        p.text(lines.count > visible ? " j/k ↑↓ · Esc " : " Esc ", x: 2, y: p.height - 1, role: .muted)
    }
}
