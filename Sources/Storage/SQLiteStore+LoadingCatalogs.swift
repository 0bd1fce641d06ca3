import Domain

/// `RegionLoading` on SQLite: the catalogs — programmes, internship sites,
/// events — with their competences.
extension SQLiteStore {
    public func loadProgramme(_ p: Programme) throws -> ProgrammeID {
        try db.write {
            try db.execute("""
                INSERT INTO programmes(id, title, provider, kind, hours, format, in_registry, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(p.id), p.title, p.provider, p.kind.rawValue, p.hours, p.format.rawValue,
                                           p.inFederalRegistry, p.retired]))
            let id = db.lastInsertRowID
            try linkCompetences("programme_competences", "programme_id", id, p.competenceIDs)
            return id
        }
    }

    public func loadSite(_ s: InternshipSite) throws -> SiteID {
        try db.write {
            try db.execute("INSERT INTO sites(id, organization_id, topic, capacity, retired) VALUES (?, ?, ?, ?, ?)",
                           StoredValues.cleaned([newID(s.id), s.organizationID, s.topic, s.capacity, s.retired]))
            let id = db.lastInsertRowID
            try linkCompetences("site_competences", "site_id", id, s.competenceIDs)
            return id
        }
    }

    public func loadEvent(_ e: Event) throws -> EventID {
        try db.write {
            try db.execute("INSERT INTO events(id, title, kind, date, direction, organizer_id) VALUES (?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned([newID(e.id), e.title, e.kind.rawValue, e.date, e.direction, e.organizerID]))
            return db.lastInsertRowID
        }
    }

    private func linkCompetences(_ table: String, _ column: String, _ id: Int64, _ competences: [CompetenceID]) throws {
        for c in Set(competences).sorted() {
            try db.execute("INSERT INTO \(table)(\(column), competence_id) VALUES (?, ?)", [id, c])
        }
    }
}
