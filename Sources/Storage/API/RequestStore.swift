import Domain

/// Requests for targeted help as their authors and readers see them.
public protocol RequestStore: AnyObject {
    func requestsPage(_ viewer: Viewer, _ query: RequestQuery, after: RequestKey?, limit: Int) throws -> [RequestSummary]
    /// The `limit` requests just before `before` in triage order (nil: the last page), in that order.
    func requestsPage(_ viewer: Viewer, _ query: RequestQuery, before: RequestKey?, limit: Int) throws -> [RequestSummary]
    func request(_ viewer: Viewer, id: RequestID) throws -> RequestSummary?
    /// A request from the viewer (or, for a triager, from someone else or a school).
    func createRequest(_ viewer: Viewer, text: String, authorID: PersonID?, organizationID: OrganizationID?,
                       competenceID: CompetenceID?, direction: Int?, isYoungAuthor: Bool) throws -> RequestID
    func ownRequestsPage(_ viewer: Viewer, after: OwnRequestKey?, before: OwnRequestKey?, lastPage: Bool, limit: Int) throws -> [RequestSummary]
    func ownRequestCount(_ viewer: Viewer) throws -> Int
    /// Every change of a request, oldest first, with the names a reader needs.
    func requestLog(_ viewer: Viewer, id: RequestID) throws -> [RequestLogEntry]
    /// The assignee's work on their request: take, record help, resolve, hand back (`RequestWork`).
    func workRequest(_ viewer: Viewer, _ target: TriageTarget, _ work: RequestWork) throws -> HelpRequest
    /// The help given on a request, oldest first, with who recorded it.
    func requestHelp(_ viewer: Viewer, id: RequestID) throws -> [HelpGiven]
}

extension RequestStore {
    public func requestsPage(_ viewer: Viewer, _ query: RequestQuery, limit: Int) throws -> [RequestSummary] {
        try requestsPage(viewer, query, after: nil, limit: limit)
    }
    @discardableResult
    public func createRequest(_ viewer: Viewer, text: String, authorID: PersonID?, organizationID: OrganizationID?,
                              competenceID: CompetenceID? = nil, direction: Int? = nil, isYoungAuthor: Bool) throws -> RequestID {
        try createRequest(viewer, text: text, authorID: authorID, organizationID: organizationID, competenceID: competenceID,
                          direction: direction, isYoungAuthor: isYoungAuthor)
    }
    public func ownRequestsPage(_ viewer: Viewer, after: OwnRequestKey? = nil, before: OwnRequestKey? = nil,
                                lastPage: Bool = false, limit: Int) throws -> [RequestSummary] {
        try ownRequestsPage(viewer, after: after, before: before, lastPage: lastPage, limit: limit)
    }
}
