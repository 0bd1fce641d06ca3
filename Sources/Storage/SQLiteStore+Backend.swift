import Domain

/// SQLite is the embedded backend: `SQLiteStore` serves every area.
extension SQLiteStore: Session, PeopleStore, RouteStore, CaseloadStore, RequestStore, TriageStore, RoadmapStore,
                       SelectionStore, CatalogStore, MentoringStore, IndicatorStore, AuditStore, DraftStore,
                       DiagnosticStore {
    /// `PRAGMA data_version`: moves with every commit to the file.
    public var regionName: String? { meta("region") }

    /// Both counters only grow, so their sum moves whenever either does.
    public func changeToken() -> Int { dataVersion() + db.ownChanges }

    /// Checkpoints move out of commits to idle moments: no keystroke pays for one.
    public func deferMaintenanceToIdle() { checkpointOnlyWhenIdle() }

    public func idleMaintenance(dataChanged: Bool) {
        checkpointWhenIdle()
        continueStalledPeopleSearch(dataChanged: dataChanged)
    }

    /// Another connection to the same file, read-only, opened on the caller's thread.
    public func readerFactory() -> @Sendable (_ today: Day) throws -> any Backend {
        let path = self.path
        return { today in
            let reader = try SQLiteStore(path: path, mode: .readOnly)
            reader.today = { today }
            return reader
        }
    }
}
