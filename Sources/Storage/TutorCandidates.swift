import Domain

/// The tutors a picker offers for a person's route, ranked by the Domain
/// (`TutorCandidate.ranked`): the person's municipality first, the lighter
/// caseload, the person's open deficits' directions.
///
/// Reads the people of one municipality through its index (a few tens of
/// thousands on a national file) and, for those who see the region, at most
/// `others` tutors elsewhere (the scan stops once it has them); the load is
/// two indexed counts per tutor. Once per picker, never per keystroke.
extension SQLiteStore {
    /// The tutor's caseload (`caseloadMembers`) counted without building the
    /// union: the tutoring rows, plus the routes of people not among them.
    /// Both read covering indexes (tutoring's key, `routes_tutor`), so the
    /// thousands of tutors of a city cost tens of milliseconds, not hundreds.
    static let caseloadSize = """
        ((SELECT count(*) FROM tutoring t WHERE t.tutor_id = p.id AND (t.until IS NULL OR t.until >= ?1))
         + (SELECT count(DISTINCT r.person_id) FROM routes r WHERE r.tutor_id = p.id AND r.status IN ('draft', 'agreed', 'inProgress')
            AND NOT EXISTS (SELECT 1 FROM tutoring t WHERE t.tutor_id = p.id AND t.person_id = r.person_id
                            AND (t.until IS NULL OR t.until >= ?1))))
        """

    /// The picker's two reads: a municipality's tutors, and (for the region) tutors elsewhere.
    /// `(p.roles & 2)` is `Codecs.bit(.tutor)` written as the literal of the `people_tutors` index (SchemaV7).
    static let localTutors = "WHERE p.municipality_id = ? AND (p.roles & 2) != 0 AND p.id != ?"
    static let otherTutors = "WHERE (p.roles & 2) != 0 AND p.id != ? AND p.municipality_id IS NOT ? LIMIT ?"

    public func tutorCandidates(_ viewer: Viewer, personID: PersonID, others: Int) throws -> [TutorCandidate] {
        guard viewer.can(.assignTutors) else { throw StoreError.forbidden(Action.assignTutors.label) }
        return try db.read {
            guard let person = try personSummary(viewer, id: personID) else { throw StoreError.notFound(entity: "person", id: personID) }
            let home = try db.first("SELECT municipality_id FROM people WHERE id = ?", [personID]) { $0.optInt64(0) } ?? nil
            let directions = Set(try db.query("""
                SELECT DISTINCT c.direction FROM deficits d JOIN competences c ON c.id = d.competence_id
                WHERE d.person_id = ? AND d.status != 'closed'
                """, [person.id]) { $0.int(0) })
            let today = today()
            let select = """
                SELECT p.id, p.full_name, coalesce(o.name, ''), p.municipality_id, coalesce(m.name, ''), \(SQLiteStore.caseloadSize),
                       p.directions, p.roles
                FROM people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN municipalities m ON m.id = p.municipality_id
                """
            func candidate(_ r: Row) -> TutorCandidate {
                TutorCandidate(id: r.int64(0), fullName: r.string(1), organizationName: r.string(2), municipalityID: r.optInt64(3),
                               municipalityName: r.string(4), caseload: r.int(5), directions: Codecs.ints(r.string(6)),
                               roles: Codecs.roles(r.int(7)))
            }
            // A methodist's tutors are those of their own municipality (the rule refuses others).
            let local = viewer.seesRegion ? home : viewer.municipalityID
            var all: [TutorCandidate] = []
            if let local {
                all += try db.query("\(select) \(SQLiteStore.localTutors)", [today, local, personID], candidate)
            }
            if viewer.seesRegion {
                all += try db.query("\(select) \(SQLiteStore.otherTutors)", [today, personID, local, max(0, others)], candidate)
            }
            return TutorCandidate.ranked(all, personMunicipality: home, deficitDirections: directions)
        }
    }
}
