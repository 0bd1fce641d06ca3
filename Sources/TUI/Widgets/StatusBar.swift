import Domain

/// A key hint of the status bar: the key and what it does.
public struct StatusHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String) { self.key = key; self.label = label }
}

/// A transient message ("Сохранено", "Конфликт: запись изменена другим пользователем").
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, warning, error }
    public var text: String
    public var kind: Kind
    /// Idle ticks (about a second each) before it disappears.
    public var remainingTicks: Int
    /// Said about the open form: it goes when the form closes, whatever the ticks.
    public var aboutOpenForm = false
    /// Said about the visible view (most are): it goes when another tab is shown.
    public var aboutView = true

    var role: StyleRole {
        switch kind {
        case .info: return .info
        case .warning: return .warning
        case .error: return .danger
        }
    }
}

/// The bottom line: who you are, where you are, counts — and key hints on
/// the right. A message, when there is one, takes the left part (it is
/// what the user needs to read now) and expires after a few ticks.
///
/// When space is short the hints go first (from the last, keeping "?"
/// longest), then the left part is cut with `…`: identity and message
/// matter more than hints.
public struct StatusBar: Sendable {
    /// "Иванова А. П. · методист"
    public var who: String
    /// The view's name.
    public var view: String
    /// "12 из 340 · отмечено 3"
    public var counts: String
    public var hints: [StatusHint]
    public private(set) var message: StatusMessage?

    public init(who: String = "", view: String = "", counts: String = "", hints: [StatusHint] = []) {
        self.who = who; self.view = view; self.counts = counts; self.hints = hints
    }

    /// The hints every view shares.
    public static func defaultHints(_ language: Language) -> [StatusHint] {
        language == .ru
            ? [StatusHint("?", "помощь"), StatusHint(":", "команды"), StatusHint("q", "выход")]
            : [StatusHint("?", "help"), StatusHint(":", "commands"), StatusHint("q", "quit")]
    }

    /// Shows a message for `ticks` idle ticks (errors deserve longer).
    public mutating func show(_ text: String, kind: StatusMessage.Kind = .info, ticks: Int? = nil, aboutOpenForm: Bool = false,
                              aboutView: Bool = true) {
        message = StatusMessage(text: text, kind: kind, remainingTicks: max(1, ticks ?? (kind == .info ? 4 : 8)),
                                aboutOpenForm: aboutOpenForm, aboutView: aboutView)
    }

    /// Another tab is shown: what was said about the last one goes.
    public mutating func viewChanged() {
        if message?.aboutView == true { message = nil }
    }

    public mutating func clearMessage() { message = nil }

    /// The open form closed: what was said about it goes too.
    public mutating func formClosed() {
        if message?.aboutOpenForm == true { message = nil }
    }

    /// Counts one tick down; returns true when the message just went away (redraw).
    @discardableResult
    public mutating func tick() -> Bool {
        guard var m = message else { return false }
        m.remainingTicks -= 1
        message = m.remainingTicks > 0 ? m : nil
        return message == nil
    }

    public func render(into painter: Painter) {
        guard painter.width > 0, painter.height > 0 else { return }
        painter.fill(role: .statusBar, y: 0)
        let sep = " │ "
        let left: String
        if let m = message {
            left = " " + Sanitizer.oneLine(m.text)
        } else {
            left = " " + [who, view, counts].map(Sanitizer.oneLine).filter { !$0.isEmpty }.joined(separator: sep)
        }
        // Hints give way from the last while the left part does not fit
        // whole; the first hint ("? помощь", the way to everything else)
        // stays as long as the left part keeps 20 cells.
        let leftWidth = TextWidth.of(left)
        var shown = hints
        func hintsWidth(_ hs: [StatusHint]) -> Int {
            hs.isEmpty ? 0 : hs.reduce(0) { $0 + TextWidth.of($1.key) + 1 + TextWidth.of($1.label) } + 2 * (hs.count - 1) + 1
        }
        while shown.count > 1, leftWidth + 2 + hintsWidth(shown) > painter.width { shown.removeLast() }
        if !shown.isEmpty, min(leftWidth, 20) + 2 + hintsWidth(shown) > painter.width { shown.removeAll() }
        let rightWidth = hintsWidth(shown)
        let leftRoom = painter.width - (rightWidth > 0 ? rightWidth + 2 : 0)
        painter.text(left, y: 0, role: message?.role ?? .statusBar, maxWidth: max(0, leftRoom))
        var x = painter.width - rightWidth
        for h in shown {
            painter.text(h.key, x: x, y: 0, role: .statusKey)
            x += TextWidth.of(h.key) + 1
            painter.text(h.label, x: x, y: 0, role: .statusBar)
            x += TextWidth.of(h.label) + 2
        }
    }
}
