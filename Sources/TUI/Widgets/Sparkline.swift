/// A one-row trend: `▁▂▄▆█▅▃`, or `_.-=*#` without Unicode blocks.
/// Scaled from the smallest to the largest value; when there are more
/// values than cells, the most recent ones are shown.
public struct Sparkline: Sendable {
    public var values: [Double]
    public var ascii: Bool
    public var role: StyleRole

    public init(values: [Double], ascii: Bool = false, role: StyleRole = .accent) {
        self.values = values; self.ascii = ascii; self.role = role
    }

    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let asciiLevels: [Character] = ["_", ".", ",", "-", "=", "+", "*", "#"]

    /// The line for `width` cells.
    public func line(width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let finite = shown.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return "" }
        let levels = ascii ? Sparkline.asciiLevels : Sparkline.blocks
        return String(shown.map { v -> Character in
            guard v.isFinite else { return " " }
            // All equal: a flat middle line rather than all-empty or all-full.
            let f = hi > lo ? (v - lo) / (hi - lo) : 0.5
            return levels[max(0, min(levels.count - 1, Int((f * Double(levels.count - 1)).rounded())))]
        })
    }

    public func render(into painter: Painter) {
        painter.text(line(width: painter.width), y: 0, role: role)
    }
}
