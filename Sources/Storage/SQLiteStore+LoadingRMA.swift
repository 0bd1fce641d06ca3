import Domain

/// `RegionLoading` on SQLite: the РМА's roadmap and selection, past months
/// of the indicators and entries of the audit log as they were written.
extension SQLiteStore {
    public func loadRoadmapItem(_ i: RoadmapItem) throws -> RoadmapItemID {
        let t = SQLiteStore.timingColumns(i.timing)
        return try db.write {
            try db.execute("""
                INSERT INTO roadmap_items(id, direction, title, participants, participants_note, executors, co_executors,
                                          timing_kind, timing_year, timing_quarter, timing_months, expected_result, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(i.id), i.direction, i.title, Codecs.ints(i.participants.map(\.rawValue)),
                                           i.participantsNote, Codecs.ints(i.executors.map(\.rawValue)),
                                           Codecs.ints(i.coExecutors.map(\.rawValue)), t.kind, t.year, t.quarter, t.months,
                                           i.expectedResult, i.status.rawValue]))
            return db.lastInsertRowID
        }
    }

    public func loadApplication(_ a: RMAApplication) throws -> ApplicationID {
        let (decision, reason) = SQLiteStore.decisionColumns(a.decision)
        return try db.write {
            try db.execute("INSERT INTO rma_applications(id, person_id, year, directions, criteria, decision, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [newID(a.id), a.personID, a.year, Codecs.ints(a.directions), Codecs.criteriaBits(a.criteria), decision, reason])
            return db.lastInsertRowID
        }
    }

    public func loadIndicatorSnapshot(_ scope: IndicatorScope, _ kind: Indicator.Kind, _ point: IndicatorPoint) throws {
        try db.write {
            try db.execute("""
                INSERT INTO indicator_snapshots(scope, scope_id, kind, month, numerator, denominator, value) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [scope.kind, scope.id, kind.rawValue, point.month, point.numerator, point.denominator, point.value])
        }
    }

    public func loadAuditEntry(_ e: AuditEntry) throws -> Int64 {
        try db.write {
            try db.execute("""
                INSERT INTO audit(id, at, actor_id, actor_login, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, StoredValues.cleaned([newID(e.id), e.at, e.actorID, e.actorLogin, e.entity, e.entityID, e.action, e.before, e.after]))
            return db.lastInsertRowID
        }
    }
}

extension IndicatorPoint {
    /// A month's value to load (`RegionLoading.loadIndicatorSnapshot`).
    public init(month: String, numerator: Int, denominator: Int, value: Double?) {
        self.month = month; self.value = value; self.numerator = numerator; self.denominator = denominator
    }
}

extension AuditEntry {
    /// An entry to load (`RegionLoading.loadAuditEntry`): id 0 asks for a new one.
    public init(at: Int64, actorID: PersonID?, actorLogin: String, entity: String, entityID: Int64?, action: String,
                before: String = "", after: String = "") {
        self.id = 0; self.at = at; self.actorID = actorID; self.actorLogin = actorLogin; self.entity = entity
        self.entityID = entityID; self.action = action; self.before = before; self.after = after
    }
}
