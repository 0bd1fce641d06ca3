import Domain

/// `RegionLoading` on SQLite: the competence framework, diagnostics and
/// deficits, routes with their steps, tutors' caseloads and mentoring pairs.
extension SQLiteStore {
    public func loadCompetence(_ c: Competence) throws -> CompetenceID {
        try db.write {
            try db.execute("INSERT INTO competences(id, code, name, area, direction) VALUES (?, ?, ?, ?, ?)",
                           StoredValues.cleaned([newID(c.id), c.code, c.name, c.area.rawValue, c.direction]))
            return db.lastInsertRowID
        }
    }

    public func loadDiagnostic(_ d: Diagnostic) throws -> DiagnosticID {
        try db.write {
            try db.execute("INSERT INTO diagnostics(id, person_id, date, source, scores) VALUES (?, ?, ?, ?, ?)",
                           [newID(d.id), d.personID, d.date, d.source.rawValue, Codecs.scores(d.scores)])
            return db.lastInsertRowID
        }
    }

    public func loadDeficit(_ d: Deficit) throws -> DeficitID {
        try db.write {
            try db.execute("""
                INSERT INTO deficits(id, person_id, competence_id, severity, status, diagnostic_id, closed_by, score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [newID(d.id), d.personID, d.competenceID, d.severity.rawValue, d.status.rawValue, d.diagnosticID,
                      d.closedByDiagnosticID, d.score])
            return db.lastInsertRowID
        }
    }

    public func loadRoute(_ r: Route) throws -> RouteID {
        try db.write {
            try db.execute("""
                INSERT INTO routes(id, person_id, tutor_id, period_start, period_end, status, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(r.id), r.personID, r.tutorID, r.periodStart, r.periodEnd, r.status.rawValue,
                                           r.cancelReason]))
            return db.lastInsertRowID
        }
    }

    public func loadStep(_ s: RouteStep, position: Int) throws -> StepID {
        var programme: Int64?, site: Int64?, practice: Int64?, event: Int64?
        switch s.catalog {
        case .programme(let id)?: programme = id
        case .site(let id)?: site = id
        case .practice(let id)?: practice = id
        case .event(let id)?: event = id
        case nil: break
        }
        return try db.write {
            try db.execute("""
                INSERT INTO steps(id, route_id, position, kind, title, programme_id, site_id, practice_id, event_id, planned_start,
                                  planned_end, hours, status, evidence_certificate, evidence_link, evidence_note, tutor_comment, skip_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(s.id), s.routeID, position, s.kind.rawValue, s.title, programme, site, practice, event,
                                           s.plannedStart, s.plannedEnd, s.hours, s.status.rawValue, s.evidence.certificate,
                                           s.evidence.link, s.evidence.note, s.tutorComment, s.skipReason]))
            let id = db.lastInsertRowID
            for d in s.deficitIDs { try db.execute("INSERT INTO step_deficits(step_id, deficit_id) VALUES (?, ?)", [id, d]) }
            return id
        }
    }

    public func loadTutoring(_ t: TutoringAssignment) throws {
        try db.write {
            try db.execute("INSERT INTO tutoring(tutor_id, person_id, since, until) VALUES (?, ?, ?, ?)",
                           [t.tutorID, t.personID, t.since, t.until])
        }
    }

    /// The pair's municipality is its mentee's (a trigger keeps it).
    public func loadMentoringPair(_ p: MentoringPair) throws -> MentoringID {
        try db.write {
            try db.execute("""
                INSERT INTO mentoring(id, mentor_id, mentee_id, form, start, "end", goals, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(p.id), p.mentorID, p.menteeID, p.form.rawValue, p.start, p.end, p.goals,
                                           p.status.rawValue]))
            return db.lastInsertRowID
        }
    }
}
