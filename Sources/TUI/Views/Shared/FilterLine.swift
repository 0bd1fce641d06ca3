import Domain

/// The `/` filter of a list: a one-line editor under the list. Every
/// keystroke changes the query at once (incremental); Enter keeps the
/// filter and returns to the list; Esc clears it.
struct FilterLine {
    var editor = LineEditor(maxLength: 80)
    /// The editor has the keyboard.
    private(set) var isEditing = false
    var text: String { editor.text }
    var isActive: Bool { isEditing || !editor.isEmpty }

    enum Outcome { case ignored, handled, changed }

    mutating func begin() { isEditing = true }

    mutating func reset() -> Outcome {
        let had = !editor.isEmpty
        editor = LineEditor(maxLength: 80)
        isEditing = false
        return had ? .changed : .handled
    }

    mutating func handle(_ event: InputEvent) -> Outcome {
        guard isEditing else { return .ignored }
        switch event {
        case .key(.escape): return reset()
        case .key(.enter), .key(.down), .key(.up), .key(.tab): isEditing = false; return .handled
        default:
            let before = editor.text
            _ = editor.handle(event)
            return editor.text == before ? .handled : .changed
        }
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext) {
        guard isActive, painter.height > 0 else { return }
        painter.fill(role: .input, y: 0)
        let label = ctx.t("Фильтр: ", "Filter: ")
        painter.text(label, x: 1, y: 0, role: .accent)
        let x = 1 + TextWidth.of(label)
        editor.render(into: painter.sub(Rect(x: x, y: 0, width: max(0, painter.width - x - 1), height: 1)), focused: isEditing)
    }
}
