import Domain

/// A person as lists show them: one row, already joined with names.
public struct PersonSummary: Hashable, Sendable, Identifiable {
    public var id: PersonID
    public var login: String
    public var fullName: String
    public var position: String
    public var organizationName: String
    public var municipalityName: String
    public var roles: Set<Role>
    public var birthDate: Day?
    public var teachingSince: Day?
    /// Keyset anchor: lists are ordered by (name key, id).
    public var key: PersonKey { PersonKey(nameKey: nameKey, id: id) }
    var nameKey: String
}

/// Where a page of people starts or ends.
public struct PersonKey: Hashable, Sendable {
    public var nameKey: String
    public var id: PersonID
}

/// Which people a list shows.
public struct PeopleQuery: Hashable, Sendable {
    public var municipalityID: MunicipalityID?
    public var organizationID: OrganizationID?
    /// Matches the start of the name (surname first), case- and ё-insensitive.
    public var namePrefix: String?
    public var role: Role?
    public init(municipalityID: MunicipalityID? = nil, organizationID: OrganizationID? = nil,
                namePrefix: String? = nil, role: Role? = nil) {
        self.municipalityID = municipalityID; self.organizationID = organizationID
        self.namePrefix = namePrefix; self.role = role
    }
}

extension SQLiteStore {
    /// Who `login` is. An unknown login is an error: the program never opens
    /// as someone else. A login outside `LoginRule` (a look-alike with an
    /// invisible or Cyrillic letter) is refused before any lookup, naming the character.
    public func viewer(login: String) throws -> Viewer {
        if let why = LoginRule.refusal(login) { throw StoreError.refused(why) }
        guard let v = try db.first("""
            SELECT id, login, full_name, roles, organization_id, municipality_id, directions
            FROM people WHERE login = ?
            """, [login], { r in
                Viewer(personID: r.int64(0), login: r.string(1), fullName: r.string(2), roles: Codecs.roles(r.int(3)),
                       organizationID: r.optInt64(4), municipalityID: r.optInt64(5), directions: Codecs.ints(r.string(6)))
            }) else { throw StoreError.unknownLogin(login, hint: loginHint()) }
        return v
    }

    static let personSummaryColumns = """
        p.id, p.login, p.full_name, p.position, coalesce(o.name, ''), coalesce(m.name, ''), p.roles,
        p.birth_date, p.teaching_since, p.name_key
        """
    static let personSummaryJoins = """
        LEFT JOIN organizations o ON o.id = p.organization_id
        LEFT JOIN municipalities m ON m.id = p.municipality_id
        """

    static func personSummary(_ r: Row) -> PersonSummary {
        PersonSummary(id: r.int64(0), login: r.string(1), fullName: r.string(2), position: r.string(3),
                      organizationName: r.string(4), municipalityName: r.string(5), roles: Codecs.roles(r.int(6)),
                      birthDate: r.day(7), teachingSince: r.day(8), nameKey: r.string(9))
    }

    /// One page of people in name order, after (or before) a keyset anchor.
    /// Reads only `limit` rows through the (name_key, id) indexes, however
    /// large the table.
    public func peoplePage(_ viewer: Viewer, _ query: PeopleQuery, after: PersonKey? = nil, before: PersonKey? = nil,
                           limit: Int) throws -> [PersonSummary] {
        guard viewer.can(.seePeople) || viewer.can(.seeCaseload) || viewer.can(.seeOwnRoute) else {
            throw StoreError.forbidden(Action.seePeople.label)
        }
        // Narrowing to a municipality outside the viewer's scope is refused, not silently empty.
        if let m = query.municipalityID, !viewer.seesRegion, viewer.municipalityID != m {
            throw StoreError.forbidden(Phrase("видеть работников другого муниципалитета", "see people of another municipality"))
        }
        var conditions: [String] = []
        var params: [SQLBindable] = []
        let vis = Visibility.peopleRows(viewer)
        conditions.append(vis.sql); params += vis.params
        if let m = query.municipalityID { conditions.append("p.municipality_id = ?"); params.append(m) }
        if let o = query.organizationID { conditions.append("p.organization_id = ?"); params.append(o) }
        if let role = query.role { conditions.append("(p.roles & ?) != 0"); params.append(Codecs.bit(role)) }
        if let prefix = query.namePrefix.map(SearchKey.fold), !prefix.isEmpty {
            // A range on the index instead of LIKE: LIKE is ASCII-only for case.
            conditions.append("p.name_key >= ? AND p.name_key < ?")
            params += [prefix, prefix + "\u{10FFFF}"]
        }
        let descending = before != nil
        if let a = after { conditions.append("(p.name_key, p.id) > (?, ?)"); params += [a.nameKey, a.id] }
        if let b = before { conditions.append("(p.name_key, p.id) < (?, ?)"); params += [b.nameKey, b.id] }
        let order = descending ? "p.name_key DESC, p.id DESC" : "p.name_key, p.id"
        // An organization is the narrowest index: without statistics SQLite
        // took the municipality's (two equalities on it with a methodist's
        // scope) and walked 340 000 rows of the largest one for a page of 50.
        let index = query.organizationID != nil ? "INDEXED BY people_organization" : ""
        let sql = """
            SELECT \(SQLiteStore.personSummaryColumns) FROM people p \(index) \(SQLiteStore.personSummaryJoins)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """
        let rows = try db.query(sql, params + [limit], SQLiteStore.personSummary)
        return descending ? rows.reversed() : rows
    }

    /// The last page (for End), in name order.
    public func peopleLastPage(_ viewer: Viewer, _ query: PeopleQuery, limit: Int) throws -> [PersonSummary] {
        try peoplePage(viewer, query, before: PersonKey(nameKey: "\u{10FFFF}", id: Int64.max), limit: limit)
    }

    /// Full-text search over people the viewer may see (name, login, position, subjects).
    public func searchPeople(_ viewer: Viewer, _ text: String, limit: Int) throws -> [PersonSummary] {
        guard let match = FullTextQuery.match(text) else { return [] }
        let vis = Visibility.peopleRows(viewer)
        return try db.query("""
            SELECT \(SQLiteStore.personSummaryColumns) FROM people_fts f JOIN people p ON p.id = f.rowid \(SQLiteStore.personSummaryJoins)
            WHERE people_fts MATCH ? AND \(vis.sql) ORDER BY p.name_key, p.id LIMIT ?
            """, [match] + vis.params + [limit], SQLiteStore.personSummary)
    }

    /// A whole person, or nil when it does not exist or the viewer may not see it.
    public func person(_ viewer: Viewer, id: PersonID) throws -> Person? {
        try person(id: id, visibility: Visibility.peopleRows(viewer))
    }

    /// A whole person within `vis` (`.all` for the program itself, as an import without a login).
    func person(id: PersonID, visibility vis: Visibility.Predicate) throws -> Person? {
        return try db.first("""
            SELECT id, login, full_name, organization_id, position, subjects, category, birth_date, teaching_since,
                   roles, directions, version
            FROM people p WHERE p.id = ? AND \(vis.sql)
            """, [id] + vis.params) { r in
            Person(id: r.int64(0), login: r.string(1), fullName: r.string(2), organizationID: r.optInt64(3),
                   position: r.string(4), subjects: Codecs.list(r.string(5)),
                   category: QualificationCategory(rawValue: r.string(6)) ?? .none, birthDate: r.day(7),
                   teachingSince: r.day(8), roles: Codecs.roles(r.int(9)), directions: Codecs.ints(r.string(10)),
                   version: r.int(11))
        }
    }

    /// Adds a person (imports, tests, administrators). Audited.
    @discardableResult
    public func addPerson(_ actor: Viewer?, _ p: Person) throws -> PersonID {
        if let actor, !actor.can(.importData) && !actor.can(.editRoles) {
            throw StoreError.forbidden(Action.importData.label)
        }
        if let why = LoginRule.refusal(p.login) { throw StoreError.refused(why) }
        return try db.write {
            let municipality = try p.organizationID.flatMap { org in
                try db.first("SELECT municipality_id FROM organizations WHERE id = ?", [org]) { $0.optInt64(0) } ?? nil
            }
            try db.execute("""
                INSERT INTO people(login, full_name, name_key, organization_id, municipality_id, position, subjects,
                                   category, birth_date, teaching_since, roles, directions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([p.login, p.fullName, SearchKey.fold(p.fullName), p.organizationID, municipality,
                                           p.position, Codecs.list(p.subjects), p.category.rawValue, p.birthDate,
                                           p.teachingSince, Codecs.roleBits(p.roles), Codecs.ints(p.directions)]))
            let id = db.lastInsertRowID
            try audit(actor, entity: "person", id: id, action: "create", after: p.fullName)
            return id
        }
    }

    /// Changes a person's roles: administrators only; version-checked and audited.
    public func setRoles(_ actor: Viewer, personID: PersonID, expectedVersion: Int, roles: Set<Role>) throws {
        guard actor.can(.editRoles) else { throw StoreError.forbidden(Action.editRoles.label) }
        if roles.isEmpty {
            throw StoreError.refused(Refusal("У работника должна остаться хотя бы одна роль", "A person must keep at least one role"))
        }
        // An administrator cannot lock themself out of administration.
        if personID == actor.personID, !roles.contains(.administrator) {
            throw StoreError.refused(Refusal("Нельзя снять роль администратора с самого себя", "You cannot remove your own administrator role"))
        }
        try writeVersioned(actor, personKind, id: personID, expectedVersion: expectedVersion, action: "roles") { person in
            var changed = person
            changed.roles = roles
            return .success(Update(from: person, to: changed))
        }
    }
}

extension SQLiteStore {
    /// A person as the versioned write reads and writes it. The municipality
    /// follows the organization (trigger `people_municipality`, schema 5).
    var personKind: VersionedKind<Person> {
        VersionedKind(table: "people", entity: "person", read: { [unowned self] viewer, id in
            try self.person(id: id, visibility: viewer.map { Visibility.peopleRows($0) } ?? .all)
        },
                      columns: { p in
            [("login", p.login), ("full_name", p.fullName), ("name_key", SearchKey.fold(p.fullName)), ("organization_id", p.organizationID),
             ("position", p.position), ("subjects", Codecs.list(p.subjects)), ("category", p.category.rawValue),
             ("birth_date", p.birthDate), ("teaching_since", p.teachingSince), ("roles", Codecs.roleBits(p.roles)),
             ("directions", Codecs.ints(p.directions))]
        })
    }
}

extension SQLiteStore {
    /// One person as lists show them, or nil when hidden from the viewer.
    public func personSummary(_ viewer: Viewer, id: PersonID) throws -> PersonSummary? {
        let vis = Visibility.peopleRows(viewer)
        return try db.first("SELECT \(SQLiteStore.personSummaryColumns) FROM people p \(SQLiteStore.personSummaryJoins) WHERE p.id = ? AND \(vis.sql)",
                            [id] + vis.params, SQLiteStore.personSummary)
    }
}
