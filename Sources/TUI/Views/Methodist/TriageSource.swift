import Domain
import Storage

/// The inbox's requests from the store in the domain's triage order, a page
/// at a time, both ways by keyset (so a row that left the filter still
/// anchors a reload).
struct TriageSource: RowSource {
    let store: any TriageStore
    let viewer: Viewer
    var query = RequestQuery(statuses: TriageFilter.openStatuses)
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: TriageRow) -> RequestID { row.id }

    func rows(after anchor: TriageRow?, limit: Int) -> [TriageRow] {
        attempt { try store.triagePage(viewer, query, after: anchor?.key, limit: limit) }
    }

    func rows(before anchor: TriageRow?, limit: Int) -> [TriageRow] {
        attempt {
            if let anchor { return try store.triagePage(viewer, query, before: anchor.key, limit: limit) }
            // The last rows: from the end backwards, past every key.
            return try store.triagePage(viewer, query, before: .end, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [TriageRow]) -> [TriageRow] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
