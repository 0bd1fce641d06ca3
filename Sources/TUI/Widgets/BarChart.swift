/// Horizontal bars with labels and values, e.g. an indicator by municipality:
///
///     Аргаяшский район   ██████████▌        63%
///     Ашинский район     ███████▏           41%
///   ! Брединский район   ██▊                17%
///
/// Labels are cut by cell width with `…`, values right-aligned, bars scaled
/// to the largest value. The weakest item (lowest value) is marked with `!`
/// and drawn in the warning role: the chart exists to show who needs help.
public struct BarChart: Sendable {
    public struct Item: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// How the value is written ("63%", "1 204"); nil for the number.
        public var valueText: String?
        public init(_ label: String, value: Double, valueText: String? = nil) {
            self.label = label; self.value = value; self.valueText = valueText
        }
    }

    public var items: [Item]
    public var highlightsWeakest: Bool
    public var ascii: Bool
    /// Scale maximum; nil for the largest value (use 1 or 100 for shares).
    public var maximum: Double?
    /// First item shown (for charts taller than their space).
    public var scroll: Int

    public init(items: [Item], highlightsWeakest: Bool = true, ascii: Bool = false, maximum: Double? = nil, scroll: Int = 0) {
        self.items = items; self.highlightsWeakest = highlightsWeakest; self.ascii = ascii; self.maximum = maximum; self.scroll = scroll
    }

    /// Index of the lowest value (the first of equals); nil when empty.
    public var weakestIndex: Int? {
        items.indices.min { items[$0].value < items[$1].value }
    }

    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "—" }
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String((v * 10).rounded() / 10)
    }

    /// One row per item from row 0: gutter (2), label, bar, value.
    public func render(into painter: Painter) {
        guard painter.width > 0, !items.isEmpty else { return }
        let values = items.map { $0.valueText ?? BarChart.format($0.value) }
        let valueWidth = values.map { TextWidth.of(Sanitizer.oneLine($0)) }.max() ?? 0
        let gutter = highlightsWeakest ? 2 : 0
        let naturalLabel = items.map { TextWidth.of(Sanitizer.oneLine($0.label)) }.max() ?? 0
        let labelWidth = min(naturalLabel, max(6, (painter.width - gutter) * 2 / 5))
        let barX = gutter + labelWidth + 1
        let barWidth = max(0, painter.width - barX - valueWidth - 1)
        let top = max(0, min(scroll, items.count - 1))
        let scale = maximum ?? (items.map(\.value).filter(\.isFinite).max() ?? 0)
        let weakest = highlightsWeakest && items.count > 1 ? weakestIndex : nil
        for row in 0..<painter.height where top + row < items.count {
            let i = top + row
            let item = items[i]
            let isWeak = i == weakest
            if isWeak { painter.text("!", x: 0, y: row, role: .warning) }
            painter.text(item.label, x: gutter, y: row, role: isWeak ? .warning : .text, maxWidth: labelWidth)
            let f = scale > 0 ? item.value / scale : 0
            let bar = ProgressBar(parts: [ProgressBar.Part(f, role: isWeak ? .warning : .bar)], showsLabel: false, ascii: ascii)
            var x = barX
            for (text, role) in bar.cells(width: barWidth) where !text.isEmpty && role != .barEmpty {
                painter.text(text, x: x, y: row, role: role)
                x += TextWidth.of(text)
            }
            painter.text(TextWidth.padLeft(Sanitizer.oneLine(values[i]), width: valueWidth), x: painter.width - valueWidth, y: row,
                         role: isWeak ? .warning : .text)
        }
    }
}
