/// A terminal in memory: a grid of cells. Used by tests (snapshots), the
/// headless mode and the benchmark. Input comes from a queue of events.
public final class MemoryTerminal: Terminal {
    public struct Cell: Hashable, Sendable {
        /// The character drawn here; "" for the right half of a wide character.
        public var text: String
        public var style: Style
        public static let blank = Cell(text: " ", style: .plain)
    }

    public private(set) var size: Size
    public var hasColors: Bool
    public private(set) var cells: [[Cell]]
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var framesPresented = 0
    /// Events `nextEvent` hands out, first to last; `.tick` when empty.
    public var pendingEvents: [InputEvent] = []

    public init(size: Size, hasColors: Bool = true) {
        self.size = size
        self.hasColors = hasColors
        self.cells = MemoryTerminal.blankGrid(size)
    }

    static func blankGrid(_ size: Size) -> [[Cell]] {
        Array(repeating: Array(repeating: Cell.blank, count: max(0, size.width)), count: max(0, size.height))
    }

    /// Changes the size, as a terminal window would, and queues the resize event.
    public func resize(to newSize: Size) {
        size = newSize
        cells = MemoryTerminal.blankGrid(newSize)
        pendingEvents.append(.resize(newSize))
    }

    public func beginFrame() {
        cells = MemoryTerminal.blankGrid(size)
        cursor = nil
    }

    public func put(_ text: String, x: Int, y: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        var col = x
        for ch in text {
            let w = TextWidth.of(character: ch)
            if w == 0 {  // a combining mark or joiner: joins the previous cell
                if col > 0, col - 1 < size.width, col - 1 >= 0 { cells[y][col - 1].text.append(ch) }
                continue
            }
            if col + w > size.width { break }
            if col >= 0 {
                clearWide(at: col, y: y)
                cells[y][col] = Cell(text: String(ch), style: style)
                if w == 2 { clearWide(at: col + 1, y: y); cells[y][col + 1] = Cell(text: "", style: style) }
            }
            col += w
        }
    }

    /// Overwriting half of a wide character blanks its other half, as terminals do.
    private func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        if cells[y][x].text.isEmpty, x > 0 { cells[y][x - 1] = .blank }
        if x + 1 < size.width, cells[y][x + 1].text.isEmpty, TextWidth.of(cells[y][x].text) == 2 { cells[y][x + 1] = .blank }
    }

    public func setCursor(x: Int, y: Int) { cursor = (x, y) }
    public func hideCursor() { cursor = nil }
    public func present() { framesPresented += 1 }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        pendingEvents.isEmpty ? .tick : pendingEvents.removeFirst()
    }

    /// The screen as text, one line per row, trailing spaces kept so widths are visible.
    public func text() -> String {
        cells.map { row in row.map(\.text).joined() }.joined(separator: "\n")
    }

    /// The screen as text with trailing spaces trimmed: the form snapshots are kept in.
    public func snapshot() -> String {
        cells.map { row -> String in
            var line = row.map(\.text).joined()
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The style of the cell at (x, y).
    public func style(x: Int, y: Int) -> Style? {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return nil }
        return cells[y][x].style
    }

    /// Row `y` as text.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        return cells[y].map(\.text).joined()
    }
}
