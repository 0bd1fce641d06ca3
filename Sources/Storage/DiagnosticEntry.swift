import Domain

/// Diagnostics entered on screen and their withdrawal (`DiagnosticStore`).
/// Recording goes through `DiagnosticReconciler`, the import's own writer,
/// so a screen entry and a CSV row change deficits by the same rule.
extension SQLiteStore {
    public func recordDiagnostic(_ viewer: Viewer, _ diagnostic: Diagnostic) throws -> DiagnosticOutcome {
        let action = DiagnosticEntryRules.action(recordingFor: diagnostic.personID, by: viewer)
        guard viewer.can(action) else { throw StoreError.forbidden(action.label) }
        if let refusal = DiagnosticEntryRules.refusal(recording: diagnostic.source, for: diagnostic.personID, by: viewer) {
            throw StoreError.refused(refusal)
        }
        let framework = try competenceFramework()
        if let refusal = DeficitRules.validate(diagnostic, framework: framework) { throw StoreError.refused(refusal) }
        guard diagnostic.date <= today() else {
            throw StoreError.refused(Refusal("Дата диагностики не может быть в будущем", "A diagnostic cannot be dated in the future"))
        }
        return try db.write {
            guard try person(viewer, id: diagnostic.personID) != nil else {
                throw StoreError.forbidden(Phrase("вносить диагностики человека вне вашего списка",
                                                  "record diagnostics of someone outside your reach"))
            }
            var reconciler = DiagnosticReconciler(store: self, actor: viewer, framework: framework)
            return try reconciler.add(diagnostic, auditAction: "add")
        }
    }

    public func withdrawDiagnostic(_ viewer: Viewer, id: DiagnosticID) throws -> DiagnosticOutcome {
        try db.write {
            guard let d = try storedDiagnostic(id), try person(viewer, id: d.personID) != nil else {
                throw StoreError.notFound(entity: "diagnostic", id: id)
            }
            if let refusal = DiagnosticEntryRules.withdrawRefusal(d, by: viewer, today: today()) { throw StoreError.refused(refusal) }
            let effects = try db.query("""
                SELECT e.deficit_id, e.before_status, e.before_severity, e.before_score, e.before_closed_by, e.left_version,
                       f.person_id, f.competence_id, f.diagnostic_id
                FROM diagnostic_effects e JOIN deficits f ON f.id = e.deficit_id WHERE e.diagnostic_id = ?
                """, [id]) { r -> DiagnosticEffect in
                let before = r.optString(1).map { status in
                    Deficit(id: r.int64(0), personID: r.int64(6), competenceID: r.int64(7),
                            severity: DeficitSeverity(rawValue: r.string(2)) ?? .mild, status: DeficitStatus(rawValue: status) ?? .identified,
                            diagnosticID: r.int64(8), closedByDiagnosticID: r.optInt64(4), score: r.int(3))
                }
                return DiagnosticEffect(deficitID: r.int64(0), before: before, leftVersion: r.int(5))
            }
            var current: [DeficitID: Deficit] = [:], inSteps = Set<DeficitID>()
            for e in effects {
                current[e.deficitID] = try deficitKind.read(viewer, e.deficitID)
                if try db.scalarInt("SELECT count(*) FROM step_deficits WHERE deficit_id = ?", [e.deficitID]) > 0 { inSteps.insert(e.deficitID) }
            }
            let later = try db.query("SELECT scores FROM diagnostics WHERE person_id = ? AND id > ?", [d.personID, id]) {
                Codecs.scores($0.string(0))
            }
            let framework = try competenceFramework()
            let moves: [DiagnosticWithdrawal.Move]
            switch DiagnosticWithdrawal.plan(effects, current: current, inSteps: inSteps, scoredLater: Set(later.flatMap(\.keys)),
                                             competenceCode: { framework.competence($0)?.code ?? "№\($0)" }) {
            case .failure(let refusal): throw StoreError.refused(refusal)
            case .success(let m): moves = m
            }
            var outcome = DiagnosticOutcome(id: id)
            for move in moves {
                switch move {
                case .restore(let before, let version):
                    let now = current[before.id]
                    let written = try writeVersioned(viewer, deficitKind, id: before.id, expectedVersion: version, action: "undo") {
                        var back = before
                        back.version = $0.version
                        return .success(Update(from: $0, to: back))
                    }
                    // Listed by what the withdrawal undid: a closing reopened, a persisting put back.
                    if now?.status == .closed { outcome.closed.append(written.value.competenceID) }
                    else { outcome.persisting.append(written.value.competenceID) }
                case .remove(let deficitID, let version):
                    let competence = current[deficitID]?.competenceID
                    guard try db.execute("DELETE FROM deficits WHERE id = ? AND version = ?", [deficitID, version]) == 1 else {
                        throw try conflict("deficits", entity: "deficit", id: deficitID, expectedVersion: version)
                    }
                    try audit(viewer, entity: "deficit", id: deficitID, action: "remove", before: "diagnostic=\(id)")
                    if let competence { outcome.found.append(competence) }
                }
            }
            try db.execute("DELETE FROM diagnostic_effects WHERE diagnostic_id = ?", [id])
            try db.execute("DELETE FROM diagnostics WHERE id = ?", [id])
            try audit(viewer, entity: "diagnostic", id: id, action: "withdraw",
                      before: DiagnosticReconciler.auditText(d))
            return outcome
        }
    }

    /// One diagnostic by id, unscoped (the caller checks the person).
    func storedDiagnostic(_ id: DiagnosticID) throws -> Diagnostic? {
        try db.first("SELECT \(SQLiteStore.diagnosticColumns) FROM diagnostics g WHERE g.id = ?", [id], SQLiteStore.diagnostic(row:))
    }

    static let diagnosticColumns = "g.id, g.person_id, g.date, g.source, g.scores, g.note, g.author_id, g.recorded_on"

    static func diagnostic(row r: Row) -> Diagnostic {
        Diagnostic(id: r.int64(0), personID: r.int64(1), date: r.day(2) ?? Day(ordinal: 0),
                   source: DiagnosticSource(rawValue: r.string(3)) ?? .regional, scores: Codecs.scores(r.string(4)),
                   note: r.string(5), authorID: r.optInt64(6), recordedOn: r.day(7))
    }
}
