/// A horizontal bar: `██████▍░░░ 42%`, or `######.... 42%` on terminals
/// without Unicode blocks. The empty part is drawn (░ in the barEmpty role,
/// as the themes describe) so the bar's length shows without colours too.
///
/// The single bar resolves to eighths of a cell (█▉▊▋▌▍▎▏). The stacked
/// variant (e.g. confirmed / done / planned steps of a route) gives each
/// part whole cells in its own role and its own fill character, so the
/// parts stay distinguishable on a monochrome terminal too.
public struct ProgressBar: Sendable {
    /// One part of a stacked bar.
    public struct Part: Hashable, Sendable {
        public var fraction: Double
        public var role: StyleRole
        public init(_ fraction: Double, role: StyleRole) { self.fraction = fraction; self.role = role }
    }

    public var parts: [Part]
    /// Text after the bar ("42%", "7 из 12"); nil for the percentage of the whole.
    public var label: String?
    public var showsLabel: Bool
    /// Use `#`-style characters (vt100, a theme that asks for ASCII).
    public var ascii: Bool

    /// A single bar of `fraction` (clamped to 0...1).
    public init(fraction: Double, label: String? = nil, showsLabel: Bool = true, ascii: Bool = false) {
        self.init(parts: [Part(fraction, role: .bar)], label: label, showsLabel: showsLabel, ascii: ascii)
    }

    /// A stacked bar: parts drawn left to right; their sum is clamped to 1.
    public init(parts: [Part], label: String? = nil, showsLabel: Bool = true, ascii: Bool = false) {
        self.parts = parts; self.label = label; self.showsLabel = showsLabel; self.ascii = ascii
    }

    static func clamp(_ f: Double) -> Double { f.isFinite ? max(0, min(1, f)) : 0 }

    public var total: Double { ProgressBar.clamp(parts.reduce(0) { $0 + ProgressBar.clamp($1.fraction) }) }

    /// "42%", rounded down so 99.6% never shows as done.
    public static func percent(_ f: Double) -> String { "\(Int((clamp(f) * 100).rounded(.down)))%" }

    private static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let stackedUnicode: [Character] = ["█", "▓", "▒"]
    private static let stackedASCII: [Character] = ["#", "=", "+"]

    /// The glyph a stacked bar draws its part `index` with.
    static func glyph(_ index: Int, ascii: Bool) -> Character {
        let chars = ascii ? stackedASCII : stackedUnicode
        return chars[index % chars.count]
    }

    /// A legend for a stacked bar, each name after its part's own glyph
    /// («█ утверждены ▓ отклонены»): the parts differ without colour too.
    public static func legend(_ names: [String], ascii: Bool) -> String {
        names.enumerated().map { "\(glyph($0.offset, ascii: ascii)) \($0.element)" }.joined(separator: " ")
    }

    /// The bar's characters for `width` cells (no label), one role per run.
    func cells(width: Int) -> [(text: String, role: StyleRole)] {
        guard width > 0 else { return [] }
        if parts.count == 1, let part = parts.first {
            let f = ProgressBar.clamp(part.fraction)
            let eighthsTotal = Int((f * Double(width * 8)).rounded(.down))
            var full = eighthsTotal / 8
            var partial = ""
            if ascii {
                if eighthsTotal % 8 >= 4 && full < width { full += 1 }      // round to the nearer whole cell
            } else if eighthsTotal % 8 > 0 && full < width {
                partial = String(ProgressBar.eighths[eighthsTotal % 8])
            }
            let filled = String(repeating: ascii ? "#" : "█", count: full) + partial
            let empty = String(repeating: ascii ? "." : "░", count: max(0, width - full - (partial.isEmpty ? 0 : 1)))
            return [(filled, part.role), (empty, .barEmpty)]
        }
        // Stacked: cumulative rounding, so the parts always add up to the whole.
        var out: [(String, StyleRole)] = []
        var cum = 0.0, used = 0
        for (i, part) in parts.enumerated() {
            cum = min(1, cum + ProgressBar.clamp(part.fraction))
            let end = min(width, Int((cum * Double(width)).rounded()))
            let n = max(0, end - used)
            out.append((String(repeating: ProgressBar.glyph(i, ascii: ascii), count: n), part.role))
            used += n
        }
        out.append((String(repeating: ascii ? "." : "░", count: max(0, width - used)), .barEmpty))
        return out
    }

    /// Draws on row 0: the bar, then a space and the label.
    public func render(into painter: Painter) {
        let label = showsLabel ? (self.label ?? ProgressBar.percent(total)) : ""
        let labelWidth = label.isEmpty ? 0 : TextWidth.of(Sanitizer.oneLine(label)) + 1
        let barWidth = max(0, painter.width - labelWidth)
        var x = 0
        for (text, role) in cells(width: barWidth) where !text.isEmpty {
            painter.text(text, x: x, y: 0, role: role)
            x += TextWidth.of(text)
        }
        if !label.isEmpty { painter.text(label, x: barWidth + 1, y: 0, role: .text) }
    }
}
