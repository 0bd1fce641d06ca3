/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// A share of what the fixed and percentage columns leave, by weight,
    /// but at least `min` cells.
    case flexible(min: Int, weight: Int = 1)
    /// This percentage of the table's width (minus separators).
    case percent(Int)
}

public enum ColumnAlignment: Hashable, Sendable {
    case left, right, center
}

/// What a cell shows: text, and a role when the value itself needs one
/// (an overdue date in `.danger`, a done step in `.ok`).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?
    public init(_ text: String, role: StyleRole? = nil) { self.text = text; self.role = role }
    public init(stringLiteral value: String) { self.init(value) }
}

/// A column of a table: a title, a width rule, an alignment, and how to
/// get a row's cell. `sortKey` names the order the source is asked for
/// when the user sorts by this column; nil if it cannot be sorted.
public struct Column<Row> {
    public var title: String
    public var width: ColumnWidth
    public var alignment: ColumnAlignment
    public var sortKey: String?
    public var cell: (Row) -> TableCell

    public init(_ title: String, width: ColumnWidth, alignment: ColumnAlignment = .left, sortKey: String? = nil,
                cell: @escaping (Row) -> TableCell) {
        self.title = title; self.width = width; self.alignment = alignment; self.sortKey = sortKey; self.cell = cell
    }

    /// A column of plain text.
    public init(_ title: String, width: ColumnWidth, alignment: ColumnAlignment = .left, sortKey: String? = nil,
                text: @escaping (Row) -> String) {
        self.init(title, width: width, alignment: alignment, sortKey: sortKey, cell: { TableCell(text($0)) })
    }
}

extension ColumnWidth {
    /// Resolves column widths for `total` cells with `gap` cells between
    /// columns. Fixed and percentage columns first, flexible ones share the
    /// rest by weight. When even the minimums do not fit, the widest
    /// columns give up a cell at a time (so every column keeps something
    /// readable rather than the last ones vanishing).
    public static func resolve(_ rules: [ColumnWidth], total: Int, gap: Int = 1) -> [Int] {
        guard !rules.isEmpty else { return [] }
        let room = max(0, total - gap * (rules.count - 1))
        var widths = rules.map { rule -> Int in
            switch rule {
            case .fixed(let n): return max(0, n)
            case .percent(let p): return room * max(0, min(100, p)) / 100
            case .flexible(let m, _): return max(0, m)
            }
        }
        let rest = room - widths.reduce(0, +)
        if rest > 0 {
            let flex = rules.indices.filter { if case .flexible = rules[$0] { return true } else { return false } }
            let weights = flex.map { i -> Int in if case .flexible(_, let w) = rules[i] { return max(1, w) } else { return 1 } }
            for (i, extra) in zip(flex, Layout.distribute(rest, weights: weights)) { widths[i] += extra }
        } else if rest < 0 {
            var excess = -rest
            while excess > 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1 {
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }
}
