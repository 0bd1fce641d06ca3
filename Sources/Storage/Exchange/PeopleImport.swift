import Domain
import Foundation

/// `metodist import people FILE.csv`: workers of the region, all rows or none.
///
/// The first line names the columns (any order; case and ё do not matter;
/// Russian or English names; `PeopleExport` writes exactly these):
///
/// | column | value |
/// |---|---|
/// | `логин` (`login`) | required, unique, `LoginRule` (Latin letters, digits, `.` `_` `-`): the key of the row |
/// | `ФИО` (`full name`) | required |
/// | `организация` (`organization`) | exact name or number; empty: none |
/// | `муниципалитет` (`municipality`) | name or number: narrows an organization name, or stands alone |
/// | `должность`, `предметы` (`;` or `,` between) | text |
/// | `категория` | без категории / первая / высшая |
/// | `дата рождения`, `стаж с` | ДД.ММ.ГГГГ or ГГГГ-ММ-ДД, not in the future |
/// | `роли` | педагог, тьютор, методист ММС, методист РМА, координатор, наставник, администратор (`;` or `,`) |
/// | `направления` | РМА directions 1–19 (`;` or `,`) |
///
/// Upsert by login: a new login adds a person (roles default to педагог);
/// a known login updates that person — the columns present in the file
/// replace the stored values (an empty cell clears), absent columns are
/// kept. Giving or changing any role other than педагог needs the right to
/// edit roles (administrator).
public enum PeopleImport {
    public static func run(_ store: SQLiteStore, actor: Viewer?, path: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(PeopleImporter.self, store, actor: actor, path: path, dryRun: dryRun, language: language)
    }

    public static func run(_ store: SQLiteStore, actor: Viewer?, data: Data, fileName: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(PeopleImporter.self, store, actor: actor, data: data, fileName: fileName, dryRun: dryRun,
                         language: language)
    }
}

struct PeopleImporter: TableImporter {
    enum Column: CaseIterable {
        case login, fullName, organization, municipality, position, subjects, category, birthDate, teachingSince, roles, directions
    }

    /// The first name of each column is what the export writes (Russian);
    /// the English one is what `--lang en` writes.
    static let names: [Column: [String]] = [
        .login: ["логин", "login"],
        .fullName: ["фио", "full name", "полное имя", "имя", "name"],
        .organization: ["организация", "organization", "школа"],
        .municipality: ["муниципалитет", "municipality"],
        .position: ["должность", "position"],
        .subjects: ["предметы", "subjects", "предмет"],
        .category: ["категория", "category", "квалификационная категория"],
        .birthDate: ["дата рождения", "birth date", "birthday"],
        .teachingSince: ["стаж с", "teaching since", "педагогический стаж с"],
        .roles: ["роли", "roles"],
        .directions: ["направления", "directions", "направления рма"],
    ]

    /// One checked row. Optional fields are nil when the column is absent
    /// (an update keeps the stored value).
    struct Row {
        var existing: (id: PersonID, version: Int, roles: Set<Role>)?
        var login: String
        var fullName: String {
            didSet { nameKey = SearchKey.fold(fullName) }
        }
        /// Folded while the file is checked, not inside the write that others wait for.
        var nameKey: String
        var place: (organization: OrganizationID?, municipality: MunicipalityID?)?
        var position: String?
        var subjects: [String]?
        var category: QualificationCategory?
        var birthDate: Day??
        var teachingSince: Day??
        var roles: Set<Role>?
        var directions: [Int]?

        init(existing: (id: PersonID, version: Int, roles: Set<Role>)?, login: String, fullName: String) {
            self.existing = existing; self.login = login; self.fullName = fullName
            nameKey = SearchKey.fold(fullName)
        }
    }

    static var noun: Phrase { Phrase("работников", "people") }

    let store: SQLiteStore
    let actor: Viewer?
    let header: ImportHeader<Column>
    let places: ImportPlaces
    let today: Day
    private var seen: [String: Int] = [:]

    static func prepare(_ store: SQLiteStore, actor: Viewer?, header: [String]) throws -> Result<PeopleImporter, Refusal> {
        switch ImportHeader<Column>.map(header, names: names, required: [.login, .fullName]) {
        case .failure(let why): return .failure(why)
        case .success(let h):
            return .success(PeopleImporter(store: store, actor: actor, header: h, places: try ImportPlaces(store.db),
                                           today: store.today()))
        }
    }

    private func title(_ c: Column) -> String { header.title(c, default: PeopleImporter.names[c]?.first ?? "") }

    mutating func resolve(_ record: CSVRecord) throws -> Result<Row, ImportProblem> {
        if let p = header.overflow(record) { return .failure(p) }
        let header = self.header
        let v = { (c: Column) in header.value(c, record) }
        let login = v(.login)
        guard !login.isEmpty else { return .failure(ImportProblem(title(.login), "пустой логин", "the login is empty")) }
        // The raw cell, not the cleaned one: cleaning would hide a control character.
        let rawLogin = header.columns[.login].flatMap { record.fields.indices.contains($0) ? record.fields[$0].trimmed(" \t\r\n") : nil } ?? login
        if let why = LoginRule.refusal(rawLogin) { return .failure(ImportProblem(title(.login), why)) }
        if let line = seen[login] {
            return .failure(ImportProblem(title(.login), "логин «\(login)» уже был в строке \(line)", "the login “\(login)” repeats line \(line)"))
        }
        seen[login] = record.line
        let fullName = v(.fullName)
        guard !fullName.isEmpty else { return .failure(ImportProblem(title(.fullName), "пустое ФИО", "the full name is empty")) }
        let existing = try store.db.first("SELECT id, version, roles FROM people WHERE login = ?", [login]) {
            (id: $0.int64(0), version: $0.int(1), roles: Codecs.roles($0.int(2)))
        }
        var row = Row(existing: existing, login: login, fullName: fullName)

        if header.has(.organization) || header.has(.municipality) {
            switch place(v(.organization), v(.municipality)) {
            case .failure(let p): return .failure(p)
            case .success(let p): row.place = p
            }
        }
        if header.has(.position) { row.position = v(.position) }
        if header.has(.subjects) { row.subjects = ImportText.list(v(.subjects)) }
        if header.has(.category) {
            let text = v(.category)
            guard let c = text.isEmpty ? QualificationCategory.none : ImportText.labelled(text, QualificationCategory.self,
                                                                                      synonyms: ["нет": .none, "высшая категория": .highest, "первая категория": .first]) else {
                return .failure(ImportProblem(title(.category), "«\(text)»: нужна одна из: \(ImportText.labels(QualificationCategory.self))",
                                              "“\(text)”: one of: none, first, highest"))
            }
            row.category = c
        }
        for (column, keyPath) in [(Column.birthDate, \Row.birthDate), (.teachingSince, \Row.teachingSince)] where header.has(column) {
            let text = v(column)
            if text.isEmpty { row[keyPath: keyPath] = .some(nil); continue }
            switch ImportText.date(text, field: title(column), today: today) {
            case .failure(let p): return .failure(p)
            case .success(let d): row[keyPath: keyPath] = .some(d)
            }
        }
        if let born = row.birthDate ?? nil, let since = row.teachingSince ?? nil, since < born {
            return .failure(ImportProblem(title(.teachingSince), "стаж с \(since.russian) — раньше даты рождения \(born.russian)",
                                          "teaching since \(since.iso) is before the birth date \(born.iso)"))
        }
        if header.has(.roles) {
            switch roles(v(.roles), existing: existing?.roles) {
            case .failure(let p): return .failure(p)
            case .success(let r): row.roles = r
            }
        }
        if header.has(.directions) {
            var directions: [Int] = []
            for part in ImportText.list(v(.directions)) {
                guard let d = Int(part), Direction.number(d) != nil else {
                    return .failure(ImportProblem(title(.directions), "«\(part)»: нужен номер направления от 1 до \(Direction.all.count)",
                                                  "“\(part)”: a direction number from 1 to \(Direction.all.count) is needed"))
                }
                if !directions.contains(d) { directions.append(d) }
            }
            row.directions = directions.sorted()
        }
        return .success(row)
    }

    private func place(_ orgText: String, _ muniText: String) -> Result<(organization: OrganizationID?, municipality: MunicipalityID?), ImportProblem> {
        var municipality: MunicipalityID?
        if !muniText.isEmpty {
            switch places.municipality(muniText, field: title(.municipality)) {
            case .failure(let p): return .failure(p)
            case .success(let m): municipality = m
            }
        }
        guard !orgText.isEmpty else { return .success((nil, municipality)) }
        switch places.organization(orgText, in: municipality, field: title(.organization)) {
        case .failure(let p): return .failure(p)
        case .success(let o):
            if let m = municipality, let own = o.municipalityID, own != m {
                return .failure(ImportProblem(title(.municipality), "«\(o.name)» находится в другом муниципалитете: \(places.municipalityName(own))",
                                              "“\(o.name)” is in another municipality: \(places.municipalityName(own))"))
            }
            return .success((o.id, o.municipalityID ?? municipality))
        }
    }

    private func roles(_ text: String, existing: Set<Role>?) -> Result<Set<Role>, ImportProblem> {
        var roles = Set<Role>()
        for part in ImportText.list(text) {
            guard let role = ImportText.labelled(part, Role.self, synonyms: ["методист": .municipalMethodist, "методист рма": .regionalMethodist,
                                                                            "админ": .administrator, "учитель": .teacher]) else {
                return .failure(ImportProblem(title(.roles), "роль «\(part)» неизвестна; роли: \(ImportText.labels(Role.self))",
                                              "unknown role “\(part)”; roles: \(Role.allCases.map(\.label.en).joined(separator: ", "))"))
            }
            roles.insert(role)
        }
        if roles.isEmpty { roles = existing ?? [.teacher] }
        let granting = existing.map { roles != $0 } ?? (roles != [.teacher])
        if granting, let actor, !actor.can(.editRoles) {
            return .failure(ImportProblem(title(.roles), "назначать и менять роли может только администратор",
                                          "only an administrator may give or change roles"))
        }
        return .success(roles)
    }

    static let insertedColumns = """
        login, full_name, name_key, organization_id, municipality_id, position, subjects, category, birth_date, teaching_since, roles, directions
        """

    /// The new people, into this connection's TEMP table: no lock on the file (ImportRunner sets temp_store = MEMORY).
    mutating func stage(_ rows: [Row]) throws {
        let db = store.db
        try db.executeScript("DROP TABLE IF EXISTS temp.import_people; CREATE TEMP TABLE import_people(seq INTEGER PRIMARY KEY, \(PeopleImporter.insertedColumns))")
        for row in rows where row.existing == nil {
            let place = row.place ?? (nil, nil)
            try db.execute("INSERT INTO temp.import_people(\(PeopleImporter.insertedColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned([row.login, row.fullName, row.nameKey, place.organization,
                                                 place.municipality, row.position ?? "", Codecs.list(row.subjects ?? []),
                                                 (row.category ?? .none).rawValue, row.birthDate ?? nil, row.teachingSince ?? nil,
                                                 Codecs.roleBits(row.roles ?? [.teacher]), Codecs.ints(row.directions ?? [])]))
        }
    }

    mutating func apply(_ rows: [Row]) throws -> Phrase? {
        let db = store.db
        var added = 0, updated = 0
        // New people get their search entries after the commit (PeopleSearchFill).
        let firstNewID = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM people"))
        let adding = rows.contains { $0.existing == nil }
        if adding { try store.beginDeferringPeopleSearch() }
        for row in rows {
            if let existing = row.existing, try update(row, existing) { updated += 1 }
        }
        if adding {
            added = try db.execute("INSERT INTO people(\(PeopleImporter.insertedColumns)) SELECT \(PeopleImporter.insertedColumns) FROM temp.import_people ORDER BY seq")
            try db.execute("DROP TABLE temp.import_people")
            try store.auditNewPeople(actor, since: firstNewID, action: "import")
            try store.endDeferringPeopleSearch(firstID: firstNewID)
        }
        try store.audit(actor, entity: "people", id: nil, action: "import", after: "added \(added), updated \(updated)")
        let same = rows.count - added - updated
        return Phrase("  новых — \(added), изменено — \(updated), без изменений — \(same)",
                      "  new \(added), updated \(updated), unchanged \(same)")
    }

    /// Answers whether anything changed. Through the one versioned write: a
    /// row that changes nothing writes nothing, so loading the same file
    /// again bumps no version and adds no audit noise.
    private func update(_ row: Row, _ existing: (id: PersonID, version: Int, roles: Set<Role>)) throws -> Bool {
        let update = try store.writeVersioned(actor, store.personKind, id: existing.id, expectedVersion: existing.version,
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
}
