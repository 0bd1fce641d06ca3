import Domain

/// The write boundary for free text: the store functions that write what a
/// user typed, pasted or imported bind their values through `cleaned`, so no
/// entry point (an import, a form, a command-line argument) can store an
/// escape sequence or a bidi control, even one that forgot to clean.
enum StoredValues {
    /// The values with every text cleaned by `StoredText.clean` (line breaks kept).
    static func cleaned(_ values: [SQLBindable]) -> [SQLBindable] {
        values.map { value in
            if case .text(let s) = value.sqlValue, !StoredText.isClean(s) { return SQLValue.text(StoredText.clean(s)) }
            return value
        }
    }

    static func cleaned(_ assignments: [(String, SQLBindable)]) -> [(String, SQLBindable)] {
        zip(assignments.map(\.0), cleaned(assignments.map(\.1))).map { ($0, $1) }
    }
}
