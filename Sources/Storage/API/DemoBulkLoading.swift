import Domain

/// What the demo-region generator (`Sources/DemoRegion`) needs of a store: an
/// empty one, a bulk load into it, and the finishing touches. The generator
/// holds no connection and no SQL; `SQLiteStore` conforms
/// (`DemoLoad/SQLiteDemoWriter.swift`).
public protocol DemoRegionSink: AnyObject {
    var today: () -> Day { get set }
    /// Whether the store has no people and no municipalities (the demo is built only into an empty one).
    func isEmptyForDemo() throws -> Bool
    /// Tunes the connection for a one-off bulk load (`DemoBulkLoad`: large
    /// page cache, journal in memory, no syncs, no foreign-key lookups) and
    /// answers the writer. Call `end()` on it afterwards, also after an error:
    /// it puts the settings back.
    func beginDemoLoad() throws -> any DemoRowWriter
    /// After the load: the one audit row of the build (action `demo`) and the
    /// triage inbox's stored order for the store's day.
    func finishDemo(auditText: String) throws
}

/// The tables whose rows pass through a TEMP staging table (their full-text
/// triggers: one `INSERT … SELECT` per transaction instead of one FTS segment
/// a row; `DemoStaging`).
public enum DemoStagedTable: Sendable {
    case people, requests, requestHistory
}

/// The demo's bulk writer: one typed function per kind of row, each binding
/// its values straight to a prepared statement cached by the connection (no
/// value array, no existential per value: at ten million rows that is a
/// noticeable share of the build). Ids are the generator's (deterministic).
/// Codes are as Storage stores them (`Codecs`: role bits, `1,5,7` lists,
/// `a; b` lists, `competence=score;…`), enums by raw value, dates ISO.
///
/// Rows are written inside `transaction`; `rowsInTransaction` counts the
/// rows written since the generator last reset it (it sizes transactions of
/// about 20,000 rows). `person`, `request` and `requestHistory` go into
/// their staging table (`beginStaging` first, `flushStaging` at the end of
/// each transaction, `endStaging` after the last).
public protocol DemoRowWriter: AnyObject {
    var rowsInTransaction: Int { get set }
    /// One write transaction (`BEGIN IMMEDIATE` … `COMMIT`; rolled back when `body` throws).
    func transaction(_ body: () throws -> Void) throws
    /// Puts the connection's settings back (see `DemoRegionSink.beginDemoLoad`).
    func end()
    func setMeta(_ key: String, _ value: String) throws

    func beginStaging(_ tables: [DemoStagedTable]) throws
    /// Moves the staged rows into the real tables, in id order (inside a transaction).
    func flushStaging(_ tables: [DemoStagedTable]) throws
    func endStaging(_ tables: [DemoStagedTable]) throws

    // MARK: Reads of what is already written

    func maxPracticeID() throws -> Int64
    /// Routes without a tutor (agreed, in progress, completed) by the person's municipality, in id order.
    func untutoredRoutesByMunicipality() throws -> [Int64: [Int64]]
    /// Today's indicator counts of the region and each municipality (the start of the indicator history).
    func currentIndicatorCounts(today: Day) throws -> DemoIndicatorCounts

    // MARK: Rows

    func municipality(id: Int64, name: String, kind: String) throws
    func competence(id: Int64, code: String, name: String, area: String, direction: Int?) throws
    func organization(id: Int64, name: String, kind: String, municipalityID: Int64?, flags: Int) throws
    func programme(id: Int64, title: String, provider: String, kind: String, hours: Int, format: String,
                   inRegistry: Bool, retired: Bool) throws
    func programmeCompetence(programmeID: Int64, competenceID: Int64) throws
    func site(id: Int64, organizationID: Int64, topic: String, capacity: Int, retired: Bool) throws
    func siteCompetence(siteID: Int64, competenceID: Int64) throws
    func practice(id: Int64, title: String, authorID: Int64?, organizationID: Int64?, direction: Int?, status: String) throws
    func practiceCompetence(practiceID: Int64, competenceID: Int64) throws
    func event(id: Int64, title: String, kind: String, date: String, direction: Int?, organizerID: Int64?) throws
    func roadmapItem(id: Int64, direction: Int?, title: String, participants: String, participantsNote: String,
                     executors: String, coExecutors: String, timingKind: String, timingYear: Int, timingQuarter: Int?,
                     timingMonths: String, expectedResult: String, status: String) throws
    /// Staged (`.people`).
    func person(id: Int64, login: String, fullName: String, nameKey: String, organizationID: Int64?, municipalityID: Int64?,
                position: String, subjects: String, category: String, birthDate: String?, teachingSince: String?,
                roles: Int, directions: String) throws
    func diagnostic(id: Int64, personID: Int64, date: String, source: String, scores: String) throws
    func deficit(id: Int64, personID: Int64, competenceID: Int64, severity: String, status: String, diagnosticID: Int64,
                 closedBy: Int64?, score: Int) throws
    func route(id: Int64, personID: Int64, tutorID: Int64?, periodStart: String, periodEnd: String, status: String,
               cancelReason: String?) throws
    func step(id: Int64, routeID: Int64, position: Int, kind: String, title: String, programmeID: Int64?, siteID: Int64?,
              practiceID: Int64?, eventID: Int64?, plannedStart: String, plannedEnd: String, hours: Int, status: String,
              evidenceCertificate: String, evidenceLink: String, evidenceNote: String, tutorComment: String,
              skipReason: String) throws
    func stepDeficit(stepID: Int64, deficitID: Int64) throws
    func tutoring(tutorID: Int64, personID: Int64, since: String, until: String?) throws
    func consultation(id: Int64, tutorID: Int64, personID: Int64, date: String, form: String, topic: String,
                      result: String, nextStep: String) throws
    func mentoring(id: Int64, mentorID: Int64, menteeID: Int64, form: String, start: String, end: String?, goals: String,
                   status: String) throws
    /// Staged (`.requests`).
    func request(id: Int64, text: String, authorID: Int64?, organizationID: Int64, municipalityID: Int64, competenceID: Int64?,
                 direction: Int?, priority: Int, urgent: Bool, status: String, assigneeID: Int64?, due: String?,
                 createdOn: String, resolvedOn: String?, declineReason: String) throws
    /// Staged (`.requestHistory`): one change of a request as `SQLiteStore.fieldChanges` writes it.
    func requestHistory(id: Int64, requestID: Int64, actorID: Int64?, at: Int64, field: String, before: String,
                        after: String) throws
    func rmaApplication(id: Int64, personID: Int64, year: Int, directions: String, criteria: Int, decision: String,
                        reason: String?) throws
    /// A methodist takes on an untutored route: its tutor, and the person in their caseload from the route's start.
    func assignRouteTutor(routeID: Int64, tutorID: Int64) throws
    func indicatorSnapshot(scope: String, scopeID: Int64, kind: String, month: String, numerator: Int, denominator: Int,
                           value: Double?) throws
}

/// Today's indicator counts as the demo's history starts from them.
public struct DemoIndicatorCounts {
    public var municipalityIDs: [Int64]
    public var region: IndicatorCounts
    public var byMunicipality: [Int64: IndicatorCounts]
}
