/// Matching typed text against names, for the command palette and pickers.
///
/// Russian users type words, often a word's beginning, often in another
/// grammatical form than the name has ("заявки" for "Заявка"), sometimes a
/// few scattered letters like fzf. So each typed word is tried, best first:
///
/// 1. the beginning of a word of the name ("прог" in "Выйти из программы");
/// 2. the same stem with another ending: a typed word of 4+ letters matches
///    a name word sharing all but its last two letters ("заявки" ~ "заявка");
/// 3. a piece inside a word;
/// 4. (palette only) a subsequence, scored for word starts and contiguity.
///
/// Comparison ignores case in any script (Swift's `lowercased()`, which is
/// Unicode-aware, unlike SQL's `lower()`), and `ё` equals `е`.
public struct FuzzyMatch: Hashable, Sendable {
    /// Higher is better; only comparable between matches of the same query.
    public var score: Int
    /// Offsets (in characters of the original text) to highlight.
    public var positions: Set<Int>
}

public enum Fuzzy {
    /// Lower-cases one character and folds `ё` into `е`. One character in,
    /// one out, so offsets in the normalized text are offsets in the original.
    public static func fold(_ c: Character) -> Character {
        if c == "ё" || c == "Ё" { return "е" }
        let lower = c.lowercased()
        return lower.count == 1 ? Character(lower) : (lower.first ?? c)
    }

    public static func normalize(_ text: String) -> [Character] { text.map(fold) }

    /// The typed words of a query, normalized.
    static func tokens(_ query: String) -> [[Character]] {
        query.split(whereSeparator: { $0.isWhitespace }).map { normalize(String($0)) }
    }

    static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Scores `query` against `text`; nil when some typed word is not found.
    /// An empty query matches everything with score 0.
    /// `scattered: false` turns off subsequence matching (pickers filter by
    /// whole pieces, so a long list does not fill with accidental hits).
    public static func match(_ query: String, in text: String, scattered: Bool = true) -> FuzzyMatch? {
        let toks = tokens(query)
        if toks.isEmpty { return FuzzyMatch(score: 0, positions: []) }
        return match(toks, in: FoldedText(text), scattered: scattered)
    }

    /// `match` on text folded beforehand (a picker folds each name once).
    static func match<E: Hashable>(_ toks: [[E]], in hay: FoldedText<E>, scattered: Bool) -> FuzzyMatch? {
        var total = 0
        var positions = Set<Int>()
        for t in toks {
            guard let m = matchToken(t, in: hay, scattered: scattered) else { return nil }
            total += m.score
            positions.formUnion(m.positions)
        }
        return FuzzyMatch(score: total, positions: positions)
    }

    static func wordStarts(_ hay: [Character]) -> [Int] {
        FoldedText<Character>.wordStarts(hay.map(isWordChar))
    }

    static func matchToken<E: Hashable>(_ t: [E], in text: FoldedText<E>, scattered: Bool) -> FuzzyMatch? {
        let hay = text.chars
        guard !t.isEmpty, t.count <= hay.count || t.count >= 4 else { return nil }
        // 1. Beginning of a word. The first word and whole-word hits rank higher.
        var best: FuzzyMatch?
        func consider(_ m: FuzzyMatch) { if best == nil || m.score > best?.score ?? Int.min { best = m } }
        for s in text.wordStarts where s + t.count <= hay.count && hay[s..<(s + t.count)].elementsEqual(t) {
            let end = s + t.count
            let whole = end == hay.count || !text.isWord[end]
            consider(FuzzyMatch(score: 100 + (s == 0 ? 30 : 0) + (whole ? 10 : 0), positions: Set(s..<end)))
        }
        if let best { return best }
        // 2. Same stem, another ending.
        if t.count >= 4 {
            let need = max(3, t.count - 2)
            for s in text.wordStarts {
                let p = text.commonPrefix(t, at: s)
                if p >= need { consider(FuzzyMatch(score: 60 + p + (s == 0 ? 10 : 0), positions: Set(s..<(s + p)))) }
            }
            if let best { return best }
        }
        // 3. A piece inside a word.
        if let s = text.firstPiece(t) { return FuzzyMatch(score: 40, positions: Set(s..<(s + t.count))) }
        // 4. Scattered letters.
        return scattered ? subsequence(t, in: hay, wordStarts: Set(text.wordStarts)) : nil
    }

    /// Whether `matchToken` would find `t` (the same tiers), without
    /// building the match: what filtering needs for every item.
    static func tokenMatches<E: Hashable>(_ t: [E], in text: FoldedText<E>, scattered: Bool) -> Bool {
        let hay = text.chars
        guard !t.isEmpty, t.count <= hay.count || t.count >= 4 else { return false }
        for s in text.wordStarts where s + t.count <= hay.count && hay[s..<(s + t.count)].elementsEqual(t) { return true }
        if t.count >= 4 {
            let need = max(3, t.count - 2)
            for s in text.wordStarts where text.commonPrefix(t, at: s) >= need { return true }
        }
        if text.firstPiece(t) != nil { return true }
        return scattered && subsequence(t, in: hay, wordStarts: Set(text.wordStarts)) != nil
    }

    /// Best subsequence alignment by dynamic programming: each matched letter
    /// earns 1, more at a word start, more when it follows the previous match.
    /// Scores stay below the piece-inside-a-word tier.
    static func subsequence<E: Equatable>(_ q: [E], in hay: [E], wordStarts: Set<Int>) -> FuzzyMatch? {
        let m = q.count, n = hay.count
        guard m <= n, m <= 64, n <= 512 else { return nil }
        let none = Int.min / 2
        // score[i][j]: best with q[i] placed at hay[j]; from[i][j]: where q[i-1] was placed.
        var score = Array(repeating: Array(repeating: none, count: n), count: m)
        var from = Array(repeating: Array(repeating: -1, count: n), count: m)
        for i in 0..<m {
            var bestBefore = none, bestBeforeAt = -1     // best of row i-1 over columns < j-1
            for j in 0..<n {
                if i > 0, j >= 2, score[i - 1][j - 2] > bestBefore { bestBefore = score[i - 1][j - 2]; bestBeforeAt = j - 2 }
                guard hay[j] == q[i] else { continue }
                let bonus = 1 + (wordStarts.contains(j) ? 8 : 0)
                if i == 0 { score[i][j] = bonus + (j == 0 ? 4 : 0); continue }
                var best = bestBefore, at = bestBeforeAt
                if j >= 1, score[i - 1][j - 1] > none, score[i - 1][j - 1] + 6 > best { best = score[i - 1][j - 1] + 6; at = j - 1 }
                if best > none { score[i][j] = best + bonus; from[i][j] = at }
            }
        }
        guard let end = (0..<n).max(by: { score[m - 1][$0] < score[m - 1][$1] }), score[m - 1][end] > none else { return nil }
        var positions = Set<Int>()
        var j = end
        for i in stride(from: m - 1, through: 0, by: -1) {
            positions.insert(j)
            if i > 0 { j = from[i][j] }
        }
        return FuzzyMatch(score: min(35, score[m - 1][end] / max(1, m) * 3), positions: positions)
    }
}

extension Painter {
    /// Draws one line of text with some characters (by offset) in
    /// `highlight`: the letters a search matched. Each character is
    /// sanitized on its own so offsets stay aligned; cut with `…` at
    /// `maxWidth` like `text`.
    public func highlighted(_ s: String, positions: Set<Int>, x: Int = 0, y: Int, role: StyleRole = .text,
                            highlight: StyleRole = .highlight, maxWidth: Int? = nil) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        let room = min(width - x, maxWidth ?? Int.max)
        guard room > 0 else { return }
        let chars = s.map { Sanitizer.clean(String($0)) }
        let total = chars.reduce(0) { $0 + TextWidth.of($1) }
        let limit = total > room ? room - 1 : room          // keep a cell for "…" when cut
        var col = x
        var run = "", runLit = false
        func flush() {
            if !run.isEmpty { text(run, x: col, y: y, role: runLit ? highlight : role); col += TextWidth.of(run) }
            run = ""
        }
        var used = 0
        for (i, c) in chars.enumerated() {
            let w = TextWidth.of(c)
            if used + w > limit { break }
            let lit = positions.contains(i)
            if lit != runLit { flush(); runLit = lit }
            run += c; used += w
        }
        flush()
        if total > room { text("…", x: col, y: y, role: role) }
    }
}
