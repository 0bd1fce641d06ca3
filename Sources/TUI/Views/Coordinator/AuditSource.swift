import Domain
import Storage

/// The audit log from the store, newest first, a page at a time (keyset on
/// time and id, both ways, so Home/End and PgUp are as quick as scrolling).
struct AuditSource: RowSource {
    let store: any AuditStore
    let viewer: Viewer
    var query = AuditQuery()
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: AuditRow) -> Int64 { row.id }

    func rows(after anchor: AuditRow?, limit: Int) -> [AuditRow] {
        attempt { try store.auditLog(viewer, query, after: anchor?.key, limit: limit) }
    }

    func rows(before anchor: AuditRow?, limit: Int) -> [AuditRow] {
        attempt { try store.auditLog(viewer, query, after: anchor?.key, backwards: true, limit: limit) }
    }

    private func attempt(_ body: () throws -> [AuditRow]) -> [AuditRow] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
