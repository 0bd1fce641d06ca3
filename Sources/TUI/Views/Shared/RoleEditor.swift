import Domain

/// The roles of a person as checkboxes: Up/Down move, Space toggles, Enter
/// saves, Esc cancels. Storage checks the right and the rules on save.
struct RoleEditor {
    enum Outcome: Equatable { case pending, cancelled, save(Set<Role>) }

    private(set) var roles: Set<Role>
    let name: String
    let language: Language
    private(set) var cursor = 0

    init(roles: Set<Role>, name: String, language: Language) {
        self.roles = roles; self.name = name; self.language = language
    }

    /// Every key of the editor (a digit also toggles the role by its number).
    static let bindings: [KeyBinding] = {
        let a = KeyBinding.Groups.actions, n = KeyBinding.Groups.navigation
        return [
            KeyBinding("roles.save", keys: [.enter], label: Phrase("Сохранить роли", "Save the roles"), group: a),
            KeyBinding("roles.cancel", keys: [.escape], label: Phrase("Отмена", "Cancel"), group: a),
            KeyBinding("roles.toggle", keys: [.char(" "), .char("x")], label: Phrase("Отметить роль", "Toggle the role"), group: a),
            KeyBinding("roles.up", keys: [.up, .char("k")], label: Phrase("выше", "up"), group: n, inPalette: false),
            KeyBinding("roles.down", keys: [.down, .char("j"), .tab], label: Phrase("ниже", "down"), group: n, inPalette: false),
        ]
    }()

    mutating func handle(_ event: InputEvent) -> Outcome {
        guard case .key(let key) = event else { return .pending }
        let all = Role.allCases
        if let action = KeyBinding.action(for: key, in: Self.bindings) { return perform(action) }
        if case .char(let c) = key, let n = c.wholeNumberValue, (1...all.count).contains(n) {
            // A digit toggles the role by its number.
            cursor = n - 1
            return perform("roles.toggle")
        }
        return .pending
    }

    mutating func perform(_ action: String) -> Outcome {
        let all = Role.allCases
        switch action {
        case "roles.cancel": return .cancelled
        case "roles.save": return .save(roles)
        case "roles.up": cursor = max(0, cursor - 1)
        case "roles.down": cursor = min(all.count - 1, cursor + 1)
        case "roles.toggle":
            let role = all[cursor]
            if roles.contains(role) { roles.remove(role) } else { roles.insert(role) }
        default: break
        }
        return .pending
    }

    mutating func render(into painter: Painter) {
        let all = Role.allCases
        let title = language == .ru ? "Роли: \(name)" : "Roles: \(name)"
        let hint = language == .ru ? "Пробел — отметить · Enter — сохранить · Esc — отмена" : "Space toggle · Enter save · Esc cancel"
        let width = min(painter.width - 2, max(44, TextWidth.of(hint) + 4))
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: all.count + 4)
        let p = painter.sub(box)
        guard p.width > 6, p.height > 3 else { return }
        p.fill(role: .dialog)
        p.box(title: title, role: .border, titleRole: .dialogTitle)
        for (i, role) in all.enumerated() where i + 1 < p.height - 2 {
            let mark = roles.contains(role) ? "[x]" : "[ ]"
            let selected = i == cursor
            if selected { p.sub(Rect(x: 1, y: i + 1, width: p.width - 2, height: 1)).fill(role: .selection) }
            p.text("\(i + 1) \(mark) \(role.label.text(language))", x: 2, y: i + 1, role: selected ? .selection : .dialog,
                   maxWidth: p.width - 4)
        }
        p.text(hint, x: 2, y: p.height - 2, role: .muted, maxWidth: p.width - 4)
        p.cursor(x: 5, y: 1 + cursor)
    }
}
