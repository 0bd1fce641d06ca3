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

    func rows(before anchor: RequestSummary?, limit: Int) -> [RequestSummary] {
        attempt { try store.requestsPage(viewer, query, before: anchor?.key, limit: limit) }
    }

    private func attempt(_ body: () throws -> [RequestSummary]) -> [RequestSummary] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
