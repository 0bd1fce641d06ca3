import Domain

/// Stores one diagnostic and applies the deficit rule to its person: the
/// writing half of `DiagnosticsImport`, inside the import's transaction.
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

    mutating func add(_ given: Diagnostic, login: String) throws {
        let db = store.db
        try db.execute("INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, ?, ?, ?)",
                       [given.personID, given.date, given.source.rawValue, Codecs.scores(given.scores)])
        var diagnostic = given
        diagnostic.id = db.lastInsertRowID
        try store.audit(actor, entity: "diagnostic", id: diagnostic.id, action: "import",
                        after: "\(login) \(diagnostic.date.iso) \(diagnostic.source.rawValue): \(Codecs.scores(diagnostic.scores))")

        let deficits = try db.query("""
            SELECT id, person_id, competence_id, severity, status, diagnostic_id, closed_by, score, version
            FROM deficits WHERE person_id = ? AND status != 'closed'
            """, [diagnostic.personID], SQLiteStore.deficit(row:))
        var foundOn: [DiagnosticID: Day] = [:]
        for id in Set(deficits.map(\.diagnosticID)) {
            foundOn[id] = try db.first("SELECT date FROM diagnostics WHERE id = ?", [id]) { $0.day(0) } ?? nil
        }
        let outcome = DeficitRules.reconcile(open: deficits, with: diagnostic, framework: framework, foundOn: foundOn)
        for d in outcome.changed {
            try store.writeVersioned(actor, store.deficitKind, id: d.id, expectedVersion: d.version,
                                     action: d.status == .closed ? "close" : "persist") { .success(Update(from: $0, to: d)) }
        }
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
            try store.audit(actor, entity: "deficit", id: db.lastInsertRowID, action: "create",
                            after: "diagnostic \(diagnostic.id): \(finding.score) (\(finding.severity.rawValue))")
            added += 1
        }
    }
}
