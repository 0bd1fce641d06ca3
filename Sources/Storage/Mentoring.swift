import Foundation
import Domain

/// A mentoring pair as the list shows it, with the names joined.
public struct MentoringPairRow: Hashable, Sendable, Identifiable {
    public var pair: MentoringPair
    public var mentorName: String
    public var menteeName: String
    public var menteeOrganization: String
    public var municipalityName: String
    public var id: MentoringID { pair.id }
}

/// Which pairs the list shows.
public struct MentoringQuery: Hashable, Sendable {
    /// Only pairs current on the store's today (planned or active, not ended before it).
    public var currentOnly: Bool
    /// The beginning of the mentee's or the mentor's name (any case, ё as е).
    public var namePrefix: String?
    public init(currentOnly: Bool = true, namePrefix: String? = nil) { self.currentOnly = currentOnly; self.namePrefix = namePrefix }
}

/// Mentoring pairs (наставничество): list, create, end, and the worklist of
/// young teachers without a mentor. Everything is scoped by the viewer: a
/// municipal methodist works with the pairs of their municipality's
/// mentees, coordinators and administrators with the region's.
extension SQLiteStore {
    static let pairColumns = "m.id, m.mentor_id, m.mentee_id, m.form, m.start, m.end, m.goals, m.status, m.version"

    static func pair(_ r: Row) -> MentoringPair {
        MentoringPair(id: r.int64(0), mentorID: r.int64(1), menteeID: r.int64(2),
                      form: MentoringForm(rawValue: r.string(3)) ?? .teacherTeacher, start: r.day(4) ?? Day(ordinal: 0),
                      end: r.day(5), goals: r.string(6), status: MentoringStatus(rawValue: r.string(7)) ?? .active,
                      version: r.int(8))
    }

    /// Pairs whose mentee the viewer works with (by the pair's copy of the
    /// mentee's municipality, which has an index in id order).
    private func pairScope(_ viewer: Viewer) throws -> Visibility.Predicate {
        guard viewer.can(.editMentoring) else { throw StoreError.forbidden(Action.editMentoring.label) }
        if viewer.seesRegion { return .all }
        if viewer.roles.contains(.municipalMethodist), let m = viewer.municipalityID {
            return Visibility.Predicate(sql: "m.municipality_id = ?", params: [m])
        }
        return .none
    }

    /// One page of pairs, newest first (by id: the primary key, so no sort
    /// is needed however many pairs there are). `after`/`before` are the ids
    /// of the rows at the edges of what the list holds.
    public func mentoringPage(_ viewer: Viewer, _ query: MentoringQuery = MentoringQuery(), after: MentoringID? = nil,
                              before: MentoringID? = nil, limit: Int) throws -> [MentoringPairRow] {
        let scope = try pairScope(viewer)
        var conditions = [scope.sql]
        var params = scope.params
        if query.currentOnly {
            conditions.append("m.status IN ('planned', 'active') AND (m.end IS NULL OR m.end >= ?)"); params.append(today())
        }
        if let prefix = query.namePrefix.map(SearchKey.fold), !prefix.isEmpty {
            conditions.append("((e.name_key >= ? AND e.name_key < ?) OR (t.name_key >= ? AND t.name_key < ?))")
            params += [prefix, prefix + "\u{10FFFF}", prefix, prefix + "\u{10FFFF}"]
        }
        if let a = after { conditions.append("m.id < ?"); params.append(a) }
        if let b = before { conditions.append("m.id > ?"); params.append(b) }
        let ascending = before != nil
        let rows = try db.query("""
            SELECT \(SQLiteStore.pairColumns), coalesce(t.full_name, ''), coalesce(e.full_name, ''), coalesce(o.name, ''), coalesce(mu.name, '')
            FROM mentoring m CROSS JOIN people e ON e.id = m.mentee_id LEFT JOIN people t ON t.id = m.mentor_id
            LEFT JOIN organizations o ON o.id = e.organization_id LEFT JOIN municipalities mu ON mu.id = e.municipality_id
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY m.id \(ascending ? "ASC" : "DESC") LIMIT ?
            """, params + [limit]) { r in
            MentoringPairRow(pair: SQLiteStore.pair(r), mentorName: r.string(9), menteeName: r.string(10),
                             menteeOrganization: r.string(11), municipalityName: r.string(12))
        }
        return ascending ? rows.reversed() : rows
    }

    /// One pair, or nil when it does not exist or is outside the viewer's scope.
    public func mentoringPair(_ viewer: Viewer, id: MentoringID) throws -> MentoringPair? {
        let scope = try pairScope(viewer)
        return try db.first("""
            SELECT \(SQLiteStore.pairColumns) FROM mentoring m JOIN people e ON e.id = m.mentee_id WHERE m.id = ? AND \(scope.sql)
            """, [id] + scope.params, SQLiteStore.pair)
    }

    /// Creates a pair by the domain's rules (not oneself; one current pair
    /// per mentee; not ending before it starts). Starts active, or planned
    /// when `start` is later than today. Audited.
    @discardableResult
    public func createPair(_ viewer: Viewer, menteeID: PersonID, mentorID: PersonID, form: MentoringForm = .teacherTeacher,
                           start: Day? = nil, goals: String = "") throws -> MentoringID {
        _ = try pairScope(viewer)
        let today = self.today()
        let start = start ?? today
        return try db.write {
            guard let mentee = try personSummary(viewer, id: menteeID) else { throw StoreError.notFound(entity: "person", id: menteeID) }
            guard let mentor = try personSummary(viewer, id: mentorID) else { throw StoreError.notFound(entity: "person", id: mentorID) }
            // A municipal methodist pairs only their municipality's mentees.
            if !viewer.seesRegion, try personMunicipality(menteeID) != viewer.municipalityID {
                throw StoreError.forbidden(Action.editMentoring.label)
            }
            let existing = try db.query("SELECT \(SQLiteStore.pairColumns) FROM mentoring m WHERE m.mentee_id = ?", [menteeID], SQLiteStore.pair)
            let pair = MentoringPair(id: 0, mentorID: mentorID, menteeID: menteeID, form: form, start: start,
                                     goals: goals.trimmingCharacters(in: .whitespacesAndNewlines),
                                     status: start > today ? .planned : .active)
            if let refusal = MentoringRules.validate(pair, against: existing, on: today) { throw StoreError.refused(refusal) }
            try db.execute("INSERT INTO mentoring(mentor_id, mentee_id, form, start, goals, status) VALUES (?, ?, ?, ?, ?, ?)",
                           StoredValues.cleaned([mentorID, menteeID, form.rawValue, start, pair.goals, pair.status.rawValue]))
            let id = db.lastInsertRowID
            try audit(viewer, entity: "mentoring", id: id, action: "create",
                      after: "mentor=\(mentor.id); mentee=\(mentee.id); form=\(form.rawValue); start=\(start.iso); status=\(pair.status.rawValue)")
            return id
        }
    }

    /// A pair as the versioned write reads and writes it.
    var pairKind: VersionedKind<MentoringPair> {
        VersionedKind(table: "mentoring", entity: "mentoring", read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.mentoringPair(viewer, id: id) } },
                      columns: { p in [("status", p.status.rawValue), ("end", p.end), ("goals", p.goals), ("form", p.form.rawValue)] })
    }

    /// Ends a pair early on `day` (status ended), through the one versioned write.
    public func endPair(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, on day: Day? = nil) throws {
        let day = day ?? today()
        try writeVersioned(viewer, pairKind, id: id, expectedVersion: expectedVersion, action: "end") { pair in
            pair.ended(on: day).update(from: pair)
        }
    }

    /// `u` after ending a pair: the pair as it was (`MentoringPair.undoingEnd`),
    /// through the same versioned write; someone's change since is a conflict.
    public func undoPairEnd(_ viewer: Viewer, id: MentoringID, expectedVersion: Int, restoring before: MentoringPair) throws {
        try writeVersioned(viewer, pairKind, id: id, expectedVersion: expectedVersion, action: "undo") { pair in
            pair.undoingEnd(to: before).update(from: pair)
        }
    }

    /// How to join the mentee. Region-wide, and in a large municipality, CROSS
    private func personMunicipality(_ id: PersonID) throws -> MunicipalityID? {
        try db.first("SELECT municipality_id FROM people WHERE id = ?", [id]) { $0.optInt64(0) } ?? nil
    }
}
