import Domain
import Storage

/// A catalog's rows from the store, a page at a time both ways by keyset
/// (folded title and id; events by date and id). `fetch` is rebuilt when
/// the filters change, so the source never holds stale filters.
struct CatalogSource<Row>: RowSource {
    var fetch: (CatalogAnchor, Int) throws -> [Row]
    let key: (Row) -> CatalogKey
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: Row) -> Int64 { key(row).id }

    func rows(after anchor: Row?, limit: Int) -> [Row] {
        attempt { try fetch(anchor.map { .after(key($0)) } ?? .first, limit) }
    }

    func rows(before anchor: Row?, limit: Int) -> [Row] {
        attempt { try fetch(anchor.map { .before(key($0)) } ?? .last, limit) }
    }

    private func attempt(_ body: () throws -> [Row]) -> [Row] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
