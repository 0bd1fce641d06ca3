/// A catalog item that could become a route step: a programme, an internship
/// site, a best practice, or mentoring. Storage reads the candidates that
/// develop at least one of the person's open deficits' competences.
public struct ProposalCandidate: Hashable, Sendable {
    public var kind: StepKind
    public var catalog: CatalogRef?
    public var title: String
    public var hours: Int
    public var competenceIDs: [CompetenceID]
    /// Programmes: in the federal registry ФР ДПП.
    public var inRegistry: Bool
    /// Fixed dates of the item, if it has any (an event); nil: planned freely.
    public var dates: ClosedRange<Day>?
    /// The direction of the РМА the item belongs to (best practices have one).
    public var direction: Int?

    public init(kind: StepKind, catalog: CatalogRef?, title: String, hours: Int = 0, competenceIDs: [CompetenceID] = [],
                inRegistry: Bool = false, dates: ClosedRange<Day>? = nil, direction: Int? = nil) {
        self.kind = kind; self.catalog = catalog; self.title = title; self.hours = hours
        self.competenceIDs = competenceIDs; self.inRegistry = inRegistry; self.dates = dates; self.direction = direction
    }

    /// Whether the item answers the request: it develops the request's
    /// competence, or belongs to its direction.
    public func answers(_ need: RequestNeed) -> Bool {
        if let c = need.competenceID, competenceIDs.contains(c) { return true }
        if let d = need.direction, direction == d { return true }
        return false
    }
}

/// An open request of the person, as a need a route can answer (seed 000:
/// the route is built from the deficits *and* the person's requests).
public struct RequestNeed: Hashable, Sendable {
    public var requestID: RequestID
    public var competenceID: CompetenceID?
    public var direction: Int?
    public init(requestID: RequestID, competenceID: CompetenceID?, direction: Int?) {
        self.requestID = requestID; self.competenceID = competenceID; self.direction = direction
    }
}

/// A proposed step: the candidate, the open deficits and requests it covers, planned dates.
public struct RouteProposal: Hashable, Sendable {
    public var candidate: ProposalCandidate
    public var deficitIDs: [DeficitID]
    /// The person's open requests the item answers.
    public var requestIDs: [RequestID] = []
    public var plannedStart: Day
    public var plannedEnd: Day

    /// The draft step this proposal becomes (id 0: not stored yet).
    public func step(routeID: RouteID) -> RouteStep {
        RouteStep(id: 0, routeID: routeID, kind: candidate.kind, title: candidate.title, catalog: candidate.catalog,
                  deficitIDs: deficitIDs, plannedStart: plannedStart, plannedEnd: plannedEnd, hours: candidate.hours)
    }
}

/// Proposals for a route, ranked by one documented rule.
///
/// Kept: candidates that cover at least one open deficit (by competence) or
/// answer one open request (its competence, or a best practice of its
/// direction); not already in the route (same catalog item); at most one
/// proposal per catalog item; with fixed dates only if they fall inside the
/// period.
///
/// Order (first difference wins):
/// 1. mentoring, when the person is a young teacher without a mentor;
/// 2. more needs covered first (open deficits and open requests together);
/// 3. more deficits among them (a diagnosed need before a voiced one);
/// 4. covers a severe deficit first;
/// 5. programmes from the federal registry before other items;
/// 6. fewer hours first (a deficit covered by fewer hours);
/// 7. programme, internship, best practice (kind order); then title.
///
/// Then, walking that order, a proposal is kept only while one of the
/// deficits or requests it covers has fewer than `perDeficit` (2) proposals
/// kept: enough to choose from, never a catalog dump.
///
/// Dates: fixed dates are kept; the others share the rest of the period
/// (from the later of its start and `today`) in equal slots, in order.
public enum RouteProposals {
    public static let perDeficit = 2

    public static func rank(candidates: [ProposalCandidate], openDeficits: [Deficit], existing: [RouteStep],
                            period: ClosedRange<Day>, today: Day, youngWithoutMentor: Bool,
                            openRequests: [RequestNeed] = []) -> [RouteProposal] {
        let byCompetence = Dictionary(grouping: openDeficits.filter { $0.status.isOpen }, by: \.competenceID)
        let used = Set(existing.filter { $0.status != .skipped }.compactMap(\.catalog))
        let hasMentoringStep = existing.contains { $0.kind == .mentoring && $0.status != .skipped }
        var seen = Set<CatalogRef>()
        var scored: [(RouteProposal, severe: Bool)] = []
        for c in candidates {
            if let ref = c.catalog {
                if used.contains(ref) || seen.contains(ref) { continue }
            }
            if let d = c.dates, !(period.contains(d.lowerBound) && period.contains(d.upperBound)) { continue }
            let covered = c.competenceIDs.flatMap { byCompetence[$0] ?? [] }
            let ids = Array(Set(covered.map(\.id))).sorted()
            let requests = Array(Set(openRequests.filter(c.answers).map(\.requestID))).sorted()
            guard !ids.isEmpty || !requests.isEmpty else { continue }
            if let ref = c.catalog { seen.insert(ref) }
            var p = RouteProposal(candidate: c, deficitIDs: ids, plannedStart: period.lowerBound, plannedEnd: period.lowerBound)
            p.requestIDs = requests
            scored.append((p, covered.contains { $0.severity == .severe }))
        }
        scored.sort { a, b in
            let x = a.0, y = b.0
            let nx = x.deficitIDs.count + x.requestIDs.count, ny = y.deficitIDs.count + y.requestIDs.count
            if nx != ny { return nx > ny }
            if x.deficitIDs.count != y.deficitIDs.count { return x.deficitIDs.count > y.deficitIDs.count }
            if a.severe != b.severe { return a.severe }
            let rx = x.candidate.inRegistry && x.candidate.kind == .course, ry = y.candidate.inRegistry && y.candidate.kind == .course
            if rx != ry { return rx }
            if x.candidate.hours != y.candidate.hours { return x.candidate.hours < y.candidate.hours }
            let kx = kindOrder(x.candidate.kind), ky = kindOrder(y.candidate.kind)
            if kx != ky { return kx < ky }
            return x.candidate.title < y.candidate.title
        }
        var kept: [DeficitID: Int] = [:], keptForRequest: [RequestID: Int] = [:]
        var result: [RouteProposal] = []
        for (p, _) in scored where p.deficitIDs.contains(where: { kept[$0, default: 0] < perDeficit })
            || p.requestIDs.contains(where: { keptForRequest[$0, default: 0] < perDeficit }) {
            for d in p.deficitIDs { kept[d, default: 0] += 1 }
            for r in p.requestIDs { keptForRequest[r, default: 0] += 1 }
            result.append(p)
        }
        if youngWithoutMentor && !hasMentoringStep {
            result.insert(RouteProposal(candidate: ProposalCandidate(kind: .mentoring, catalog: nil,
                                                                     title: "Наставничество «учитель – учитель»", hours: 0),
                                        deficitIDs: [], plannedStart: period.lowerBound, plannedEnd: period.upperBound), at: 0)
        }
        return schedule(result, period: period, today: today)
    }

    static func kindOrder(_ k: StepKind) -> Int {
        switch k {
        case .course: return 0
        case .internship: return 1
        case .masterClass: return 2
        default: return 3
        }
    }

    /// Fixed dates kept; the rest in equal slots of what is left of the period.
    static func schedule(_ proposals: [RouteProposal], period: ClosedRange<Day>, today: Day) -> [RouteProposal] {
        let from = max(period.lowerBound, min(today, period.upperBound))
        let free = proposals.filter { $0.candidate.dates == nil && $0.candidate.kind != .mentoring }.count
        let slot = max(7, (period.upperBound.days(since: from) + 1) / max(1, free))
        var index = 0
        return proposals.map { p in
            var p = p
            if let d = p.candidate.dates {
                p.plannedStart = d.lowerBound; p.plannedEnd = d.upperBound
            } else if p.candidate.kind == .mentoring {
                p.plannedStart = from; p.plannedEnd = period.upperBound
            } else {
                let start = min(from.adding(days: index * slot), period.upperBound)
                p.plannedStart = start
                p.plannedEnd = min(start.adding(days: slot - 1), period.upperBound)
                index += 1
            }
            return p
        }
    }
}
