/// What a key did to the tab bar.
public enum TabOutcome: Hashable, Sendable {
    case ignored
    /// The active tab changed to this index.
    case switched(Int)
}

/// The row of views: ` 1 Маршрут  2 Запросы  3 Доска `, the active one
/// highlighted; `1`–`9` switch, a click too.
///
/// When the titles do not fit (many views at 80 columns), inactive titles
/// are shortened evenly with `…` first, the active one kept whole; then
/// inactive tabs show only their number; only then is the active title cut.
/// The number always stays, since it is the key.
public struct TabBar: Sendable {
    public var titles: [String]
    public var active: Int
    private var lastRect: Rect?

    public init(titles: [String], active: Int = 0) {
        self.titles = titles
        self.active = max(0, min(active, titles.count - 1))
    }

    public mutating func handle(_ event: InputEvent) -> TabOutcome {
        switch event {
        case .key(.char(let c)):
            guard let d = c.wholeNumberValue, c.isASCII, d >= 1, d <= min(9, titles.count) else { return .ignored }
            return select(d - 1)
        case .mouse(let m) where m.button == .left:
            guard let r = lastRect, r.contains(x: m.x, y: m.y) else { return .ignored }
            for seg in TabBar.segments(titles, active: active, width: r.width) where m.x - r.x >= seg.x && m.x - r.x < seg.x + seg.width {
                return select(seg.index)
            }
            return .ignored
        default: return .ignored
        }
    }

    private mutating func select(_ i: Int) -> TabOutcome {
        guard titles.indices.contains(i) else { return .ignored }
        active = i
        return .switched(i)
    }

    struct Segment: Equatable { var index: Int; var x: Int; var width: Int; var text: String }

    /// The tabs laid out in `width` cells (see the type's comment for the order of shortening).
    static func segments(_ titles: [String], active: Int, width: Int) -> [Segment] {
        func label(_ i: Int, _ title: String?) -> String {
            let n = i < 9 ? "\(i + 1)" : "·"
            guard let title, !title.isEmpty else { return " \(n) " }
            return " \(n) \(title) "
        }
        func build(_ maxInactive: Int?) -> [String] {
            titles.enumerated().map { i, t in
                let clean = Sanitizer.oneLine(t)
                if i == active { return label(i, clean) }
                guard let m = maxInactive else { return label(i, clean) }
                return label(i, m <= 0 ? nil : TextWidth.fit(clean, width: m))
            }
        }
        func total(_ labels: [String]) -> Int { labels.reduce(0) { $0 + TextWidth.of($1) } + max(0, labels.count - 1) }

        var labels = build(nil)
        if total(labels) > width {
            let longest = titles.map { TextWidth.of(Sanitizer.oneLine($0)) }.max() ?? 0
            var m = longest - 1
            labels = build(m)
            while m > 2, total(labels) > width { m -= 1; labels = build(m) }   // shorten evenly, "Ра…" at least
            if total(labels) > width { labels = build(0) }                      // numbers only
            if total(labels) > width, titles.indices.contains(active) {         // cut the active one last
                let others = total(labels) - TextWidth.of(labels[active])
                labels[active] = " " + TextWidth.fit(String(labels[active].dropFirst()), width: max(2, width - others - 1))
            }
        }
        var x = 0
        return labels.enumerated().map { i, l in
            defer { x += TextWidth.of(l) + 1 }
            return Segment(index: i, x: x, width: TextWidth.of(l), text: l)
        }
    }

    public mutating func render(into painter: Painter) {
        lastRect = painter.rect
        painter.fill(role: .tabInactive, y: 0)
        for seg in TabBar.segments(titles, active: active, width: painter.width) {
            painter.text(seg.text, x: seg.x, y: 0, role: seg.index == active ? .tabActive : .tabInactive)
        }
    }
}
