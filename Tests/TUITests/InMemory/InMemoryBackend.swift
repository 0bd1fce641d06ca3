import Domain
import Foundation
@testable import Storage

/// The storage protocols kept in plain arrays: the backend of the screen
/// tests, so that a test about what the screen shows and does runs without
/// a file, SQL or a schema. It holds registries, people, requests with their
/// history and drafts, and applies the Domain's rules the way a backend must
/// (scope, rights, versions, the rule's change list). The areas a screen test
/// here does not open (routes, caseloads, catalogs, the roadmap, selection,
/// mentoring, indicators, audit) answer empty, and their writes are refused.
/// The same screen tests run on SQLite too (`TriageInboxOnSQLiteTests`).
final class InMemoryBackend: RegionLoading, @unchecked Sendable {
    var today: () -> Day = { Day(year: 2024, month: 3, day: 15)! }
    var clock: () -> Int64 = { 1_710_486_000 }
    var regionName: String? = "Челябинская область"
    let busyWait = BusyWait()

    /// The data every session of this backend shares, as sessions share a file.
    final class Shared {
        var municipalities: [Municipality] = []
        var organizations: [Organization] = []
        var people: [Person] = []
        var requests: [HelpRequest] = []
        /// Fixed when the request was created: a young author or a ШНОР school.
        var urgent: [RequestID: Bool] = [:]
        var history: [RequestChange] = []
        var help: [HelpGiven] = []
        var drafts: [String: [String: Draft]] = [:]
        var commits = 0
        var lastID: Int64 = 1000

        func copy() -> Shared {
            let c = Shared()
            c.municipalities = municipalities; c.organizations = organizations; c.people = people; c.requests = requests
            c.urgent = urgent; c.history = history; c.help = help; c.drafts = drafts; c.commits = commits; c.lastID = lastID
            return c
        }
    }

    let shared: Shared
    /// This session's own commits: the change token counts only the others'
    /// (as SQLite's `data_version` does).
    private var ownCommits = 0

    var municipalities: [Municipality] { get { shared.municipalities } set { shared.municipalities = newValue } }
    var organizations: [Organization] { get { shared.organizations } set { shared.organizations = newValue } }
    var people: [Person] { get { shared.people } set { shared.people = newValue } }
    var requests: [HelpRequest] { get { shared.requests } set { shared.requests = newValue } }
    var urgent: [RequestID: Bool] { get { shared.urgent } set { shared.urgent = newValue } }
    var history: [RequestChange] { get { shared.history } set { shared.history = newValue } }
    var drafts: [String: [String: Draft]] { get { shared.drafts } set { shared.drafts = newValue } }

    init(sharing shared: Shared = Shared()) { self.shared = shared }

    /// Another session on the same data (another user's program).
    func session() -> InMemoryBackend {
        let other = InMemoryBackend(sharing: shared)
        other.today = today; other.clock = clock; other.regionName = regionName
        return other
    }

    /// A reader's view: the data as it is now, apart from later writes.
    func copy() -> InMemoryBackend {
        let c = InMemoryBackend(sharing: shared.copy())
        c.today = today; c.clock = clock; c.regionName = regionName
        return c
    }

    func wrote() { shared.commits += 1; ownCommits += 1 }

    var othersCommits: Int { shared.commits - ownCommits }

    func newID(_ id: Int64) -> Int64 {
        if id != 0 { shared.lastID = max(shared.lastID, id); return id }
        shared.lastID += 1
        return shared.lastID
    }

    func organization(_ id: OrganizationID?) -> Organization? { id.flatMap { o in organizations.first { $0.id == o } } }
    func municipality(_ id: MunicipalityID?) -> Municipality? { id.flatMap { m in municipalities.first { $0.id == m } } }
    func personRecord(_ id: PersonID?) -> Person? { id.flatMap { p in people.first { $0.id == p } } }
    func municipalityID(of p: Person) -> MunicipalityID? { organization(p.organizationID)?.municipalityID }
    func name(_ id: PersonID?) -> String { personRecord(id)?.fullName ?? "" }

    // MARK: RegionLoading

    func loadMunicipality(_ m: Municipality) throws -> MunicipalityID {
        var m = m; m.id = newID(m.id); municipalities.append(m); wrote(); return m.id
    }

    func loadOrganization(_ o: Organization) throws -> OrganizationID {
        var o = o; o.id = newID(o.id); organizations.append(o); wrote(); return o.id
    }

    func loadPerson(_ p: Person) throws -> PersonID {
        if people.contains(where: { $0.login == p.login }) {
            throw StoreError.refused(Refusal("Логин «\(p.login)» уже занят", "The login “\(p.login)” is taken"))
        }
        var p = p; p.id = newID(p.id); people.append(p); wrote(); return p.id
    }

    func loadRequest(_ r: HelpRequest, urgent isUrgent: Bool, at: Int64) throws -> RequestID {
        var r = r; r.id = newID(r.id)
        requests.append(r)
        urgent[r.id] = isUrgent
        history.append(RequestChange(requestID: r.id, actorID: r.authorID, at: at, field: "status", before: "", after: "new"))
        wrote()
        return r.id
    }
}

/// The session side: a counter for a change token, nothing to maintain.
extension InMemoryBackend: Session {
    func changeToken() -> Int { shared.commits }
    func deferMaintenanceToIdle() {}
    func idleMaintenance(dataChanged: Bool) {}
    func snapshot<T>(_ body: () throws -> T) throws -> T { try body() }
    /// A reader for another thread: a copy of the data as it is now.
    func readerFactory() -> @Sendable (_ today: Day) throws -> any Backend {
        let copy = self.copy()
        return { today in copy.today = { today }; return copy }
    }
}

extension InMemoryBackend: DraftStore {
    func saveDraft(_ viewer: Viewer, _ draft: Draft) throws {
        var d = draft; d.savedAt = clock()
        drafts[viewer.login, default: [:]][draft.form] = d
        wrote()
    }
    func loadDrafts(_ viewer: Viewer) throws -> [Draft] { drafts[viewer.login].map { Array($0.values) } ?? [] }
    func deleteDraft(_ viewer: Viewer, form: String) throws { drafts[viewer.login]?[form] = nil; wrote() }
}
