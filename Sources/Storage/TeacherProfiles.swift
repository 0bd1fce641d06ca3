import Domain

/// What the header of a teacher's route shows: the person, where they work,
/// their latest route and the people who support them.
public struct TeacherProfile: Hashable, Sendable {
    public var person: Person
    public var organizationName: String
    public var municipalityName: String
    /// The latest route (nil: no route yet).
    public var route: Route?
    /// The tutor named on the route.
    public var routeTutorName: String?
    /// The tutor whose caseload the person is in (may exist before a route does).
    public var caseloadTutorName: String?
    /// The current mentor (a planned or active pair), if any.
    public var mentorName: String?
    public var mentoringStatus: MentoringStatus?

    /// The tutor to show: the route's, else the caseload's.
    public var tutorName: String? { routeTutorName ?? caseloadTutorName }
}

/// The catalog item a step uses, with the names the detail shows.
public enum StepCatalogItem: Hashable, Sendable {
    case programme(Programme)
    case site(InternshipSite, organizationName: String, municipalityName: String)
    case practice(BestPractice, authorName: String, organizationName: String)
    case event(Event)
}

/// Reads of the teacher's own view (ИОМ, diagnostics), all scoped by the
/// viewer through `Visibility`: a teacher sees only their own route, and
/// the names of their tutor and mentor only through it.
extension SQLiteStore {
    /// The header of a person's route, or nil when the viewer may not see the person.
    public func teacherProfile(_ viewer: Viewer, personID: PersonID) throws -> TeacherProfile? {
        try db.read {
            guard let person = try person(viewer, id: personID) else { return nil }
            let place = try db.first("""
                SELECT coalesce(o.name, ''), coalesce(m.name, '') FROM people p
                LEFT JOIN organizations o ON o.id = p.organization_id
                LEFT JOIN municipalities m ON m.id = p.municipality_id WHERE p.id = ?
                """, [personID]) { ($0.string(0), $0.string(1)) } ?? ("", "")
            let route = try currentRoute(viewer, personID: personID)
            let routeTutor = try route?.tutorID.flatMap { id in
                try db.first("SELECT full_name FROM people WHERE id = ?", [id]) { $0.string(0) }
            }
            let today = self.today()
            let caseloadTutor = try db.first("""
                SELECT p.full_name FROM tutoring t JOIN people p ON p.id = t.tutor_id
                WHERE t.person_id = ? AND (t.until IS NULL OR t.until >= ?) ORDER BY t.since DESC LIMIT 1
                """, [personID, today]) { $0.string(0) }
            let mentor = try db.first("""
                SELECT p.full_name, m.status FROM mentoring m JOIN people p ON p.id = m.mentor_id
                WHERE m.mentee_id = ? AND m.status IN ('planned', 'active') ORDER BY m.start DESC, m.id DESC LIMIT 1
                """, [personID]) { ($0.string(0), MentoringStatus(rawValue: $0.string(1))) }
            return TeacherProfile(person: person, organizationName: place.0, municipalityName: place.1, route: route,
                                  routeTutorName: routeTutor, caseloadTutorName: caseloadTutor,
                                  mentorName: mentor?.0, mentoringStatus: mentor?.1 ?? nil)
        }
    }

    /// Whether the viewer has anything of their own to learn from: a route
    /// or a deficit. Decides whether the teacher's tabs are offered to a
    /// person whose main role is not teacher.
    public func hasOwnLearning(_ viewer: Viewer) throws -> Bool {
        try db.scalarInt("""
            SELECT EXISTS (SELECT 1 FROM routes WHERE person_id = ?) OR EXISTS (SELECT 1 FROM deficits WHERE person_id = ?)
            """, [viewer.personID, viewer.personID]) != 0
    }

    /// The catalog item of a step, or nil (no item, or the step is hidden from the viewer).
    public func stepCatalogItem(_ viewer: Viewer, stepID: StepID) throws -> StepCatalogItem? {
        guard let step = try step(viewer, id: stepID), let ref = step.catalog else { return nil }
        switch ref {
        case .programme(let id):
            let competences = try db.query("SELECT competence_id FROM programme_competences WHERE programme_id = ? ORDER BY competence_id",
                                           [id]) { $0.int64(0) }
            return try db.first("""
                SELECT id, title, provider, kind, hours, format, in_registry, retired, version FROM programmes WHERE id = ?
                """, [id]) { r in
                .programme(Programme(id: r.int64(0), title: r.string(1), provider: r.string(2),
                                     kind: ProgrammeKind(rawValue: r.string(3)) ?? .upskilling, hours: r.int(4),
                                     format: ProgrammeFormat(rawValue: r.string(5)) ?? .inPerson, inFederalRegistry: r.bool(6),
                                     competenceIDs: competences, retired: r.bool(7), version: r.int(8)))
            }
        case .site(let id):
            let competences = try db.query("SELECT competence_id FROM site_competences WHERE site_id = ? ORDER BY competence_id",
                                           [id]) { $0.int64(0) }
            return try db.first("""
                SELECT s.id, s.organization_id, s.topic, s.capacity, s.retired, s.version, coalesce(o.name, ''), coalesce(m.name, '')
                FROM sites s LEFT JOIN organizations o ON o.id = s.organization_id
                LEFT JOIN municipalities m ON m.id = o.municipality_id WHERE s.id = ?
                """, [id]) { r in
                .site(InternshipSite(id: r.int64(0), organizationID: r.int64(1), topic: r.string(2), competenceIDs: competences,
                                     capacity: r.int(3), retired: r.bool(4), version: r.int(5)),
                      organizationName: r.string(6), municipalityName: r.string(7))
            }
        case .practice(let id):
            return try db.first("""
                SELECT x.id, x.title, x.author_id, x.organization_id, x.direction, x.status, x.version,
                       coalesce(a.full_name, ''), coalesce(o.name, '')
                FROM practices x LEFT JOIN people a ON a.id = x.author_id LEFT JOIN organizations o ON o.id = x.organization_id
                WHERE x.id = ?
                """, [id]) { r in
                .practice(BestPractice(id: r.int64(0), title: r.string(1), authorID: r.optInt64(2), organizationID: r.optInt64(3),
                                       direction: r.int(4), competenceIDs: [], status: PracticeStatus(rawValue: r.string(5)) ?? .included,
                                       version: r.int(6)),
                          authorName: r.string(7), organizationName: r.string(8))
            }
        case .event(let id):
            return try db.first("SELECT id, title, kind, date, direction, organizer_id, version FROM events WHERE id = ?", [id]) { r in
                .event(Event(id: r.int64(0), title: r.string(1), kind: EventKind(rawValue: r.string(2)) ?? .seminar,
                             date: r.day(3) ?? Day(ordinal: 0), direction: r.optInt(4), organizerID: r.optInt64(5), version: r.int(6)))
            }
        }
    }

    /// A person's diagnostics, newest first (a person has a few a year; at most `limit`).
    public func diagnostics(_ viewer: Viewer, personID: PersonID, limit: Int = 50) throws -> [Diagnostic] {
        let vis = Visibility.people(viewer, personID: "g.person_id")
        return try db.query("""
            SELECT \(SQLiteStore.diagnosticColumns) FROM diagnostics g
            WHERE g.person_id = ? AND \(vis.sql) ORDER BY g.date DESC, g.id DESC LIMIT ?
            """, [personID] + vis.params + [limit], SQLiteStore.diagnostic(row:))
    }

    /// The competence framework (a small catalog: read whole).
    public func competenceFramework() throws -> CompetenceFramework {
        CompetenceFramework(competences: try db.query("SELECT id, code, name, area, direction FROM competences ORDER BY id") { r in
            Competence(id: r.int64(0), code: r.string(1), name: r.string(2),
                       area: CompetenceArea(rawValue: r.string(3)) ?? .methodical, direction: r.int(4))
        })
    }
}
