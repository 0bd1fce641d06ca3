import Domain
import Storage

/// A person's card: a centred box over the list with what the row knows.
enum PersonCard {
    static func render(_ p: PersonSummary, into painter: Painter, _ ctx: AppContext) {
        let today = ctx.today
        var lines: [(String, String)] = [
            (ctx.t("Должность", "Position"), p.position),
            (ctx.t("Организация", "Organization"), p.organizationName),
            (ctx.t("Муниципалитет", "Municipality"), p.municipalityName),
            (ctx.t("Роли", "Roles"), p.roles.sorted().map { ctx.t($0.label) }.joined(separator: ", ")),
            (ctx.t("Логин", "Login"), p.login),
        ]
        if let b = p.birthDate { lines.append((ctx.t("Дата рождения", "Born"), b.russian)) }
        if let s = p.teachingSince { lines.append((ctx.t("Стаж с", "Teaching since"), s.russian)) }
        if p.isYoung(on: today) { lines.append(("★", ctx.t("молодой педагог", "young teacher"))) }
        let width = min(painter.width - 4, 72)
        let height = min(painter.height - 2, lines.count + 4)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: p.fullName, role: .border, titleRole: .dialogTitle)
        let labelWidth = lines.map { TextWidth.of($0.0) }.max() ?? 0
        for (i, (label, value)) in lines.enumerated() where i + 1 < height - 2 {
            area.text(label, x: 2, y: i + 1, role: .muted)
            area.text(value, x: 3 + labelWidth, y: i + 1, role: .dialog, maxWidth: width - labelWidth - 5)
        }
        area.text(ctx.t("Esc — закрыть", "Esc — close"), x: 2, y: height - 2, role: .muted)
    }
}
