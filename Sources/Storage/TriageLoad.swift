import Domain

/// Load and lateness of one assignee or one direction.
public struct LoadLine: Hashable, Sendable {
    /// A person's name, or a direction's number and short name; "" for none.
    public var name: String
    public var key: Int64?
    public var open: Int
    public var overdue: Int
    public var resolved: Int
    public var resolvedOnTime: Int
    /// Days from creation to resolution of each resolved request.
    public var resolutionDays: [Int]
    public var medianDays: Double? { IndicatorRules.median(of: resolutionDays) }
    public var onTimeShare: Double? { IndicatorRules.share(resolvedOnTime, of: resolved) }
}

/// The load and lateness panel of the triage inbox.
public struct TriageLoad: Hashable, Sendable {
    public var byAssignee: [LoadLine]
    public var byDirection: [LoadLine]
    public var total: LoadLine
}

extension SQLiteStore {
    /// Open requests per assignee and per direction, the median days to
    /// resolve and the share resolved on time, over the requests the viewer
    /// sees (within `municipalityID` when given). Resolution and lateness
    /// follow the domain (`HelpRequest.resolutionDays`, `isResolvedOnTime`).
    public func triageLoad(_ viewer: Viewer, municipalityID: MunicipalityID? = nil) throws -> TriageLoad {
        guard viewer.can(.seeRequests) else { throw StoreError.forbidden(Action.seeRequests.label) }
        let (conditions, params) = requestConditions(viewer, RequestQuery(municipalityID: municipalityID))
        let today = today()
        var people: [Int64: LoadLine] = [:]
        var directions: [Int: LoadLine] = [:]
        var unassigned = LoadLine(name: "", key: nil, open: 0, overdue: 0, resolved: 0, resolvedOnTime: 0, resolutionDays: [])
        var total = unassigned
        try db.forEach("""
            SELECT q.id, q.status, q.assignee_id, coalesce(s.full_name, ''), q.direction, q.created_on, q.due, q.resolved_on
            FROM requests q LEFT JOIN people s ON s.id = q.assignee_id
            WHERE \(conditions.joined(separator: " AND ")) AND q.status != 'declined'
            """, params) { r in
            let request = HelpRequest(id: r.int64(0), text: "", authorID: nil, organizationID: nil, municipalityID: nil,
                                      direction: r.optInt(4), status: RequestStatus(rawValue: r.string(1)) ?? .new,
                                      assigneeID: r.optInt64(2), due: r.day(6), createdOn: r.day(5) ?? today,
                                      resolvedOn: r.day(7))
            func add(_ line: inout LoadLine) {
                if request.status.isOpen { line.open += 1 }
                if request.isOverdue(on: today) { line.overdue += 1 }
                if let days = request.resolutionDays {
                    line.resolved += 1
                    line.resolutionDays.append(days)
                    if request.isResolvedOnTime { line.resolvedOnTime += 1 }
                }
            }
            add(&total)
            if let a = request.assigneeID {
                var line = people[a] ?? LoadLine(name: r.string(3), key: a, open: 0, overdue: 0, resolved: 0, resolvedOnTime: 0,
                                                 resolutionDays: [])
                add(&line)
                people[a] = line
            } else {
                add(&unassigned)
            }
            let d = request.direction ?? 0
            var line = directions[d] ?? LoadLine(name: Direction.number(d).map { "\(d). \($0.shortName)" } ?? "",
                                                 key: Int64(d), open: 0, overdue: 0, resolved: 0, resolvedOnTime: 0,
                                                 resolutionDays: [])
            add(&line)
            directions[d] = line
        }
        var byAssignee = people.values.sorted { ($0.open, $1.name) > ($1.open, $0.name) }
        if unassigned.open > 0 { byAssignee.append(unassigned) }
        let byDirection = directions.values.sorted { ($0.open, -($0.key ?? 0)) > ($1.open, -($1.key ?? 0)) }
        return TriageLoad(byAssignee: byAssignee, byDirection: byDirection, total: total)
    }
}
