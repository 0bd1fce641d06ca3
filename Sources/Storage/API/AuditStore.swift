import Domain

/// The audit log: who changed what, when, before and after.
public protocol AuditStore: AnyObject {
    func auditLog(_ viewer: Viewer, _ query: AuditQuery, after: AuditKey?, backwards: Bool, limit: Int) throws -> [AuditRow]
    /// Every matching row, page by page (exports).
    func auditAll(_ viewer: Viewer, _ query: AuditQuery, pageSize: Int, _ body: ([AuditRow]) throws -> Void) throws
    /// The kinds of things the log holds (the filter's choices).
    func auditEntities(_ viewer: Viewer) throws -> [String]
    /// The latest entries about one thing, newest first.
    func auditTrail(entity: String, id: Int64, limit: Int) throws -> [AuditEntry]
    /// Every recorded field change of one thing, oldest first (`seeAudit`).
    func changeHistory(_ viewer: Viewer, entity: String, id: Int64) throws -> [HistoryEntry]
}

extension AuditStore {
    public func auditLog(_ viewer: Viewer, _ query: AuditQuery, after: AuditKey?, limit: Int) throws -> [AuditRow] {
        try auditLog(viewer, query, after: after, backwards: false, limit: limit)
    }
    public func auditTrail(entity: String, id: Int64) throws -> [AuditEntry] { try auditTrail(entity: entity, id: id, limit: 50) }
}
