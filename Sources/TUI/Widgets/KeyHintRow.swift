import Domain

/// One hint under a list («d направл.»): the actions it names and a short
/// label. The key shown is read from the view's bindings, so a hint can
/// never show a key that does something else, or one that does nothing.
public struct KeyHint: Sendable {
    public let actions: [String]
    public let label: Phrase
    public init(_ actions: String..., label: Phrase) { self.actions = actions; self.label = label }
}

/// The row of key hints under a list: each key in the status-key colour,
/// its label muted, as many whole hints as fit.
enum KeyHintRow {
    /// The keys a hint shows («> <»): the first key of each action's binding;
    /// nil when one of its actions has no binding in the view now.
    static func keys(of hint: KeyHint, in bindings: [KeyBinding]) -> String? {
        let keys = hint.actions.compactMap { action in bindings.first { $0.action == action }?.keys.first }
        guard keys.count == hint.actions.count, !keys.isEmpty else { return nil }
        return keys.map(glyph).joined(separator: " ")
    }

    /// Hints are short: Enter and Space as their glyphs.
    static func glyph(_ key: Key) -> String {
        switch key {
        case .enter: return "⏎"
        case .char(" "): return "␣"
        default: return KeySyntax.describe(key)
        }
    }

    static func render(_ hints: [KeyHint], bindings: [KeyBinding], into painter: Painter, language: Language) {
        var x = 0
        for hint in hints {
            guard let key = keys(of: hint, in: bindings) else { continue }
            let text = hint.label.text(language)
            let width = TextWidth.of(key) + 1 + TextWidth.of(text) + 2
            if x + width > painter.width { break }
            painter.text(key, x: x, y: 0, role: .statusKey)
            painter.text(text, x: x + TextWidth.of(key) + 1, y: 0, role: .muted)
            x += width
        }
    }
}
