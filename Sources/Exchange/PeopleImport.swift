import Domain
import Foundation
import Storage

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
    public static func run(_ store: any ImportSink, actor: Viewer?, path: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(PeopleImporter.self, store, actor: actor, path: path, dryRun: dryRun, language: language)
    }

    public static func run(_ store: any ImportSink, actor: Viewer?, data: Data, fileName: String, dryRun: Bool = false,
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

    /// One checked row (Storage writes it: `ImportSink.writeImportedPeople`).
    typealias Row = ImportedPerson

    static var noun: Phrase { Phrase("работников", "people") }

    let store: any ImportSink
    let actor: Viewer?
    let header: ImportHeader<Column>
    let places: ImportPlaces
    let today: Day
    private var seen: [String: Int] = [:]

    static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<PeopleImporter, Refusal> {
        switch ImportHeader<Column>.map(header, names: names, required: [.login, .fullName]) {
        case .failure(let why): return .failure(why)
        case .success(let h):
            return .success(PeopleImporter(store: store, actor: actor, header: h, places: ImportPlaces(try store.importPlaces()),
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
        let existing = try store.importedPersonKey(login: login)
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

    /// The new people, into the connection's TEMP table before the write lock (`ImportSink.stageImportedPeople`).
    mutating func stage(_ rows: [Row]) throws {
        try store.stageImportedPeople(rows)
    }

    mutating func apply(_ rows: [Row]) throws -> Phrase? {
        // Updates, then the staged new people in one statement; their search entries follow after the commit.
        let (added, updated) = try store.writeImportedPeople(rows, actor: actor)
        let same = rows.count - added - updated
        return Phrase("  новых — \(added), изменено — \(updated), без изменений — \(same)",
                      "  new \(added), updated \(updated), unchanged \(same)")
    }
}
