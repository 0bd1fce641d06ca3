import Domain

/// What a key did to an editor. Keys an editor does not use (Enter, Esc,
/// Tab, Up/Down...) come back as `.ignored`, so the container decides what
/// they mean (next field, submit, close).
public enum EditOutcome: Hashable, Sendable {
    case changed, moved, ignored
    /// Input refused: the length limit is reached.
    case rejected
}

/// A real single-line text editor (readline/Emacs keys), in any script.
///
/// The text is kept as grapheme clusters (`Character`), so the cursor never
/// lands inside "й" written as и + combining breve, or inside an emoji
/// sequence. The field scrolls horizontally by cell width, so wide CJK or
/// emoji characters never split at the edges. Control characters are
/// dropped on input (never stored), which keeps data clean at the source;
/// drawing sanitizes again anyway.
///
/// With `allowsNewlines` it becomes the core of a small note area
/// (`renderArea`): Alt+Enter or Ctrl+J inserts a line break, and paste
/// keeps line breaks.
public struct LineEditor: Sendable {
    public private(set) var characters: [Character]
    /// Insertion point: 0...characters.count.
    public private(set) var cursor: Int
    /// Most characters the text may have; nil for no limit.
    public var maxLength: Int?
    /// Shown dimmed while the text is empty (e.g. "ДД.ММ.ГГГГ").
    public var placeholder: String
    public var allowsNewlines: Bool
    /// First character shown: kept between frames so the view only scrolls
    /// when the cursor would leave it (a jumping field is hard to read).
    private var firstVisible = 0
    private var firstVisibleRow = 0
    /// The wrapping of `renderArea`, kept between frames (redone where edited).
    private var wrapped = WrappedRows()

    public init(text: String = "", maxLength: Int? = nil, placeholder: String = "", allowsNewlines: Bool = false) {
        self.maxLength = maxLength
        self.placeholder = placeholder
        self.allowsNewlines = allowsNewlines
        self.characters = []
        self.cursor = 0
        self.characters = Array(clean(text).prefix(maxLength ?? Int.max))
        self.cursor = characters.count
    }

    /// The text. Setting it puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(clean(newValue).prefix(maxLength ?? Int.max)); cursor = characters.count; firstVisible = 0
            wrapped.invalidate()
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    // MARK: Input

    public mutating func handle(_ event: InputEvent) -> EditOutcome {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let text):
            // A pasted multi-line text in a one-line field: lines joined by spaces.
            return insert(allowsNewlines ? text : text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                                                      .joined(separator: " "))
        default: return .ignored
        }
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch key {
        case .char(let c): return insert(String(c))
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: allowsNewlines ? lineStart(cursor) : 0)
        case .end, .ctrl("e"): return move(to: allowsNewlines ? lineEnd(cursor) : characters.count)
        case .alt(.left), .alt(.char("b")): return move(to: wordStart(before: cursor, bigWord: false))
        case .alt(.right), .alt(.char("f")): return move(to: wordEnd(after: cursor))
        case .backspace, .ctrl("h"): return delete(cursor - 1..<cursor)
        case .delete: return delete(cursor..<cursor + 1)
        case .ctrl("d"): return characters.isEmpty ? .ignored : delete(cursor..<cursor + 1)
        // Ctrl+W is the shell's: back to the previous blank. Alt+Backspace is
        // Emacs's: back to the previous word boundary (stops at punctuation).
        case .ctrl("w"): return delete(wordStart(before: cursor, bigWord: true)..<cursor)
        case .alt(.backspace): return delete(wordStart(before: cursor, bigWord: false)..<cursor)
        case .alt(.char("d")): return delete(cursor..<wordEnd(after: cursor))
        case .ctrl("u"): return delete(0..<cursor)
        case .ctrl("k"): return delete(cursor..<characters.count)
        case .alt(.enter), .ctrl("j"): return allowsNewlines ? insert("\n") : .ignored
        default: return .ignored
        }
    }

    /// Inserts text at the cursor (cleaned, cut at `maxLength`).
    @discardableResult
    public mutating func insert(_ s: String) -> EditOutcome {
        let new = clean(s)
        if new.isEmpty { return s.isEmpty ? .ignored : .rejected }
        let room = (maxLength ?? Int.max) - characters.count
        guard room > 0 else { return .rejected }
        let accepted = Array(new.prefix(room))
        characters.insert(contentsOf: accepted, at: cursor)
        wrapped.inserted(at: cursor, count: accepted.count)
        cursor += accepted.count
        return .changed
    }

    // MARK: Editing primitives

    private mutating func move(to position: Int) -> EditOutcome {
        let p = max(0, min(position, characters.count))
        if p == cursor { return .ignored }
        cursor = p
        return .moved
    }

    private mutating func delete(_ range: Range<Int>) -> EditOutcome {
        let r = max(0, range.lowerBound)..<min(characters.count, range.upperBound)
        guard !r.isEmpty else { return .ignored }
        characters.removeSubrange(r)
        wrapped.deleted(r)
        cursor = r.lowerBound
        return .changed
    }

    private static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Start of the word before `i`: skip separators, then word characters.
    /// A "big word" (Ctrl+W) is anything between blanks.
    private func wordStart(before i: Int, bigWord: Bool) -> Int {
        func inWord(_ c: Character) -> Bool { bigWord ? !c.isWhitespace : LineEditor.isWordChar(c) }
        var j = i
        while j > 0, !inWord(characters[j - 1]) { j -= 1 }
        while j > 0, inWord(characters[j - 1]) { j -= 1 }
        return j
    }

    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, !LineEditor.isWordChar(characters[j]) { j += 1 }
        while j < characters.count, LineEditor.isWordChar(characters[j]) { j += 1 }
        return j
    }

    private func lineStart(_ i: Int) -> Int {
        var j = i
        while j > 0, characters[j - 1] != "\n" { j -= 1 }
        return j
    }

    private func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < characters.count, characters[j] != "\n" { j += 1 }
        return j
    }

    /// Drops control and bidi characters; tabs become spaces; line breaks
    /// become "\n" when allowed, spaces otherwise: the same cleaning as
    /// every stored text (`StoredText`), so what the field shows is what is saved.
    private func clean(_ s: String) -> [Character] {
        Array(StoredText.clean(s, multiline: allowsNewlines))
    }

    // MARK: Drawing

    /// Draws the field on row 0 of `painter`, scrolled so the cursor is
    /// visible; `…` marks text hidden on either side. When focused, the
    /// terminal cursor is put at the editing position.
    public mutating func render(into painter: Painter, focused: Bool, role: StyleRole? = nil) {
        let width = painter.width
        guard width > 0, painter.height > 0 else { return }
        let fieldRole = role ?? (focused ? .inputFocused : .input)
        painter.fill(role: fieldRole, y: 0)
        if characters.isEmpty {
            if !placeholder.isEmpty { painter.text(placeholder, y: 0, role: .muted) }
            if focused { painter.cursor(x: 0, y: 0) }
            firstVisible = 0
            return
        }
        let shown = characters.map { Sanitizer.clean(String($0)) }
        let widths = shown.map { TextWidth.of($0) }
        // Cells before each character: any span's width in one subtraction (the scroll search below tries many).
        var before = [0]
        before.reserveCapacity(widths.count + 1)
        for w in widths { before.append(before[before.count - 1] + w) }
        func cells(_ r: Range<Int>) -> Int { r.isEmpty ? 0 : before[r.upperBound] - before[r.lowerBound] }

        // Does the view starting at `first` show the cursor (and a right "…" if needed)?
        func layout(_ first: Int) -> (fits: Bool, left: Int, right: Bool) {
            let left = first > 0 ? 1 : 0
            let before = cells(first..<cursor)
            let after = cells(cursor..<characters.count) + (cursor == characters.count ? 1 : 0)
            let right = left + before + after > width
            let cursorEnd = left + before + (cursor < characters.count ? widths[cursor] : 1)
            return (cursorEnd + (right ? 1 : 0) <= width, left, right)
        }
        if cursor < firstVisible { firstVisible = cursor }
        if layout(0).fits { firstVisible = 0 }
        firstVisible = min(firstVisible, characters.count)
        while firstVisible < cursor, !layout(firstVisible).fits { firstVisible += 1 }
        let (_, left, right) = layout(firstVisible)

        if left > 0 { painter.text("…", x: 0, y: 0, role: .muted) }
        let limit = width - (right ? 1 : 0)
        var run = "", used = left
        for i in firstVisible..<characters.count {
            if used + widths[i] > limit { break }
            run += shown[i]; used += widths[i]
        }
        painter.text(run, x: left, y: 0, role: fieldRole)
        if right { painter.text("…", x: width - 1, y: 0, role: .muted) }
        if focused { painter.cursor(x: left + cells(firstVisible..<cursor), y: 0) }
    }

    /// Draws the text wrapped over all rows of `painter` (a note): hard wraps
    /// by cell width and at line breaks, scrolled to keep the cursor's row
    /// visible. The last column is kept for ↑/↓, shown when text is hidden
    /// above or below.
    public mutating func renderArea(into painter: Painter, focused: Bool, role: StyleRole? = nil) {
        let height = painter.height
        let width = painter.width > 2 ? painter.width - 1 : painter.width
        guard width > 0, height > 0 else { return }
        let fieldRole = role ?? (focused ? .inputFocused : .input)
        for y in 0..<height { painter.fill(role: fieldRole, y: y) }
        if characters.isEmpty, !placeholder.isEmpty { painter.text(placeholder, y: 0, role: .muted) }

        // Lay out (see WrappedRows): only the rows drawn are made into text.
        wrapped.layout(characters, width: width)
        let starts = wrapped.starts
        var rowCount = starts.count
        var cursorAt = (row: rowCount - 1, col: wrapped.lastRowWidth)
        if cursor < characters.count {
            let r = wrapped.row(of: cursor)
            cursorAt = (r, characters[starts[r]..<cursor].reduce(0) { $0 + WrappedRows.cells($1) })
        } else if wrapped.lastRowWidth >= width {
            rowCount += 1; cursorAt = (rowCount - 1, 0)
        }
        func text(ofRow r: Int) -> String {
            guard r < starts.count else { return "" }
            let end = r + 1 < starts.count ? starts[r + 1] : characters.count
            var out = ""
            for c in characters[starts[r]..<end] where c != "\n" { out += Sanitizer.clean(String(c)) }
            return out
        }
        if cursorAt.row < firstVisibleRow { firstVisibleRow = cursorAt.row }
        if cursorAt.row >= firstVisibleRow + height { firstVisibleRow = cursorAt.row - height + 1 }
        firstVisibleRow = max(0, min(firstVisibleRow, rowCount - 1))
        for y in 0..<height where firstVisibleRow + y < rowCount {
            painter.text(text(ofRow: firstVisibleRow + y), y: y, role: fieldRole)
        }
        if firstVisibleRow > 0 { painter.text("↑", x: painter.width - 1, y: 0, role: .muted) }
        if firstVisibleRow + height < rowCount { painter.text("↓", x: painter.width - 1, y: height - 1, role: .muted) }
        if focused { painter.cursor(x: cursorAt.col, y: cursorAt.row - firstVisibleRow) }
    }
}
