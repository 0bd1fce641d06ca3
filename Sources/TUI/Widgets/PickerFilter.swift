/// The filtering of a picker, incremental so that a key costs the same with
/// 3,000 names and a 200-character query as with 19 directions and one
/// letter.
///
/// Matching is monotone: when the query grows, each typed word is the same
/// or longer and more words may follow, and a longer word is found only
/// where its beginning is (word start, stem or piece, `Fuzzy.matchToken`),
/// so the names matching the longer query are among those matching the
/// shorter one. So the filter keeps, for each query typed so far, the
/// names it matched (a stack): a key narrows the last set, testing only the
/// words that changed; Backspace goes back to a kept set. Names are folded
/// once, on the first key; match positions (the highlight) are worked out
/// only for the rows drawn.
struct PickerFilter {
    private let titles: [String]
    private var folded: [FoldedText<UInt32>?]
    private var codes = FoldCodes()
    private struct State {
        var query: [Character]
        var tokens: [[UInt32]]
        /// The tokens without repeats: what the highlight needs ("а а а" lights what "а" does).
        var distinct: [[UInt32]]
        /// Indices of the matching titles, in the caller's order.
        var matches: [Int]
    }
    /// The empty query first; each next one extends the one before.
    private var states: [State]

    init(titles: [String]) {
        self.titles = titles
        self.folded = Array(repeating: nil, count: titles.count)
        self.states = [State(query: [], tokens: [], distinct: [], matches: Array(titles.indices))]
    }

    /// Indices of the titles matching the query now.
    var matches: [Int] { states[states.count - 1].matches }

    /// Makes `query` the current query.
    mutating func update(query: [Character]) {
        while states.count > 1, !query.starts(with: states[states.count - 1].query) { states.removeLast() }
        let base = states[states.count - 1]
        guard query != base.query else { return }
        let tokens = codes.tokens(query)
        // The words that differ from the base query's: at most its last one, and the new ones.
        var changed = 0
        while changed < base.tokens.count, changed < tokens.count, base.tokens[changed] == tokens[changed] { changed += 1 }
        let test = tokens[changed...]
        var matches = base.matches
        if !test.isEmpty {
            matches = []
            for i in base.matches {
                let hay = foldedTitle(i)
                if test.allSatisfy({ Fuzzy.tokenMatches($0, in: hay, scattered: false) }) { matches.append(i) }
            }
        }
        var seen = Set<[UInt32]>()
        let distinct = tokens.filter { seen.insert($0).inserted }
        states.append(State(query: query, tokens: tokens, distinct: distinct, matches: matches))
    }

    /// The letters of title `i` that the current query matched.
    mutating func positions(of i: Int) -> Set<Int> {
        let tokens = states[states.count - 1].distinct
        guard !tokens.isEmpty else { return [] }
        return Fuzzy.match(tokens, in: foldedTitle(i), scattered: false)?.positions ?? []
    }

    private mutating func foldedTitle(_ i: Int) -> FoldedText<UInt32> {
        if let f = folded[i] { return f }
        let f = codes.fold(titles[i])
        folded[i] = f
        return f
    }
}
