import Domain

/// One choice of a picker.
public struct PickerItem: Hashable, Sendable {
    public var id: String
    public var title: String
    /// Shown right-aligned and dimmed: a code, a load ("12 в работе").
    public var detail: String?
    public init(id: String, title: String, detail: String? = nil) { self.id = id; self.title = title; self.detail = detail }
}

/// What a key did to a picker.
public enum PickerOutcome: Hashable, Sendable {
    case handled
    case picked(String)
    case cancelled
}

/// A modal list to choose one item (a direction of the 19, an assignee):
/// type to find, Up/Down, Enter picks, Esc cancels.
///
/// Unlike the palette, a picker keeps the caller's order (directions in
/// their official order, assignees by load) and filters by whole pieces:
/// each typed word must be a word beginning or a piece of the title, case-
/// and ё-insensitive, so "петр ан" finds "Петрова Анна".
public struct Picker {
    public let items: [PickerItem]
    public let title: String
    public let language: Language
    private var list = ModalList()
    private var filter: PickerFilter
    /// Indices of the items matching the query, in the caller's order.
    private var matches: [Int]
    /// The box width the titles ask for: measured once, not every frame.
    private var widest: Int?
    /// What an empty list says (nil: «Ничего не найдено»); «Подбираем тьюторов…» while the items are read.
    public var emptyText: String?

    /// `selectedID` puts the cursor on the current value.
    public init(title: String, items: [PickerItem], selectedID: String? = nil, language: Language) {
        self.title = title
        self.items = items
        self.language = language
        self.filter = PickerFilter(titles: items.map(\.title))
        self.matches = filter.matches
        if let selectedID, let i = matches.firstIndex(where: { items[$0].id == selectedID }) { list.selected = i }
    }

    /// The matching items with the letters matched (for tests and callers;
    /// drawing works out the letters of the rows it shows only).
    public var visibleItems: [(item: PickerItem, positions: Set<Int>)] {
        var f = filter
        return matches.map { (items[$0], f.positions(of: $0)) }
    }

    public var query: String { list.query.text }
    public var selectedItem: PickerItem? { matches.indices.contains(list.selected) ? items[matches[list.selected]] : nil }

    public mutating func handle(_ event: InputEvent) -> PickerOutcome {
        switch list.handle(event, count: matches.count) {
        case .cancel: return .cancelled
        case .choose(let i): return .picked(items[matches[i]].id)
        case .queryChanged: refilter(); return .handled
        case .none, .moved: return .handled
        }
    }

    private mutating func refilter() {
        filter.update(query: list.query.characters)
        matches = filter.matches
    }

    public mutating func render(into painter: Painter) {
        let widest = self.widest ?? items.reduce(TextWidth.of(title) + 6) { max($0, TextWidth.of($1.title) + TextWidth.of($1.detail ?? "") + 8) }
        self.widest = widest
        var filter = self.filter
        let items = self.items, matches = self.matches
        list.render(into: painter, title: title, count: matches.count, row: { i in
            let item = items[matches[i]]
            return ModalListRow(text: item.title, positions: filter.positions(of: matches[i]), detail: item.detail)
        }, capacity: items.count,
                    emptyText: emptyText ?? (language == .ru ? "Ничего не найдено" : "Nothing found"),
                    language: language, preferredWidth: max(40, min(widest, 90)))
    }
}
