import Domain

/// Stores one diagnostic and applies the deficit rule to its person: the
/// one code path of the import (`DiagnosticsImport`, inside its
/// transaction) and of a diagnostic entered on screen. What it does to each
/// deficit is kept (`diagnostic_effects`) so that a withdrawal can undo it.
struct DiagnosticReconciler {
    let store: SQLiteStore
    let actor: Viewer?
    let framework: CompetenceFramework
    private(set) var added = 0
    private(set) var closed = 0
    private(set) var persisting = 0

    init(store: SQLiteStore, actor: Viewer?, framework: CompetenceFramework) {
        self.store = store; self.actor = actor; self.framework = framework
    }

    /// Stores `given` (its author and day: the actor and today) and answers
    /// what it did. `auditAction`: "import" or "add".
    @discardableResult
    mutating func add(_ given: Diagnostic, auditAction: String = "import") throws -> DiagnosticOutcome {
        let db = store.db
        try db.execute("INSERT INTO diagnostics(person_id, date, source, scores, note, author_id, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       StoredValues.cleaned([given.personID, given.date, given.source.rawValue, Codecs.scores(given.scores),
                                             given.note.trimmed(" \t\n"), actor?.personID, store.today()]))
        var diagnostic = given
        diagnostic.id = db.lastInsertRowID
        try store.audit(actor, entity: "diagnostic", id: diagnostic.id, action: auditAction,
                        after: DiagnosticReconciler.auditText(diagnostic))
        var result = DiagnosticOutcome(id: diagnostic.id)

        let deficits = try db.query("""
            SELECT id, person_id, competence_id, severity, status, diagnostic_id, closed_by, score, version
            FROM deficits WHERE person_id = ? AND status != 'closed'
            """, [diagnostic.personID], SQLiteStore.deficit(row:))
        var foundOn: [DiagnosticID: Day] = [:]
        for id in Set(deficits.map(\.diagnosticID)) {
            foundOn[id] = try db.first("SELECT date FROM diagnostics WHERE id = ?", [id]) { $0.day(0) } ?? nil
        }
        let outcome = DeficitRules.reconcile(open: deficits, with: diagnostic, framework: framework, foundOn: foundOn)
        let before = Dictionary(deficits.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for d in outcome.changed {
            let written = try store.writeVersioned(actor, store.deficitKind, id: d.id, expectedVersion: d.version,
                                                   action: d.status == .closed ? "close" : "persist") { .success(Update(from: $0, to: d)) }
            try keepEffect(diagnostic.id, DiagnosticEffect(deficitID: d.id, before: before[d.id], leftVersion: written.value.version))
        }
        result.closed = outcome.closed.map(\.competenceID)
        result.persisting = outcome.persisting.map(\.competenceID)
        closed += outcome.closed.count
        persisting += outcome.persisting.count

        // A later stored diagnostic that scored the competence already
        // judged it: an older result adds no deficit there.
        let later = try db.query("SELECT scores FROM diagnostics WHERE person_id = ? AND date > ? AND id != ?",
                                 [diagnostic.personID, diagnostic.date, diagnostic.id]) { Codecs.scores($0.string(0)) }
        let judgedLater = Set(later.flatMap(\.keys))
        for finding in outcome.new where !judgedLater.contains(finding.competenceID) {
            try db.execute("""
                INSERT INTO deficits(person_id, competence_id, severity, status, diagnostic_id, score)
                VALUES (?, ?, ?, 'identified', ?, ?)
                """, [diagnostic.personID, finding.competenceID, finding.severity.rawValue, diagnostic.id, finding.score])
            let id = db.lastInsertRowID
            try store.audit(actor, entity: "deficit", id: id, action: "create",
                            after: "diagnostic=\(diagnostic.id); score=\(finding.score); severity=\(finding.severity.rawValue)")
            try keepEffect(diagnostic.id, DiagnosticEffect(deficitID: id, before: nil, leftVersion: 1))
            result.found.append(finding.competenceID)
            added += 1
        }
        return result
    }

    /// The audit's line of a stored diagnostic (the `diagnostic` fields of `ChangeText`).
    static func auditText(_ d: Diagnostic) -> String {
        "person=\(d.personID); date=\(d.date.iso); source=\(d.source.rawValue); scores=\(AuditText.scoresList(Codecs.scores(d.scores)))"
    }

    private func keepEffect(_ diagnosticID: DiagnosticID, _ e: DiagnosticEffect) throws {
        try store.db.execute("""
            INSERT INTO diagnostic_effects(diagnostic_id, deficit_id, before_status, before_severity, before_score, before_closed_by, left_version)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [diagnosticID, e.deficitID, e.before?.status.rawValue, e.before?.severity.rawValue, e.before?.score,
                  e.before?.closedByDiagnosticID, e.leftVersion])
    }
}
