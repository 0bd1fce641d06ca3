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
        let clean = titles.map(Sanitizer.oneLine)
        func number(_ i: Int) -> String { i < 9 ? "\(i + 1)" : "·" }
        func label(_ i: Int, _ title: String?) -> String {
            guard let title, !title.isEmpty else { return " \(number(i)) " }
            return " \(number(i)) \(title) "
        }
        func total(_ labels: [String], gap: Int = 1) -> Int {
            labels.reduce(0) { $0 + TextWidth.of($1) } + gap * max(0, labels.count - 1)
        }
        // The active label in `room` cells: whole, or cut but keeping its number; nil if even that fails.
        func activeLabel(room: Int) -> String? {
            guard clean.indices.contains(active) else { return nil }
            let whole = label(active, clean[active])
            if TextWidth.of(whole) <= room { return whole }
            if room >= 5 { return " " + TextWidth.fit("\(number(active)) \(clean[active])", width: room - 2) + " " }
            return room >= 3 ? label(active, nil) : nil
        }
        func withActive(_ labels: [String], gap: Int) -> [String]? {
            guard clean.indices.contains(active) else { return labels }
            var l = labels
            l[active] = ""
            let room = width - total(l, gap: gap)
            guard let a = activeLabel(room: room) else { return nil }
            l[active] = a
            return l
        }

        var labels = clean.indices.map { label($0, clean[$0]) }
        let gap = 1
        if total(labels) > width {
            // Shorten the inactive titles evenly, down to "Ра…".
            var m = (clean.map { TextWidth.of($0) }.max() ?? 0) - 1
            func shortened(_ m: Int) -> [String] {
                clean.indices.map { $0 == active ? label($0, clean[$0]) : label($0, m <= 0 ? nil : TextWidth.fit(clean[$0], width: m)) }
            }
            labels = shortened(m)
            while m > 2, total(labels) > width { m -= 1; labels = shortened(m) }
            if total(labels) > width {
                // Numbers only for the others, the active one as long as room allows.
                let numbers = clean.indices.map { label($0, nil) }
                if let l = withActive(numbers, gap: 1) {
                    labels = l
                } else {
                    // Compact: bare numbers one space apart.
                    labels = withActive(clean.indices.map { number($0) }, gap: gap) ?? clean.indices.map { number($0) }
                }
            }
        }
        var x = 0
        return labels.enumerated().map { i, l in
            defer { x += TextWidth.of(l) + gap }
            return Segment(index: i, x: x, width: TextWidth.of(l), text: l)
        }
    }

    public mutating func render(into painter: Painter) {
        lastRect = Rect(x: painter.rect.x, y: painter.rect.y, width: painter.width, height: min(1, painter.height))
        painter.fill(role: .tabInactive, y: 0)
        for seg in TabBar.segments(titles, active: active, width: painter.width) {
            painter.text(seg.text, x: seg.x, y: 0, role: seg.index == active ? .tabActive : .tabInactive)
        }
    }
}
