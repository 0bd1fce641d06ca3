import Domain
import Foundation

/// What part of the audit log to read: by whom, about what, when, and a
/// text to look for. Every filter is optional; all given ones must hold.
public struct AuditQuery: Hashable, Sendable {
    /// The person who made the change.
    public var actorID: PersonID?
    /// The kind of thing changed (`request`, `step`, `route` ...).
    public var entity: String?
    /// One thing of that kind (needs `entity`).
    public var entityID: Int64?
    /// First and last day, inclusive, in local time.
    public var from: Day?
    public var to: Day?
    /// Text contained in the before/after text or the login (case-insensitive for Latin letters only).
    public var text: String?

    public init(actorID: PersonID? = nil, entity: String? = nil, entityID: Int64? = nil,
                from: Day? = nil, to: Day? = nil, text: String? = nil) {
        self.actorID = actorID; self.entity = entity; self.entityID = entityID
        self.from = from; self.to = to; self.text = text
    }

    public var isEmpty: Bool { self == AuditQuery() }
}

/// Where a page of the log ends: newest first by time, then by id.
public struct AuditKey: Hashable, Sendable {
    public var at: Int64
    public var id: Int64
    public init(at: Int64, id: Int64) { self.at = at; self.id = id }
}

/// An audit entry with the actor's name, for the audit view and export.
public struct AuditRow: Hashable, Sendable {
    public var entry: AuditEntry
    /// Full name, or the login when the person is unknown ("system").
    public var actorName: String
    /// What changed, in words, ids as names (`AuditText.summary`); set by the reads.
    public var summary = Phrase("", "")
    public var key: AuditKey { AuditKey(at: entry.at, id: entry.id) }
    public var id: Int64 { entry.id }
}

extension SQLiteStore {
    /// A page of the audit log, newest first, after `after` (keyset), or
    /// with `backwards` the page just newer than it (returned newest first).
    /// Administrators and coordinators only (`Action.seeAudit`).
    public func auditLog(_ viewer: Viewer, _ query: AuditQuery, after: AuditKey?, backwards: Bool = false,
                         limit: Int) throws -> [AuditRow] {
        guard viewer.can(.seeAudit) else { throw StoreError.forbidden(Action.seeAudit.label) }
        let rare = try query.entityID == nil && query.entity.map { try isRareAuditEntity($0) } == true
        let (sql, params) = SQLiteStore.auditSQL(query, after: after, backwards: backwards, entityIsRare: rare)
        let rows = try db.query(sql, params + [limit]) { r in
            AuditRow(entry: AuditEntry(row: r), actorName: r.optString(9) ?? r.string(3))
        }
        return try described(backwards ? rows.reversed() : rows)
    }

    /// The statement of a page (its last parameter, the limit, is left to the caller).
    /// Whether a kind of thing has few entries: then audit_entity finds them
    /// and sorting them is cheap; walking audit_at for a rare kind would read
    /// the whole log (a second on a million entries). Counts at most 5000 index entries.
    func isRareAuditEntity(_ entity: String) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM audit WHERE entity = ? LIMIT 5000)", [entity]) < 5000
    }

    static func auditSQL(_ query: AuditQuery, after: AuditKey?, backwards: Bool,
                         entityIsRare: Bool = false) -> (sql: String, params: [SQLBindable]) {
        var conditions: [String] = []
        var params: [SQLBindable] = []
        if let actor = query.actorID { conditions.append("a.actor_id = ?"); params.append(actor) }
        if let entity = query.entity {
            if let id = query.entityID {
                conditions.append("a.entity = ? AND a.entity_id = ?"); params += [entity, id]
            } else {
                // Without an id, audit_entity cannot give time order; for a common
                // kind `+` lets SQLite walk audit_at (or audit_actor) newest first
                // instead of sorting; a rare kind is found by audit_entity and sorted.
                conditions.append(entityIsRare ? "a.entity = ?" : "+a.entity = ?"); params.append(entity)
            }
        }
        if let from = query.from { conditions.append("a.at >= ?"); params.append(SQLiteStore.startOfDay(from)) }
        if let to = query.to { conditions.append("a.at < ?"); params.append(SQLiteStore.startOfDay(to.adding(days: 1))) }
        if let text = query.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let like = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("(a.before LIKE ? ESCAPE '\\' OR a.after LIKE ? ESCAPE '\\' OR a.actor_login LIKE ? ESCAPE '\\')")
            params += [like, like, like]
        }
        if let k = after {
            conditions.append(backwards ? "(a.at, a.id) > (?, ?)" : "(a.at, a.id) < (?, ?)")
            params += [k.at, k.id]
        }
        let order = backwards ? "a.at ASC, a.id ASC" : "a.at DESC, a.id DESC"
        let sql = """
            SELECT a.id, a.at, a.actor_id, a.actor_login, a.entity, a.entity_id, a.action, a.before, a.after,
                   (SELECT full_name FROM people WHERE id = a.actor_id)
            FROM audit a \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT ?
            """
        return (sql, params)
    }

    /// Every page of the log under `query`, newest first (export).
    public func auditAll(_ viewer: Viewer, _ query: AuditQuery, pageSize: Int = 1000,
                         _ body: ([AuditRow]) throws -> Void) throws {
        var last: AuditKey?
        while true {
            let page = try auditLog(viewer, query, after: last, limit: pageSize)
            try body(page)
            guard page.count == pageSize, let key = page.last?.key else { return }
            last = key
        }
    }

    /// The kinds of things the log mentions, for a filter's choices.
    public func auditEntities(_ viewer: Viewer) throws -> [String] {
        guard viewer.can(.seeAudit) else { throw StoreError.forbidden(Action.seeAudit.label) }
        // Skip-scan over audit_entity: one probe per kind, not a scan.
        var kinds: [String] = []
        var last = ""
        while let next = try db.first("SELECT entity FROM audit WHERE entity > ? ORDER BY entity LIMIT 1", [last], { $0.string(0) }) {
            kinds.append(next)
            last = next
        }
        return kinds
    }

    /// Unix time of local midnight starting `day`.
    public static func startOfDay(_ day: Day) -> Int64 {
        var t = tm()
        let c = day.components
        t.tm_year = Int32(c.year - 1900); t.tm_mon = Int32(c.month - 1); t.tm_mday = Int32(c.day)
        t.tm_isdst = -1
        return Int64(mktime(&t))
    }

    /// The local day and time of a Unix time: (day, "ЧЧ:ММ").
    public static func localTime(_ at: Int64) -> (day: Day, time: String) {
        var seconds = time_t(at)
        var t = tm()
        localtime_r(&seconds, &t)
        let day = Day(year: Int(t.tm_year) + 1900, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday)) ?? Day(ordinal: 0)
        return (day, String(format: "%02d:%02d", t.tm_hour, t.tm_min))
    }
}
