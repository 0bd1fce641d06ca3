import Foundation

/// A text folded for matching (`Fuzzy.fold` of each character), with which
/// characters are letters or digits and where the words begin: what
/// `Fuzzy` needs of a name, computed once per name instead of once per
/// typed key.
///
/// `E` is `Character` for one-off matches, or `UInt32` codes (`FoldCodes`)
/// for a picker filtering thousands of names: comparing codes is an integer
/// compare, comparing Cyrillic `Character`s is a Unicode comparison.
struct FoldedText<E: Hashable> {
    let chars: [E]
    let isWord: [Bool]
    let wordStarts: [Int]

    init(chars: [E], isWord: [Bool]) {
        self.chars = chars
        self.isWord = isWord
        self.wordStarts = FoldedText.wordStarts(isWord)
    }

    static func wordStarts(_ isWord: [Bool]) -> [Int] {
        var out: [Int] = []
        for i in isWord.indices where isWord[i] && (i == 0 || !isWord[i - 1]) { out.append(i) }
        return out
    }

    /// How many characters of `t` the text has at `s`.
    func commonPrefix(_ t: [E], at s: Int) -> Int {
        var p = 0
        while p < t.count, s + p < chars.count, chars[s + p] == t[p] { p += 1 }
        return p
    }

    /// Where `t` first occurs, or nil.
    func firstPiece(_ t: [E]) -> Int? {
        guard !t.isEmpty, t.count <= chars.count else { return nil }
        let first = t[0]
        for s in 0...(chars.count - t.count) where chars[s] == first && chars[s..<(s + t.count)].elementsEqual(t) { return s }
        return nil
    }
}

extension FoldedText where E == Character {
    init(_ text: String) {
        let hay = Fuzzy.normalize(text)
        self.init(chars: hay, isWord: hay.map(Fuzzy.isWordChar))
    }
}

/// Folded characters as integer codes: two characters get the same code
/// exactly when their folds are equal `Character`s (canonically
/// equivalent). A fold that is one scalar in normal form C is coded by that
/// scalar, with a fast path for ASCII and Russian letters; any other
/// (an emoji sequence, a letter with a mark that has no precomposed form)
/// gets a code of its own above the Unicode range, remembered here.
struct FoldCodes {
    private var others: [String: UInt32] = [:]

    /// The code of a printable ASCII character or a basic Cyrillic letter
    /// (U+0400-U+045F), nil for any other scalar.
    @inline(__always)
    static func simple(_ v: UInt32) -> (code: UInt32, isWord: Bool)? {
        switch v {
        case 0x41...0x5A: return (v + 0x20, true)                     // A-Z
        case 0x30...0x39, 0x61...0x7A: return (v, true)
        case 0x20...0x7E: return (v, false)
        case 0x401, 0x451: return (0x435, true)                       // Ё ё → е
        case 0x400...0x40F: return (v + 0x50, true)                   // Ѐ-Џ
        case 0x410...0x42F: return (v + 0x20, true)                   // А-Я
        case 0x430...0x45F: return (v, true)
        default: return nil
        }
    }

    mutating func code(_ c: Character) -> (code: UInt32, isWord: Bool) {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let v = scalars.first?.value, let simple = FoldCodes.simple(v) { return simple }
        let folded = Fuzzy.fold(c)
        let isWord = Fuzzy.isWordChar(folded)
        let nfc = String(folded).precomposedStringWithCanonicalMapping
        let nfcScalars = nfc.unicodeScalars
        if nfcScalars.count == 1, let v = nfcScalars.first?.value { return (v, isWord) }
        if let known = others[nfc] { return (known, isWord) }
        let new = 0x11_0000 + UInt32(others.count)
        others[nfc] = new
        return (new, isWord)
    }

    mutating func fold(_ text: String) -> FoldedText<UInt32> {
        var chars: [UInt32] = [], isWord: [Bool] = []
        chars.reserveCapacity(text.utf8.count / 2)
        isWord.reserveCapacity(text.utf8.count / 2)
        // Names are mostly such scalars, each a character of its own: no grapheme breaking needed.
        if text.unicodeScalars.allSatisfy({ FoldCodes.simple($0.value) != nil }) {
            for u in text.unicodeScalars {
                guard let (code, word) = FoldCodes.simple(u.value) else { break }
                chars.append(code); isWord.append(word)
            }
            return FoldedText(chars: chars, isWord: isWord)
        }
        for c in text {
            let (code, word) = code(c)
            chars.append(code); isWord.append(word)
        }
        return FoldedText(chars: chars, isWord: isWord)
    }

    /// The typed words of a query, coded (as `Fuzzy.tokens`).
    mutating func tokens(_ query: [Character]) -> [[UInt32]] {
        query.split(whereSeparator: { $0.isWhitespace }).map { word in word.map { code($0).code } }
    }
}
