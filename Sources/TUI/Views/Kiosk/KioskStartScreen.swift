import Domain

/// The kiosk's start screen: what the program is, what РС НМС is, and the
/// seven roles to try. Arrows and Enter, a digit, or a click pick a role.
struct KioskStartScreen {
    let roles: [KioskRole]
    var selected = 0
    /// Screen rows of each role (filled by `render`), for clicks.
    private(set) var rowsOfRole: [Range<Int>] = []

    init(roles: [KioskRole] = KioskRole.all) { self.roles = roles }

    enum Outcome: Equatable { case ignored, moved, chosen(Int) }

    /// Every key of the start screen (a digit also chooses the role by its number).
    static let bindings: [KeyBinding] = {
        let n = KeyBinding.Groups.navigation
        return [
            KeyBinding("kioskStart.up", keys: [.up, .char("k"), .backTab], label: Phrase("выше", "up"), group: n, inPalette: false),
            KeyBinding("kioskStart.down", keys: [.down, .char("j"), .tab], label: Phrase("ниже", "down"), group: n, inPalette: false),
            KeyBinding("kioskStart.first", keys: [.home, .pageUp], label: Phrase("в начало", "to the first"), group: n, inPalette: false),
            KeyBinding("kioskStart.last", keys: [.end, .pageDown], label: Phrase("в конец", "to the last"), group: n, inPalette: false),
            KeyBinding("kioskStart.choose", keys: [.enter, .char(" ")], label: Phrase("Войти в этой роли", "Enter in this role"), group: n),
        ]
    }()

    mutating func handle(_ event: InputEvent) -> Outcome {
        switch event {
        case .key(let key):
            switch KeyBinding.action(for: key, in: Self.bindings) {
            case "kioskStart.up": selected = (selected + roles.count - 1) % roles.count; return .moved
            case "kioskStart.down": selected = (selected + 1) % roles.count; return .moved
            case "kioskStart.first": selected = 0; return .moved
            case "kioskStart.last": selected = roles.count - 1; return .moved
            case "kioskStart.choose": return .chosen(selected)
            default: break
            }
            switch key {
            case .char(let c):
                if c.isASCII, let d = c.wholeNumberValue, d >= 1, d <= roles.count { selected = d - 1; return .chosen(d - 1) }
                return .ignored
            default: return .ignored
            }
        case .mouse(let m):
            guard m.button == .left, let i = rowsOfRole.firstIndex(where: { $0.contains(m.y) }) else { return .ignored }
            selected = i
            return .chosen(i)
        default:
            return .ignored
        }
    }

    // MARK: drawing

    /// Roomy (a frame, a blank line between roles) when the screen allows, compact at 80x24.
    mutating func render(into painter: Painter, language: Language, note: String? = nil) {
        func t(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }
        let roomy = painter.width >= 100 && painter.height >= 34
        let gap = roomy ? 1 : 0
        let contentHeight = 6 + gap + roles.count * (2 + gap) + 3 - gap   // the heading, the roles, the hints
        let width = min(painter.width, roomy ? 92 : 80)
        let framed = roomy ? 2 : 0
        let left = max(0, (painter.width - width - 2 * framed) / 2)
        let top = max(0, (painter.height - contentHeight - (roomy ? 2 : 0)) / 2)
        if roomy {
            painter.sub(Rect(x: left, y: top, width: width + 2 * framed, height: contentHeight + 2))
                .box(title: t("демо-киоск", "demo kiosk"))
        }
        let area = painter.sub(Rect(x: left + framed, y: top + (roomy ? 1 : 0), width: width, height: contentHeight))
        func centered(_ s: String, _ y: Int, _ role: StyleRole) {
            area.text(s, x: max(0, (area.width - TextWidth.of(s)) / 2), y: y, role: role)
        }
        centered(t("metodist · научно-методическое сопровождение педагогов",
                   "metodist · scientific-methodological support of teachers"), 1, .title)
        centered(t("РС НМС — региональная система, которая находит профессиональные дефициты",
                   "РС НМС is a region's system that finds teachers' professional deficits"), 2, .muted)
        centered(t("педагога и ведёт его по маршруту (ИОМ) с тьютором до результата",
                   "and leads each one along a personal route with a tutor to a result"), 3, .muted)
        area.text(t("Выберите, кем побыть в демо-регионе:", "Choose who to be in the demo region:"), x: 2, y: 5, role: .accent)

        rowsOfRole = []
        var y = 6 + gap
        for (i, role) in roles.enumerated() {
            let chosen = i == selected
            if chosen {
                area.sub(Rect(x: 1, y: y, width: area.width - 2, height: 2)).fill(role: .selection)
            }
            area.text(chosen ? "▸" : " ", x: 2, y: y, role: chosen ? .selection : .accent)
            area.text("\(i + 1)", x: 4, y: y, role: chosen ? .selection : .accent)
            area.text(role.title.text(language), x: 7, y: y, role: chosen ? .selection : .header)
            area.text(role.summary.text(language), x: 7, y: y + 1, role: chosen ? .selection : .muted)
            let absolute = area.rect.y + y - painter.rect.y
            rowsOfRole.append(absolute..<(absolute + 2))
            y += 2 + gap
        }
        y += 1 - gap   // one blank row before the hints
        let hint = t("↑↓ выбрать · Enter или цифра 1–\(roles.count) — открыть · Esc или F10 — вернуться сюда",
                     "↑↓ choose · Enter or a digit 1–\(roles.count) opens · Esc or F10 comes back here")
        centered(hint, y, .muted)
        centered(note ?? t("Данные вымышленные; после вас демо-регион вернётся к исходному виду",
                           "Made-up data; after you, the demo region returns to how it was"),
                 y + 1, note == nil ? .muted : .warning)
    }
}
