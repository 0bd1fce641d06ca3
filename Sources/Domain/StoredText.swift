/// Text as it may be stored: whatever the entry point (an import, a form, a
/// command-line argument), nothing that could drive a terminal or reorder
/// text reaches the database, so other tools reading the file are safe too.
///
/// Dropped: C0 controls (ESC, BEL, …) except the line break, DEL, C1
/// controls (including the single-byte CSI U+009B), bidi embeddings,
/// overrides, isolates and marks, and the byte-order mark. A tab becomes a
/// space; \r\n and a lone \r become \n. Single-line fields turn every line
/// break into a space as well. Nothing is trimmed: callers trim as their
/// field needs.
public enum StoredText {
    public static func clean(_ text: String, multiline: Bool = true) -> String {
        if !text.unicodeScalars.contains(where: needsCleaning) { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            let v = u.value
            defer { afterCR = v == 0x0D }
            if v == 0x0A && afterCR { continue }  // \r\n is one break, already written
            if v == 0x0A || v == 0x0D { out.append(multiline ? "\n" : " "); continue }
            if v == 0x09 { out.append(" "); continue }
            if isDropped(v) { continue }
            out.append(u)
        }
        return String(out)
    }

    /// Whether `text` would change when cleaned (multi-line).
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value != 0x0A && needsCleaning($0) }
    }

    private static func needsCleaning(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || isDropped(v)
    }

    private static func isDropped(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || Sanitizer.isBidiControl(v) || v == 0xFEFF
    }
}
