import Domain

/// The row of key hints under a list («d направл.  p приоритет …»): each
/// key in the status-key colour, its label muted, as many whole hints as fit.
enum KeyHintRow {
    static func render(_ hints: [(key: String, label: Phrase)], into painter: Painter, _ ctx: AppContext) {
        var x = 0
        for (key, label) in hints {
            let text = ctx.t(label)
            let width = TextWidth.of(key) + 1 + TextWidth.of(text) + 2
            if x + width > painter.width { break }
            painter.text(key, x: x, y: 0, role: .statusKey)
            painter.text(text, x: x + TextWidth.of(key) + 1, y: 0, role: .muted)
            x += width
        }
    }
}
