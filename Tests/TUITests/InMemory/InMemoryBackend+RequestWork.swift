import Domain
import Foundation
@testable import Storage

/// The assignee's work in memory, by the Domain's rule (`RequestWork`), as
/// the SQLite write does it: right, scope, version, then the rule once.
extension InMemoryBackend {
    func workRequest(_ viewer: Viewer, _ target: TriageTarget, _ work: RequestWork) throws -> HelpRequest {
        guard viewer.can(.workRequests) else { throw StoreError.forbidden(Action.workRequests.label) }
        guard let i = requests.firstIndex(where: { $0.id == target.id && sees(viewer, $0) }) else {
            throw StoreError.notFound(entity: "request", id: target.id)
        }
        let current = requests[i]
        if let refusal = RequestWork.scopeRefusal(current, actor: viewer.personID) { throw StoreError.forbidden(refusal.reason) }
        if current.version != target.version {
            let last = history.last { $0.requestID == target.id && $0.field != "comment" }
            throw StoreError.conflict(Conflict(entity: "request", id: target.id, expectedVersion: target.version,
                                               currentVersion: current.version, changedBy: last.map { name($0.actorID) }, changedAt: last?.at))
        }
        let count = shared.help.filter { $0.requestID == target.id }.count
        switch work.apply(to: current, actor: viewer.personID, helpCount: count, today: today()) {
        case .failure(let refusal): throw StoreError.refused(refusal)
        case .success(let update):
            var updated = update.request
            updated.version = current.version + 1
            requests[i] = updated
            history += update.changes.map { $0.record(requestID: target.id, actorID: viewer.personID, at: clock()) }
            if case .help(let date, let form, let what) = work {
                shared.help.append(HelpGiven(id: newID(0), requestID: target.id, date: date, form: form,
                                             what: what.trimmingCharacters(in: .whitespacesAndNewlines), actorID: viewer.personID))
            }
            wrote()
            return updated
        }
    }

    func requestHelp(_ viewer: Viewer, id: RequestID) throws -> [HelpGiven] {
        guard try request(viewer, id: id) != nil else { return [] }
        return shared.help.filter { $0.requestID == id }.map { h in
            var h = h
            h.actorName = name(h.actorID)
            return h
        }
    }
}
