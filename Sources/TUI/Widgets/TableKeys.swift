import Domain

/// Every key of a table (`TableView`), as bindings: the table dispatches
/// through them and the views add them to their help. Built once (a table
/// is generic, so they live here), since every keystroke looks them up.
public enum TableKeys {
    public static let plain = list(allowsMarks: false)
    public static let marking = list(allowsMarks: true)

    static func list(allowsMarks: Bool) -> [KeyBinding] {
        let g = KeyBinding.Groups.navigation
        var b = [
            KeyBinding("table.up", keys: [.up, .char("k"), .ctrl("p")], label: Phrase("строка вверх", "row up"), group: g, inPalette: false),
            KeyBinding("table.down", keys: [.down, .char("j"), .ctrl("n")], label: Phrase("строка вниз", "row down"), group: g, inPalette: false),
            KeyBinding("table.pageUp", keys: [.pageUp, .ctrl("b")], label: Phrase("страница вверх", "page up"), group: g, inPalette: false),
            KeyBinding("table.pageDown", keys: [.pageDown, .ctrl("f")], label: Phrase("страница вниз", "page down"), group: g, inPalette: false),
            KeyBinding("table.halfUp", keys: [.ctrl("u")], label: Phrase("полстраницы вверх", "half a page up"), group: g, inPalette: false),
            KeyBinding("table.halfDown", keys: [.ctrl("d")], label: Phrase("полстраницы вниз", "half a page down"), group: g, inPalette: false),
            KeyBinding("table.first", keys: [.home, .char("g")], label: Phrase("в начало", "to the first row"), group: g),
            KeyBinding("table.last", keys: [.end, .char("G")], label: Phrase("в конец", "to the last row"), group: g),
            KeyBinding("table.open", keys: [.enter], label: Phrase("открыть", "open"), group: g, inPalette: false),
            KeyBinding("table.sortNext", keys: [.char(">"), .char("<")], label: Phrase("сменить сортировку", "change the sort order"), group: g),
        ]
        if allowsMarks {
            b.append(KeyBinding("table.mark", keys: [.char(" ")], label: Phrase("отметить строку", "mark the row"), group: g, inPalette: false))
        }
        return b
    }
}
