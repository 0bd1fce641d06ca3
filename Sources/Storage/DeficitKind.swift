import Domain

extension SQLiteStore {
    /// A deficit as the versioned write reads and writes it. Deficits change
    /// only by a diagnostic's reconciliation (`DeficitRules.reconcile`), so
    /// the read takes no viewer's scope.
    var deficitKind: VersionedKind<Deficit> {
        VersionedKind(table: "deficits", entity: "deficit", read: { [unowned self] _, id in
            try self.db.first("""
                SELECT id, person_id, competence_id, severity, status, diagnostic_id, closed_by, score, version FROM deficits WHERE id = ?
                """, [id], SQLiteStore.deficit(row:))
        }, columns: { d in
            [("status", d.status.rawValue), ("severity", d.severity.rawValue), ("score", d.score), ("closed_by", d.closedByDiagnosticID)]
        })
    }

    static func deficit(row r: Row) -> Deficit {
        Deficit(id: r.int64(0), personID: r.int64(1), competenceID: r.int64(2), severity: DeficitSeverity(rawValue: r.string(3)) ?? .mild,
                status: DeficitStatus(rawValue: r.string(4)) ?? .identified, diagnosticID: r.int64(5),
                closedByDiagnosticID: r.optInt64(6), score: r.int(7), version: r.int(8))
    }
}
