import Domain

/// A command offered by the palette: every action of the app by name.
public struct PaletteCommand: Hashable, Sendable {
    public var id: String
    public var name: Phrase
    /// The key that does the same, shown on the right ("Ctrl+S", "a").
    public var keyHint: String?
    /// Other words it should be found by, in any language ("выход quit
    /// exit" for "Выйти из программы"): names are verbs, people type nouns.
    public var keywords: [String]
    /// Added to a match's score: opening a tab by its name outranks another
    /// tab's action that has the same word («запрос» finds «Открыть: Запросы»
    /// before «Новый запрос»).
    public var boost: Int

    public init(id: String, name: Phrase, keyHint: String? = nil, keywords: [String] = [], boost: Int = 0) {
        self.id = id; self.name = name; self.keyHint = keyHint; self.keywords = keywords; self.boost = boost
    }

    /// The palette entry for a view's key binding: same id, label and key.
    public init(_ binding: KeyBinding, keywords: [String] = []) {
        self.init(id: binding.action, name: binding.label, keyHint: binding.keys.first.map(KeySyntax.describe),
                  keywords: keywords)
    }
}

/// What a key did to the palette.
public enum PaletteOutcome: Hashable, Sendable {
    case handled
    /// The user picked a command: run it.
    case chosen(String)
    case cancelled
}

/// The `:` command palette: type to filter the commands (fuzzy, see
/// `Fuzzy`), Up/Down to select, Enter runs, Esc closes.
///
/// Ranking: a match in the name in the interface language first; then a
/// keyword; then the name in the other language (so "quit" still works in
/// the Russian interface). Among equal scores the app's own order stays.
/// With nothing typed, the commands run most recently come first.
public struct CommandPalette {
    public let commands: [PaletteCommand]
    public let language: Language
    public var title: String
    /// Ids of the commands run lately, latest first.
    public let recent: [String]
    private var list = ModalList()
    /// The commands that match the query, best first, with the letters to highlight.
    public private(set) var matches: [(command: PaletteCommand, positions: Set<Int>)] = []

    public init(commands: [PaletteCommand], language: Language, title: String? = nil, recent: [String] = []) {
        self.commands = commands
        self.language = language
        self.recent = recent
        self.title = title ?? (language == .ru ? "Команды" : "Commands")
        refilter()
    }

    public var query: String { list.query.text }
    public var selectedCommand: PaletteCommand? { matches.indices.contains(list.selected) ? matches[list.selected].command : nil }

    /// Replaces the query (as if typed).
    public mutating func setQuery(_ text: String) {
        list.query.text = text
        list.selected = 0
        refilter()
    }

    public mutating func handle(_ event: InputEvent) -> PaletteOutcome {
        switch list.handle(event, count: matches.count) {
        case .cancel: return .cancelled
        case .choose(let i): return .chosen(matches[i].command.id)
        case .queryChanged: refilter(); return .handled
        case .none, .moved: return .handled
        }
    }

    /// The score of one command for a query; nil when it does not match.
    public static func score(_ command: PaletteCommand, query: String, language: Language) -> (score: Int, positions: Set<Int>)? {
        let name = command.name.text(language)
        if let m = Fuzzy.match(query, in: name) { return (m.score * 4, m.positions) }
        if !command.keywords.isEmpty, let m = Fuzzy.match(query, in: command.keywords.joined(separator: " "), scattered: false) {
            return (m.score * 3, [])
        }
        let other = command.name.text(language == .ru ? .en : .ru)
        if let m = Fuzzy.match(query, in: other, scattered: false) { return (m.score * 2, []) }
        return nil
    }

    /// One command that matches the query, with what orders it.
    private struct Ranked {
        let score: Int
        let order: Int
        let command: PaletteCommand
        let positions: Set<Int>
    }

    private mutating func refilter() {
        let q = list.query.text
        // Nothing typed: recent ones first (in the order they were run), then the rest as listed.
        let recent = self.recent
        var ranked: [Ranked] = []
        for (i, c) in commands.enumerated() {
            guard let s = CommandPalette.score(c, query: q, language: language) else { continue }
            let recency: Int = q.isEmpty ? (recent.firstIndex(of: c.id).map { recent.count - $0 } ?? 0) : 0
            let boost: Int = q.isEmpty ? 0 : c.boost
            ranked.append(Ranked(score: s.score + boost + recency, order: i, command: c, positions: s.positions))
        }
        ranked.sort { (a: Ranked, b: Ranked) -> Bool in a.score != b.score ? a.score > b.score : a.order < b.order }
        matches = ranked.map { (command: $0.command, positions: $0.positions) }
    }

    public mutating func render(into painter: Painter) {
        let rows = matches.map { ModalListRow(text: $0.command.name.text(language), positions: $0.positions, detail: $0.command.keyHint) }
        list.render(into: painter, title: title, rows: rows, capacity: commands.count,
                    emptyText: language == .ru ? "Ничего не найдено" : "No matching commands",
                    language: language, preferredWidth: 64)
    }
}
