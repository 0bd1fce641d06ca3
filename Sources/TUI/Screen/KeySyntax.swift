import Domain

/// A mistake in a `--keys` text: what and where (1-based character position).
public struct KeySyntaxError: Error, CustomStringConvertible, Sendable, Equatable {
    /// 1-based position of the offending `<` in the keys text.
    public let position: Int
    /// The offending token as written, e.g. `<Foo>`.
    public let token: String
    public let message: Phrase
    public var description: String { message.ru }
    public func text(_ language: Language) -> String { message.text(language) }
}

/// The headless `--keys` syntax and readable names of keys.
///
/// Literal text types each character (`привет` is six `.char` keys, a space is
/// `.char(" ")`); names in angle brackets give other keys:
///
///     <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Ins> <Up> <Down> <Left> <Right>
///     <PgUp> <PgDn> <Home> <End> <F1>..<F12> <Space> <lt> (a literal "<")
///     <C-x> (Ctrl + a letter)  <M-x> / <M-Enter> (Alt + a character or a named key)
///     <Resize:WxH> (the window becomes W columns by H rows)  <Tick> (an idle second)
///
/// Names are case-insensitive (`<enter>`, `<ESC>`); the letter of `<C-x>` is
/// folded to lower case, the character of `<M-x>` is kept as written.
/// A newline or carriage return in the text is Enter, a tab character is Tab.
public enum KeySyntax {
    public static func parse(_ text: String) throws(KeySyntaxError) -> [InputEvent] {
        var events: [InputEvent] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                guard let close = chars[(i + 1)...].firstIndex(of: ">") else {
                    let rest = String(chars[i...].prefix(20))
                    throw KeySyntaxError(
                        position: i + 1, token: rest,
                        message: Phrase("незакрытая «<» в позиции \(i + 1) (\(rest)); для самого символа «<» пишите <lt>",
                                        "unclosed '<' at position \(i + 1) (\(rest)); write <lt> for a literal '<'"))
                }
                let name = String(chars[(i + 1)..<close])
                let token = "<" + name + ">"
                guard let event = named(name) else {
                    throw KeySyntaxError(
                        position: i + 1, token: token,
                        message: Phrase("неизвестная клавиша \(token) в позиции \(i + 1); известны: \(knownNames)",
                                        "unknown key \(token) at position \(i + 1); known: \(knownNames)"))
                }
                events.append(event)
                i = close + 1
                continue
            }
            switch c {
            case "\n", "\r", "\r\n": events.append(.key(.enter))
            case "\t": events.append(.key(.tab))
            default: events.append(.key(.char(c)))
            }
            i += 1
        }
        return events
    }

    static let knownNames = "<Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Ins> <Up> <Down> <Left> <Right> <PgUp> <PgDn> "
        + "<Home> <End> <F1>..<F12> <Space> <lt> <C-x> <M-x> <Resize:WxH> <Tick>"

    private static let simple: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
        "space": .char(" "), "lt": .char("<"), "gt": .char(">"),
    ]

    /// A key (or other event) from a name in angle brackets, without the brackets.
    static func named(_ name: String) -> InputEvent? {
        if let k = namedKey(name) { return .key(k) }
        let lower = name.lowercased()
        if lower == "tick" { return .tick }
        if lower.hasPrefix("resize:") {
            let dims = lower.dropFirst("resize:".count).split(separator: "x", omittingEmptySubsequences: false)
            guard dims.count == 2, let w = Int(dims[0]), let h = Int(dims[1]), w > 0, h > 0, w <= 10_000, h <= 10_000 else { return nil }
            return .resize(Size(width: w, height: h))
        }
        return nil
    }

    private static func namedKey(_ name: String) -> Key? {
        let lower = name.lowercased()
        if let k = simple[lower] { return k }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n), !lower.dropFirst().hasPrefix("+") {
            return .function(n)
        }
        if lower.hasPrefix("c-") {
            let rest = Array(name.dropFirst(2))
            guard rest.count == 1, let ch = rest.first, ch.isASCII, ch.isLetter else { return nil }
            return .ctrl(Character(ch.lowercased()))
        }
        if lower.hasPrefix("m-") || lower.hasPrefix("a-") {
            let rest = String(name.dropFirst(2))
            if rest.count == 1, let ch = rest.first { return .alt(.char(ch)) }
            if let inner = namedKey(rest) { return .alt(inner) }
            return nil
        }
        return nil
    }

    /// The `--keys` notation of a key: `a`, `<Enter>`, `<C-x>`, `<M-x>`, `<lt>`…
    /// `parse(notation(k))` gives `k` back.
    public static func notation(_ key: Key) -> String {
        switch key {
        case .char(" "): return "<Space>"
        case .char("<"): return "<lt>"
        case .char(let c): return String(c)
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .backspace: return "<BS>"
        case .delete: return "<Del>"
        case .insert: return "<Ins>"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .pageUp: return "<PgUp>"
        case .pageDown: return "<PgDn>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .function(let n): return "<F\(n)>"
        case .ctrl(let c): return "<C-\(c)>"
        case .alt(.char(">")): return "<M-gt>"
        case .alt(let inner):
            let n = notation(inner)
            if n.hasPrefix("<") && n.hasSuffix(">") && n.count > 2 {
                if case .char = inner { return "<M-\(n.dropFirst().dropLast())>" }  // <M-Space>, <M-lt>
                return "<M-" + n.dropFirst().dropLast() + ">"
            }
            return "<M-\(n)>"
        }
    }

    /// A readable name of a key for help screens and the status bar, the same
    /// in both languages: `Enter`, `Esc`, `Ctrl+X`, `Alt+x`, `PgDn`, `↑`, `F5`, `Space`.
    public static func describe(_ key: Key) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift+Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl+" + c.uppercased()
        case .alt(let inner): return "Alt+" + describe(inner)
        }
    }
}
