import Domain

/// The SQL of the CSV exchange (`Sources/Exchange`), moved here from the
/// importers and exporters: `ImportSink` and `ExportSource` on SQLite. The
/// diagnostics' writing half is `Imports/DiagnosticReconciler.swift`.
extension SQLiteStore: ImportSink, ExportSource {
    // MARK: The run (ImportRunner)

    public func importCheck<T>(_ body: () throws -> T) throws -> T { try db.read(body) }

    public func importWrite<T>(stage: () throws -> Void, apply: () throws -> T) throws -> T {
        // Each row's statement journal (a trigger and a UNIQUE key: SQLite keeps one per statement) in
        // memory, not in a temporary file: on disk it cost 1.3 million small writes for 100,000 people,
        // most of the time every other save waited. And dirty pages stay in memory until the commit.
        try db.execute("PRAGMA temp_store = MEMORY")
        try db.execute("PRAGMA cache_size = -262144")
        defer {
            _ = try? db.execute("PRAGMA cache_size = -2000")
            _ = try? db.execute("PRAGMA temp_store = DEFAULT")
        }
        try stage()
        do { return try db.write(apply) } catch let e as SQLiteError where e.isConstraint {
            // Another session wrote the same thing between the check and the write (a login, a key).
            throw ImportConflict()
        }
    }

    // MARK: Checking rows

    public func importPlaces() throws -> ImportPlaceRows {
        var places = ImportPlaceRows(municipalities: [], organizations: [])
        try db.forEach("SELECT id, name FROM municipalities") { r in
            places.municipalities.append((r.int64(0), r.string(1)))
        }
        try db.forEach("SELECT id, name, municipality_id FROM organizations") { r in
            places.organizations.append((r.int64(0), r.string(1), r.optInt64(2)))
        }
        return places
    }

    public func importedPersonKey(login: String) throws -> ImportedPerson.Existing? {
        try db.first("SELECT id, version, roles FROM people WHERE login = ?", [login]) {
            (id: $0.int64(0), version: $0.int(1), roles: Codecs.roles($0.int(2)))
        }
    }

    public func personID(login: String) throws -> PersonID? {
        try db.first("SELECT id FROM people WHERE login = ?", [login], { $0.int64(0) })
    }

    public func requestAuthor(login: String) throws -> (id: PersonID, organizationID: OrganizationID?)? {
        try db.first("SELECT id, organization_id FROM people WHERE login = ?", [login], {
            ($0.int64(0), $0.optInt64(1))
        })
    }

    public func organizationPlace(_ id: OrganizationID) throws -> (municipalityID: MunicipalityID?, flags: Int)? {
        try db.first("SELECT municipality_id, flags FROM organizations WHERE id = ?", [id], {
            ($0.optInt64(0), $0.int(1))
        })
    }

    public func organizationExists(_ id: OrganizationID) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM organizations WHERE id = ?", [id]) > 0
    }

    public func organizationNames() throws -> [(id: OrganizationID, name: String)] {
        var names: [(id: OrganizationID, name: String)] = []
        try db.forEach("SELECT id, name FROM organizations") { names.append(($0.int64(0), $0.string(1))) }
        return names
    }

    public func existingRequest(date: Day, text: String, authorID: PersonID?, organizationID org: OrganizationID) throws -> RequestID? {
        try db.first("""
            SELECT id FROM requests WHERE created_on = ? AND text = ? AND
              ((? IS NOT NULL AND author_id = ?) OR (? IS NULL AND author_id IS NULL AND organization_id = ?))
            """, [date, text, authorID, authorID, authorID, org]) { $0.int64(0) }
    }

    public func existingDiagnostic(personID: PersonID, date: Day, source: DiagnosticSource) throws -> DiagnosticID? {
        try db.first("SELECT id FROM diagnostics WHERE person_id = ? AND date = ? AND source = ?",
                     [personID, date, source.rawValue], { $0.int64(0) })
    }

    public func competenceCodes() throws -> [(id: CompetenceID, code: String)] {
        var codes: [(id: CompetenceID, code: String)] = []
        try db.forEach("SELECT id, code FROM competences") { codes.append(($0.int64(0), $0.string(1))) }
        return codes
    }

    public func catalogProgrammes() throws -> [(id: ProgrammeID, title: String, provider: String)] {
        var programmes: [(id: ProgrammeID, title: String, provider: String)] = []
        try db.forEach("SELECT id, title, provider FROM programmes WHERE retired = 0") {
            programmes.append(($0.int64(0), $0.string(1), $0.string(2)))
        }
        return programmes
    }

    // MARK: People

    static let importedPeopleColumns = """
        login, full_name, name_key, organization_id, municipality_id, position, subjects, category, birth_date, teaching_since, roles, directions
        """

    /// The new people, into this connection's TEMP table: no lock on the file (`importWrite` sets temp_store = MEMORY).
    public func stageImportedPeople(_ rows: [ImportedPerson]) throws {
        try db.executeScript("DROP TABLE IF EXISTS temp.import_people; CREATE TEMP TABLE import_people(seq INTEGER PRIMARY KEY, \(SQLiteStore.importedPeopleColumns))")
        for row in rows where row.existing == nil {
            let place = row.place ?? (nil, nil)
            try db.execute("INSERT INTO temp.import_people(\(SQLiteStore.importedPeopleColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned([row.login, row.fullName, row.nameKey, place.organization,
                                                 place.municipality, row.position ?? "", Codecs.list(row.subjects ?? []),
                                                 (row.category ?? .none).rawValue, row.birthDate ?? nil, row.teachingSince ?? nil,
                                                 Codecs.roleBits(row.roles ?? [.teacher]), Codecs.ints(row.directions ?? [])]))
        }
    }

    public func writeImportedPeople(_ rows: [ImportedPerson], actor: Viewer?) throws -> (added: Int, updated: Int) {
        var added = 0, updated = 0
        // New people get their search entries after the commit (PeopleSearchFill).
        let firstNewID = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM people"))
        let adding = rows.contains { $0.existing == nil }
        if adding { try beginDeferringPeopleSearch() }
        for row in rows {
            if let existing = row.existing, try updateImported(row, existing, actor: actor) { updated += 1 }
        }
        if adding {
            added = try db.execute("INSERT INTO people(\(SQLiteStore.importedPeopleColumns)) SELECT \(SQLiteStore.importedPeopleColumns) FROM temp.import_people ORDER BY seq")
            try db.execute("DROP TABLE temp.import_people")
            try auditNewPeople(actor, since: firstNewID, action: "import")
            try endDeferringPeopleSearch(firstID: firstNewID)
        }
        try audit(actor, entity: "people", id: nil, action: "import", after: "added=\(added); updated=\(updated)")
        return (added, updated)
    }

    /// Answers whether anything changed. Through the one versioned write: a
    /// row that changes nothing writes nothing, so loading the same file
    /// again bumps no version and adds no audit noise.
    private func updateImported(_ row: ImportedPerson, _ existing: ImportedPerson.Existing, actor: Viewer?) throws -> Bool {
        let update = try writeVersioned(actor, personKind, id: existing.id, expectedVersion: existing.version,
                                        action: "import-update") { current in
            var p = current
            p.fullName = row.fullName
            if let place = row.place { p.organizationID = place.organization }
            if let v = row.position { p.position = v }
            if let v = row.subjects { p.subjects = v }
            if let v = row.category { p.category = v }
            if let v = row.birthDate { p.birthDate = v }
            if let v = row.teachingSince { p.teachingSince = v }
            if let v = row.roles { p.roles = v }
            if let v = row.directions { p.directions = v }
            return .success(Update(from: current, to: p))
        }
        return !update.changes.isEmpty
    }

    // MARK: Diagnostics

    public func writeImportedDiagnostics(_ rows: [(diagnostic: Diagnostic, login: String)], actor: Viewer?,
                                         framework: CompetenceFramework) throws -> DiagnosticImportTally {
        var reconciler = DiagnosticReconciler(store: self, actor: actor, framework: framework)
        for row in rows { try reconciler.add(row.diagnostic) }
        try audit(actor, entity: "diagnostics", id: nil, action: "import",
                  after: "rows=\(rows.count); deficitsAdded=\(reconciler.added); deficitsClosed=\(reconciler.closed); deficitsPersisting=\(reconciler.persisting)")
        return DiagnosticImportTally(added: reconciler.added, closed: reconciler.closed, persisting: reconciler.persisting)
    }

    // MARK: Programmes

    public func writeImportedProgrammes(_ rows: [Programme], actor: Viewer?) throws {
        for p in rows {
            try db.execute("""
                INSERT INTO programmes(title, provider, kind, hours, format, in_registry) VALUES (?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([p.title, p.provider, p.kind.rawValue, p.hours, p.format.rawValue, p.inFederalRegistry]))
            let id = db.lastInsertRowID
            for c in p.competenceIDs {
                try db.execute("INSERT INTO programme_competences(programme_id, competence_id) VALUES (?, ?)", [id, c])
            }
            try audit(actor, entity: "programme", id: id, action: "import", after: "title=\(p.title); provider=\(p.provider); hours=\(p.hours)")
        }
        try audit(actor, entity: "programmes", id: nil, action: "import", after: "rows=\(rows.count)")
    }

    // MARK: Requests

    public func writeImportedRequests(_ rows: [ImportedRequest], actor: Viewer?) throws {
        for row in rows {
            try db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?)
                """, StoredValues.cleaned([row.text, row.authorID, row.organizationID, row.municipalityID, row.direction,
                                           RequestPriority.normal.rawValue, row.urgent, row.date]))
            let id = db.lastInsertRowID
            try recordHistory(actor, entity: "request", id: id, [FieldChange.requestCreated])
            try audit(actor, entity: "request", id: id, action: "import", after: row.text)
        }
        try audit(actor, entity: "requests", id: nil, action: "import", after: "rows=\(rows.count)")
    }

    // MARK: Exports

    public func exportedPeople(_ viewer: Viewer, municipality: MunicipalityID?) throws -> [ExportedPerson] {
        var conditions = [Visibility.peopleRows(viewer)]
        if let id = municipality { conditions.append(Visibility.Predicate(sql: "p.municipality_id = ?", params: [id])) }
        var rows: [ExportedPerson] = []
        try db.forEach("""
            SELECT p.login, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''), p.position, p.subjects, p.category,
                   p.birth_date, p.teaching_since, p.roles, p.directions
            FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
            LEFT JOIN municipalities m ON m.id = p.municipality_id
            WHERE \(conditions.map(\.sql).joined(separator: " AND ")) ORDER BY p.name_key, p.id
            """, conditions.flatMap(\.params)) { r in
            rows.append(ExportedPerson(
                login: r.string(0), fullName: r.string(1), organization: r.string(2), municipality: r.string(3),
                position: r.string(4), subjects: Codecs.list(r.string(5)),
                category: QualificationCategory(rawValue: r.string(6)) ?? .none,
                birthDate: r.day(7), teachingSince: r.day(8), roles: Codecs.roles(r.int(9)),
                directions: Codecs.ints(r.string(10))))
        }
        return rows
    }

    public func exportedProgrammes() throws -> [ExportedProgramme] {
        var codes: [ProgrammeID: [String]] = [:]
        try db.forEach("""
            SELECT pc.programme_id, c.code FROM programme_competences pc JOIN competences c ON c.id = pc.competence_id
            ORDER BY pc.programme_id, c.id
            """) { codes[$0.int64(0), default: []].append($0.string(1)) }
        var rows: [ExportedProgramme] = []
        try db.forEach("""
            SELECT id, title, provider, kind, hours, format, in_registry FROM programmes WHERE retired = 0 ORDER BY title, id
            """) { r in
            rows.append(ExportedProgramme(
                id: r.int64(0), title: r.string(1), provider: r.string(2),
                kind: ProgrammeKind(rawValue: r.string(3)) ?? .upskilling, hours: r.int(4),
                format: ProgrammeFormat(rawValue: r.string(5)) ?? .inPerson, inRegistry: r.int(6) != 0,
                competenceCodes: codes[r.int64(0)] ?? []))
        }
        return rows
    }
}
