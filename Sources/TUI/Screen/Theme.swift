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
    /// How much of a table's selected row takes the selection style.
    public var selectionSpan: SelectionSpan = .leading
    public init(name: String, styles: [StyleRole: Style]) { self.name = name; self.styles = styles }
    public func style(_ role: StyleRole) -> Style { styles[role] ?? .plain }
}

/// How much of the selected table row is drawn in the selection style.
/// `leading`: the leading columns, at least 24 cells (the item's name), so a
/// cursor move rewrites two short runs rather than two whole rows — what a
/// slow SSH link feels (as mutt's `arrow_cursor` and nnn do). `row`: the
/// whole row. Chosen with `selection = row` in the config file.
public enum SelectionSpan: String, Sendable, CaseIterable {
    case leading, row

    /// Cells the leading span covers at least.
    public static let leadingWidth = 24
}
