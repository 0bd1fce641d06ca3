import Domain

/// One row of the РМА selection: the application with its person and municipality.
public struct SelectionRow: Hashable, Sendable {
    public var application: RMAApplication
    public var personName: String
    public var municipalityName: String
}

/// The head of the selection screen: the seed's totals and the municipalities' participation.
public struct SelectionOverview: Hashable, Sendable {
    public var totals: SelectionTotals
    /// Share of municipalities with at least one application (0...1).
    public var participationShare: Double?
    public var municipalitiesTotal: Int
    /// Names of the municipalities without applications, alphabetical.
    public var withoutApplications: [String]
}

/// Reads and decisions of the selection to the РМА. Reading needs
/// `seeSelection` (the whole region's applications: the commission and the
/// РМА methodists see them all); deciding needs `decideSelection`.
extension SQLiteStore {
    static let selectionColumns = """
        a.id, a.person_id, a.year, a.directions, a.criteria, a.decision, a.reason, a.version,
        p.full_name, coalesce(m.name, '')
        """
    static let selectionFrom = """
        FROM rma_applications a JOIN people p ON p.id = a.person_id LEFT JOIN municipalities m ON m.id = p.municipality_id
        """

    /// A page of applications in id order after `afterID` (keyset).
    public func selectionPage(_ viewer: Viewer, after afterID: ApplicationID?, limit: Int) throws -> [SelectionRow] {
        guard viewer.can(.seeSelection) else { throw StoreError.forbidden(Action.seeSelection.label) }
        return try db.query("SELECT \(SQLiteStore.selectionColumns) \(SQLiteStore.selectionFrom) WHERE a.id > ? ORDER BY a.id LIMIT ?",
                            [afterID ?? 0, limit], SQLiteStore.selectionRow(row:))
    }

    /// A page before `beforeID`, returned in ascending order (paging back).
    public func selectionPage(_ viewer: Viewer, before beforeID: ApplicationID, limit: Int) throws -> [SelectionRow] {
        guard viewer.can(.seeSelection) else { throw StoreError.forbidden(Action.seeSelection.label) }
        return try db.query("SELECT \(SQLiteStore.selectionColumns) \(SQLiteStore.selectionFrom) WHERE a.id < ? ORDER BY a.id DESC LIMIT ?",
                            [beforeID, limit], SQLiteStore.selectionRow(row:)).reversed()
    }

    public func selectionRow(_ viewer: Viewer, id: ApplicationID) throws -> SelectionRow? {
        guard viewer.can(.seeSelection) else { throw StoreError.forbidden(Action.seeSelection.label) }
        return try db.first("SELECT \(SQLiteStore.selectionColumns) \(SQLiteStore.selectionFrom) WHERE a.id = ?", [id], SQLiteStore.selectionRow(row:))
    }

    /// Totals (by SQL aggregates, not by reading every row) and participation.
    public func selectionOverview(_ viewer: Viewer) throws -> SelectionOverview {
        guard viewer.can(.seeSelection) else { throw StoreError.forbidden(Action.seeSelection.label) }
        var totals = SelectionTotals()
        try db.forEach("SELECT decision, coalesce(reason, ''), count(*) FROM rma_applications GROUP BY decision, reason") { r in
            let n = r.int(2)
            totals.applied += n
            switch r.string(0) {
            case "approved": totals.approved += n
            case "rejected":
                totals.rejected += n
                if let reason = RejectionReason(rawValue: r.string(1)) { totals.byReason[reason, default: 0] += n }
            default: totals.pending += n
            }
        }
        let all = try db.scalarInt("SELECT count(*) FROM municipalities")
        let without = try db.query("""
            SELECT name FROM municipalities WHERE id NOT IN (
              SELECT p.municipality_id FROM rma_applications a JOIN people p ON p.id = a.person_id
              WHERE p.municipality_id IS NOT NULL) ORDER BY name
            """) { $0.string(0) }
        let share = SelectionRules.participationShare(municipalitiesWithApplications: all - without.count, allMunicipalities: all)
        return SelectionOverview(totals: totals, participationShare: share, municipalitiesTotal: all, withoutApplications: without)
    }

    /// An application as the versioned write reads and writes it.
    var applicationKind: VersionedKind<RMAApplication> {
        VersionedKind(table: "rma_applications", entity: "application",
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.selectionRow(viewer, id: id)?.application } },
                      columns: { a in
            let (decision, reason) = SQLiteStore.decisionColumns(a.decision)
            return [("directions", Codecs.ints(a.directions)), ("decision", decision), ("reason", reason)]
        })
    }

    /// Approves, rejects with a reason, or reopens an application by the
    /// domain's rules, through the one versioned write.
    @discardableResult
    public func decideApplication(_ viewer: Viewer, id: ApplicationID, expectedVersion: Int,
                                  _ decision: SelectionDecision) throws -> RMAApplication {
        guard viewer.can(.decideSelection) else { throw StoreError.forbidden(Action.decideSelection.label) }
        return try writeVersioned(viewer, applicationKind, id: id, expectedVersion: expectedVersion, action: "decision") { current in
            current.decide(decision).update(from: current)
        }.value
    }

    static func decisionColumns(_ d: SelectionDecision) -> (String, String?) {
        switch d {
        case .pending: return ("pending", nil)
        case .approved: return ("approved", nil)
        case .rejected(let reason): return ("rejected", reason.rawValue)
        }
    }

    static func selectionRow(row r: Row) -> SelectionRow {
        let decision: SelectionDecision
        switch r.string(5) {
        case "approved": decision = .approved
        case "rejected": decision = .rejected(RejectionReason(rawValue: r.optString(6) ?? "") ?? .directionMismatch)
        default: decision = .pending
        }
        let application = RMAApplication(id: r.int64(0), personID: r.int64(1), year: r.int(2), directions: Codecs.ints(r.string(3)),
                                          criteria: Codecs.criteria(r.int(4)), decision: decision, version: r.int(7))
        return SelectionRow(application: application, personName: r.string(8), municipalityName: r.string(9))
    }
}
