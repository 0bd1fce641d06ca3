import Domain

/// What an empty list says when a filter or search left nothing: the words
/// typed, so the user sees it is the query, not the data, that is empty.
public enum EmptyText {
    /// «Ничего не найдено по «ива»».
    public static func noMatch(_ query: String) -> Phrase {
        let q = Sanitizer.oneLine(query).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return Phrase("Ничего не найдено по «\(q)»", "Nothing found for “\(q)”")
    }
}
