import XCTest
import Domain
@testable import TUI

/// Shared by the widget tests: a theme where every role has its own
/// foreground colour (so a cell's style tells which role drew it), and
/// small helpers to draw a widget on a fresh memory terminal.
enum WidgetTest {
    static let theme = Theme(name: "roles", styles: Dictionary(uniqueKeysWithValues:
        StyleRole.allCases.enumerated().map { ($0.element, Style(foreground: .index($0.offset + 1))) }))

    /// The role whose style a cell has (nil for unstyled or outside).
    static func role(_ t: MemoryTerminal, x: Int, y: Int) -> StyleRole? {
        guard let s = t.style(x: x, y: y) else { return nil }
        return StyleRole.allCases.first { theme.style($0) == s }
    }

    /// A fresh frame of `width` x `height` and a painter over all of it.
    static func screen(_ width: Int, _ height: Int) -> (MemoryTerminal, Painter) {
        let t = MemoryTerminal(size: Size(width: width, height: height))
        t.beginFrame()
        return (t, Painter(terminal: t, rect: Rect(x: 0, y: 0, width: width, height: height), theme: theme))
    }
}

/// Keys as events, for feeding widgets.
func key(_ k: Key) -> InputEvent { .key(k) }
func typing(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }
