/// Makes text from data safe to draw: nothing stored can reach a user's
/// terminal as an escape sequence or reorder the screen.
///
/// C0 controls, DEL and C1 controls become visible placeholders (U+241B ␛
/// for ESC, the Control Pictures block for the rest, ¿ for C1); bidi
/// overrides, embeddings, isolates and marks become U+FFFD; a tab becomes a
/// space. Newlines are kept only by `lines(_:)`, which splits on them.
///
/// The one sanitizer for everything a terminal shows: the screen (Painter),
/// and the messages of imports, exports and the command line (Storage, the
/// CLI), so a CSV cell or a file name can never drive the importer's
/// terminal either. What is stored is cleaned by `StoredText` instead.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        // Fast path: plain printable text needs no copy.
        if !text.unicodeScalars.contains(where: needsReplacement) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(replacement(for: s)) }
        return String(out)
    }

    /// Splits on newlines (\n, \r\n, \r) and cleans each line.
    public static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            if s == "\n" && afterCR { afterCR = false; continue }  // \r\n is one break
            afterCR = s == "\r"
            if s == "\n" || s == "\r" { result.append(clean(String(current))); current = String.UnicodeScalarView(); continue }
            current.append(s)
        }
        result.append(clean(String(current)))
        return result
    }

    /// A single line: newlines become ` ⏎ `, so a one-line cell never breaks.
    public static func oneLine(_ text: String) -> String {
        lines(text).joined(separator: " ⏎ ")
    }

    /// Several lines for a terminal (stderr): each line cleaned, the breaks kept as \n.
    public static func block(_ text: String) -> String {
        lines(text).joined(separator: "\n")
    }

    @inlinable
    public static func needsReplacement(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) { return true }
        return isBidiControl(v)
    }

    /// Bidi embeddings, overrides, isolates and marks (LRM, RLM, ALM).
    @inlinable
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func replacement(for s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v == 0x09 { return " " }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) ?? "?" }  // ␀…␟ (␛ for ESC)
        if v == 0x7F { return "\u{2421}" }                      // ␡
        if v >= 0x80 && v < 0xA0 { return "¿" }
        if isBidiControl(v) { return "\u{FFFD}" }
        return s
    }
}

