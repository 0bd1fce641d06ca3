import Domain

/// What a running program needs of its backend besides the data: a change
/// token, idle maintenance, consistent reads and readers for other threads.
/// The screen layer keeps no connection, file or SQL of its own.
public protocol Session: AnyObject {
    /// The store's day (a demo region lives on a fixed one).
    var today: () -> Day { get set }
    /// Unix seconds now.
    var clock: () -> Int64 { get set }
    /// Changes when a commit lands, another session's or this one's: polled
    /// on the idle tick to re-read what is shown, and after each key to mark
    /// the tabs that have not seen this session's own write.
    func changeToken() -> Int
    /// An interactive session: maintenance moves out of commits to idle moments.
    func deferMaintenanceToIdle()
    /// Called when the session is idle (checkpoints, a stalled search fill).
    /// - Parameter dataChanged: the change token moved since the last call.
    func idleMaintenance(dataChanged: Bool)
    /// Several reads that see one state of the data.
    func snapshot<T>(_ body: () throws -> T) throws -> T
    /// The region the data is of, as its registry names it (nil: not named yet).
    var regionName: String? { get }
    /// How this session's writes wait for another's lock (the screen shows the wait).
    var busyWait: BusyWait { get }
    /// Opens a read-only backend of the same data for another thread, as of `today`.
    /// The function itself may be sent to that thread; the backend it opens stays there.
    func readerFactory() -> @Sendable (_ today: Day) throws -> any Backend
}

/// Everything the program reads and writes, by area: what the screen layer,
/// the command line and the benchmark hold. SQLite conforms (`SQLiteStore`);
/// a second backend conforms the same way and runs the same contract tests.
public typealias Backend = Session & PeopleStore & RouteStore & CaseloadStore & RequestStore & TriageStore
    & RoadmapStore & SelectionStore & CatalogStore & MentoringStore & IndicatorStore & AuditStore & DraftStore
    & DiagnosticStore
