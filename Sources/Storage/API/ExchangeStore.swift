import Domain

/// What the CSV importers (`Sources/Exchange`: people, diagnostics,
/// programmes, requests) need of a store: the run of an import (a read
/// transaction for the check, the tuned write), the reads that check a row,
/// and one write per kind that takes the checked, typed rows. The importers
/// hold no connection and no SQL; `SQLiteStore` conforms
/// (`SQLiteStore+Exchange.swift`, `Imports/DiagnosticReconciler.swift`).
///
/// An import is: `requireIntactForWriting`, `importCheck` (every row checked
/// without the write lock), then `importWrite`, whose `stage` runs before the
/// write lock (people: a TEMP table of this connection) and whose `apply`
/// is the one short write transaction; then, after the commit, the search
/// entries of new people (`fillPendingPeopleSearch`).
public protocol ImportSink: AnyObject {
    /// The store's day: dates after it are refused.
    var today: () -> Day { get }

    // MARK: The run

    /// Refuses (throws) when the file may not be written (damaged, read-only, another program's).
    func requireIntactForWriting() throws
    /// Runs `body` in one read transaction (the check of every row: no write lock, no waiting saves).
    func importCheck<T>(_ body: () throws -> T) throws -> T
    /// The write of an import: statement journals in memory and a larger page
    /// cache (put back afterwards), `stage` before the write lock, then `apply`
    /// in one write transaction (all or nothing). A constraint that fails
    /// there — another session wrote the same login or key between the check
    /// and the write — rolls it back and throws `ImportConflict`.
    func importWrite<T>(stage: () throws -> Void, apply: () throws -> T) throws -> T
    /// New people whose search entries are still to be written (after an import's commit).
    var hasPendingPeopleSearch: Bool { get }
    /// Writes the pending search entries in short transactions; false when the database stayed busy.
    func fillPendingPeopleSearch(maxSteps: Int?) throws -> Bool

    // MARK: Checking rows

    /// Every municipality and organization, for matching names and numbers (read once per import).
    func importPlaces() throws -> ImportPlaceRows
    /// The person of a login as an update needs it.
    func importedPersonKey(login: String) throws -> ImportedPerson.Existing?
    /// The id of a login.
    func personID(login: String) throws -> PersonID?
    /// The id and organization of a login (a request's author).
    func requestAuthor(login: String) throws -> (id: PersonID, organizationID: OrganizationID?)?
    /// Whether the person counts as a young teacher on `day` (their requests are urgent).
    func isYoungTeacher(_ personID: PersonID, on day: Day) throws -> Bool
    /// An organization's municipality and flags (`OrganizationFlags` raw value); nil: no such organization.
    func organizationPlace(_ id: OrganizationID) throws -> (municipalityID: MunicipalityID?, flags: Int)?
    func organizationExists(_ id: OrganizationID) throws -> Bool
    /// Every organization's id and name.
    func organizationNames() throws -> [(id: OrganizationID, name: String)]
    /// A stored request of the same day and text by the same author (or, without one, the same school).
    func existingRequest(date: Day, text: String, authorID: PersonID?, organizationID: OrganizationID) throws -> RequestID?
    /// A stored diagnostic of the same person, date and source.
    func existingDiagnostic(personID: PersonID, date: Day, source: DiagnosticSource) throws -> DiagnosticID?
    func competenceFramework() throws -> CompetenceFramework
    /// Every competence's id and code.
    func competenceCodes() throws -> [(id: CompetenceID, code: String)]
    /// The catalog's programmes (not retired): id, title, provider.
    func catalogProgrammes() throws -> [(id: ProgrammeID, title: String, provider: String)]

    // MARK: Writing checked rows (inside `importWrite`)

    /// Copies the new people (`existing == nil`) into this connection's TEMP
    /// table: no lock on the file. Called as `importWrite`'s `stage`.
    func stageImportedPeople(_ rows: [ImportedPerson]) throws
    /// Updates the known logins (a row that changes nothing is not written),
    /// adds the staged new people with one statement (their search entries
    /// follow after the commit), audits each change and the import.
    func writeImportedPeople(_ rows: [ImportedPerson], actor: Viewer?) throws -> (added: Int, updated: Int)
    /// Stores the diagnostics in the given order, applying the deficit rule
    /// to each person (`DeficitRules.reconcile`); audits each and the import.
    func writeImportedDiagnostics(_ rows: [(diagnostic: Diagnostic, login: String)], actor: Viewer?,
                                  framework: CompetenceFramework) throws -> DiagnosticImportTally
    /// Adds the programmes with their competences; audits each and the import.
    func writeImportedProgrammes(_ rows: [Programme], actor: Viewer?) throws
    /// Adds the requests as new (with their first history row); audits each and the import.
    func writeImportedRequests(_ rows: [ImportedRequest], actor: Viewer?) throws
}

/// What the exports (`Sources/Exchange`) read beyond the areas' protocols.
public protocol ExportSource: AnyObject {
    /// The people `viewer` sees (narrowed to a municipality), in name order.
    func exportedPeople(_ viewer: Viewer, municipality: MunicipalityID?) throws -> [ExportedPerson]
    /// The catalog's programmes (not retired) by title, with their competence codes.
    func exportedProgrammes() throws -> [ExportedProgramme]
    /// Municipalities and organizations (the people export's `--municipality` by name or number).
    func importPlaces() throws -> ImportPlaceRows
}

/// Everything the CSV exchange holds: the import and export SQL behind
/// `ImportSink` and `ExportSource`, the rest through the areas' protocols.
public typealias ExchangeStore = ImportSink & ExportSource & Session & RouteStore & CaseloadStore & TriageStore
    & RoadmapStore & IndicatorStore & AuditStore

/// Another session wrote the same thing (a login, a key) between an import's
/// check and its write: nothing was written.
public struct ImportConflict: Error, Sendable {
    public init() {}
}

/// Municipalities and organizations as the importers match them.
public struct ImportPlaceRows {
    public var municipalities: [(id: MunicipalityID, name: String)]
    public var organizations: [(id: OrganizationID, name: String, municipalityID: MunicipalityID?)]

    public init(municipalities: [(id: MunicipalityID, name: String)],
                organizations: [(id: OrganizationID, name: String, municipalityID: MunicipalityID?)]) {
        self.municipalities = municipalities; self.organizations = organizations
    }
}

/// One checked row of a people import. Optional fields are nil when the
/// column is absent (an update keeps the stored value).
public struct ImportedPerson {
    /// A known login: its id, version (optimistic locking) and roles.
    public typealias Existing = (id: PersonID, version: Int, roles: Set<Role>)
    public var existing: Existing?
    public var login: String
    public var fullName: String {
        didSet { nameKey = SearchKey.fold(fullName) }
    }
    /// Folded while the file is checked, not inside the write that others wait for.
    public var nameKey: String
    public var place: (organization: OrganizationID?, municipality: MunicipalityID?)?
    public var position: String?
    public var subjects: [String]?
    public var category: QualificationCategory?
    public var birthDate: Day??
    public var teachingSince: Day??
    public var roles: Set<Role>?
    public var directions: [Int]?

    public init(existing: Existing?, login: String, fullName: String) {
        self.existing = existing; self.login = login; self.fullName = fullName
        nameKey = SearchKey.fold(fullName)
    }
}

/// One checked row of a request import.
public struct ImportedRequest {
    public var text: String
    public var authorID: PersonID?
    public var organizationID: OrganizationID?
    public var municipalityID: MunicipalityID?
    public var direction: Int?
    public var date: Day
    public var urgent: Bool

    public init(text: String, authorID: PersonID?, organizationID: OrganizationID?, municipalityID: MunicipalityID?,
                direction: Int?, date: Day, urgent: Bool) {
        self.text = text; self.authorID = authorID; self.organizationID = organizationID
        self.municipalityID = municipalityID; self.direction = direction; self.date = date; self.urgent = urgent
    }
}

/// What a diagnostics import did to the deficits.
public struct DiagnosticImportTally: Sendable {
    public var added = 0
    public var closed = 0
    public var persisting = 0
}

/// One row of the people export, decoded.
public struct ExportedPerson {
    public var login: String
    public var fullName: String
    public var organization: String
    public var municipality: String
    public var position: String
    public var subjects: [String]
    public var category: QualificationCategory
    public var birthDate: Day?
    public var teachingSince: Day?
    public var roles: Set<Role>
    public var directions: [Int]
}

/// One row of the programme catalog export.
public struct ExportedProgramme {
    public var id: ProgrammeID
    public var title: String
    public var provider: String
    public var kind: ProgrammeKind
    public var hours: Int
    public var format: ProgrammeFormat
    public var inRegistry: Bool
    /// Competence codes in competence order.
    public var competenceCodes: [String]
}
