import Domain

/// A programme as the catalog lists it: the programme and its competences by name.
public struct ProgrammeRow: Hashable, Sendable, Identifiable {
    public var programme: Programme
    /// "М1 Проектирование урока; Ц1 ..."
    public var competences: String
    public var id: ProgrammeID { programme.id }
    public var key: CatalogKey
}

/// Which programmes the catalog shows.
public struct ProgrammeQuery: Hashable, Sendable {
    public var kind: ProgrammeKind?
    /// true: only those in the federal registry; false: only those not in it.
    public var inRegistry: Bool?
    public var format: ProgrammeFormat?
    public var competenceID: CompetenceID?
    /// Retired programmes too (editors only).
    public var includeRetired = false
    public var text: String?
    public init(kind: ProgrammeKind? = nil, inRegistry: Bool? = nil, format: ProgrammeFormat? = nil,
                competenceID: CompetenceID? = nil, includeRetired: Bool = false, text: String? = nil) {
        self.kind = kind; self.inRegistry = inRegistry; self.format = format; self.competenceID = competenceID
        self.includeRetired = includeRetired; self.text = text
    }
}

extension SQLiteStore {
    static let programmeSort = Schema.folded("p.title")
    static let programmeSelect = """
        p.id, p.title, p.provider, p.kind, p.hours, p.format, p.in_registry, p.retired, p.version,
        \(competenceIDs(.programme, idColumn: "p.id")), \(competenceNames(.programme, idColumn: "p.id")), \(programmeSort)
        """

    static func programmeRow(_ r: Row) -> ProgrammeRow {
        let p = Programme(id: r.int64(0), title: r.string(1), provider: r.string(2),
                          kind: ProgrammeKind(rawValue: r.string(3)) ?? .upskilling, hours: r.int(4),
                          format: ProgrammeFormat(rawValue: r.string(5)) ?? .inPerson, inFederalRegistry: r.bool(6),
                          competenceIDs: Codecs.ints(r.string(9)).map(Int64.init), retired: r.bool(7), version: r.int(8))
        return ProgrammeRow(programme: p, competences: r.string(10), key: CatalogKey(sort: r.string(11), id: p.id))
    }

    /// A page of programmes in title order (keyset on the folded title and id).
    public func programmePage(_ viewer: Viewer, _ q: ProgrammeQuery, _ anchor: CatalogAnchor = .first, limit: Int) throws -> [ProgrammeRow] {
        var conds: [String] = []
        var params: [SQLBindable] = []
        if !(q.includeRetired && viewer.can(.editCatalogs)) { conds.append("p.retired = 0") }
        if let k = q.kind { conds.append("p.kind = ?"); params.append(k.rawValue) }
        if let r = q.inRegistry { conds.append("p.in_registry = ?"); params.append(r) }
        if let f = q.format { conds.append("p.format = ?"); params.append(f.rawValue) }
        if let c = q.competenceID {
            conds.append("p.id IN (SELECT programme_id FROM programme_competences WHERE competence_id = ?)"); params.append(c)
        }
        if let s = catalogSearch(q.text, fts: "programmes_fts", idColumn: "p.id") { conds.append(s.0); params.append(s.1) }
        return try catalogPage(select: SQLiteStore.programmeSelect, from: "programmes p", idColumn: "p.id", conditions: conds,
                               params: params, sort: SQLiteStore.programmeSort, anchor: anchor, limit: limit, SQLiteStore.programmeRow)
    }

    public func programmeRow(_ viewer: Viewer, id: ProgrammeID) throws -> ProgrammeRow? {
        try db.first("SELECT \(SQLiteStore.programmeSelect) FROM programmes p WHERE p.id = ?", [id], SQLiteStore.programmeRow)
    }

    /// Creates (id 0) or edits a programme. The domain refuses a blank title
    /// and too few hours for the kind (16 for повышение квалификации, 250 for
    /// переподготовка); a stale version is a conflict naming who changed it.
    @discardableResult
    public func saveProgramme(_ viewer: Viewer, _ programme: Programme) throws -> Programme {
        try requireCatalogEditor(viewer)
        var p = programme
        p.title = p.title.trimmed(" \n\t\r")
        p.provider = p.provider.trimmed(" \n\t\r")
        if let refusal = p.validate() { throw StoreError.refused(refusal) }
        guard p.id == 0 else {
            return try writeVersioned(viewer, programmeKind, id: p.id, expectedVersion: p.version, action: "edit") { current in
                var edited = p
                edited.retired = current.retired
                return .success(Update(from: current, to: edited))
            } alsoWrite: { update in try replaceCompetences(.programme, id: p.id, update.value.competenceIDs) }.value
        }
        return try db.write {
            try db.execute("INSERT INTO programmes(title, provider, kind, hours, format, in_registry) VALUES (?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned(SQLiteStore.programmeColumns(p).map(\.1)))
            p.id = db.lastInsertRowID
            p.version = 1
            try replaceCompetences(.programme, id: p.id, p.competenceIDs)
            try audit(viewer, entity: CatalogKind.programme.entity, id: p.id, action: "create", after: SQLiteStore.programmeSummary(p))
            return p
        }
    }

    /// A programme as the versioned write reads and writes it (its competences by `alsoWrite`).
    var programmeKind: VersionedKind<Programme> {
        VersionedKind(table: "programmes", entity: CatalogKind.programme.entity,
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.programmeRow(viewer, id: id)?.programme } },
                      columns: SQLiteStore.programmeColumns(_:))
    }

    static func programmeColumns(_ p: Programme) -> [(String, SQLBindable)] {
        [("title", p.title), ("provider", p.provider), ("kind", p.kind.rawValue), ("hours", p.hours), ("format", p.format.rawValue),
         ("in_registry", p.inFederalRegistry)]
    }

    static func programmeSummary(_ p: Programme) -> String {
        [p.title, p.provider, p.kind.label.ru, "\(p.hours) ч", p.format.label.ru, p.inFederalRegistry ? "ФР ДПП" : "вне ФР"]
            .joined(separator: " · ")
    }
}
