import Domain
import Storage

/// The viewer's own requests, newest first, a page at a time (keyset on
/// the author index: however many there are, a key reads a screenful).
struct MyRequestSource: RowSource {
    let store: any RequestStore
    let viewer: Viewer
    let errors: ErrorSink
    let describe: (Error) -> String
    /// Counted once per reload (one person's requests: a cheap indexed count).
    var counted: Int?

    var count: Int? { counted }
    func id(of row: RequestSummary) -> RequestID { row.id }

    func rows(after anchor: RequestSummary?, limit: Int) -> [RequestSummary] {
        attempt { try store.ownRequestsPage(viewer, after: anchor?.ownKey, limit: limit) }
    }

    func rows(before anchor: RequestSummary?, limit: Int) -> [RequestSummary] {
        attempt {
            guard let anchor else { return try store.ownRequestsPage(viewer, lastPage: true, limit: limit) }
            return try store.ownRequestsPage(viewer, before: anchor.ownKey, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [RequestSummary]) -> [RequestSummary] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
