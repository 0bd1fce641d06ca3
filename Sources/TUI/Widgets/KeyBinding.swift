import Domain

/// One key binding of a view, declared as data.
///
/// A view lists its bindings once and uses the same list to dispatch keys
/// (`KeyBinding.action(for:in:)`), to generate the help overlay and to
/// offer its actions in the command palette. So the help can never drift
/// from what the keys really do.
public struct KeyBinding: Hashable, Sendable {
    /// What the view does, by name (e.g. "request.assign").
    public var action: String
    /// Keys that trigger it; the first is the one shown in hints. Latin
    /// letters also answer in the Russian layout (`twins`), without being listed here.
    public var keys: [Key] {
        didSet { twins = KeyBinding.twins(of: keys) }
    }
    /// The Russian layout's twins of the Latin keys (`KeyboardLayout`).
    public private(set) var twins: [Key] = []
    /// What it does, in both languages ("Назначить исполнителя").
    public var label: Phrase
    /// A heading the help groups it under ("Навигация"); nil for the view's own group.
    public var group: Phrase?
    /// Whether the command palette offers it (moving the cursor is not a command).
    public var inPalette: Bool

    public init(_ action: String, keys: [Key], label: Phrase, group: Phrase? = nil, inPalette: Bool = true) {
        self.action = action; self.keys = keys; self.label = label; self.group = group; self.inPalette = inPalette
        self.twins = KeyBinding.twins(of: keys)
    }

    static func twins(of keys: [Key]) -> [Key] {
        keys.compactMap(KeyboardLayout.twin(of:)).filter { !keys.contains($0) }
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) || twins.contains(key) }

    /// The keys as shown to people: "j ↓", "Ctrl+S".
    public var keysText: String { keys.map(KeySyntax.describe).joined(separator: " ") }

    /// The action bound to `key`, the first binding winning.
    public static func action(for key: Key, in bindings: [KeyBinding]) -> String? {
        bindings.first { $0.matches(key) }?.action
    }

    /// `?`: the app's help, which every view's hint row may name.
    public static let appHelp = KeyBinding("app.help", keys: [.char("?"), .function(1)],
                                           label: Phrase("Все клавиши этого экрана", "Every key of this screen"), group: Groups.general)

    /// Common group headings, so views name them the same way.
    public enum Groups {
        public static let navigation = Phrase("Навигация", "Navigation")
        public static let actions = Phrase("Действия", "Actions")
        public static let general = Phrase("Общие", "General")
    }
}
