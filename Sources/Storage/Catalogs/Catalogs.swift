import Domain

/// The four catalogs: ДПП programmes, internship sites, best practices, events.
///
/// Who may do what: everybody logged in may browse the catalogs — routes
/// point at programmes, sites, practices and events, so a teacher reading a
/// step, a tutor composing a route and an РМА methodist spreading a practice
/// all need them. Retired entries and practices not yet included in the
/// registry are reference data in the making: only those who may edit the
/// catalogs (`editCatalogs`: coordinators and administrators) see them,
/// apart from a practice's own author. Every write needs `editCatalogs`, goes
/// through `db.write`, is version-checked and audited with the change.
public enum CatalogKind: String, Sendable, CaseIterable {
    case programme, site, practice, event

    var table: String {
        switch self {
        case .programme: return "programmes"
        case .site: return "sites"
        case .practice: return "practices"
        case .event: return "events"
        }
    }

    /// The audit log's entity name.
    public var entity: String { rawValue }

    /// The competence link table and its key column (events have none).
    var competenceLink: (table: String, column: String)? {
        switch self {
        case .programme: return ("programme_competences", "programme_id")
        case .site: return ("site_competences", "site_id")
        case .practice: return ("practice_competences", "practice_id")
        case .event: return nil
        }
    }

    public var label: Phrase {
        switch self {
        case .programme: return Phrase("программа", "programme")
        case .site: return Phrase("стажировочная площадка", "internship site")
        case .practice: return Phrase("практика", "practice")
        case .event: return Phrase("мероприятие", "event")
        }
    }
}

/// Where a catalog list is ordered: the sort text of a row (its folded
/// title, or an event's date) and its id, for keyset paging.
public struct CatalogKey: Hashable, Sendable {
    public var sort: String
    public var id: Int64
    public init(sort: String, id: Int64) { self.sort = sort; self.id = id }
}

/// Which page of a catalog list to read.
public enum CatalogAnchor: Hashable, Sendable {
    case first
    case after(CatalogKey)
    case before(CatalogKey)
    case last
}

extension SQLiteStore {
    func requireCatalogEditor(_ viewer: Viewer) throws {
        guard viewer.can(.editCatalogs) else { throw StoreError.forbidden(Action.editCatalogs.label) }
    }

    /// Reads a page of `select ... from ...` with `conditions`, ordered by
    /// (`sort`, id) — descending when `newestFirst` — after or before an
    /// anchor. The rows come back in display order.
    func catalogPage<T>(select: String, from: String, idColumn: String, conditions: [String], params: [SQLBindable],
                        sort: String, newestFirst: Bool = false, anchor: CatalogAnchor, limit: Int,
                        _ map: (Row) throws -> T) throws -> [T] {
        var conds = conditions
        var ps = params
        var backwards = false
        switch anchor {
        case .first: break
        case .last: backwards = true
        case .after(let k):
            conds.append("(\(sort), \(idColumn)) \(newestFirst ? "<" : ">") (?, ?)"); ps += [k.sort, k.id]
        case .before(let k):
            conds.append("(\(sort), \(idColumn)) \(newestFirst ? ">" : "<") (?, ?)"); ps += [k.sort, k.id]
            backwards = true
        }
        let ascending = newestFirst == backwards
        let dir = ascending ? "ASC" : "DESC"
        let whereSQL = conds.isEmpty ? "" : "WHERE " + conds.joined(separator: " AND ")
        let sql = "SELECT \(select) FROM \(from) \(whereSQL) ORDER BY \(sort) \(dir), \(idColumn) \(dir) LIMIT ?"
        let rows = try db.query(sql, ps + [max(0, limit)], map)
        return backwards ? rows.reversed() : rows
    }

    /// The condition "matches the typed words" through a catalog's FTS table
    /// (ё folded, prefixes), or nil when nothing searchable was typed.
    func catalogSearch(_ text: String?, fts: String, idColumn: String) -> (String, SQLBindable)? {
        guard let text, let match = FullTextQuery.match(text) else { return nil }
        return ("\(idColumn) IN (SELECT rowid FROM \(fts) WHERE \(fts) MATCH ?)", match)
    }

    /// Names of the linked competences ("М1 Проектирование урока; ...") as an SQL expression.
    static func competenceNames(_ kind: CatalogKind, idColumn: String) -> String {
        guard let link = kind.competenceLink else { return "''" }
        return """
            coalesce((SELECT group_concat(c.code || ' ' || c.name, '; ') FROM \(link.table) l
                      JOIN competences c ON c.id = l.competence_id WHERE l.\(link.column) = \(idColumn)), '')
            """
    }

    static func competenceIDs(_ kind: CatalogKind, idColumn: String) -> String {
        guard let link = kind.competenceLink else { return "''" }
        return "coalesce((SELECT group_concat(l.competence_id, ',') FROM \(link.table) l WHERE l.\(link.column) = \(idColumn)), '')"
    }

    /// Replaces an entry's competences (inside the caller's write). Unknown ids are refused.
    func replaceCompetences(_ kind: CatalogKind, id: Int64, _ ids: [CompetenceID]) throws {
        guard let link = kind.competenceLink else { return }
        try db.execute("DELETE FROM \(link.table) WHERE \(link.column) = ?", [id])
        for c in Set(ids).sorted() {
            guard try db.first("SELECT 1 FROM competences WHERE id = ?", [c], { _ in true }) != nil else {
                throw StoreError.invalid(Phrase("Компетенции №\(c) нет в справочнике", "There is no competence #\(c)"))
            }
            try db.execute("INSERT INTO \(link.table)(\(link.column), competence_id) VALUES (?, ?)", [id, c])
        }
    }

    /// Retires (hides from the default browse, from proposals of routes) or
    /// restores an entry, through the one versioned write.
    public func setCatalogRetired(_ viewer: Viewer, _ kind: CatalogKind, id: Int64, expectedVersion: Int, retired: Bool) throws {
        try requireCatalogEditor(viewer)
        try writeVersioned(viewer, standingKind(kind), id: id, expectedVersion: expectedVersion,
                           action: retired ? "retire" : "restore") { $0.setting(retired: retired).update(from: $0) }
    }

    /// Whether an entry of `kind` is retired, as the versioned write reads and writes it.
    func standingKind(_ kind: CatalogKind) -> VersionedKind<CatalogStanding> {
        VersionedKind(table: kind.table, entity: kind.entity, read: { [unowned self] _, id in
            try self.db.first("SELECT id, retired, version FROM \(kind.table) WHERE id = ?", [id]) {
                CatalogStanding(id: $0.int64(0), retired: $0.bool(1), version: $0.int(2))
            }
        }, columns: { [("retired", $0.retired)] })
    }

    /// The competences of the region's framework, for pickers and forms.
    public func catalogCompetences() throws -> [Competence] {
        try db.query("SELECT id, code, name, area, direction FROM competences ORDER BY id") { r in
            Competence(id: r.int64(0), code: r.string(1), name: r.string(2),
                       area: CompetenceArea(rawValue: r.string(3)) ?? .methodical, direction: r.int(4))
        }
    }

    /// The municipalities, in name order, for the sites' filter.
    public func catalogMunicipalities() throws -> [Municipality] {
        try db.query("SELECT id, name, kind FROM municipalities ORDER BY name, id") { r in
            Municipality(id: r.int64(0), name: r.string(1), kind: MunicipalityKind(rawValue: r.string(2)) ?? .district)
        }
    }

    /// The organizations whose name contains every typed word (ё-folded), for
    /// choosing the host of a new internship site.
    public func catalogOrganizations(matching text: String, limit: Int = 200) throws -> [(id: OrganizationID, name: String, municipality: String)] {
        var conds: [String] = []
        var params: [SQLBindable] = []
        if let s = catalogSearch(text, fts: "organizations_fts", idColumn: "o.id") { conds.append(s.0); params.append(s.1) }
        let whereSQL = conds.isEmpty ? "" : "WHERE " + conds.joined(separator: " AND ")
        return try db.query("""
            SELECT o.id, o.name, coalesce(m.name, '') FROM organizations o LEFT JOIN municipalities m ON m.id = o.municipality_id
            \(whereSQL) ORDER BY o.name, o.id LIMIT ?
            """, params + [limit]) { r in (id: r.int64(0), name: r.string(1), municipality: r.string(2)) }
    }

    /// The history of an entry from the audit log, newest first.
    public func catalogHistory(_ viewer: Viewer, _ kind: CatalogKind, id: Int64) throws -> [AuditEntry] {
        try requireCatalogEditor(viewer)
        return try auditTrail(entity: kind.entity, id: id, limit: 20)
    }
}
