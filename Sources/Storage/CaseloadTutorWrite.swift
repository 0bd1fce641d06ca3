import Domain

/// A person without a route gets the tutor who will build it: the
/// caseload assignment (`tutoring`), which the tutor's caseload and the
/// teacher's screen show at once; the tutor's first proposals then make the
/// draft route. The same rule as a route's tutor (`TutorAssignmentRule`).
///
/// The assignment has no version of its own: the caller says which tutor
/// it saw (`expectedTutorID`), and a different one now is a conflict naming
/// who assigned them, from the audit log. One history row (entity
/// `tutoring`, the person's id, field `tutor`) and one audit row per change.
extension SQLiteStore {
    /// The person's current caseload tutor (the latest assignment still running), if the viewer may see the person.
    public func caseloadTutor(_ viewer: Viewer, personID: PersonID) throws -> (id: PersonID, name: String)? {
        guard try personSummary(viewer, id: personID) != nil else { return nil }
        return try db.first("""
            SELECT t.tutor_id, p.full_name FROM tutoring t JOIN people p ON p.id = t.tutor_id
            WHERE t.person_id = ? AND (t.until IS NULL OR t.until >= ?) ORDER BY t.since DESC, t.tutor_id LIMIT 1
            """, [personID, today()]) { ($0.int64(0), $0.string(1)) }
    }

    /// True when something changed.
    @discardableResult
    public func assignCaseloadTutor(_ viewer: Viewer, personID: PersonID, expectedTutorID: PersonID?, tutorID: PersonID?) throws -> Bool {
        guard viewer.can(.assignTutors) else { throw StoreError.forbidden(Action.assignTutors.label) }
        return try db.write {
            guard try personSummary(viewer, id: personID) != nil else { throw StoreError.notFound(entity: "person", id: personID) }
            let open = try db.scalarInt("SELECT count(*) FROM routes WHERE person_id = ? AND status IN ('draft', 'agreed', 'inProgress')",
                                        [personID])
            guard open == 0 else {
                throw StoreError.refused(Refusal("У работника уже есть маршрут: тьютора назначают этому маршруту",
                                                 "The person has a route already: its tutor is assigned on the route"))
            }
            let current = try caseloadTutor(viewer, personID: personID)?.id
            if current != expectedTutorID {
                let last = try db.first("SELECT actor_login, at FROM audit WHERE entity = 'tutoring' AND entity_id = ? ORDER BY id DESC LIMIT 1",
                                        [personID]) { ($0.string(0), $0.int64(1)) }
                let who = try last.flatMap { e in try db.first("SELECT full_name FROM people WHERE login = ?", [e.0]) { $0.string(0) } ?? e.0 }
                throw StoreError.conflict(Conflict(entity: "tutoring", id: personID, expectedVersion: 0, currentVersion: 1,
                                                   changedBy: who, changedAt: last?.1))
            }
            let home = try db.first("SELECT municipality_id FROM people WHERE id = ?", [personID]) { $0.optInt64(0) } ?? nil
            let tutor = try tutorID.map { try tutorChoice($0) }
            let choice = tutorID == current ? nil : tutor
            if let refusal = TutorAssignmentRule.check(choice, for: personID, personMunicipality: home, by: viewer) {
                throw StoreError.refused(refusal)
            }
            guard tutorID != current else { return false }
            let today = today()
            try db.execute("UPDATE tutoring SET until = ? WHERE person_id = ? AND (until IS NULL OR until >= ?)",
                           [today.adding(days: -1), personID, today])
            if let tutorID {
                try db.execute("""
                    INSERT INTO tutoring (tutor_id, person_id, since, until) VALUES (?, ?, ?, NULL)
                    ON CONFLICT (tutor_id, person_id) DO UPDATE SET until = NULL, since = excluded.since
                    """, [tutorID, personID, today])
            }
            let change = FieldChange(field: "tutor", before: current.map { String($0) } ?? "", after: tutorID.map { String($0) } ?? "")
            try recordHistory(viewer, entity: "tutoring", id: personID, [change])
            try audit(viewer, entity: "tutoring", id: personID, action: "tutor", before: "tutor=\(change.before)", after: "tutor=\(change.after)")
            return true
        }
    }

    /// The tutor as the program knows them (a methodist may not see a tutor
    /// across the border: the rule says why not, rather than "not found").
    func tutorChoice(_ id: PersonID) throws -> TutorChoice {
        guard let t = try db.first("SELECT id, full_name, roles, municipality_id FROM people WHERE id = ?", [id], { r in
            TutorChoice(id: r.int64(0), fullName: r.string(1), roles: Codecs.roles(r.int(2)), municipalityID: r.optInt64(3))
        }) else { throw StoreError.notFound(entity: "person", id: id) }
        return t
    }
}
