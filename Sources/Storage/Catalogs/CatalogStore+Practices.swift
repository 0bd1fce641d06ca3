import Domain

/// A best practice as the registry lists it: with author and organization names.
public struct PracticeRow: Hashable, Sendable, Identifiable {
    public var practice: BestPractice
    public var retired: Bool
    public var authorName: String
    public var organizationName: String
    public var competences: String
    public var id: PracticeID { practice.id }
    public var key: CatalogKey
}

/// Which practices the registry shows.
public struct PracticeQuery: Hashable, Sendable {
    public var status: PracticeStatus?
    public var direction: Int?
    public var includeRetired = false
    public var text: String?
    public init(status: PracticeStatus? = nil, direction: Int? = nil, includeRetired: Bool = false, text: String? = nil) {
        self.status = status; self.direction = direction; self.includeRetired = includeRetired; self.text = text
    }
}

extension SQLiteStore {
    static let practiceSort = Schema.folded("x.title")
    static let practiceSelect = """
        x.id, x.title, x.author_id, x.organization_id, x.direction, x.status, x.version, x.retired,
        coalesce(a.full_name, ''), coalesce(o.name, ''),
        \(competenceIDs(.practice, idColumn: "x.id")), \(competenceNames(.practice, idColumn: "x.id")), \(practiceSort)
        """
    static let practiceFrom = """
        practices x LEFT JOIN people a ON a.id = x.author_id LEFT JOIN organizations o ON o.id = x.organization_id
        """

    static func practiceRow(_ r: Row) -> PracticeRow {
        let x = BestPractice(id: r.int64(0), title: r.string(1), authorID: r.optInt64(2), organizationID: r.optInt64(3),
                             direction: r.int(4), competenceIDs: Codecs.ints(r.string(10)).map(Int64.init),
                             status: PracticeStatus(rawValue: r.string(5)) ?? .submitted, version: r.int(6))
        return PracticeRow(practice: x, retired: r.bool(7), authorName: r.string(8), organizationName: r.string(9),
                           competences: r.string(11), key: CatalogKey(sort: r.string(12), id: x.id))
    }

    /// Practices a viewer who cannot edit the catalogs sees: those included in
    /// the registry, and their own whatever the status.
    func practiceVisibility(_ viewer: Viewer) -> (String, [SQLBindable])? {
        viewer.can(.editCatalogs) ? nil : ("(x.status = 'included' OR x.author_id = ?)", [viewer.personID])
    }

    /// A page of practices in title order (keyset on the folded title and id).
    public func practicePage(_ viewer: Viewer, _ q: PracticeQuery, _ anchor: CatalogAnchor = .first, limit: Int) throws -> [PracticeRow] {
        var conds: [String] = []
        var params: [SQLBindable] = []
        if let vis = practiceVisibility(viewer) { conds.append(vis.0); params += vis.1 }
        if !(q.includeRetired && viewer.can(.editCatalogs)) { conds.append("x.retired = 0") }
        if let s = q.status { conds.append("x.status = ?"); params.append(s.rawValue) }
        if let d = q.direction { conds.append("x.direction = ?"); params.append(d) }
        if let s = catalogSearch(q.text, fts: "practices_fts", idColumn: "x.id") { conds.append(s.0); params.append(s.1) }
        return try catalogPage(select: SQLiteStore.practiceSelect, from: SQLiteStore.practiceFrom, idColumn: "x.id", conditions: conds,
                               params: params, sort: SQLiteStore.practiceSort, anchor: anchor, limit: limit, SQLiteStore.practiceRow)
    }

    public func practiceRow(_ viewer: Viewer, id: PracticeID) throws -> PracticeRow? {
        var sql = "SELECT \(SQLiteStore.practiceSelect) FROM \(SQLiteStore.practiceFrom) WHERE x.id = ?"
        var params: [SQLBindable] = [id]
        if let vis = practiceVisibility(viewer) { sql += " AND " + vis.0; params += vis.1 }
        return try db.first(sql, params, SQLiteStore.practiceRow)
    }

    /// Creates (id 0, status «подана») or edits a practice's title, author,
    /// organization, direction and competences. The status changes only by
    /// review moves (`reviewPractice`).
    @discardableResult
    public func savePractice(_ viewer: Viewer, _ practice: BestPractice) throws -> BestPractice {
        try requireCatalogEditor(viewer)
        var x = practice
        x.title = x.title.trimmed(" \n\t\r")
        if let refusal = x.validate() { throw StoreError.refused(refusal) }
        guard x.id == 0 else {
            return try writeVersioned(viewer, practiceKind, id: x.id, expectedVersion: x.version, action: "edit") { current in
                var edited = x
                edited.status = current.status
                return .success(Update(from: current, to: edited))
            } alsoWrite: { update in try replaceCompetences(.practice, id: x.id, update.value.competenceIDs) }.value
        }
        return try db.write {
            x.status = .initial
            try db.execute("INSERT INTO practices(title, author_id, organization_id, direction, status) VALUES (?, ?, ?, ?, ?)",
                           StoredValues.cleaned(SQLiteStore.practiceColumns(x).map(\.1)))
            x.id = db.lastInsertRowID
            x.version = 1
            try replaceCompetences(.practice, id: x.id, x.competenceIDs)
            try audit(viewer, entity: CatalogKind.practice.entity, id: x.id, action: "create", after: SQLiteStore.practiceSummary(x))
            return x
        }
    }

    /// An expert-review move: submitted -> review -> included / rejected. The
    /// lifecycle refuses other moves; a stale version is a conflict.
    @discardableResult
    public func reviewPractice(_ viewer: Viewer, id: PracticeID, expectedVersion: Int, to target: PracticeStatus) throws -> BestPractice {
        try requireCatalogEditor(viewer)
        return try writeVersioned(viewer, practiceKind, id: id, expectedVersion: expectedVersion, action: "status") { current in
            current.reviewed(to: target).update(from: current)
        }.value
    }

    /// A practice as the versioned write reads and writes it (its competences by `alsoWrite`).
    var practiceKind: VersionedKind<BestPractice> {
        VersionedKind(table: "practices", entity: CatalogKind.practice.entity,
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.practiceRow(viewer, id: id)?.practice } },
                      columns: SQLiteStore.practiceColumns(_:))
    }

    static func practiceColumns(_ x: BestPractice) -> [(String, SQLBindable)] {
        [("title", x.title), ("author_id", x.authorID), ("organization_id", x.organizationID), ("direction", x.direction),
         ("status", x.status.rawValue)]
    }

    static func practiceSummary(_ x: BestPractice) -> String {
        "\(x.title) · направление \(x.direction) · \(x.status.label.ru)"
    }
}
