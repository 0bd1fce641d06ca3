import Domain

/// An internship site as the catalog lists it: with its host's name and municipality.
public struct SiteRow: Hashable, Sendable, Identifiable {
    public var site: InternshipSite
    public var organizationName: String
    public var municipalityName: String
    public var competences: String
    public var id: SiteID { site.id }
    public var key: CatalogKey
}

/// Which internship sites the catalog shows.
public struct SiteQuery: Hashable, Sendable {
    public var municipalityID: MunicipalityID?
    public var competenceID: CompetenceID?
    public var includeRetired = false
    public var text: String?
    public init(municipalityID: MunicipalityID? = nil, competenceID: CompetenceID? = nil, includeRetired: Bool = false,
                text: String? = nil) {
        self.municipalityID = municipalityID; self.competenceID = competenceID; self.includeRetired = includeRetired; self.text = text
    }
}

extension SQLiteStore {
    static let siteSort = Schema.folded("s.topic")
    static let siteSelect = """
        s.id, s.organization_id, s.topic, s.capacity, s.retired, s.version, coalesce(o.name, ''), coalesce(m.name, ''),
        \(competenceIDs(.site, idColumn: "s.id")), \(competenceNames(.site, idColumn: "s.id")), \(siteSort)
        """
    static let siteFrom = """
        sites s LEFT JOIN organizations o ON o.id = s.organization_id LEFT JOIN municipalities m ON m.id = o.municipality_id
        """

    static func siteRow(_ r: Row) -> SiteRow {
        let s = InternshipSite(id: r.int64(0), organizationID: r.int64(1), topic: r.string(2),
                               competenceIDs: Codecs.ints(r.string(8)).map(Int64.init), capacity: r.int(3),
                               retired: r.bool(4), version: r.int(5))
        return SiteRow(site: s, organizationName: r.string(6), municipalityName: r.string(7), competences: r.string(9),
                       key: CatalogKey(sort: r.string(10), id: s.id))
    }

    /// A page of internship sites in topic order (keyset on the folded topic and id).
    public func sitePage(_ viewer: Viewer, _ q: SiteQuery, _ anchor: CatalogAnchor = .first, limit: Int) throws -> [SiteRow] {
        var conds: [String] = []
        var params: [SQLBindable] = []
        if !(q.includeRetired && viewer.can(.editCatalogs)) { conds.append("s.retired = 0") }
        if let m = q.municipalityID { conds.append("o.municipality_id = ?"); params.append(m) }
        if let c = q.competenceID {
            conds.append("s.id IN (SELECT site_id FROM site_competences WHERE competence_id = ?)"); params.append(c)
        }
        if let t = catalogSearchSites(q.text) { conds.append(t.0); params += t.1 }
        return try catalogPage(select: SQLiteStore.siteSelect, from: SQLiteStore.siteFrom, idColumn: "s.id", conditions: conds,
                               params: params, sort: SQLiteStore.siteSort, anchor: anchor, limit: limit, SQLiteStore.siteRow)
    }

    /// The typed words in the topic (sites_fts) or in the host's name (organizations_fts).
    private func catalogSearchSites(_ text: String?) -> (String, [SQLBindable])? {
        guard let text, let match = FullTextQuery.match(text) else { return nil }
        return ("(s.id IN (SELECT rowid FROM sites_fts WHERE sites_fts MATCH ?) OR s.organization_id IN (SELECT rowid FROM organizations_fts WHERE organizations_fts MATCH ?))",
                [match, match])
    }

    public func siteRow(_ viewer: Viewer, id: SiteID) throws -> SiteRow? {
        try db.first("SELECT \(SQLiteStore.siteSelect) FROM \(SQLiteStore.siteFrom) WHERE s.id = ?", [id], SQLiteStore.siteRow)
    }

    /// Creates (id 0) or edits an internship site: a topic, a capacity of zero
    /// or more, an existing host organization. Version-checked and audited.
    @discardableResult
    public func saveSite(_ viewer: Viewer, _ site: InternshipSite) throws -> InternshipSite {
        try requireCatalogEditor(viewer)
        var s = site
        s.topic = s.topic.trimmed(" \n\t\r")
        if let refusal = s.validate() { throw StoreError.refused(refusal) }
        return try db.write {
            guard try db.first("SELECT 1 FROM organizations WHERE id = ?", [s.organizationID], { _ in true }) != nil else {
                throw StoreError.invalid(Phrase("Организации №\(s.organizationID) нет", "There is no organization #\(s.organizationID)"))
            }
            guard s.id == 0 else {
                return try writeVersioned(viewer, siteKind, id: s.id, expectedVersion: s.version, action: "edit") { current in
                    var edited = s
                    edited.retired = current.retired
                    return .success(Update(from: current, to: edited))
                } alsoWrite: { update in try replaceCompetences(.site, id: s.id, update.value.competenceIDs) }.value
            }
            try db.execute("INSERT INTO sites(organization_id, topic, capacity) VALUES (?, ?, ?)",
                           StoredValues.cleaned(SQLiteStore.siteColumns(s).map(\.1)))
            s.id = db.lastInsertRowID
            s.version = 1
            try replaceCompetences(.site, id: s.id, s.competenceIDs)
            try audit(viewer, entity: CatalogKind.site.entity, id: s.id, action: "create", after: SQLiteStore.siteSummary(s))
            return s
        }
    }

    /// A site as the versioned write reads and writes it (its competences by `alsoWrite`).
    var siteKind: VersionedKind<InternshipSite> {
        VersionedKind(table: "sites", entity: CatalogKind.site.entity,
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.siteRow(viewer, id: id)?.site } },
                      columns: SQLiteStore.siteColumns(_:))
    }

    static func siteColumns(_ s: InternshipSite) -> [(String, SQLBindable)] {
        [("organization_id", s.organizationID), ("topic", s.topic), ("capacity", s.capacity)]
    }

    static func siteSummary(_ s: InternshipSite) -> String {
        "\(s.topic) · организация \(s.organizationID) · мест \(s.capacity)"
    }
}
