import Domain

/// What assigning a tutor to several routes came to.
public struct TutorAssignmentOutcome: Hashable, Sendable {
    /// A route (or a person without one) left as it was, and why.
    public struct Refused: Hashable, Sendable {
        public var id: Int64
        public var reason: Phrase
        public init(id: Int64, reason: Phrase) { self.id = id; self.reason = reason }
    }
    public var changed: [Int64] = []
    public var unchanged: [Int64] = []
    public var refused: [Refused] = []
    public init() {}

    /// «Тьютор назначен: 3 · без изменений: 1 · отказано: 1 (…)».
    public func summary(_ language: Language) -> String {
        var parts: [String] = []
        let ru = language == .ru
        if !changed.isEmpty { parts.append((ru ? "тьютор назначен: " : "tutor set: ") + String(changed.count)) }
        if !unchanged.isEmpty { parts.append((ru ? "без изменений: " : "unchanged: ") + String(unchanged.count)) }
        if let first = refused.first {
            parts.append((ru ? "отказано: " : "refused: ") + String(refused.count) + " (" + first.reason.text(language) + ")")
        }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// A route's tutor set, changed or removed by a municipal methodist (their
/// municipality) or a coordinator, through the one versioned write: the
/// route read in the viewer's scope, the right, the version (a stale one
/// names who changed it), the Domain rule (`Route.assigningTutor`), one
/// history row and one audit row. The caseload follows in the same
/// transaction: the new tutor's assignment begins today, the old one's ends
/// yesterday, so both caseloads show the change at once.
extension SQLiteStore {
    @discardableResult
    public func assignTutor(_ viewer: Viewer, routeID: RouteID, expectedVersion: Int, tutorID: PersonID?) throws -> Route {
        guard viewer.can(.assignTutors) else { throw StoreError.forbidden(Action.assignTutors.label) }
        let tutor = try tutorID.map { try tutorChoice($0) }
        return try writeVersioned(viewer, routeKind, id: routeID, expectedVersion: expectedVersion, action: "tutor") { route in
            let home = try db.first("SELECT municipality_id FROM people WHERE id = ?", [route.personID]) { $0.optInt64(0) } ?? nil
            return route.assigningTutor(tutor, by: viewer, personMunicipality: home).update(from: route)
        } alsoWrite: { update in
            let person = update.value.personID, today = today()
            let before = update.changes.first { $0.field == "tutor" }.flatMap { Int64($0.before) }
            if let before {
                try db.execute("UPDATE tutoring SET until = ? WHERE tutor_id = ? AND person_id = ? AND (until IS NULL OR until >= ?)",
                               [today.adding(days: -1), before, person, today])
            }
            if let now = update.value.tutorID {
                try db.execute("""
                    INSERT INTO tutoring (tutor_id, person_id, since, until) VALUES (?, ?, ?, NULL)
                    ON CONFLICT (tutor_id, person_id) DO UPDATE SET until = NULL
                    """, [now, person, today])
            }
        }.value
    }

    /// The same tutor for several routes (marked rows), one versioned write
    /// each in one transaction: each route is changed, already so, or refused
    /// with its reason (a conflict, another municipality, a finished route).
    public func assignTutor(_ viewer: Viewer, _ targets: [(routeID: RouteID, version: Int)], tutorID: PersonID?) throws -> TutorAssignmentOutcome {
        guard viewer.can(.assignTutors) else { throw StoreError.forbidden(Action.assignTutors.label) }
        return try db.write {
            var outcome = TutorAssignmentOutcome()
            for t in targets {
                do {
                    let before = try route(viewer, id: t.routeID)?.tutorID
                    let after = try db.write { try assignTutor(viewer, routeID: t.routeID, expectedVersion: t.version, tutorID: tutorID) }
                    if before == after.tutorID && after.version == t.version { outcome.unchanged.append(t.routeID) }
                    else { outcome.changed.append(t.routeID) }
                } catch let e as StoreError {
                    outcome.refused.append(TutorAssignmentOutcome.Refused(id: t.routeID, reason: e.message))
                }
            }
            return outcome
        }
    }
}
