/// The semantic roles of the interface. Views draw with roles; a theme
/// decides what each looks like.
public enum StyleRole: String, Sendable, CaseIterable {
    case text, muted, title, accent, border, header
    case selection, selectionInactive, marked
    case statusBar, statusKey, tabActive, tabInactive
    case ok, warning, danger, info
    case input, inputFocused, dialog, dialogTitle
    case bar, barEmpty, highlight
}

/// A named set of styles, one per role.
public struct Theme: Sendable {
    public var name: String
    public var styles: [StyleRole: Style]
    public init(name: String, styles: [StyleRole: Style]) { self.name = name; self.styles = styles }
    public func style(_ role: StyleRole) -> Style { styles[role] ?? .plain }
}
