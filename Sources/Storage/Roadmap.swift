import Domain

/// The РМА roadmap (дорожная карта): reads for those who may see it
/// (`seeRoadmap`), version-checked and audited writes for those who may
/// edit it (`editRoadmap`). The roadmap is one short list for a period
/// (tens of items), so it is read whole, ordered general items first, then
/// by direction and id.
extension SQLiteStore {
    static let roadmapColumns = """
        id, direction, title, participants, participants_note, executors, co_executors,
        timing_kind, timing_year, timing_quarter, timing_months, expected_result, status, version
        """

    /// Every roadmap item the viewer may see, optionally of one direction
    /// (general items included unless `includeGeneral` is false).
    public func roadmapItems(_ viewer: Viewer, direction: Int? = nil, includeGeneral: Bool = true) throws -> [RoadmapItem] {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        var sql = "SELECT \(SQLiteStore.roadmapColumns) FROM roadmap_items"
        var params: [SQLBindable] = []
        if let direction {
            sql += includeGeneral ? " WHERE direction = ? OR direction IS NULL" : " WHERE direction = ?"
            params.append(direction)
        }
        sql += " ORDER BY direction IS NOT NULL, direction, id"
        return try db.query(sql, params, SQLiteStore.roadmapItem(row:))
    }

    public func roadmapItem(_ viewer: Viewer, id: RoadmapItemID) throws -> RoadmapItem? {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        return try db.first("SELECT \(SQLiteStore.roadmapColumns) FROM roadmap_items WHERE id = ?", [id], SQLiteStore.roadmapItem(row:))
    }

    /// Moves an item to another status by the domain's lifecycle. A stale
    /// `expectedVersion` is a conflict; a move the lifecycle forbids is refused.
    @discardableResult
    public func moveRoadmapItem(_ viewer: Viewer, id: RoadmapItemID, expectedVersion: Int, to target: RoadmapStatus) throws -> RoadmapItem {
        guard viewer.can(.editRoadmap) else { throw StoreError.forbidden(Action.editRoadmap.label) }
        return try db.write {
            guard let current = try roadmapItem(viewer, id: id) else { throw StoreError.notFound(entity: "roadmap", id: id) }
            if current.version != expectedVersion {
                throw try conflict("roadmap_items", entity: "roadmap", id: id, expectedVersion: expectedVersion)
            }
            switch current.moved(to: target) {
            case .failure(let refusal): throw StoreError.refused(refusal)
            case .success(var moved):
                try updateVersioned("roadmap_items", entity: "roadmap", id: id, expectedVersion: expectedVersion,
                                    set: [("status", target.rawValue)])
                try audit(viewer, entity: "roadmap", id: id, action: "status",
                          before: current.status.rawValue, after: target.rawValue)
                moved.version = expectedVersion + 1
                return moved
            }
        }
    }

    /// Creates (id 0) or updates an item, version-checked and audited. The
    /// timing must be valid and the title not empty.
    @discardableResult
    public func saveRoadmapItem(_ viewer: Viewer, _ item: RoadmapItem) throws -> RoadmapItem {
        guard viewer.can(.editRoadmap) else { throw StoreError.forbidden(Action.editRoadmap.label) }
        if let refusal = item.timing.validate() { throw StoreError.refused(refusal) }
        let title = item.title.trimmed(" \n\t\r")
        guard !title.isEmpty else { throw StoreError.invalid(Phrase("Название мероприятия пусто", "The event name is empty")) }
        if let d = item.direction, Direction.number(d) == nil {
            throw StoreError.invalid(Phrase("Направления №\(d) нет", "There is no direction #\(d)"))
        }
        let t = SQLiteStore.timingColumns(item.timing)
        let values: [(String, SQLBindable)] = [
            ("direction", item.direction), ("title", title), ("participants", Codecs.ints(item.participants.map(\.rawValue))),
            ("participants_note", item.participantsNote), ("executors", Codecs.ints(item.executors.map(\.rawValue))),
            ("co_executors", Codecs.ints(item.coExecutors.map(\.rawValue))), ("timing_kind", t.kind), ("timing_year", t.year),
            ("timing_quarter", t.quarter), ("timing_months", t.months), ("expected_result", item.expectedResult),
            ("status", item.status.rawValue),
        ]
        return try db.write {
            var saved = item
            saved.title = title
            if item.id == 0 {
                let names = values.map(\.0).joined(separator: ", ")
                let marks = values.map { _ in "?" }.joined(separator: ", ")
                try db.execute("INSERT INTO roadmap_items(\(names)) VALUES (\(marks))", StoredValues.cleaned(values.map(\.1)))
                saved.id = db.lastInsertRowID
                saved.version = 1
                try audit(viewer, entity: "roadmap", id: saved.id, action: "create", after: title)
            } else {
                guard let current = try roadmapItem(viewer, id: item.id) else { throw StoreError.notFound(entity: "roadmap", id: item.id) }
                try updateVersioned("roadmap_items", entity: "roadmap", id: item.id, expectedVersion: item.version, set: values)
                try audit(viewer, entity: "roadmap", id: item.id, action: "edit",
                          before: SQLiteStore.roadmapSummary(current), after: SQLiteStore.roadmapSummary(saved))
                saved.version = item.version + 1
            }
            return saved
        }
    }

    /// The history of an item from the audit log, newest first.
    public func roadmapHistory(_ viewer: Viewer, id: RoadmapItemID) throws -> [AuditEntry] {
        guard viewer.can(.seeRoadmap) else { throw StoreError.forbidden(Action.seeRoadmap.label) }
        return try auditTrail(entity: "roadmap", id: id)
    }

    // MARK: codecs

    static func timingColumns(_ timing: RoadmapTiming) -> (kind: String, year: Int, quarter: Int?, months: String) {
        switch timing {
        case .quarter(let year, let quarter, let months): return ("quarter", year, quarter, Codecs.ints(months))
        case .perSchoolCalendar(let year): return ("perSchoolCalendar", year, nil, "")
        case .perEventsPlan(let year): return ("perEventsPlan", year, nil, "")
        case .duringYear(let year): return ("duringYear", year, nil, "")
        }
    }

    static func timing(kind: String, year: Int, quarter: Int?, months: String) -> RoadmapTiming {
        switch kind {
        case "quarter": return .quarter(year: year, quarter: quarter ?? 1, months: Codecs.ints(months))
        case "perSchoolCalendar": return .perSchoolCalendar(year: year)
        case "perEventsPlan": return .perEventsPlan(year: year)
        default: return .duringYear(year: year)
        }
    }

    static func roadmapItem(row r: Row) -> RoadmapItem {
        RoadmapItem(id: r.int64(0), direction: r.optInt(1), title: r.string(2),
                    participants: Codecs.ints(r.string(3)).compactMap(ParticipantCategory.init(rawValue:)),
                    participantsNote: r.string(4),
                    executors: Codecs.ints(r.string(5)).compactMap(Executor.init(rawValue:)),
                    coExecutors: Codecs.ints(r.string(6)).compactMap(Executor.init(rawValue:)),
                    timing: timing(kind: r.string(7), year: r.int(8), quarter: r.optInt(9), months: r.string(10)),
                    expectedResult: r.string(11), status: RoadmapStatus(rawValue: r.string(12)) ?? .planned, version: r.int(13))
    }

    /// One line for the audit log's before/after.
    static func roadmapSummary(_ item: RoadmapItem) -> String {
        [item.title, item.direction.map { "направление \($0)" } ?? "общее", item.timing.labelWithYear.ru,
         item.status.label.ru].joined(separator: " · ")
    }
}
