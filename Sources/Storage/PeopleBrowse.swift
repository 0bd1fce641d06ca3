import Domain

/// An organization as the people browser lists it, with its counts.
public struct OrganizationSummary: Hashable, Sendable, Identifiable {
    public var id: OrganizationID
    public var name: String
    public var kind: String
    public var municipalityID: MunicipalityID?
    /// People holding the teacher role.
    public var teachers: Int
    /// Of them, young on the store's today (the bounds of Domain `isYoungTeacher`). -1: not counted.
    public var young: Int
    /// People with a route in draft, agreed or in progress.
    public var withRoute: Int
}

/// Browsing people by municipality and organization: the choices a viewer
/// may narrow to. A municipal methodist sees only their own municipality.
extension SQLiteStore {
    /// The municipalities the viewer may narrow the people list to, by name.
    public func browsableMunicipalities(_ viewer: Viewer) throws -> [Municipality] {
        guard viewer.can(.seePeople) else { throw StoreError.forbidden(Action.seePeople.label) }
        let rows = try db.query("SELECT id, name, kind FROM municipalities ORDER BY name, id") { r in
            Municipality(id: r.int64(0), name: r.string(1), kind: MunicipalityKind(rawValue: r.string(2)) ?? .municipalDistrict)
        }
        if viewer.seesRegion { return rows }
        guard viewer.roles.contains(.municipalMethodist), let own = viewer.municipalityID else { return [] }
        return rows.filter { $0.id == own }
    }

    /// Whether the viewer may narrow to municipality `id` (their own, or any when they see the region).
    public func mayBrowse(_ viewer: Viewer, municipalityID id: MunicipalityID) -> Bool {
        guard viewer.can(.seePeople) else { return false }
        return viewer.seesRegion || (viewer.roles.contains(.municipalMethodist) && viewer.municipalityID == id)
    }

    /// The organizations of a municipality, by name, with counts of teachers,
    /// young teachers and active routes. Each count reads one organization's
    /// rows through the people_organization index, so a municipality costs
    /// its own people, never the region's.
    /// With `counts` false (or more than `countLimit` organizations: the
    /// largest bench municipality has 13 612, whose counts take 1.6 s) the
    /// counts are left at -1 and only names are read.
    public func organizations(_ viewer: Viewer, municipalityID: MunicipalityID, counts: Bool = true,
                              countLimit: Int = 500) throws -> [OrganizationSummary] {
        guard mayBrowse(viewer, municipalityID: municipalityID) else { throw StoreError.forbidden(Action.seePeople.label) }
        let many = try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM organizations WHERE municipality_id = ? LIMIT ?)",
                                    [municipalityID, countLimit + 1]) > countLimit
        if !counts || many {
            return try db.query("SELECT id, name, kind, municipality_id FROM organizations WHERE municipality_id = ? ORDER BY name, id",
                                [municipalityID]) { r in
                OrganizationSummary(id: r.int64(0), name: r.string(1), kind: r.string(2), municipalityID: r.optInt64(3),
                                    teachers: -1, young: -1, withRoute: -1)
            }
        }
        let today = self.today()
        // Young by age: born after this day (35 years back); by service: started after 3 years back.
        // The domain rule decides; these bounds only let SQL count without reading every date in Swift.
        let ageBound = SQLiteStore.youngBound(today, years: Person.youngTeacherAgeLimit)
        let serviceBound = SQLiteStore.youngBound(today, years: Person.youngTeacherServiceYears)
        let teacherBit = Codecs.bit(.teacher)
        return try db.query("""
            SELECT o.id, o.name, o.kind, o.municipality_id,
                   (SELECT count(*) FROM people p WHERE p.organization_id = o.id AND (p.roles & ?) != 0),
                   (SELECT count(*) FROM people p WHERE p.organization_id = o.id AND (p.roles & ?) != 0
                        AND ((p.birth_date > ? AND p.birth_date <= ?) OR (p.teaching_since > ? AND p.teaching_since <= ?))),
                   (SELECT count(DISTINCT r.person_id) FROM people p JOIN routes r ON r.person_id = p.id
                        WHERE p.organization_id = o.id AND r.status IN ('draft', 'agreed', 'inProgress'))
            FROM organizations o WHERE o.municipality_id = ? ORDER BY o.name, o.id
            """, [teacherBit, teacherBit, ageBound, today, serviceBound, today, municipalityID]) { r in
            OrganizationSummary(id: r.int64(0), name: r.string(1), kind: r.string(2), municipalityID: r.optInt64(3),
                                teachers: r.int(4), young: r.int(5), withRoute: r.int(6))
        }
    }
}
