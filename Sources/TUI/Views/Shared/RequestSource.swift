import Domain
import Storage

/// Requests from the store in triage order, a page at a time (keyset).
struct RequestSource: RowSource {
    let store: any RequestStore
    let viewer: Viewer
    var query = RequestQuery()
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: RequestSummary) -> RequestID { row.id }

    func rows(after anchor: RequestSummary?, limit: Int) -> [RequestSummary] {
        attempt { try store.requestsPage(viewer, query, after: anchor?.key, limit: limit) }
    }

    /// Backwards paging in triage order is rare (Home/End/PgUp past the
    /// window): read forward from the start up to the anchor, bounded.
    func rows(before anchor: RequestSummary?, limit: Int) -> [RequestSummary] {
        attempt {
            var all: [RequestSummary] = []
            var last: RequestKey?
            while all.count < 20_000 {
                let page = try store.requestsPage(viewer, query, after: last, limit: 500)
                if let anchor, let i = page.firstIndex(where: { $0.id == anchor.id }) {
                    all += page[..<i]
                    return Array(all.suffix(limit))
                }
                all += page
                if page.count < 500 { break }
                last = page.last?.key
            }
            return anchor == nil ? Array(all.suffix(limit)) : []
        }
    }

    private func attempt(_ body: () throws -> [RequestSummary]) -> [RequestSummary] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
