import Domain

/// The triage inbox: pages in triage order, counts, actions on one request
/// or many, comments, assignees and their load.
public protocol TriageStore: AnyObject {
    func triagePage(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey?, before: TriageRowKey?, limit: Int) throws -> [TriageRow]
    func triageRow(_ viewer: Viewer, id: RequestID) throws -> TriageRow?
    func triageCounts(_ viewer: Viewer, municipalityID: MunicipalityID?) throws -> TriageCounts
    /// One action on every target in one transaction; each is changed, unchanged or refused with the reason.
    func applyTriage(_ viewer: Viewer, _ targets: [TriageTarget], _ change: TriageChange) throws -> TriageOutcome
    func addRequestComment(_ viewer: Viewer, id: RequestID, text: String) throws
    func addRequestComments(_ viewer: Viewer, ids: [RequestID], text: String) throws -> TriageOutcome
    func assigneeCandidates(_ viewer: Viewer, municipalityID: MunicipalityID?, direction: Int?) throws -> [AssigneeCandidate]
    func requesters(_ viewer: Viewer, limit: Int) throws -> [Requester]
    func createRequest(_ viewer: Viewer, for requester: Requester, text: String, direction: Int?) throws -> RequestID
    func triageLoad(_ viewer: Viewer, municipalityID: MunicipalityID?) throws -> TriageLoad
}

extension TriageStore {
    public func triagePage(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey? = nil, before: TriageRowKey? = nil,
                           limit: Int) throws -> [TriageRow] {
        try triagePage(viewer, query, after: after, before: before, limit: limit)
    }
    public func triageCounts(_ viewer: Viewer) throws -> TriageCounts { try triageCounts(viewer, municipalityID: nil) }
    public func assigneeCandidates(_ viewer: Viewer, municipalityID: MunicipalityID? = nil, direction: Int? = nil) throws -> [AssigneeCandidate] {
        try assigneeCandidates(viewer, municipalityID: municipalityID, direction: direction)
    }
    public func requesters(_ viewer: Viewer) throws -> [Requester] { try requesters(viewer, limit: 3000) }
    public func createRequest(_ viewer: Viewer, for requester: Requester, text: String) throws -> RequestID {
        try createRequest(viewer, for: requester, text: text, direction: nil)
    }
    public func triageLoad(_ viewer: Viewer) throws -> TriageLoad { try triageLoad(viewer, municipalityID: nil) }
}
