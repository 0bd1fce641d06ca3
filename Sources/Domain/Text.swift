/// Small text helpers the rules share (no Foundation in Domain).
extension String {
    /// Empty or only whitespace (spaces, tabs, newlines, NBSP).
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Without leading and trailing whitespace.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
