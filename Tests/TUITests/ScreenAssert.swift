import XCTest
@testable import TUI

/// Snapshot assertions for screens drawn on a `MemoryTerminal`.
///
/// The screen is compared as text (`MemoryTerminal.snapshot()`): one line per
/// row, trailing spaces trimmed on both sides, trailing empty rows ignored on
/// both sides (so an expected text may list only the rows that matter from the
/// top; rows after the last non-empty one must be blank). A wide character
/// takes its cell and an empty right half, so `日本` occupies 4 columns in the
/// expected text exactly as on screen.
///
/// On failure both screens are printed line by line with a marker on the rows
/// that differ and a column ruler:
///
///     assertScreen(term, """
///         ┌ Заявки ───┐
///         │ 1 Иванов  │
///         └───────────┘
///         """)
func assertScreen(_ terminal: MemoryTerminal, _ expected: String,
                  file: StaticString = #filePath, line: UInt = #line) {
    if let diff = screenDiff(actual: terminal.snapshot(), expected: expected) {
        XCTFail("Screen differs from the expected one (\(terminal.size)):\n" + diff, file: file, line: line)
    }
}

/// Compares a single row (trailing spaces trimmed on both sides).
func assertScreenLine(_ terminal: MemoryTerminal, _ y: Int, _ expected: String,
                      file: StaticString = #filePath, line: UInt = #line) {
    let actual = trimTrailingSpaces(terminal.line(y))
    let want = trimTrailingSpaces(expected)
    if actual != want {
        XCTFail("Row \(y) differs:\n  expected: |\(want)|\n  actual:   |\(actual)|", file: file, line: line)
    }
}

/// Normalizes a screen text: trailing spaces trimmed per line, trailing empty lines dropped.
func normalizedScreenLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { trimTrailingSpaces(String($0)) }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
}

private func trimTrailingSpaces(_ s: String) -> String {
    var s = s
    while s.hasSuffix(" ") { s.removeLast() }
    return s
}

/// nil when the screens are equal; otherwise a readable side-by-side report:
/// every row of both, `>` marking the rows that differ.
func screenDiff(actual: String, expected: String) -> String? {
    let a = normalizedScreenLines(actual)
    let e = normalizedScreenLines(expected)
    if a == e { return nil }
    let count = max(a.count, e.count)
    let numberWidth = String(max(count - 1, 0)).count
    var widest = 0
    for l in a + e { widest = max(widest, l.count) }
    var out = ""
    var ruler = String(repeating: " ", count: numberWidth + 4)
    for i in 0..<max(widest, 1) {
        if i % 10 == 0 { ruler += String((i / 10) % 10) } else if i % 5 == 0 { ruler += "+" } else { ruler += "·" }
    }
    var differing: [Int] = []
    out += "--- expected\n" + ruler + "\n"
    for i in 0..<count {
        let el = i < e.count ? e[i] : ""
        let al = i < a.count ? a[i] : ""
        let mark = el == al ? " " : ">"
        if el != al { differing.append(i) }
        out += "\(mark) \(pad(i, numberWidth)) |" + el + (i < e.count ? "|" : "  (no line)") + "\n"
    }
    out += "+++ actual\n" + ruler + "\n"
    for i in 0..<count {
        let el = i < e.count ? e[i] : ""
        let al = i < a.count ? a[i] : ""
        let mark = el == al ? " " : ">"
        out += "\(mark) \(pad(i, numberWidth)) |" + al + (i < a.count ? "|" : "  (no line)") + "\n"
    }
    out += "rows that differ: " + differing.map(String.init).joined(separator: ", ")
    if let first = differing.first {
        let el = first < e.count ? Array(e[first]) : []
        let al = first < a.count ? Array(a[first]) : []
        var col = 0
        while col < el.count, col < al.count, el[col] == al[col] { col += 1 }
        out += "; first difference at row \(first), character \(col)"
    }
    return out
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, width - s.count)) + s
}
