import Foundation
/// Turns what a user typed into a safe FTS5 MATCH expression: each word
/// quoted (so `С-300` or an unbalanced `"` cannot break the query), ё folded
/// to е, and a prefix match (`"слов"*`) since there is no Russian stemmer.
public enum FullTextQuery {
    /// nil when nothing searchable was typed.
    public static func match(_ typed: String) -> String? {
        let words = SearchKey.fold(typed)
            .split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
            .map { $0.replacingOccurrences(of: "\"", with: "\"\"") }
            .filter { !$0.isEmpty && $0 != "\"\"" }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
