/// A sort order a table asks its source for: a column's sort key and a direction.
public struct TableSort: Hashable, Sendable {
    public var column: String
    public var ascending: Bool
    public init(column: String, ascending: Bool = true) { self.column = column; self.ascending = ascending }
}

/// Where a table's rows come from, a page at a time.
///
/// Keyset paging: the table passes the last row it has seen (the anchor)
/// and asks for the rows just after or just before it in the current order.
/// A database answers that from an index (`WHERE (key, id) > (?, ?) ORDER
/// BY key, id LIMIT n`) in the same time on row 10 or row 10 000 000,
/// unlike OFFSET, and rows inserted or deleted meanwhile never shift what
/// the user sees. So only the visible window plus a small margin is ever
/// read, whatever the size of the list.
public protocol RowSource {
    associatedtype Row
    associatedtype RowID: Hashable

    /// How many rows there are, if known cheaply (nil: unknown, e.g. a
    /// filtered national list where counting would cost a full scan).
    var count: Int? { get }

    /// A row's identity: marks and the cursor survive reloads by it.
    func id(of row: Row) -> RowID

    /// Up to `limit` rows after `anchor` (nil: from the first row), in order.
    func rows(after anchor: Row?, limit: Int) -> [Row]

    /// Up to `limit` rows just before `anchor` (nil: the last rows), in
    /// order (ascending, not reversed).
    func rows(before anchor: Row?, limit: Int) -> [Row]

    /// Switches the order; the table reloads after it. Sorting is the
    /// source's job (a database sorts by an index). Default: ignored.
    mutating func apply(sort: TableSort?)
}

extension RowSource {
    public mutating func apply(sort: TableSort?) {}
}

/// Rows held in memory (short lists, catalogs, tests), with optional
/// sort orders by column key.
public struct ArraySource<Row, RowID: Hashable>: RowSource {
    public private(set) var items: [Row]
    private var original: [Row]
    private let identify: (Row) -> RowID
    private let orderings: [String: (Row, Row) -> Bool]
    private var position: [RowID: Int] = [:]

    /// `orderings` maps a column's sort key to "a comes before b".
    public init(_ items: [Row], id: @escaping (Row) -> RowID, orderings: [String: (Row, Row) -> Bool] = [:]) {
        self.items = items
        self.original = items
        self.identify = id
        self.orderings = orderings
        reindex()
    }

    private mutating func reindex() {
        position = [:]
        for (i, r) in items.enumerated() { position[identify(r)] = i }
    }

    /// New contents (a refresh); the current sort is kept.
    public mutating func replace(with newItems: [Row], sort: TableSort? = nil) {
        original = newItems
        items = newItems
        apply(sort: sort)
    }

    public var count: Int? { items.count }
    public func id(of row: Row) -> RowID { identify(row) }

    /// An anchor no longer present starts from the first row.
    public func rows(after anchor: Row?, limit: Int) -> [Row] {
        let start = anchor.flatMap { position[identify($0)] }.map { $0 + 1 } ?? 0
        return Array(items[min(start, items.count)..<min(items.count, start + max(0, limit))])
    }

    /// An anchor no longer present gives nothing before it.
    public func rows(before anchor: Row?, limit: Int) -> [Row] {
        let end: Int
        if let anchor {
            guard let p = position[identify(anchor)] else { return [] }
            end = p
        } else {
            end = items.count
        }
        return Array(items[max(0, end - max(0, limit))..<end])
    }

    public mutating func apply(sort: TableSort?) {
        if let sort, let less = orderings[sort.column] {
            // Swift's sort is stable: equal rows keep their original order both ways.
            items = sort.ascending ? original.sorted(by: less) : original.sorted { less($1, $0) }
        } else {
            items = original
        }
        reindex()
    }
}

extension ArraySource where Row: Identifiable, RowID == Row.ID {
    public init(_ items: [Row], orderings: [String: (Row, Row) -> Bool] = [:]) {
        self.init(items, id: { $0.id }, orderings: orderings)
    }
}
