import Domain

/// An event as the catalog lists it: with its organizer's name.
public struct EventRow: Hashable, Sendable, Identifiable {
    public var event: Event
    public var retired: Bool
    public var organizerName: String
    public var id: EventID { event.id }
    public var key: CatalogKey
}

/// Which events the catalog shows.
public struct EventQuery: Hashable, Sendable {
    public var kind: EventKind?
    /// From and to, both included.
    public var from: Day?
    public var to: Day?
    public var direction: Int?
    public var includeRetired = false
    public var text: String?
    public init(kind: EventKind? = nil, from: Day? = nil, to: Day? = nil, direction: Int? = nil,
                includeRetired: Bool = false, text: String? = nil) {
        self.kind = kind; self.from = from; self.to = to; self.direction = direction
        self.includeRetired = includeRetired; self.text = text
    }
}

extension SQLiteStore {
    static let eventSelect = """
        e.id, e.title, e.kind, e.date, e.direction, e.organizer_id, e.version, e.retired, coalesce(a.full_name, ''), e.date
        """
    static let eventFrom = "events e LEFT JOIN people a ON a.id = e.organizer_id"

    static func eventRow(_ r: Row) -> EventRow {
        let e = Event(id: r.int64(0), title: r.string(1), kind: EventKind(rawValue: r.string(2)) ?? .seminar,
                      date: r.day(3) ?? Day(ordinal: 0), direction: r.optInt(4), organizerID: r.optInt64(5), version: r.int(6))
        return EventRow(event: e, retired: r.bool(7), organizerName: r.string(8), key: CatalogKey(sort: r.string(9), id: e.id))
    }

    /// A page of events, the latest first (keyset on date and id).
    public func eventPage(_ viewer: Viewer, _ q: EventQuery, _ anchor: CatalogAnchor = .first, limit: Int) throws -> [EventRow] {
        var conds: [String] = []
        var params: [SQLBindable] = []
        if !(q.includeRetired && viewer.can(.editCatalogs)) { conds.append("e.retired = 0") }
        if let k = q.kind { conds.append("e.kind = ?"); params.append(k.rawValue) }
        if let f = q.from { conds.append("e.date >= ?"); params.append(f) }
        if let t = q.to { conds.append("e.date <= ?"); params.append(t) }
        if let d = q.direction { conds.append("e.direction = ?"); params.append(d) }
        if let s = catalogSearch(q.text, fts: "events_fts", idColumn: "e.id") { conds.append(s.0); params.append(s.1) }
        return try catalogPage(select: SQLiteStore.eventSelect, from: SQLiteStore.eventFrom, idColumn: "e.id", conditions: conds,
                               params: params, sort: "e.date", newestFirst: true, anchor: anchor, limit: limit, SQLiteStore.eventRow)
    }

    public func eventRow(_ viewer: Viewer, id: EventID) throws -> EventRow? {
        try db.first("SELECT \(SQLiteStore.eventSelect) FROM \(SQLiteStore.eventFrom) WHERE e.id = ?", [id], SQLiteStore.eventRow)
    }

    /// Creates (id 0; the organizer defaults to the viewer) or edits an event.
    @discardableResult
    public func saveEvent(_ viewer: Viewer, _ event: Event) throws -> Event {
        try requireCatalogEditor(viewer)
        var e = event
        e.title = e.title.trimmed(" \n\t\r")
        if let refusal = e.validate() { throw StoreError.refused(refusal) }
        if e.id == 0 && e.organizerID == nil { e.organizerID = viewer.personID }
        guard e.id == 0 else {
            return try writeVersioned(viewer, eventKind, id: e.id, expectedVersion: e.version, action: "edit") { current in
                .success(Update(from: current, to: e))
            }.value
        }
        return try db.write {
            try db.execute("INSERT INTO events(title, kind, date, direction, organizer_id) VALUES (?, ?, ?, ?, ?)",
                           StoredValues.cleaned(SQLiteStore.eventColumns(e).map(\.1)))
            e.id = db.lastInsertRowID
            e.version = 1
            try audit(viewer, entity: CatalogKind.event.entity, id: e.id, action: "create", after: SQLiteStore.eventSummary(e))
            return e
        }
    }

    /// An event as the versioned write reads and writes it.
    var eventKind: VersionedKind<Event> {
        VersionedKind(table: "events", entity: CatalogKind.event.entity,
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.eventRow(viewer, id: id)?.event } },
                      columns: SQLiteStore.eventColumns(_:))
    }

    static func eventColumns(_ e: Event) -> [(String, SQLBindable)] {
        [("title", e.title), ("kind", e.kind.rawValue), ("date", e.date), ("direction", e.direction), ("organizer_id", e.organizerID)]
    }

    static func eventSummary(_ e: Event) -> String {
        [e.title, e.kind.label.ru, e.date.iso, e.direction.map { "направление \($0)" } ?? "без направления"].joined(separator: " · ")
    }
}
