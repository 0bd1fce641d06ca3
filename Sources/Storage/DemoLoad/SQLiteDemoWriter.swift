import Domain

/// The demo region's SQL, moved here from the generator (`Sources/DemoRegion`):
/// `DemoRegionSink` on SQLite and its bulk writer. Each row function binds
/// straight to the statement cached for its SQL (`DemoRows`: `row`).
extension SQLiteStore: DemoRegionSink {
    public func isEmptyForDemo() throws -> Bool {
        try db.scalarInt("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM municipalities)") == 0
    }

    public func beginDemoLoad() throws -> any DemoRowWriter {
        SQLiteDemoWriter(store: self, bulk: try DemoBulkLoad(db))
    }

    public func finishDemo(auditText: String) throws {
        useDemoTodayIfAny()   // the build's own audit row is on the demo's day as well
        try db.write {
            try audit(nil, entity: "demo", id: nil, action: "demo", after: auditText)
        }
        // The inbox's stored order for the demo's day, so the first open does not do it.
        try ensureTriageKeys()
    }
}

final class SQLiteDemoWriter: DemoRowWriter {
    let store: SQLiteStore
    let db: Database
    let bulk: DemoBulkLoad
    var rowsInTransaction = 0

    init(store: SQLiteStore, bulk: DemoBulkLoad) {
        self.store = store; self.db = store.db; self.bulk = bulk
    }

    func transaction(_ body: () throws -> Void) throws { try db.write(body) }
    func end() { bulk.end() }
    func setMeta(_ key: String, _ value: String) throws { try store.setMeta(key, value) }

    private static func staging(_ table: DemoStagedTable) -> DemoStaging {
        switch table {
        case .people: return .people
        case .requests: return .requests
        case .requestHistory: return .requestHistory
        }
    }

    func beginStaging(_ tables: [DemoStagedTable]) throws {
        for t in tables { try SQLiteDemoWriter.staging(t).create(db) }
    }

    func flushStaging(_ tables: [DemoStagedTable]) throws {
        for t in tables { try SQLiteDemoWriter.staging(t).flush(db) }
    }

    func endStaging(_ tables: [DemoStagedTable]) throws {
        for t in tables { try SQLiteDemoWriter.staging(t).drop(db) }
    }

    // MARK: Reads

    func maxPracticeID() throws -> Int64 {
        Int64(try db.scalarInt("SELECT coalesce(max(id), 0) FROM practices"))
    }

    func untutoredRoutesByMunicipality() throws -> [Int64: [Int64]] {
        var untutored: [Int64: [Int64]] = [:]
        try db.forEach("""
            SELECT p.municipality_id, r.id, r.person_id FROM routes r JOIN people p ON p.id = r.person_id
            WHERE r.tutor_id IS NULL AND r.status IN ('agreed', 'inProgress', 'completed') ORDER BY r.id
            """) { untutored[$0.int64(0), default: []].append($0.int64(1)) }
        return untutored
    }

    func currentIndicatorCounts(today: Day) throws -> DemoIndicatorCounts {
        let tally = try IndicatorTally.read(db, today: today, municipalityID: nil, byOrganization: false)
        let municipalityIDs = try db.query("SELECT id FROM municipalities ORDER BY id") { $0.int64(0) }
        var region = IndicatorCounts()
        var byMunicipality: [Int64: IndicatorCounts] = [:]
        for m in municipalityIDs {
            byMunicipality[m, default: IndicatorCounts()].municipalities = 1
            byMunicipality[m, default: IndicatorCounts()].municipalitiesTakingPart = tally.participating.contains(m) ? 1 : 0
        }
        for (cell, counts) in tally.counts {
            region.add(counts)
            if let m = cell.municipalityID, byMunicipality[m] != nil { byMunicipality[m]!.add(counts) }
        }
        region.municipalities = municipalityIDs.count
        region.municipalitiesTakingPart = tally.participating.filter { byMunicipality[$0] != nil }.count
        return DemoIndicatorCounts(municipalityIDs: municipalityIDs, region: region, byMunicipality: byMunicipality)
    }

    // MARK: Rows

    static let organizationSQL = "INSERT INTO organizations(id, name, kind, municipality_id, flags) VALUES (?, ?, ?, ?, ?)"
    static let practiceSQL = "INSERT INTO practices(id, title, author_id, organization_id, direction, status) VALUES (?, ?, ?, ?, ?, ?)"
    static let practiceCompetenceSQL = "INSERT INTO practice_competences(practice_id, competence_id) VALUES (?, ?)"
    static let eventSQL = "INSERT INTO events(id, title, kind, date, direction, organizer_id) VALUES (?, ?, ?, ?, ?, ?)"
    static let personSQL = DemoStaging.people.insertSQL
    static let diagnosticSQL = "INSERT INTO diagnostics(id, person_id, date, source, scores) VALUES (?, ?, ?, ?, ?)"
    static let deficitSQL = """
        INSERT INTO deficits(id, person_id, competence_id, severity, status, diagnostic_id, closed_by, score)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let routeSQL = """
        INSERT INTO routes(id, person_id, tutor_id, period_start, period_end, status, cancel_reason)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    static let stepSQL = """
        INSERT INTO steps(id, route_id, position, kind, title, programme_id, site_id, practice_id, event_id,
                          planned_start, planned_end, hours, status, evidence_certificate, evidence_link,
                          evidence_note, tutor_comment, skip_reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let stepDeficitSQL = "INSERT INTO step_deficits(step_id, deficit_id) VALUES (?, ?)"
    static let tutoringSQL = "INSERT INTO tutoring(tutor_id, person_id, since, until) VALUES (?, ?, ?, ?)"
    static let consultationSQL = """
        INSERT INTO consultations(id, tutor_id, person_id, date, form, topic, result, next_step)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let requestSQL = DemoStaging.requests.insertSQL
    static let historySQL = DemoStaging.requestHistory.insertSQL

    func municipality(id: Int64, name: String, kind: String) throws {
        try row("INSERT INTO municipalities(id, name, kind) VALUES (?, ?, ?)", id, name, kind)
    }

    func competence(id: Int64, code: String, name: String, area: String, direction: Int?) throws {
        try row("INSERT INTO competences(id, code, name, area, direction) VALUES (?, ?, ?, ?, ?)", id, code, name, area, direction)
    }

    func organization(id: Int64, name: String, kind: String, municipalityID: Int64?, flags: Int) throws {
        try row(SQLiteDemoWriter.organizationSQL, id, name, kind, municipalityID, flags)
    }

    func programme(id: Int64, title: String, provider: String, kind: String, hours: Int, format: String,
                   inRegistry: Bool, retired: Bool) throws {
        try row("""
            INSERT INTO programmes(id, title, provider, kind, hours, format, in_registry, retired)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, id, title, provider, kind, hours, format, inRegistry, retired)
    }

    func programmeCompetence(programmeID: Int64, competenceID: Int64) throws {
        try row("INSERT INTO programme_competences(programme_id, competence_id) VALUES (?, ?)", programmeID, competenceID)
    }

    func site(id: Int64, organizationID: Int64, topic: String, capacity: Int, retired: Bool) throws {
        try row("INSERT INTO sites(id, organization_id, topic, capacity, retired) VALUES (?, ?, ?, ?, ?)",
                id, organizationID, topic, capacity, retired)
    }

    func siteCompetence(siteID: Int64, competenceID: Int64) throws {
        try row("INSERT INTO site_competences(site_id, competence_id) VALUES (?, ?)", siteID, competenceID)
    }

    func practice(id: Int64, title: String, authorID: Int64?, organizationID: Int64?, direction: Int?, status: String) throws {
        try row(SQLiteDemoWriter.practiceSQL, id, title, authorID, organizationID, direction, status)
    }

    func practiceCompetence(practiceID: Int64, competenceID: Int64) throws {
        try row(SQLiteDemoWriter.practiceCompetenceSQL, practiceID, competenceID)
    }

    func event(id: Int64, title: String, kind: String, date: String, direction: Int?, organizerID: Int64?) throws {
        try row(SQLiteDemoWriter.eventSQL, id, title, kind, date, direction, organizerID)
    }

    func roadmapItem(id: Int64, direction: Int?, title: String, participants: String, participantsNote: String,
                     executors: String, coExecutors: String, timingKind: String, timingYear: Int, timingQuarter: Int?,
                     timingMonths: String, expectedResult: String, status: String) throws {
        try row("""
            INSERT INTO roadmap_items(id, direction, title, participants, participants_note, executors, co_executors,
                                      timing_kind, timing_year, timing_quarter, timing_months, expected_result, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, id, direction, title, participants, participantsNote, executors, coExecutors,
                timingKind, timingYear, timingQuarter, timingMonths, expectedResult, status)
    }

    func person(id: Int64, login: String, fullName: String, nameKey: String, organizationID: Int64?, municipalityID: Int64?,
                position: String, subjects: String, category: String, birthDate: String?, teachingSince: String?,
                roles: Int, directions: String) throws {
        try row(SQLiteDemoWriter.personSQL, id, login, fullName, nameKey, organizationID, municipalityID, position, subjects,
                category, birthDate, teachingSince, roles, directions)
    }

    func diagnostic(id: Int64, personID: Int64, date: String, source: String, scores: String) throws {
        try row(SQLiteDemoWriter.diagnosticSQL, id, personID, date, source, scores)
    }

    func deficit(id: Int64, personID: Int64, competenceID: Int64, severity: String, status: String, diagnosticID: Int64,
                 closedBy: Int64?, score: Int) throws {
        try row(SQLiteDemoWriter.deficitSQL, id, personID, competenceID, severity, status, diagnosticID, closedBy, score)
    }

    func route(id: Int64, personID: Int64, tutorID: Int64?, periodStart: String, periodEnd: String, status: String,
               cancelReason: String?) throws {
        try row(SQLiteDemoWriter.routeSQL, id, personID, tutorID, periodStart, periodEnd, status, cancelReason)
    }

    func step(id: Int64, routeID: Int64, position: Int, kind: String, title: String, programmeID: Int64?, siteID: Int64?,
              practiceID: Int64?, eventID: Int64?, plannedStart: String, plannedEnd: String, hours: Int, status: String,
              evidenceCertificate: String, evidenceLink: String, evidenceNote: String, tutorComment: String,
              skipReason: String) throws {
        try row(SQLiteDemoWriter.stepSQL, id, routeID, position, kind, title, programmeID, siteID, practiceID, eventID,
                plannedStart, plannedEnd, hours, status, evidenceCertificate, evidenceLink, evidenceNote, tutorComment, skipReason)
    }

    func stepDeficit(stepID: Int64, deficitID: Int64) throws {
        try row(SQLiteDemoWriter.stepDeficitSQL, stepID, deficitID)
    }

    func tutoring(tutorID: Int64, personID: Int64, since: String, until: String?) throws {
        try row(SQLiteDemoWriter.tutoringSQL, tutorID, personID, since, until)
    }

    func consultation(id: Int64, tutorID: Int64, personID: Int64, date: String, form: String, topic: String,
                      result: String, nextStep: String) throws {
        try row(SQLiteDemoWriter.consultationSQL, id, tutorID, personID, date, form, topic, result, nextStep)
    }

    func mentoring(id: Int64, mentorID: Int64, menteeID: Int64, form: String, start: String, end: String?, goals: String,
                   status: String) throws {
        try row("INSERT INTO mentoring(id, mentor_id, mentee_id, form, start, end, goals, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id, mentorID, menteeID, form, start, end, goals, status)
    }

    func request(id: Int64, text: String, authorID: Int64?, organizationID: Int64, municipalityID: Int64, competenceID: Int64?,
                 direction: Int?, priority: Int, urgent: Bool, status: String, assigneeID: Int64?, due: String?,
                 createdOn: String, resolvedOn: String?, declineReason: String) throws {
        try row(SQLiteDemoWriter.requestSQL, id, text, authorID, organizationID, municipalityID, competenceID, direction,
                priority, urgent, status, assigneeID, due, createdOn, resolvedOn, declineReason)
    }

    func requestHistory(id: Int64, requestID: Int64, actorID: Int64?, at: Int64, field: String, before: String,
                        after: String) throws {
        try row(SQLiteDemoWriter.historySQL, id, "request", requestID, actorID, at, field, before, after)
    }

    func rmaApplication(id: Int64, personID: Int64, year: Int, directions: String, criteria: Int, decision: String,
                        reason: String?) throws {
        try row("""
            INSERT INTO rma_applications(id, person_id, year, directions, criteria, decision, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, id, personID, year, directions, criteria, decision, reason)
    }

    func assignRouteTutor(routeID: Int64, tutorID: Int64) throws {
        try row("UPDATE routes SET tutor_id = ? WHERE id = ?", tutorID, routeID)
        try row("INSERT OR IGNORE INTO tutoring(tutor_id, person_id, since) SELECT ?, person_id, period_start FROM routes WHERE id = ?",
                tutorID, routeID)
    }

    func indicatorSnapshot(scope: String, scopeID: Int64, kind: String, month: String, numerator: Int, denominator: Int,
                           value: Double?) throws {
        try db.execute("""
            INSERT INTO indicator_snapshots(scope, scope_id, kind, month, numerator, denominator, value)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [scope, scopeID, kind, month, numerator, denominator, value])
    }
}
