import Domain
@testable import Storage

/// People in memory: the scope of `Visibility.peopleRows` without caseloads
/// (the region for those who see it, a municipality for its methodist, else oneself).
extension InMemoryBackend: PeopleStore {
    func sees(_ viewer: Viewer, _ p: Person) -> Bool {
        if viewer.seesRegion || p.id == viewer.personID { return true }
        return viewer.roles.contains(.municipalMethodist) && viewer.municipalityID != nil && municipalityID(of: p) == viewer.municipalityID
    }

    func summary(_ p: Person) -> PersonSummary {
        PersonSummary(id: p.id, login: p.login, fullName: p.fullName, position: p.position,
                      organizationName: organization(p.organizationID)?.name ?? "",
                      municipalityName: municipality(municipalityID(of: p))?.name ?? "", roles: p.roles,
                      birthDate: p.birthDate, teachingSince: p.teachingSince, nameKey: SearchKey.fold(p.fullName))
    }

    func viewer(login: String) throws -> Viewer {
        if let why = LoginRule.refusal(login) { throw StoreError.refused(why) }
        guard let p = people.first(where: { $0.login == login }) else { throw StoreError.unknownLogin(login) }
        return Viewer(personID: p.id, login: p.login, fullName: p.fullName, roles: p.roles, organizationID: p.organizationID,
                      municipalityID: municipalityID(of: p), directions: p.directions)
    }

    var hasPeople: Bool { !people.isEmpty }
    var peopleCount: Int { people.count }

    func listed(_ viewer: Viewer, _ query: PeopleQuery) -> [PersonSummary] {
        let prefix = query.namePrefix.map(SearchKey.fold)
        return people.filter { p in
            sees(viewer, p) && (query.municipalityID.map { municipalityID(of: p) == $0 } ?? true)
                && (query.organizationID.map { p.organizationID == $0 } ?? true)
                && (query.role.map { p.roles.contains($0) } ?? true)
                && (prefix.map { SearchKey.fold(p.fullName).hasPrefix($0) } ?? true)
        }.map(summary).sorted { ($0.nameKey, $0.id) < ($1.nameKey, $1.id) }
    }

    func peoplePage(_ viewer: Viewer, _ query: PeopleQuery, after: PersonKey?, before: PersonKey?, limit: Int) throws -> [PersonSummary] {
        guard viewer.can(.seePeople) else { throw StoreError.forbidden(Action.seePeople.label) }
        let all = listed(viewer, query)
        if let b = before { return Array(all.filter { ($0.nameKey, $0.id) < (b.nameKey, b.id) }.suffix(limit)) }
        return Array(all.filter { a in after.map { (a.nameKey, a.id) > ($0.nameKey, $0.id) } ?? true }.prefix(limit))
    }

    func peopleLastPage(_ viewer: Viewer, _ query: PeopleQuery, limit: Int) throws -> [PersonSummary] {
        try peoplePage(viewer, query, after: nil, before: PersonKey(nameKey: "\u{10FFFF}", id: Int64.max), limit: limit)
    }

    /// Every word typed starts a word of the name or the login (ё-insensitive).
    func searchPeople(_ viewer: Viewer, _ text: String, limit: Int) throws -> [PersonSummary] {
        let words = SearchKey.fold(text).split(separator: " ")
        return Array(listed(viewer, PeopleQuery()).filter { p in
            let own = (SearchKey.fold(p.fullName) + " " + p.login.lowercased()).split(separator: " ")
            return words.allSatisfy { w in own.contains { $0.hasPrefix(w) } }
        }.prefix(limit))
    }

    func person(_ viewer: Viewer, id: PersonID) throws -> Person? { personRecord(id).flatMap { sees(viewer, $0) ? $0 : nil } }
    func personSummary(_ viewer: Viewer, id: PersonID) throws -> PersonSummary? { try person(viewer, id: id).map(summary) }
    func personDossier(_ viewer: Viewer, id: PersonID, requestLimit: Int) throws -> PersonDossier? { nil }

    func addPerson(_ actor: Viewer?, _ p: Person) throws -> PersonID {
        if let actor, !actor.can(.importData) && !actor.can(.editRoles) { throw StoreError.forbidden(Action.importData.label) }
        if let why = LoginRule.refusal(p.login) { throw StoreError.refused(why) }
        return try loadPerson(p)
    }

    func setRoles(_ actor: Viewer, personID: PersonID, expectedVersion: Int, roles: Set<Role>) throws {
        guard actor.can(.editRoles) else { throw StoreError.forbidden(Action.editRoles.label) }
        guard let i = people.firstIndex(where: { $0.id == personID }) else { throw StoreError.notFound(entity: "person", id: personID) }
        guard people[i].version == expectedVersion else {
            throw StoreError.conflict(Conflict(entity: "person", id: personID, expectedVersion: expectedVersion,
                                               currentVersion: people[i].version, changedBy: nil, changedAt: nil))
        }
        people[i].roles = roles
        people[i].version += 1
        wrote()
    }

    func browsableMunicipalities(_ viewer: Viewer) throws -> [Municipality] {
        guard viewer.can(.seePeople) else { throw StoreError.forbidden(Action.seePeople.label) }
        let all = municipalities.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        if viewer.seesRegion { return all }
        guard viewer.roles.contains(.municipalMethodist), let own = viewer.municipalityID else { return [] }
        return all.filter { $0.id == own }
    }

    func mayBrowse(_ viewer: Viewer, municipalityID id: MunicipalityID) -> Bool {
        viewer.can(.seePeople) && (viewer.seesRegion || viewer.municipalityID == id)
    }

    func organizations(_ viewer: Viewer, municipalityID: MunicipalityID, counts: Bool, countLimit: Int) throws -> [OrganizationSummary] {
        guard mayBrowse(viewer, municipalityID: municipalityID) else { throw StoreError.forbidden(Action.seePeople.label) }
        return organizations.filter { $0.municipalityID == municipalityID }.sorted { $0.name < $1.name }.map { o in
            let teachers = people.filter { $0.organizationID == o.id && $0.roles.contains(.teacher) }
            return OrganizationSummary(id: o.id, name: o.name, kind: o.kind.rawValue, municipalityID: o.municipalityID,
                                       teachers: counts ? teachers.count : -1,
                                       young: counts ? teachers.filter { $0.isYoungTeacher(on: today()) }.count : -1, withRoute: 0)
        }
    }
}
