import Domain

/// What to show when the window is smaller than the layouts need:
/// «Увеличьте окно: нужно не меньше 80×24, сейчас 60×20», centred, in the
/// longest wording that fits the width (down to just "80×24"), and nothing
/// at all at 0×0. It never draws outside the screen, so a shrinking window
/// can never crash the program or leave garbage.
public enum SizeGuard {
    public static func isTooSmall(_ size: Size, minimum: Size = .minimum) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    /// The wordings, longest first.
    public static func messages(for size: Size, minimum: Size = .minimum, language: Language) -> [String] {
        let need = "\(minimum.width)×\(minimum.height)", now = "\(max(0, size.width))×\(max(0, size.height))"
        switch language {
        case .ru:
            return ["Увеличьте окно: нужно не меньше \(need), сейчас \(now)",
                    "Увеличьте окно: нужно \(need), сейчас \(now)",
                    "Увеличьте окно до \(need)",
                    "Нужно \(need)",
                    need]
        case .en:
            return ["Enlarge the window: at least \(need) is needed, now \(now)",
                    "Enlarge the window: need \(need), now \(now)",
                    "Enlarge the window to \(need)",
                    "Need \(need)",
                    need]
        }
    }

    /// The longest wording that fits `width` (the shortest, cut, if none does).
    public static func message(for size: Size, width: Int, minimum: Size = .minimum, language: Language) -> String {
        let all = messages(for: size, minimum: minimum, language: language)
        return all.first { TextWidth.of($0) <= width } ?? TextWidth.fit(all.last ?? "", width: width)
    }

    /// Draws the request on the middle row of `painter` (the whole screen).
    public static func render(into painter: Painter, size: Size, minimum: Size = .minimum, language: Language) {
        guard painter.width > 0, painter.height > 0 else { return }
        let text = message(for: size, width: painter.width, minimum: minimum, language: language)
        let x = max(0, (painter.width - TextWidth.of(text)) / 2)
        painter.text(text, x: x, y: painter.height / 2, role: .warning)
        painter.terminal.hideCursor()
    }
}
