import Domain
import Foundation
@testable import Storage

/// Requests in memory: the scope of `Visibility.requests` without caseloads,
/// the Domain's triage order, and triage actions by the Domain's rules —
/// version-checked, with the rule's change list as the history.
extension InMemoryBackend: RequestStore, TriageStore {
    func sees(_ viewer: Viewer, _ r: HelpRequest) -> Bool {
        if viewer.roles.contains(.coordinator) || viewer.roles.contains(.administrator) { return true }
        if r.authorID == viewer.personID || r.assigneeID == viewer.personID { return true }
        if viewer.roles.contains(.municipalMethodist), let m = viewer.municipalityID, r.municipalityID == m { return true }
        return viewer.roles.contains(.regionalMethodist) && r.direction.map(viewer.directions.contains) == true
    }

    func summary(_ r: HelpRequest) -> RequestSummary {
        let org = organization(r.organizationID)
        return RequestSummary(request: r, authorName: name(r.authorID), organizationName: org?.name ?? "",
                              lowResultsSchool: org?.flags.contains(.lowResults) ?? false, urgent: urgent[r.id] ?? false,
                              assigneeName: name(r.assigneeID))
    }

    func matches(_ r: HelpRequest, _ q: RequestQuery) -> Bool {
        if let s = q.statuses, !s.contains(r.status) { return false }
        if let d = q.direction, r.direction != d { return false }
        if let a = q.assigneeID, r.assigneeID != a { return false }
        if q.unassignedOnly && r.assigneeID != nil { return false }
        if let m = q.municipalityID, r.municipalityID != m { return false }
        if let day = q.overdueOn, !(r.status.isOpen && (r.due.map { $0 < day } ?? false)) { return false }
        if let text = q.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let own = SearchKey.fold(r.text).split { !$0.isLetter && !$0.isNumber }
            let words = SearchKey.fold(text).split { !$0.isLetter && !$0.isNumber }
            if !words.allSatisfy({ w in own.contains { $0.hasPrefix(w) } }) { return false }
        }
        return true
    }

    func visible(_ viewer: Viewer, _ q: RequestQuery) -> [HelpRequest] {
        requests.filter { sees(viewer, $0) && matches($0, q) }
    }

    // MARK: RequestStore

    func requestsPage(_ viewer: Viewer, _ query: RequestQuery, after: RequestKey?, limit: Int) throws -> [RequestSummary] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        func order(_ k: RequestKey) -> (Int, Int, String, Int64) { (-k.priority, -k.urgent, k.createdOn, k.id) }
        let rows = visible(viewer, query).map(summary).sorted { order($0.key) < order($1.key) }
        return Array(rows.filter { r in after.map { order(r.key) > order($0) } ?? true }.prefix(limit))
    }

    func requestsPage(_ viewer: Viewer, _ query: RequestQuery, before: RequestKey?, limit: Int) throws -> [RequestSummary] {
        guard viewer.can(.seeRequests) || viewer.can(.askForHelp) else { throw StoreError.forbidden(Action.seeRequests.label) }
        func order(_ k: RequestKey) -> (Int, Int, String, Int64) { (-k.priority, -k.urgent, k.createdOn, k.id) }
        let rows = visible(viewer, query).map(summary).sorted { order($0.key) < order($1.key) }
        return Array(rows.filter { r in before.map { order(r.key) < order($0) } ?? true }.suffix(limit))
    }

    func request(_ viewer: Viewer, id: RequestID) throws -> RequestSummary? {
        requests.first { $0.id == id && sees(viewer, $0) }.map(summary)
    }

    func createRequest(_ viewer: Viewer, text: String, authorID: PersonID?, organizationID: OrganizationID?,
                       competenceID: CompetenceID?, direction: Int?, isYoungAuthor: Bool) throws -> RequestID {
        guard viewer.can(.askForHelp) || viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.askForHelp.label) }
        let trimmed = StoredText.clean(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.invalid(Phrase("Текст запроса пуст", "The request text is empty")) }
        let org = organization(organizationID ?? personRecord(authorID)?.organizationID)
        let request = HelpRequest(id: 0, text: trimmed, authorID: authorID, organizationID: org?.id, municipalityID: org?.municipalityID,
                                  competenceID: competenceID, direction: direction, createdOn: today())
        return try loadRequest(request, urgent: isYoungAuthor || (org?.flags.contains(.lowResults) ?? false), at: clock())
    }

    func ownRequestsPage(_ viewer: Viewer, after: OwnRequestKey?, before: OwnRequestKey?, lastPage: Bool, limit: Int) throws -> [RequestSummary] {
        func order(_ k: OwnRequestKey) -> (String, Int64) { (k.createdOn, k.id) }
        let own = requests.filter { $0.authorID == viewer.personID }.map(summary).sorted { order($0.ownKey) > order($1.ownKey) }
        if let b = before { return Array(own.filter { order($0.ownKey) > order(b) }.suffix(limit)) }
        if let a = after { return Array(own.filter { order($0.ownKey) < order(a) }.prefix(limit)) }
        return lastPage ? Array(own.suffix(limit)) : Array(own.prefix(limit))
    }

    func ownRequestCount(_ viewer: Viewer) throws -> Int { requests.filter { $0.authorID == viewer.personID }.count }

    func requestLog(_ viewer: Viewer, id: RequestID) throws -> [RequestLogEntry] {
        guard try request(viewer, id: id) != nil else { return [] }
        return history.filter { $0.requestID == id }.map { h in
            let assignee = h.field == RequestField.assignee.rawValue
            let ids = [Int64(h.before), Int64(h.after)].compactMap { $0 }.filter { !name($0).isEmpty }
            let names = ChangeNames(people: Dictionary(ids.map { ($0, name($0)) }, uniquingKeysWith: { a, _ in a }))
            return RequestLogEntry(change: h, actorName: name(h.actorID),
                                   beforeName: assignee ? name(Int64(h.before)) : "", afterName: assignee ? name(Int64(h.after)) : "",
                                   line: ChangeText.line(entity: "request", FieldChange(field: h.field, before: h.before, after: h.after),
                                                         names: names))
        }
    }

    // MARK: TriageStore

    func triageRow(_ r: HelpRequest) -> TriageRow {
        let s = summary(r)
        let young = personRecord(r.authorID)?.isYoungTeacher(on: today()) ?? false
        let k = r.triageKey(isLowResultsSchool: s.lowResultsSchool, isYoungTeacher: young, today: today())
        // Text in the order of `TriageKey <`: open first, priority, reasons, age (older first), id.
        let text = String(format: "%d%d%d%06d%012lld", k.isOpen ? 0 : 1, 9 - k.priority.rawValue, 9 - k.reasons,
                          max(0, 999_999 - k.ageDays), k.requestID)
        return TriageRow(summary: s, youngAuthor: young, key: TriageRowKey(text))
    }

    func triagePage(_ viewer: Viewer, _ query: RequestQuery, after: TriageRowKey?, before: TriageRowKey?, limit: Int) throws -> [TriageRow] {
        guard viewer.can(.seeRequests) else { throw StoreError.forbidden(Action.seeRequests.label) }
        let rows = visible(viewer, query).map(triageRow).sorted { $0.key < $1.key }
        if let b = before { return Array(rows.filter { $0.key < b }.suffix(limit)) }
        return Array(rows.filter { r in after.map { r.key > $0 } ?? true }.prefix(limit))
    }

    func triageRow(_ viewer: Viewer, id: RequestID) throws -> TriageRow? {
        requests.first { $0.id == id && sees(viewer, $0) }.map(triageRow)
    }

    func triageCounts(_ viewer: Viewer, municipalityID: MunicipalityID?) throws -> TriageCounts {
        let rows = visible(viewer, RequestQuery(municipalityID: municipalityID))
        var c = TriageCounts()
        c.all = rows.count
        c.open = rows.filter(\.status.isOpen).count
        c.new = rows.filter { $0.status == .new }.count
        c.mine = rows.filter { $0.status.isOpen && $0.assigneeID == viewer.personID }.count
        c.overdue = rows.filter { $0.status.isOpen && ($0.due.map { $0 < today() } ?? false) }.count
        c.unassigned = rows.filter { $0.status.isOpen && $0.assigneeID == nil }.count
        return c
    }

    func applyTriage(_ viewer: Viewer, _ targets: [TriageTarget], _ change: TriageChange) throws -> TriageOutcome {
        guard viewer.can(.triageRequests) || viewer.can(.seeRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        var outcome = TriageOutcome()
        for target in targets {
            guard let i = requests.firstIndex(where: { $0.id == target.id && sees(viewer, $0) }) else {
                outcome.refused.append(.init(id: target.id, reason: StoreError.notFound(entity: "request", id: target.id).message))
                continue
            }
            let current = requests[i]
            if !viewer.can(.triageRequests) {  // an assignee works the request (workRequest), never triages it
                outcome.refused.append(.init(id: target.id, reason: StoreError.forbidden(Action.triageRequests.label).message))
                continue
            }
            if current.version != target.version {
                let last = history.last { $0.requestID == target.id && $0.field != "comment" }
                let conflict = Conflict(entity: "request", id: target.id, expectedVersion: target.version,
                                        currentVersion: current.version, changedBy: last.map { name($0.actorID) }, changedAt: last?.at)
                outcome.refused.append(.init(id: target.id, reason: StoreError.conflict(conflict).message))
                continue
            }
            switch change.apply(to: current, today: today()) {
            case .failure(let refusal): outcome.refused.append(.init(id: target.id, reason: refusal.reason))
            case .success(let update) where update.changes.isEmpty: outcome.unchanged.append(target.id)
            case .success(let update):
                var updated = update.request
                updated.version = current.version + 1
                requests[i] = updated
                history += update.changes.map { $0.record(requestID: target.id, actorID: viewer.personID, at: clock()) }
                outcome.changed.append(target.id)
            }
        }
        if !outcome.changed.isEmpty { wrote() }
        return outcome
    }

    func addRequestComment(_ viewer: Viewer, id: RequestID, text: String) throws {
        let trimmed = StoredText.clean(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.invalid(Phrase("Комментарий пуст", "The comment is empty")) }
        guard let r = requests.first(where: { $0.id == id && sees(viewer, $0) }) else { throw StoreError.notFound(entity: "request", id: id) }
        guard viewer.can(.triageRequests) || r.assigneeID == viewer.personID else {
            throw StoreError.forbidden(Phrase("комментировать запрос", "comment on the request"))
        }
        history.append(RequestChange(requestID: id, actorID: viewer.personID, at: clock(), field: "comment", before: "", after: trimmed))
        wrote()
    }

    func addRequestComments(_ viewer: Viewer, ids: [RequestID], text: String) throws -> TriageOutcome {
        var outcome = TriageOutcome()
        for id in ids {
            do { try addRequestComment(viewer, id: id, text: text); outcome.changed.append(id) } catch let e as StoreError {
                if case .invalid = e { throw e }
                outcome.refused.append(.init(id: id, reason: e.message))
            }
        }
        return outcome
    }

    func assigneeCandidates(_ viewer: Viewer, municipalityID: MunicipalityID?, direction: Int?) throws -> [AssigneeCandidate] {
        let roles: Set<Role> = [.tutor, .municipalMethodist, .regionalMethodist]
        let place = municipalityID ?? viewer.municipalityID
        return people.filter { p in
            !p.roles.isDisjoint(with: roles) && sees(viewer, p)
                && (place.map { self.municipalityID(of: p) == $0 } ?? p.roles.contains(.regionalMethodist))
        }.map { p in
            let open = requests.filter { $0.assigneeID == p.id && [.triaged, .assigned, .inProgress].contains($0.status) }
            return AssigneeCandidate(id: p.id, fullName: p.fullName, roles: p.roles, organizationName: organization(p.organizationID)?.name ?? "",
                                     directions: p.directions, openLoad: open.count,
                                     overdue: open.filter { ($0.due.map { $0 < today() } ?? false) }.count)
        }.sorted { ($0.openLoad, SearchKey.fold($0.fullName)) < ($1.openLoad, SearchKey.fold($1.fullName)) }
    }

    func requesters(_ viewer: Viewer, limit: Int) throws -> [Requester] {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        let orgs = organizations.filter { o in o.municipalityID != nil && (viewer.seesRegion || o.municipalityID == viewer.municipalityID) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map { Requester(kind: .organization, entityID: $0.id, name: $0.name, place: municipality($0.municipalityID)?.name ?? "") }
        let persons = listed(viewer, PeopleQuery()).map { Requester(kind: .person, entityID: $0.id, name: $0.fullName, place: $0.organizationName) }
        return Array((orgs + persons).prefix(limit))
    }

    func createRequest(_ viewer: Viewer, for requester: Requester, text: String, direction: Int?) throws -> RequestID {
        guard viewer.can(.triageRequests) else { throw StoreError.forbidden(Action.triageRequests.label) }
        switch requester.kind {
        case .person:
            let young = personRecord(requester.entityID)?.isYoungTeacher(on: today()) ?? false
            return try createRequest(viewer, text: text, authorID: requester.entityID, organizationID: nil, competenceID: nil,
                                     direction: direction, isYoungAuthor: young)
        case .organization:
            return try createRequest(viewer, text: text, authorID: nil, organizationID: requester.entityID, competenceID: nil,
                                     direction: direction, isYoungAuthor: false)
        }
    }

    /// Open requests per assignee and direction, as the SQLite backend counts them (Domain's lateness and resolution).
    func triageLoad(_ viewer: Viewer, municipalityID: MunicipalityID?) throws -> TriageLoad {
        guard viewer.can(.seeRequests) else { throw StoreError.forbidden(Action.seeRequests.label) }
        let today = today()
        func line(_ name: String, _ key: Int64?, _ rows: [HelpRequest]) -> LoadLine {
            let resolved = rows.compactMap(\.resolutionDays)
            return LoadLine(name: name, key: key, open: rows.filter(\.status.isOpen).count, overdue: rows.filter { $0.isOverdue(on: today) }.count,
                            resolved: resolved.count, resolvedOnTime: rows.filter { $0.resolutionDays != nil && $0.isResolvedOnTime }.count,
                            resolutionDays: resolved)
        }
        let rows = visible(viewer, RequestQuery(municipalityID: municipalityID)).filter { $0.status != .declined }
        var byAssignee = Dictionary(grouping: rows.filter { $0.assigneeID != nil }, by: { $0.assigneeID! })
            .map { line(name($0.key), $0.key, $0.value) }.sorted { ($0.open, $1.name) > ($1.open, $0.name) }
        let unassigned = line("", nil, rows.filter { $0.assigneeID == nil })
        if unassigned.open > 0 { byAssignee.append(unassigned) }
        let byDirection = Dictionary(grouping: rows, by: { $0.direction ?? 0 }).map { d, rs in
            line(Direction.number(d).map { "\(d). \($0.shortName)" } ?? "", Int64(d), rs)
        }.sorted { ($0.open, -($0.key ?? 0)) > ($1.open, -($1.key ?? 0)) }
        return TriageLoad(byAssignee: byAssignee, byDirection: byDirection, total: line("", nil, rows))
    }
}
