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
    public private(set) var visibleItems: [(item: PickerItem, positions: Set<Int>)] = []

    /// `selectedID` puts the cursor on the current value.
    public init(title: String, items: [PickerItem], selectedID: String? = nil, language: Language) {
        self.title = title
        self.items = items
        self.language = language
        refilter()
        if let selectedID, let i = visibleItems.firstIndex(where: { $0.item.id == selectedID }) { list.selected = i }
    }

    public var query: String { list.query.text }
    public var selectedItem: PickerItem? { visibleItems.indices.contains(list.selected) ? visibleItems[list.selected].item : nil }

    public mutating func handle(_ event: InputEvent) -> PickerOutcome {
        switch list.handle(event, count: visibleItems.count) {
        case .cancel: return .cancelled
        case .choose(let i): return .picked(visibleItems[i].item.id)
        case .queryChanged: refilter(); return .handled
        case .none, .moved: return .handled
        }
    }

    private mutating func refilter() {
        let q = list.query.text
        visibleItems = items.compactMap { item in
            Fuzzy.match(q, in: item.title, scattered: false).map { (item, $0.positions) }
        }
    }

    public mutating func render(into painter: Painter) {
        let widest = items.reduce(TextWidth.of(title) + 6) { max($0, TextWidth.of($1.title) + TextWidth.of($1.detail ?? "") + 8) }
        let rows = visibleItems.map { ModalListRow(text: $0.item.title, positions: $0.positions, detail: $0.item.detail) }
        list.render(into: painter, title: title, rows: rows, capacity: items.count,
                    emptyText: language == .ru ? "Ничего не найдено" : "Nothing found",
                    language: language, preferredWidth: max(40, min(widest, 90)))
    }
}
