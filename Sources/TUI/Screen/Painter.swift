/// Draws into a rectangle of a terminal with the theme's roles. Clips to its
/// rectangle, sanitizes data text and fits it by cell width, so widgets never
/// overrun their space or send raw control characters.
public struct Painter {
    public let terminal: Terminal
    public let rect: Rect
    public let theme: Theme

    public init(terminal: Terminal, rect: Rect, theme: Theme) {
        self.terminal = terminal
        self.rect = rect.intersection(Rect(size: terminal.size))
        self.theme = theme
    }

    /// A painter for a part of this one (coordinates relative to this rect).
    public func sub(_ r: Rect) -> Painter {
        Painter(terminal: terminal, rect: Rect(x: rect.x + r.x, y: rect.y + r.y, width: r.width, height: r.height)
                    .intersection(rect), theme: theme)
    }

    public var width: Int { rect.width }
    public var height: Int { rect.height }

    /// Text at (x, y) relative to the rect, cut with `…` at the right edge.
    /// Data text is sanitized here; pass `trusted: true` only for our own labels.
    public func text(_ s: String, x: Int = 0, y: Int, role: StyleRole = .text, maxWidth: Int? = nil) {
        draw(s, x: x, y: y, style: theme.style(role), maxWidth: maxWidth)
    }

    public func draw(_ s: String, x: Int = 0, y: Int, style: Style, maxWidth: Int? = nil) {
        guard y >= 0, y < rect.height, x < rect.width, x >= 0 else { return }
        let room = min(rect.width - x, maxWidth ?? Int.max)
        guard room > 0 else { return }
        let fitted = TextWidth.fit(Sanitizer.oneLine(s), width: room)
        if fitted.isEmpty { return }
        terminal.put(fitted, x: rect.x + x, y: rect.y + y, style: style)
    }

    /// Fills a row (or the whole rect) with a role's background.
    public func fill(role: StyleRole, y: Int? = nil) {
        let style = theme.style(role)
        let blank = String(repeating: " ", count: rect.width)
        if let y { if y >= 0 && y < rect.height { terminal.put(blank, x: rect.x, y: rect.y + y, style: style) } ; return }
        for row in 0..<rect.height { terminal.put(blank, x: rect.x, y: rect.y + row, style: style) }
    }

    /// A box border with an optional title in the top edge.
    public func box(title: String? = nil, role: StyleRole = .border, titleRole: StyleRole = .title, ascii: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        let style = theme.style(role)
        let inner = String(repeating: h, count: rect.width - 2)
        terminal.put(tl + inner + tr, x: rect.x, y: rect.y, style: style)
        for row in 1..<(rect.height - 1) {
            terminal.put(v, x: rect.x, y: rect.y + row, style: style)
            terminal.put(v, x: rect.maxX - 1, y: rect.y + row, style: style)
        }
        terminal.put(bl + inner + br, x: rect.x, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            text(" \(title) ", x: 2, y: 0, role: titleRole, maxWidth: rect.width - 4)
        }
    }

    /// Puts the terminal's cursor on a cell of this rect (the selected item).
    public func cursor(x: Int, y: Int) {
        terminal.setCursor(x: rect.x + max(0, min(x, rect.width - 1)), y: rect.y + max(0, min(y, rect.height - 1)))
    }
}
