import Domain

/// One change's values, to find the names its ids stand for.
struct ChangeValues {
    var entity: String
    var field: String
    var values: [String]
}

extension SQLiteStore {
    /// The names the ids among `changes` stand for (people, organizations,
    /// competences), in one read per kind at most, for `ChangeText`.
    func changeNames(_ changes: [ChangeValues]) throws -> ChangeNames {
        var people: Set<Int64> = [], organizations: Set<Int64> = [], competences: Set<Int64> = []
        for c in changes {
            guard let (_, kind) = ChangeText.field(c.entity, c.field) else { continue }
            // Scores are `competence:score` pairs: the id is before the colon.
            let ids = c.values.flatMap { $0.split(separator: ",") }.compactMap { Int64($0.split(separator: ":").first ?? "") }
            switch kind {
            case .person: people.formUnion(ids)
            case .organization: organizations.formUnion(ids)
            case .competence, .competences, .scores: competences.formUnion(ids)
            default: break
            }
        }
        var names = ChangeNames()
        func read(_ ids: Set<Int64>, _ sql: String, into book: inout [Int64: String]) throws {
            guard !ids.isEmpty else { return }
            let list = ids.sorted().map(String.init).joined(separator: ",")
            try db.forEach(sql.replacingOccurrences(of: "$IDS", with: list)) { book[$0.int64(0)] = $0.string(1) }
        }
        try read(people, "SELECT id, full_name FROM people WHERE id IN ($IDS)", into: &names.people)
        try read(organizations, "SELECT id, name FROM organizations WHERE id IN ($IDS)", into: &names.organizations)
        try read(competences, "SELECT id, code || ' ' || name FROM competences WHERE id IN ($IDS)", into: &names.competences)
        return names
    }

    /// An audit row's before/after as changes (`key=value` lists; none for free text).
    static func auditChanges(_ e: AuditEntry) -> [ChangeValues] {
        let pairs = (AuditText.pairs(AuditText.readable(e.entity, e.before)) ?? []) + (AuditText.pairs(AuditText.readable(e.entity, e.after)) ?? [])
        return pairs.map { ChangeValues(entity: e.entity, field: $0.0, values: [$0.1]) }
    }

    /// Audit rows with their change said in words, ids as names.
    func described(_ rows: [AuditRow]) throws -> [AuditRow] {
        let names = try changeNames(rows.flatMap { SQLiteStore.auditChanges($0.entry) })
        return rows.map { row in
            var row = row
            row.summary = AuditText.summary(entity: row.entry.entity, before: row.entry.before, after: row.entry.after, names: names)
            return row
        }
    }
}
