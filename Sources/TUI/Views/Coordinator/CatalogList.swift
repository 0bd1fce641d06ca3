import Domain
import Storage

/// What the catalog tab needs of any of its four lists, whatever the row type.
protocol AnyCatalogList: AnyObject {
    var search: FilterLine { get set }
    var hasSelection: Bool { get }
    var isLoaded: Bool { get }
    func handle(_ event: InputEvent) -> TableOutcome
    func loadFirst()
    func reload()
    /// After an action on the selected row: false when it left the list (`TableView.reloadAfterAction`).
    func reloadAfterAction() -> Bool
    func moveToFirst()
    func moveToLast()
    func render(_ painter: Painter, focused: Bool, filtered: Bool, noMatch: String?)
    func positionText(_ language: Language) -> String
    func detailLines(_ ctx: AppContext) -> [CatalogDetail.Line]
}

/// One catalog's table over a keyset source, its `/` search and its detail.
final class CatalogList<Row>: AnyCatalogList {
    var table: TableView<CatalogSource<Row>>
    var search = FilterLine()
    private(set) var isLoaded = false
    let detail: (Row, AppContext) -> [CatalogDetail.Line]
    /// What the empty list says: nothing in the catalog yet / nothing for the filters.
    private let empty: String, emptyFiltered: String

    init(columns: [Column<Row>], empty: String, emptyFiltered: String, key: @escaping (Row) -> CatalogKey, errors: ErrorSink,
         describe: @escaping (Error) -> String, detail: @escaping (Row, AppContext) -> [CatalogDetail.Line]) {
        let source = CatalogSource<Row>(fetch: { _, _ in [] }, key: key, errors: errors, describe: describe)
        table = TableView(source: source, columns: columns, emptyMessage: empty)
        self.detail = detail
        self.empty = empty; self.emptyFiltered = emptyFiltered
    }

    var selected: Row? { table.selectedRow }
    var hasSelection: Bool { table.selectedRow != nil }

    /// New filters: a new fetch, read from the first row.
    func setFetch(_ fetch: @escaping (CatalogAnchor, Int) throws -> [Row]) {
        table.source.fetch = fetch
        table.loadFirst()
        isLoaded = true
    }

    func handle(_ event: InputEvent) -> TableOutcome { table.handle(event) }
    func loadFirst() { table.loadFirst() }
    func reload() { table.reload() }
    func reloadAfterAction() -> Bool { table.reloadAfterAction() }
    func moveToFirst() { table.moveToFirst() }
    func moveToLast() { table.moveToLast() }
    func positionText(_ language: Language) -> String { table.positionText(language) }

    func render(_ painter: Painter, focused: Bool, filtered: Bool, noMatch: String?) {
        table.isFocused = focused
        table.emptyMessage = filtered ? emptyFiltered : empty
        table.noMatchMessage = noMatch
        table.render(into: painter)
    }

    func detailLines(_ ctx: AppContext) -> [CatalogDetail.Line] {
        table.selectedRow.map { detail($0, ctx) } ?? []
    }
}
