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

    /// A roadmap item as the versioned write reads and writes it.
    var roadmapKind: VersionedKind<RoadmapItem> {
        VersionedKind(table: "roadmap_items", entity: "roadmap",
                      read: { [unowned self] viewer, id in try viewer.flatMap { viewer in try self.roadmapItem(viewer, id: id) } },
                      columns: SQLiteStore.roadmapColumns(_:))
    }

    /// Moves an item to another status by the domain's lifecycle. A stale
    /// `expectedVersion` is a conflict; a move the lifecycle forbids is refused.
    @discardableResult
    public func moveRoadmapItem(_ viewer: Viewer, id: RoadmapItemID, expectedVersion: Int, to target: RoadmapStatus) throws -> RoadmapItem {
        guard viewer.can(.editRoadmap) else { throw StoreError.forbidden(Action.editRoadmap.label) }
        return try writeVersioned(viewer, roadmapKind, id: id, expectedVersion: expectedVersion, action: "status") { current in
            current.moved(to: target).update(from: current)
        }.value
    }

    /// Creates (id 0) or updates an item, version-checked and audited. The
    /// timing must be valid and the title not empty.
    @discardableResult
    public func saveRoadmapItem(_ viewer: Viewer, _ item: RoadmapItem) throws -> RoadmapItem {
        guard viewer.can(.editRoadmap) else { throw StoreError.forbidden(Action.editRoadmap.label) }
        if let refusal = item.timing.validate() { throw StoreError.refused(refusal) }
        var saved = item
        saved.title = item.title.trimmed(" \n\t\r")
        guard !saved.title.isEmpty else { throw StoreError.invalid(Phrase("Название мероприятия пусто", "The event name is empty")) }
        if let d = item.direction, Direction.number(d) == nil {
            throw StoreError.invalid(Phrase("Направления №\(d) нет", "There is no direction #\(d)"))
        }
        guard item.id == 0 else {
            return try writeVersioned(viewer, roadmapKind, id: item.id, expectedVersion: item.version, action: "edit") { current in
                .success(Update(from: current, to: saved))
            }.value
        }
        return try db.write {
            let values = SQLiteStore.roadmapColumns(saved)
            let names = values.map(\.0).joined(separator: ", ")
            let marks = values.map { _ in "?" }.joined(separator: ", ")
            try db.execute("INSERT INTO roadmap_items(\(names)) VALUES (\(marks))", StoredValues.cleaned(values.map(\.1)))
            saved.id = db.lastInsertRowID
            saved.version = 1
            try audit(viewer, entity: "roadmap", id: saved.id, action: "create", after: saved.title)
            return saved
        }
    }

    /// The stored columns of an item.
    static func roadmapColumns(_ item: RoadmapItem) -> [(String, SQLBindable)] {
        let t = timingColumns(item.timing)
        return [
            ("direction", item.direction), ("title", item.title), ("participants", Codecs.ints(item.participants.map(\.rawValue))),
            ("participants_note", item.participantsNote), ("executors", Codecs.ints(item.executors.map(\.rawValue))),
            ("co_executors", Codecs.ints(item.coExecutors.map(\.rawValue))), ("timing_kind", t.kind), ("timing_year", t.year),
            ("timing_quarter", t.quarter), ("timing_months", t.months), ("expected_result", item.expectedResult),
            ("status", item.status.rawValue),
        ]
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
}
