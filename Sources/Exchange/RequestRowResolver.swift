import Domain
import Storage

/// Checks one row of a request import against the database: the author by
/// login, the school by name or number, the direction, the date, the
/// actor's municipality, and duplicates. Read-only.
struct RequestRowResolver {
    /// A checked row (Storage writes it: `ImportSink.writeImportedRequests`).
    typealias Resolved = ImportedRequest

    let store: any ImportSink
    let actor: Viewer?
    let columns: [RequestImport.ColumnKind: Int]
    let today: Day
    /// Rows seen so far: (author or school, date, text) -> line.
    private var seen: [String: Int] = [:]
    private var organizationsByName: [String: [OrganizationID]]?

    init(store: any ImportSink, actor: Viewer?, columns: [RequestImport.ColumnKind: Int], today: Day) {
        self.store = store; self.actor = actor; self.columns = columns; self.today = today
    }

    /// The cleaned value of a column (StoredText): the request's text keeps
    /// its line breaks; every value is also quoted in messages, so none may
    /// carry an escape sequence to the importer's terminal.
    private func field(_ kind: RequestImport.ColumnKind, _ record: CSVRecord) -> String {
        guard let i = columns[kind], record.fields.indices.contains(i) else { return "" }
        return kind == .text ? ImportText.cleanLines(record.fields[i]) : ImportText.clean(record.fields[i])
    }

    mutating func resolve(_ record: CSVRecord) throws -> Result<Resolved, Refusal> {
        let width = (columns.values.max() ?? 0) + 1
        if record.fields.count > width, record.fields[width...].contains(where: { !$0.trimmed(" \t").isEmpty }) {
            return .failure(Refusal("полей \(record.fields.count), а столбцов в заголовке \(width)",
                                   "\(record.fields.count) fields, but the header has \(width) columns"))
        }
        let text = field(.text, record)
        guard !text.isEmpty else { return .failure(Refusal("пустой текст запроса", "the request text is empty")) }
        let login = field(.login, record), orgText = field(.organization, record)
        guard !login.isEmpty || !orgText.isEmpty else {
            return .failure(Refusal("не указан ни логин автора, ни организация", "neither the author's login nor the organization is given"))
        }

        var direction: Int?
        let directionText = field(.direction, record)
        if !directionText.isEmpty {
            guard let d = Int(directionText), Direction.number(d) != nil else {
                return .failure(Refusal("направление «\(directionText)»: нужен номер от 1 до \(Direction.all.count)",
                                       "direction “\(directionText)”: a number from 1 to \(Direction.all.count) is needed"))
            }
            direction = d
        }
        var date = today
        let dateText = field(.date, record)
        if !dateText.isEmpty {
            guard let d = RequestRowResolver.parseDate(dateText) else {
                return .failure(Refusal("дата «\(dateText)»: нужна ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
                                       "date “\(dateText)”: DD.MM.YYYY or YYYY-MM-DD is needed"))
            }
            guard d <= today else {
                return .failure(Refusal("дата \(d.russian) ещё не наступила", "the date \(d.iso) is in the future"))
            }
            if let refusal = ValueRanges.days.refusal(for: d) {
                return .failure(Refusal("дата «\(dateText)»: " + refusal.reason.ru, "date “\(dateText)”: " + refusal.reason.en))
            }
            date = d
        }

        var authorID: PersonID?
        var organizationID: OrganizationID?
        var young = false
        if !login.isEmpty {
            guard let person = try store.requestAuthor(login: login) else {
                return .failure(Refusal("логин «\(login)» не найден", "login “\(login)” not found"))
            }
            authorID = person.0
            organizationID = person.1
            young = try store.isYoungTeacher(person.0, on: date)
        }
        if !orgText.isEmpty {
            switch try organization(orgText) {
            case .failure(let why): return .failure(why)
            case .success(let o):
                if authorID != nil, let own = organizationID, own != o {
                    return .failure(Refusal("«\(login)» работает в другой организации, не в «\(orgText)»",
                                           "“\(login)” works in another organization, not “\(orgText)”"))
                }
                organizationID = o
            }
        }
        guard let org = organizationID,
              let place = try store.organizationPlace(org) else {
            return .failure(Refusal("у автора «\(login)» не указана организация", "the author “\(login)” has no organization"))
        }
        if let actor, !actor.seesRegion, place.0 != actor.municipalityID {
            return .failure(Refusal("организация из другого муниципалитета: загружать можно только запросы своего",
                                   "the organization is in another municipality: only your own can be imported"))
        }

        let who = authorID.map { "p\($0)" } ?? "o\(org)"
        let key = "\(who)|\(date.iso)|\(SearchKey.fold(text))"
        if let line = seen[key] {
            return .failure(Refusal("повторяет строку \(line)", "repeats line \(line)"))
        }
        seen[key] = record.line
        let existing = try store.existingRequest(date: date, text: text, authorID: authorID, organizationID: org)
        if let existing {
            return .failure(Refusal("такой запрос уже есть (№\(existing))", "this request already exists (#\(existing))"))
        }
        let urgent = young || OrganizationFlags(rawValue: place.1).contains(.lowResults)
        return .success(Resolved(text: text, authorID: authorID, organizationID: org, municipalityID: place.0,
                                 direction: direction, date: date, urgent: urgent))
    }

    /// A school by number (its id) or by exact name (case and ё ignored).
    private mutating func organization(_ text: String) throws -> Result<OrganizationID, Refusal> {
        if let id = Int64(text) {
            let exists = try store.organizationExists(id)
            return exists ? .success(id) : .failure(Refusal("организации №\(id) нет", "there is no organization #\(id)"))
        }
        if organizationsByName == nil {
            var map: [String: [OrganizationID]] = [:]
            for o in try store.organizationNames() { map[SearchKey.fold(o.name), default: []].append(o.id) }
            organizationsByName = map
        }
        let ids = organizationsByName?[SearchKey.fold(text)] ?? []
        switch ids.count {
        case 0: return .failure(Refusal("организация «\(text)» не найдена", "organization “\(text)” not found"))
        case 1: return .success(ids[0])
        default:
            return .failure(Refusal("организаций с названием «\(text)» несколько (№\(ids.map(String.init).joined(separator: ", №"))): укажите номер",
                                   "several organizations are named “\(text)” (#\(ids.map(String.init).joined(separator: ", #"))): give the number"))
        }
    }

    /// ДД.ММ.ГГГГ (one-digit day and month allowed) or ГГГГ-ММ-ДД.
    static func parseDate(_ text: String) -> Day? {
        if let d = Day(iso: text) { return d }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
