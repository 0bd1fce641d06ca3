import Domain

/// The keys of the small panels views open over themselves (a detail to
/// read, a short list to pick from), as bindings: the panels dispatch
/// through them and the views show them in `?` while the panel is open.
/// Built once: they are looked up on every key.
public enum PanelKeys {
    static let n = KeyBinding.Groups.navigation

    public static let close = KeyBinding("panel.close", keys: [.escape, .enter, .char("q")], label: Phrase("Закрыть", "Close"), group: n, inPalette: false)
    public static let closeNoEnter = KeyBinding("panel.close", keys: [.escape, .char("q")], label: Phrase("Закрыть", "Close"), group: n, inPalette: false)
    public static let down = KeyBinding("panel.down", keys: [.down, .char("j")], label: Phrase("ниже", "down"), group: n, inPalette: false)
    public static let up = KeyBinding("panel.up", keys: [.up, .char("k")], label: Phrase("выше", "up"), group: n, inPalette: false)

    public static let pageDown = KeyBinding("panel.pageDown", keys: [.pageDown], label: Phrase("страница вниз", "page down"), group: n, inPalette: false)
    public static let pageUp = KeyBinding("panel.pageUp", keys: [.pageUp], label: Phrase("страница вверх", "page up"), group: n, inPalette: false)
    /// A longer text to read: scroll it by lines and pages, close it.
    public static let pagedReader = [close, down, up, pageDown, pageUp]
    /// A text to read: scroll it, close it.
    public static let reader = [close, down, up]
    /// A list to go through (Enter is the list's own).
    public static let list = [closeNoEnter, down, up]
}
