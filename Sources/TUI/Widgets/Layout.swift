/// Small geometry helpers shared by the widgets and views: splitting a rect
/// into weighted columns or rows and centring a modal box. Pure functions of
/// sizes, so a layout can be tested without drawing anything.
public enum Layout {
    /// Splits `total` cells into parts proportional to `weights`, with `gap`
    /// cells between parts. The parts plus gaps always add up to exactly
    /// `total` (the rounding remainder goes to the earliest parts), so
    /// nothing drifts by a cell at odd widths. Never negative.
    public static func distribute(_ total: Int, weights: [Int], gap: Int = 0) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let gaps = max(0, gap) * (weights.count - 1)
        let room = max(0, total - gaps)
        let ws = weights.map { max(0, $0) }
        let sum = ws.reduce(0, +)
        guard sum > 0 else { return Array(repeating: 0, count: ws.count) }
        var sizes = ws.map { room * $0 / sum }
        var rest = room - sizes.reduce(0, +)
        var i = 0
        while rest > 0 {                    // hand out the remainder one cell at a time
            if ws[i] > 0 { sizes[i] += 1; rest -= 1 }
            i = (i + 1) % ws.count
        }
        return sizes
    }

    /// Side-by-side columns of `rect` by weight, separated by `gap` cells.
    public static func columns(_ rect: Rect, weights: [Int], gap: Int = 0) -> [Rect] {
        var x = rect.x
        return distribute(rect.width, weights: weights, gap: gap).map { w in
            defer { x += w + max(0, gap) }
            return Rect(x: x, y: rect.y, width: w, height: rect.height)
        }
    }

    /// Stacked rows of `rect` by weight, separated by `gap` rows.
    public static func rows(_ rect: Rect, weights: [Int], gap: Int = 0) -> [Rect] {
        var y = rect.y
        return distribute(rect.height, weights: weights, gap: gap).map { h in
            defer { y += h + max(0, gap) }
            return Rect(x: rect.x, y: y, width: rect.width, height: h)
        }
    }

    /// A box of at most `width` x `height` centred in `rect` (shrunk to fit).
    /// Modal widgets (dialogs, palette, help) use it so they stay inside the
    /// screen at any size.
    public static func centered(in rect: Rect, width: Int, height: Int) -> Rect {
        let w = max(0, min(width, rect.width)), h = max(0, min(height, rect.height))
        return Rect(x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h)
    }

    /// The full-height column a modal takes over side-by-side panes: `pane`
    /// with the one-cell border either side of it. A box of exactly this
    /// width has its sides on the panes' borders, so it cuts no border in
    /// two and no neighbouring pane's text runs into its edge.
    public static func overPane(_ pane: Rect, in rect: Rect) -> Rect {
        Rect(x: pane.x - 1, y: rect.y, width: pane.width + 2, height: rect.height).intersection(rect)
    }
}
