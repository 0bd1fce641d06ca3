import Domain

/// What an input event did to a table.
public enum TableOutcome: Hashable, Sendable {
    /// Not a table key: the view may use it.
    case ignored
    /// The cursor moved to another row (update a detail pane).
    case cursorMoved
    /// Enter (or a click on the selected row): open it.
    case activated
    case marksChanged
    /// The sort changed and the rows were reloaded in the new order.
    case sortChanged
    /// Handled, nothing the view needs to know.
    case handled
}

/// A table over a paging `RowSource`: header, rows, a cursor, marks for
/// bulk actions, sorting by column.
///
/// Virtual scrolling: the table holds a window of loaded rows around what
/// is on screen (a few screens at most) and asks the source for the next
/// or previous page only when the cursor or the view would leave it. A
/// key costs at most about a screenful of rows, on a list of any length;
/// Home and End read one page from either end. Absolute positions are
/// known when the window has touched the start, or the end of a counted
/// source; otherwise the table simply does not claim one.
///
/// Keys: ↑/↓ j/k, PgUp/PgDn, Ctrl+U/Ctrl+D half a page, Home/End g/G,
/// Space marks (and moves on, so a run of rows is marked by holding it),
/// Enter opens, `<`/`>` step through the sort orders. Mouse: click selects
/// (a click on the selected row opens), a click on a header sorts, the
/// wheel scrolls.
///
/// The terminal cursor sits on the selected row, so screen readers and
/// terminal magnifiers follow the selection.
public struct TableView<Source: RowSource> {
    public typealias Row = Source.Row

    public var source: Source
    public var columns: [Column<Row>]
    /// Shown when the source has no rows ("Заявок нет").
    public var emptyMessage: String
    /// Set by the view while a filter or search narrows the list: an empty
    /// list then says that nothing matched it (`EmptyText.noMatch`), not that there is nothing.
    public var noMatchMessage: String?
    /// Whether Space marks rows (and a two-cell mark gutter is drawn).
    public var allowsMarks: Bool
    /// An unfocused table (another pane has the keys) shows its selection dimmed.
    public var isFocused = true

    public private(set) var sort: TableSort?
    public private(set) var marks: Set<Source.RowID> = []

    /// The loaded window: a contiguous run of the source's rows.
    public private(set) var window: [Row] = []
    /// Index in `window` of the selected row.
    public private(set) var cursor = 0
    /// Index in `window` of the first row on screen.
    public private(set) var top = 0
    /// Body rows on screen (from the last render; 20 before the first).
    public private(set) var viewport = 20
    /// Absolute index of `window[0]`, when known.
    private var windowStart: Int?
    private var atStart = false, atEnd = false, loaded = false
    private var lastRect: Rect?

    public init(source: Source, columns: [Column<Row>], emptyMessage: String, allowsMarks: Bool = false) {
        self.source = source
        self.columns = columns
        self.emptyMessage = emptyMessage
        self.allowsMarks = allowsMarks
    }

    // MARK: State for the view

    public var selectedRow: Row? { window.indices.contains(cursor) ? window[cursor] : nil }
    public var isEmpty: Bool { loaded && window.isEmpty }
    /// Absolute index (0-based) of the selected row, when known.
    public var selectedIndex: Int? { windowStart.map { $0 + cursor } }
    public var markedCount: Int { marks.count }
    public var markedIDs: Set<Source.RowID> { marks }
    /// Rows on screen now.
    public var visibleRows: ArraySlice<Row> { window[min(top, window.count)..<min(window.count, top + viewport)] }

    /// "124 из 1 000 000" / "124 of 1 000 000", or what part of it is known.
    /// "12 из 340"; a list paged by keyset without a count says what it
    /// knows: the exact total once every row is loaded, else "из 150+"
    /// (the rows seen so far, and more beyond them).
    public func positionText(_ language: Language) -> String {
        if loaded && window.isEmpty { return "" }   // the empty list's own message says it
        let of = language == .ru ? "из" : "of"
        let known: String? = source.count.map(TableView.group) ?? {
            guard loaded, let start = windowStart else { return nil }
            let seen = start + window.count
            return atEnd ? TableView.group(seen) : TableView.group(seen) + "+"
        }()
        switch (selectedIndex, known) {
        case let (i?, n?): return "\(TableView.group(i + 1)) \(of) \(n)"
        case let (nil, n?): return n
        case let (i?, nil): return "\(TableView.group(i + 1))"
        default:
            // Read from the end without a count: the place is not known, only that it is the end.
            guard loaded, atEnd, !window.isEmpty else { return "" }
            return cursor == window.count - 1 ? (language == .ru ? "конец списка" : "end of the list") : ""
        }
    }

    /// Thousands grouped by spaces, the Russian way ("1 000 000").
    static func group(_ n: Int) -> String {
        let s = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, c) in s.enumerated() {
            if i > 0, (s.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }

    // MARK: Loading

    private var pageSize: Int { max(1, viewport) }

    /// Loads the first page and puts the cursor on the first row.
    public mutating func loadFirst() {
        window = source.rows(after: nil, limit: pageSize)
        atStart = true
        atEnd = window.count < pageSize
        windowStart = 0
        cursor = 0; top = 0; loaded = true
    }

    /// Loads the last page and puts the cursor on the last row.
    public mutating func loadLast() {
        window = source.rows(before: nil, limit: pageSize)
        atEnd = true
        atStart = window.count < pageSize
        windowStart = atStart ? 0 : source.count.map { $0 - window.count }
        cursor = max(0, window.count - 1); top = max(0, window.count - viewport); loaded = true
    }

    /// Re-reads the rows on screen (another user changed them; a sort
    /// changed), keeping the selected row selected if it still exists and
    /// on the same screen line. Costs about one screenful of rows.
    public mutating func reload() {
        guard loaded, let current = selectedRow else { loadFirst(); settle(); return }
        let currentID = source.id(of: current)
        let line = cursor - top
        let oldIndex = selectedIndex
        // The rows above the selection on screen, plus one to read from.
        let above = source.rows(before: current, limit: line + 1)
        let limit = viewport - line + 1
        let fresh = source.rows(after: above.last, limit: limit)   // includes the current row, re-read
        window = above + fresh
        atStart = above.count < line + 1
        atEnd = fresh.count < limit
        windowStart = atStart ? 0 : oldIndex.map { $0 - above.count }
        cursor = window.firstIndex { source.id(of: $0) == currentID } ?? min(above.count, max(0, window.count - 1))
        top = max(0, cursor - line)
        loaded = true
        settle()
    }

    /// After an action on the row `id` (the one selected when it began):
    /// the list re-read around the cursor, the selection kept on that row
    /// wherever it now is on screen; if the row left the list (the filter no
    /// longer holds it, it was removed) its neighbour takes the line, and
    /// false says so — the view adds `WorkedRow.leftNote` to its message.
    @discardableResult
    public mutating func reloadAfterAction() -> Bool {
        guard let row = selectedRow else { reload(); return true }
        return reload(keeping: source.id(of: row))
    }

    @discardableResult
    public mutating func reload(keeping id: Source.RowID) -> Bool {
        reload()
        if let current = selectedRow, source.id(of: current) == id { return true }
        guard let i = window.firstIndex(where: { source.id(of: $0) == id }) else { return false }
        let line = cursor - top
        cursor = i
        top = max(0, cursor - max(0, line))
        settle()
        return true
    }

    /// Puts the selection on `fresh` (a row just read again) where it now is
    /// in the list's order, on the same screen line: a request whose priority
    /// changed moves, and the cursor goes with it rather than landing on
    /// whatever slid into its place. False, and nothing changed, when the row
    /// no longer belongs to the list (it left the filter).
    public mutating func follow(_ fresh: Row) -> Bool {
        let id = source.id(of: fresh)
        let line = max(0, cursor - top)
        let above = source.rows(before: fresh, limit: line + 1)
        let want = viewport - min(line, above.count) + 1
        // The first row of the list after the one above it is the row itself, if it belongs.
        let from = source.rows(after: above.last, limit: want)
        guard let first = from.first, source.id(of: first) == id else { return false }
        window = above + from
        atStart = above.count < line + 1
        atEnd = from.count < want
        windowStart = atStart ? 0 : nil
        cursor = above.count
        top = max(0, cursor - line)
        loaded = true
        settle()
        return true
    }

    /// Appends the next rows; returns how many came.
    @discardableResult
    private mutating func fetchForward(_ limit: Int) -> Int {
        guard !atEnd else { return 0 }
        let more = source.rows(after: window.last, limit: limit)
        window += more
        if more.count < limit { atEnd = true }
        return more.count
    }

    /// Prepends the previous rows (indices shift by the count returned).
    @discardableResult
    private mutating func fetchBackward(_ limit: Int) -> Int {
        guard !atStart, let first = window.first else { atStart = true; return 0 }
        let more = source.rows(before: first, limit: limit)
        window.insert(contentsOf: more, at: 0)
        cursor += more.count; top += more.count
        windowStart = windowStart.map { $0 - more.count }
        if more.count < limit { atStart = true; windowStart = 0 }
        return more.count
    }

    /// Keeps the cursor on screen, the screen filled, and the window bounded.
    private mutating func settle() {
        guard !window.isEmpty else { cursor = 0; top = 0; return }
        cursor = max(0, min(cursor, window.count - 1))
        if cursor < top { top = cursor }
        if cursor >= top + viewport { top = cursor - viewport + 1 }
        if top + viewport > window.count, !atEnd { fetchForward(max(pageSize, top + viewport - window.count)) }
        if top + viewport > window.count {
            // Near the end: pull the view back so the screen stays full.
            if window.count < top + viewport, top == 0, !atStart, atEnd { fetchBackward(viewport - window.count) }
            top = max(0, min(top, window.count - viewport))
        }
        trim()
    }

    /// Drops rows far from the screen, so the window stays a few screens long.
    private mutating func trim() {
        let keep = viewport * 3 + 8
        guard window.count > keep else { return }
        let front = min(window.count - keep, max(0, top - viewport))
        if front > 0 {
            window.removeFirst(front)
            cursor -= front; top -= front
            windowStart = windowStart.map { $0 + front }
            atStart = false
        }
        let backFrom = max(top + 2 * viewport, cursor + 1)
        if window.count > keep, backFrom < window.count {
            window.removeSubrange(max(backFrom, keep)..<window.count)
            atEnd = false
        }
    }

    // MARK: Moving

    /// Moves the cursor by `delta` rows, reading pages as needed. With
    /// `page`, the view scrolls by the same amount (PgUp/PgDn keep the
    /// cursor on its screen line).
    public mutating func move(by delta: Int, page: Bool = false) {
        if !loaded { loadFirst() }
        guard !window.isEmpty else { return }
        var target = cursor + delta
        while target >= window.count, !atEnd {
            if fetchForward(max(pageSize, target - window.count + 1)) == 0 { break }
        }
        while target < 0, !atStart {
            let n = fetchBackward(max(pageSize, -target))
            if n == 0 { break }
            target += n
        }
        target = max(0, min(target, window.count - 1))
        if page { top = max(0, top + (target - cursor)) }
        cursor = target
        settle()
    }

    public mutating func moveToFirst() {
        if loaded && atStart { cursor = 0; top = 0; settle() } else { loadFirst(); settle() }
    }

    public mutating func moveToLast() {
        if loaded && atEnd {
            cursor = max(0, window.count - 1); settle()
        } else {
            loadLast(); settle()
        }
    }

    // MARK: Marks and sort

    /// Marks or unmarks the selected row.
    public mutating func toggleMark() {
        guard let row = selectedRow else { return }
        let id = source.id(of: row)
        if marks.contains(id) { marks.remove(id) } else { marks.insert(id) }
    }

    public mutating func clearMarks() { marks.removeAll() }

    public func isMarked(_ row: Row) -> Bool { marks.contains(source.id(of: row)) }

    /// Sorts by a column key (nil: the source's natural order) and reloads,
    /// keeping the selected row selected.
    public mutating func setSort(_ newSort: TableSort?) {
        sort = newSort
        source.apply(sort: newSort)
        reload()
    }

    /// The header click: sort by this column, or flip the direction if it already is.
    public mutating func sortBy(column key: String) {
        if let s = sort, s.column == key { setSort(TableSort(column: key, ascending: !s.ascending)) }
        else { setSort(TableSort(column: key, ascending: true)) }
    }

    /// Steps through the sort orders: natural, col1 ↑, col1 ↓, col2 ↑, …
    private mutating func stepSort(forward: Bool) -> Bool {
        var orders: [TableSort?] = [nil]
        for key in columns.compactMap(\.sortKey) {
            orders.append(TableSort(column: key, ascending: true))
            orders.append(TableSort(column: key, ascending: false))
        }
        guard orders.count > 1 else { return false }
        let i = orders.firstIndex { $0 == sort } ?? 0
        setSort(orders[(i + (forward ? 1 : orders.count - 1)) % orders.count])
        return true
    }

    // MARK: Input

    public mutating func handle(_ event: InputEvent) -> TableOutcome {
        if !loaded { loadFirst() }
        switch event {
        case .key(let key): return handle(key)
        case .mouse(let m): return handle(mouse: m)
        default: return .ignored
        }
    }

    /// Keys go through the same list the help shows (`keyBindings`), so
    /// none can be handled without being listed, and the Russian layout's
    /// twins come with them.
    private mutating func handle(_ key: Key) -> TableOutcome {
        let bindings = allowsMarks ? TableKeys.marking : TableKeys.plain
        guard let action = KeyBinding.action(for: key, in: bindings) else { return .ignored }
        let before = selectedRow.map(source.id(of:))
        switch action {
        case "table.up": move(by: -1)
        case "table.down": move(by: 1)
        case "table.pageUp": move(by: -pageSize, page: true)
        case "table.pageDown": move(by: pageSize, page: true)
        case "table.halfUp": move(by: -max(1, pageSize / 2), page: true)
        case "table.halfDown": move(by: max(1, pageSize / 2), page: true)
        case "table.first": moveToFirst()
        case "table.last": moveToLast()
        case "table.open": return selectedRow == nil ? .handled : .activated
        case "table.mark":
            guard selectedRow != nil else { return .handled }
            toggleMark()
            move(by: 1)
            return .marksChanged
        case "table.sortNext": return stepSort(forward: key != .char("<")) ? .sortChanged : .ignored
        default: return .ignored
        }
        return selectedRow.map(source.id(of:)) == before ? .handled : .cursorMoved
    }

    private mutating func handle(mouse m: MouseEvent) -> TableOutcome {
        let before = selectedRow.map(source.id(of:))
        switch m.button {
        case .wheelUp: move(by: -3)
        case .wheelDown: move(by: 3)
        case .left:
            guard let r = lastRect, r.contains(x: m.x, y: m.y) else { return .ignored }
            let y = m.y - r.y
            if y == 0 {   // header: sort by the clicked column
                for (i, span) in columnSpans(width: r.width).enumerated() where (m.x - r.x) >= span.x && (m.x - r.x) < span.x + span.width {
                    guard let key = columns[i].sortKey else { return .handled }
                    sortBy(column: key)
                    return .sortChanged
                }
                return .handled
            }
            let index = top + y - 1
            guard window.indices.contains(index) else { return .handled }
            if index == cursor { return .activated }
            cursor = index
            settle()
        default: return .ignored
        }
        return selectedRow.map(source.id(of:)) == before ? .handled : .cursorMoved
    }

    /// The key bindings of a table, for the help overlay of a view using one.
    public static func keyBindings(allowsMarks: Bool) -> [KeyBinding] {
        allowsMarks ? TableKeys.marking : TableKeys.plain
    }

    // MARK: Drawing

    private var gutter: Int { allowsMarks ? 2 : 0 }

    /// Column positions for a table `width` cells wide (x relative to the table).
    private func columnSpans(width: Int) -> [(x: Int, width: Int)] {
        let widths = ColumnWidth.resolve(columns.map(\.width), total: width - gutter)
        var x = gutter
        return widths.map { w in defer { x += w + 1 }; return (x, w) }
    }

    private func aligned(_ text: String, width: Int, _ alignment: ColumnAlignment) -> String {
        let t = TextWidth.fit(Sanitizer.oneLine(text), width: width)
        switch alignment {
        case .left: return t
        case .right: return TextWidth.padLeft(t, width: width)
        case .center:
            let pad = max(0, (width - TextWidth.of(t)) / 2)
            return String(repeating: " ", count: pad) + t
        }
    }

    /// How many leading columns the `leading` selection covers: enough for
    /// `SelectionSpan.leadingWidth` cells (a narrow «№» alone is too little).
    private func leadingColumnCount(_ spans: [(x: Int, width: Int)]) -> Int {
        for (i, span) in spans.enumerated() where span.x + span.width >= SelectionSpan.leadingWidth { return i + 1 }
        return spans.count
    }

    /// Draws the header on row 0 and the rows below; loads what is needed
    /// for the current size first (a resize may need more rows).
    public mutating func render(into painter: Painter) {
        lastRect = painter.rect
        guard painter.width > 0, painter.height > 0 else { return }
        viewport = max(1, painter.height - 1)
        if !loaded { loadFirst() }
        settle()
        let spans = columnSpans(width: painter.width)
        let leadingColumns = leadingColumnCount(spans)

        painter.fill(role: .header, y: 0)
        if allowsMarks, !marks.isEmpty { painter.text("✓", y: 0, role: .header) }
        for (i, col) in columns.enumerated() where spans[i].width > 0 {
            var title = col.title
            if let key = col.sortKey, let s = sort, s.column == key {
                // The arrow always shows, even when the title must be cut.
                title = TextWidth.fit(Sanitizer.oneLine(col.title), width: max(0, spans[i].width - 2)) + (s.ascending ? " ▲" : " ▼")
            }
            painter.text(aligned(title, width: spans[i].width, col.alignment), x: spans[i].x, y: 0, role: .header,
                         maxWidth: spans[i].width)
        }

        if window.isEmpty {
            let body = painter.sub(Rect(x: 0, y: 1, width: painter.width, height: painter.height - 1))
            let msg = TextWidth.fit(Sanitizer.oneLine(noMatchMessage ?? emptyMessage), width: body.width)
            body.text(msg, x: max(0, (body.width - TextWidth.of(msg)) / 2), y: max(0, (body.height - 1) / 2), role: .muted)
            if isFocused { painter.cursor(x: 0, y: 0) }
            return
        }

        for line in 0..<viewport {
            let index = top + line
            guard index < window.count else { break }
            let row = window[index]
            let y = line + 1
            let selected = index == cursor
            let marked = allowsMarks && marks.contains(source.id(of: row))
            let rowRole: StyleRole? = selected ? (isFocused ? .selection : .selectionInactive) : (marked ? .marked : nil)
            // The selection covers the whole row or only its leading columns (Theme.selectionSpan).
            let styledColumns = selected && painter.theme.selectionSpan == .leading ? leadingColumns : columns.count
            if let rowRole {
                if styledColumns < columns.count, let end = spans.prefix(styledColumns).last.map({ $0.x + $0.width }) {
                    painter.sub(Rect(x: 0, y: y, width: end, height: 1)).fill(role: rowRole, y: 0)
                } else {
                    painter.fill(role: rowRole, y: y)
                }
            }
            if marked { painter.text("✓", y: y, role: rowRole ?? .marked) }
            for (i, col) in columns.enumerated() where spans[i].width > 0 {
                let cell = col.cell(row)
                let role = i < styledColumns ? (rowRole ?? cell.role ?? .text) : (cell.role ?? .text)
                painter.text(aligned(cell.text, width: spans[i].width, col.alignment), x: spans[i].x, y: y,
                             role: role, maxWidth: spans[i].width)
            }
        }
        if isFocused { painter.cursor(x: 0, y: cursor - top + 1) }
    }
}

/// The cursor rule of every list (issue 19): after an action the selection
/// stays with the row worked on; a row that left the list says so.
public enum WorkedRow {
    /// The note a message gets when the worked row left the list, the same words everywhere.
    public static func leftNote(_ language: Language) -> String {
        language == .ru ? " · строка ушла из списка" : " · the row left the list"
    }

    /// `result` with the note, when the row left.
    public static func noting(_ result: ViewResult, stayed: Bool, _ language: Language) -> ViewResult {
        guard !stayed, case .message(let text, let kind) = result else { return result }
        return .message(text + leftNote(language), kind)
    }
}
