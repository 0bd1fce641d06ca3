import CNCurses

/// Width of text in terminal cells, from the C library's `wcwidth` under a
/// UTF-8 locale: Cyrillic 1, CJK and most emoji 2, combining marks 0.
public enum TextWidth {
    /// Cells a single Unicode scalar takes. Non-printables count 0 here: they
    /// never reach the terminal (see Sanitizer).
    @inline(__always)
    public static func of(scalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }           // ASCII fast path
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v >= 0x0400 && v <= 0x04FF { return 1 }      // Cyrillic fast path
        let w = wcwidth(wchar_t(bitPattern: v))
        return w < 0 ? 1 : Int(w)
    }

    /// Cells a grapheme (user-perceived character) takes: its first scalar's
    /// width, or 2 for an emoji presentation sequence; combining marks and
    /// joiners add nothing.
    public static func of(character c: Character) -> Int {
        var width = 0
        var first = true
        for s in c.unicodeScalars {
            if first { width = of(scalar: s); first = false }
            else if s.value == 0xFE0F && width == 1 { width = 2 }  // VS16: emoji presentation
        }
        return width
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for c in text { total += of(character: c) }
        return total
    }

    /// The longest prefix of `text` that fits `width` cells, with `…` when cut.
    /// Never splits a character or leaves half of a wide one.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(character: c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// `text` fitted to `width` and padded with spaces to exactly `width` cells.
    public static func pad(_ text: String, width: Int) -> String {
        let fitted = fit(text, width: width)
        let w = of(fitted)
        return w >= width ? fitted : fitted + String(repeating: " ", count: width - w)
    }

    /// Right-aligned in `width` cells.
    public static func padLeft(_ text: String, width: Int) -> String {
        let fitted = fit(text, width: width)
        let w = of(fitted)
        return w >= width ? fitted : String(repeating: " ", count: width - w) + fitted
    }

    /// Splits text into lines of at most `width` cells, breaking at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {  // "\r\n" is one Character
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var w = String(word)
                var ww = of(w)
                if lineWidth > 0 && lineWidth + 1 + ww <= width {
                    line += " " + w; lineWidth += 1 + ww; continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while ww > width, w.count > 1 {  // a word longer than the line: hard break (a lone wide character stays whole)
                    var head = "", hw = 0
                    var rest = Substring(w)
                    while let c = rest.first, hw + of(character: c) <= width { head.append(c); hw += of(character: c); rest = rest.dropFirst() }
                    if head.isEmpty, let c = rest.first { head.append(c); rest = rest.dropFirst() }
                    lines.append(head)
                    w = String(rest); ww = of(w)
                }
                line = w; lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }
}
