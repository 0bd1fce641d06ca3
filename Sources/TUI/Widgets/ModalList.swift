import Domain

/// One row of a modal list: text with matched letters to highlight, and an
/// optional detail shown right-aligned (a key hint, a load number).
struct ModalListRow {
    var text: String
    var positions: Set<Int>
    var detail: String?
}

/// The part the command palette and the picker share: a query line above a
/// filtered list in a centred box, Up/Down to choose, Enter to pick, Esc to
/// cancel. The owners decide what matches and in which order.
struct ModalList: Sendable {
    var query = LineEditor(maxLength: 200)
    var selected = 0
    var top = 0
    var visible = 10
    /// Where the list rows were drawn last (for mouse clicks).
    var listRect: Rect?

    enum Action: Equatable {
        case none, queryChanged, moved, cancel
        case choose(Int)
    }

    mutating func handle(_ event: InputEvent, count: Int) -> Action {
        switch event {
        case .key(.escape): return .cancel
        case .key(.enter): return count > 0 ? .choose(max(0, min(selected, count - 1))) : .none
        case .key(.up), .key(.ctrl("p")): return move(to: selected - 1, count: count)
        case .key(.down), .key(.ctrl("n")): return move(to: selected + 1, count: count)
        case .key(.pageUp): return move(to: selected - max(1, visible - 1), count: count)
        case .key(.pageDown): return move(to: selected + max(1, visible - 1), count: count)
        case .mouse(let m):
            switch m.button {
            case .wheelUp: return move(to: selected - 3, count: count)
            case .wheelDown: return move(to: selected + 3, count: count)
            case .left:
                guard let r = listRect, r.contains(x: m.x, y: m.y) else { return .none }
                let i = top + (m.y - r.y)
                return i < count ? .choose(i) : .none
            default: return .none
            }
        default:
            switch query.handle(event) {
            case .changed: selected = 0; top = 0; return .queryChanged
            case .moved: return .moved
            default: return .none
            }
        }
    }

    private mutating func move(to i: Int, count: Int) -> Action {
        guard count > 0 else { return .none }
        let new = max(0, min(i, count - 1))
        if new == selected { return .none }
        selected = new
        return .moved
    }

    /// Draws the box. `capacity` (the unfiltered item count) fixes the box
    /// height so the box does not jump while the user types.
    mutating func render(into painter: Painter, title: String, rows: [ModalListRow], capacity: Int,
                         emptyText: String, language: Language, preferredWidth: Int) {
        render(into: painter, title: title, count: rows.count, row: { rows[$0] }, capacity: capacity,
               emptyText: emptyText, language: language, preferredWidth: preferredWidth)
    }

    /// The same with the rows made on demand: only the rows drawn are
    /// asked for (a picker of thousands highlights only those).
    mutating func render(into painter: Painter, title: String, count: Int, row makeRow: (Int) -> ModalListRow, capacity: Int,
                         emptyText: String, language: Language, preferredWidth: Int) {
        let screen = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let box = Layout.centered(in: screen, width: min(painter.width - 2, preferredWidth),
                                  height: min(painter.height - 2, max(1, capacity) + 4))
        let p = painter.sub(box)
        guard p.width >= 6, p.height >= 4 else { listRect = nil; return }
        p.fill(role: .dialog)
        p.box(title: title, role: .border, titleRole: .dialogTitle)
        visible = max(1, p.height - 4)
        selected = max(0, min(selected, count - 1))
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, count - visible)))

        p.text("├" + String(repeating: "─", count: p.width - 2) + "┤", y: 2, role: .border)   // under the query

        let list = p.sub(Rect(x: 1, y: 3, width: p.width - 2, height: visible))
        listRect = list.rect
        if count == 0 {
            list.text(emptyText, x: 1, y: 0, role: .muted)
        }
        for row in 0..<visible where top + row < count {
            let item = makeRow(top + row)
            let isSelected = top + row == selected
            let role: StyleRole = isSelected ? .selection : .dialog
            if isSelected { list.fill(role: .selection, y: row) }
            var textWidth = list.width - 2
            if let d = item.detail, !d.isEmpty {
                let dw = min(TextWidth.of(d), list.width / 3)
                list.text(d, x: list.width - 1 - dw, y: row, role: isSelected ? .selection : .muted, maxWidth: dw)
                textWidth = max(1, list.width - dw - 4)
            }
            list.highlighted(item.text, positions: isSelected ? [] : item.positions, x: 1, y: row,
                             role: role, highlight: .highlight, maxWidth: textWidth)
        }
        // How many match, in the bottom border.
        let countText = language == .ru ? " \(count) из \(capacity) " : " \(count) of \(capacity) "
        p.text(countText, x: max(1, p.width - 2 - TextWidth.of(countText)), y: p.height - 1, role: .muted)

        // The query line last, so the terminal cursor ends in it.
        p.text("›", x: 2, y: 1, role: .accent)
        query.render(into: p.sub(Rect(x: 4, y: 1, width: p.width - 5, height: 1)), focused: true, role: .dialog)
    }
}
