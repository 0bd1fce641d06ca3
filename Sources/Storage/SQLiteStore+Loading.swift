import Domain

/// `RegionLoading` on SQLite: plain inserts in one transaction each. This
/// file: the registries, people and requests; routes and learning in
/// `+LoadingRoutes`, catalogs in `+LoadingCatalogs`, the РМА, indicators and
/// the audit log in `+LoadingRMA`.
extension SQLiteStore: RegionLoading {
    /// An id of 0 asks for a new one (NULL lets SQLite choose).
    func newID(_ id: Int64) -> Int64? { id == 0 ? nil : id }

    public func loadingAtOnce<T>(_ body: () throws -> T) throws -> T { try db.write(body) }

    public func loadRegionName(_ name: String) throws {
        try db.write { try setMeta("region", StoredText.clean(name)) }
    }

    public func loadMunicipality(_ m: Municipality) throws -> MunicipalityID {
        try db.write {
            try db.execute("INSERT INTO municipalities(id, name, kind) VALUES (?, ?, ?)",
                           StoredValues.cleaned([newID(m.id), m.name, m.kind.rawValue]))
            return db.lastInsertRowID
        }
    }

    public func loadOrganization(_ o: Organization) throws -> OrganizationID {
        try db.write {
            try db.execute("INSERT INTO organizations(id, name, kind, municipality_id, flags) VALUES (?, ?, ?, ?, ?)",
                           StoredValues.cleaned([newID(o.id), o.name, o.kind.rawValue, o.municipalityID, o.flags.rawValue]))
            return db.lastInsertRowID
        }
    }

    public func loadPerson(_ p: Person) throws -> PersonID {
        try db.write {
            let municipality = try p.organizationID.flatMap { org in
                try db.first("SELECT municipality_id FROM organizations WHERE id = ?", [org]) { $0.optInt64(0) } ?? nil
            }
            try db.execute("""
                INSERT INTO people(id, login, full_name, name_key, organization_id, municipality_id, position, subjects,
                                   category, birth_date, teaching_since, roles, directions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(p.id), p.login, p.fullName, SearchKey.fold(p.fullName), p.organizationID,
                                           municipality, p.position, Codecs.list(p.subjects), p.category.rawValue, p.birthDate,
                                           p.teachingSince, Codecs.roleBits(p.roles), Codecs.ints(p.directions)]))
            return db.lastInsertRowID
        }
    }

    public func loadRequest(_ r: HelpRequest, urgent: Bool, at: Int64) throws -> RequestID {
        try db.write {
            try db.execute("""
                INSERT INTO requests(id, text, author_id, organization_id, municipality_id, competence_id, direction, priority,
                                     urgent, status, assignee_id, due, created_on, resolved_on, decline_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(r.id), r.text, r.authorID, r.organizationID, r.municipalityID, r.competenceID,
                                           r.direction, r.priority.rawValue, urgent, r.status.rawValue, r.assigneeID, r.due,
                                           r.createdOn, r.resolvedOn, r.declineReason]))
            let id = db.lastInsertRowID
            try db.execute("INSERT INTO history(entity, entity_id, actor_id, at, field, before, after) VALUES ('request', ?, ?, ?, ?, ?, ?)",
                           [id, r.authorID, at, FieldChange.requestCreated.field, FieldChange.requestCreated.before,
                            FieldChange.requestCreated.after])
            return id
        }
    }
}
