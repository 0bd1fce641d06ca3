import Domain

/// What a key did to a modal that only closes.
public enum OverlayOutcome: Hashable, Sendable {
    case handled, closed
}

/// The `?` screen: every key of the current view, generated from the view's
/// `[KeyBinding]`, grouped by heading in the order the groups first appear.
/// A centred box that scrolls when the list is longer than the screen;
/// Esc, `?` or `q` closes it.
public struct HelpOverlay {
    public let title: String
    public let language: Language
    public private(set) var lines: [Line]
    /// First line shown.
    public private(set) var scroll = 0
    private var visibleRows = 10

    /// A line of the help: a group heading or one binding.
    public enum Line: Hashable, Sendable {
        case heading(String)
        case binding(keys: String, label: String)
        case blank
    }

    public init(title: String, bindings: [KeyBinding], language: Language) {
        self.title = title
        self.language = language
        var order: [Phrase?] = []
        for b in bindings where !order.contains(b.group) { order.append(b.group) }
        var lines: [Line] = []
        for group in order {
            if !lines.isEmpty { lines.append(.blank) }
            if let group { lines.append(.heading(group.text(language))) }
            for b in bindings where b.group == group {
                lines.append(.binding(keys: b.keysText, label: b.label.text(language)))
            }
        }
        self.lines = lines
    }

    private var maxScroll: Int { max(0, lines.count - visibleRows) }

    public mutating func handle(_ event: InputEvent) -> OverlayOutcome {
        var event = event
        if case .key(let k) = event { event = .key(KeyboardLayout.latin(k)) }   // «о» scrolls like `j`
        switch event {
        case .key(.escape), .key(.char("?")), .key(.char("q")), .key(.enter): return .closed
        case .key(.down), .key(.char("j")): scroll += 1
        case .key(.up), .key(.char("k")): scroll -= 1
        case .mouse(let m) where m.button == .wheelDown: scroll += 3
        case .mouse(let m) where m.button == .wheelUp: scroll -= 3
        case .key(.pageDown), .key(.char(" ")): scroll += max(1, visibleRows - 1)
        case .key(.pageUp): scroll -= max(1, visibleRows - 1)
        case .key(.home), .key(.char("g")): scroll = 0
        case .key(.end), .key(.char("G")): scroll = maxScroll
        default: break
        }
        scroll = max(0, min(scroll, maxScroll))
        return .handled
    }

    /// Draws the box centred in `painter` (normally the whole screen).
    public mutating func render(into painter: Painter) {
        let keyWidth = min(24, lines.reduce(0) { w, l in
            if case .binding(let k, _) = l { return max(w, TextWidth.of(k)) }
            return w
        })
        let contentWidth = lines.reduce(TextWidth.of(title) + 4) { w, l in
            switch l {
            case .heading(let h): return max(w, TextWidth.of(h))
            case .binding(_, let label): return max(w, keyWidth + 2 + TextWidth.of(label))
            case .blank: return w
            }
        }
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: min(painter.width - 2, max(40, contentWidth + 4)),
                                  height: min(painter.height - 2, lines.count + 2))
        let p = painter.sub(box)
        guard p.width >= 4, p.height >= 3 else { return }
        p.fill(role: .dialog)
        p.box(title: title, role: .border, titleRole: .dialogTitle)
        visibleRows = p.height - 2
        scroll = max(0, min(scroll, maxScroll))
        let inner = p.sub(Rect(x: 2, y: 1, width: p.width - 4, height: p.height - 2))
        for row in 0..<visibleRows where scroll + row < lines.count {
            switch lines[scroll + row] {
            case .heading(let h): inner.text(h, y: row, role: .title)
            case .binding(let keys, let label):
                inner.text(keys, y: row, role: .accent, maxWidth: keyWidth)
                inner.text(label, x: keyWidth + 2, y: row, role: .dialog)
            case .blank: break
            }
        }
        if lines.count > visibleRows {
            // Where we are in a long list, in the bottom border.
            let last = min(lines.count, scroll + visibleRows)
            let where_ = language == .ru ? " \(scroll + 1)–\(last) из \(lines.count) " : " \(scroll + 1)–\(last) of \(lines.count) "
            p.text(where_, x: max(1, p.width - 2 - TextWidth.of(where_)), y: p.height - 1, role: .muted)
        }
        painter.terminal.hideCursor()
    }
}
