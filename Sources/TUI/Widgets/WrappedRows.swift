/// Where the rows of a wrapped note begin, kept between frames and redone
/// only where the text changed, so that a key in a 4,000-character note
/// costs a row or two of measuring, not the whole text.
///
/// The wrapping is prose-like: rows break at line breaks; a character that
/// does not fit moves to the next row, and takes along the end of its word
/// when the row has a space before it (not as its last cell); a space that
/// does not fit begins the next row; a word longer than the row breaks
/// where it must. A row's extent depends only on the text from its first
/// character on, so after an edit the layout is redone from the row before
/// the edited one (which may take back the start of the edited row) until
/// a row begins where an old row began, shifted by what the edit added:
/// from there the old rows stand.
struct WrappedRows: Sendable {
    /// The first character of each row; the last row may be empty (it then
    /// begins at the end of the text: after a final line break).
    private(set) var starts: [Int] = [0]
    /// Cells of the last row.
    private(set) var lastRowWidth = 0
    private var width = 0
    private var valid = false
    /// The edits since the last layout: before `low` nothing changed; from
    /// `high` on the text is the old text shifted by `delta`.
    private var low = Int.max, high = 0, delta = 0

    mutating func invalidate() { valid = false }

    mutating func inserted(at p: Int, count k: Int) {
        guard valid, k > 0 else { return }
        if low == Int.max { low = p; high = p + k } else {
            low = min(low, p)
            high = max(high >= p ? high + k : high, p + k)
        }
        delta += k
    }

    mutating func deleted(_ r: Range<Int>) {
        guard valid, !r.isEmpty else { return }
        if low == Int.max { low = r.lowerBound; high = r.lowerBound } else {
            low = min(low, r.lowerBound)
            high = max(high >= r.upperBound ? high - r.count : min(high, r.lowerBound), r.lowerBound)
        }
        delta -= r.count
    }

    /// Cells a character of the note takes (a line break: none).
    static func cells(_ c: Character) -> Int {
        c == "\n" ? 0 : TextWidth.of(Sanitizer.clean(String(c)))
    }

    /// The row beginning at `s`: where the next one begins (nil: this is
    /// the last) and this row's cells.
    static func row(from s: Int, in chars: [Character], width: Int) -> (next: Int?, cells: Int) {
        var col = 0
        var lastSpace = -1, colThroughSpace = 0
        var i = s
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { return (i + 1, col) }
            let w = cells(c)
            if col + w > width, i > s {
                if c != " ", lastSpace >= 0, lastSpace < i - 1 { return (lastSpace + 1, colThroughSpace) }
                return (i, col)
            }
            col += w
            if c == " " { lastSpace = i; colThroughSpace = col }
            i += 1
        }
        return (nil, col)
    }

    /// Brings the rows up to date with `chars` wrapped at `width` cells.
    mutating func layout(_ chars: [Character], width: Int) {
        defer { valid = true; self.width = width; low = Int.max; high = 0; delta = 0 }
        if valid, width == self.width, low == Int.max { return }
        var rows: [Int]
        var old: ArraySlice<Int> = []
        var from: Int
        if valid, width == self.width {
            // The row holding the first edited character, and the one before it.
            var r = 0, hi = starts.count - 1
            while r < hi { let m = (r + hi + 1) / 2; if starts[m] <= low { r = m } else { hi = m - 1 } }
            r = max(0, r - 1)
            rows = Array(starts[..<r])
            from = starts[r]
            old = starts[(r + 1)...]
        } else {
            rows = []
            from = 0
        }
        var s = from
        while true {
            rows.append(s)
            let (next, cells) = WrappedRows.row(from: s, in: chars, width: width)
            guard let next else { lastRowWidth = cells; break }
            s = next
            if s >= high {
                // An old row begins here too (before the edit, `delta` earlier): the rest stands.
                while let o = old.first, o + delta < s { old = old.dropFirst() }
                if let o = old.first, o + delta == s {
                    rows.append(contentsOf: old.map { $0 + delta })
                    starts = rows
                    return
                }
            }
        }
        starts = rows
    }

    /// The row holding character `i`.
    func row(of i: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi { let m = (lo + hi + 1) / 2; if starts[m] <= i { lo = m } else { hi = m - 1 } }
        return lo
    }
}
