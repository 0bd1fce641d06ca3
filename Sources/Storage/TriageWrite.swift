import Domain

/// A request the user acts on, with the version they saw (the conflict check).
public struct TriageTarget: Hashable, Sendable {
    public var id: RequestID
    public var version: Int
    public init(id: RequestID, version: Int) { self.id = id; self.version = version }
}

extension SQLiteStore {
    /// Applies one triage action to every target in ONE transaction: each
    /// request goes through the one versioned write with the Domain's rule
    /// (`TriageChange.apply`) and its change list, or is refused with the
    /// reason — a refusal, a conflict or a missing right leaves that request
    /// as it was and the others still change. Requests already so are not written.
    public func applyTriage(_ viewer: Viewer, _ targets: [TriageTarget], _ change: TriageChange) throws -> TriageOutcome {
        guard viewer.can(.triageRequests) || viewer.can(.seeRequests) else {
            throw StoreError.forbidden(Action.triageRequests.label)
        }
        let today = today()
        return try db.write {
            var outcome = TriageOutcome()
            for target in targets {
                do {
                    let update = try writeVersioned(viewer, requestKind, id: target.id, expectedVersion: target.version,
                                                    action: "update", allowed: { try mayChange(viewer, $0) }) { current in
                        change.apply(to: current, today: today)
                    }
                    if update.changes.isEmpty { outcome.unchanged.append(target.id) } else { outcome.changed.append(target.id) }
                } catch let error as StoreError {
                    let cause: TriageOutcome.Cause
                    switch error {
                    case .refused: cause = .rule
                    case .conflict: cause = .conflict
                    case .forbidden: cause = .right
                    case .notFound: cause = .missing
                    default: throw error
                    }
                    outcome.refused.append(.init(id: target.id, reason: error.message, cause: cause))
                }
            }
            return outcome
        }
    }

    /// Adds a comment to a request's history (field `comment`, the text in
    /// `after`), audited. A comment changes no field of the request, so it
    /// takes no version and never conflicts with another user's change.
    /// Allowed to triagers and to the request's assignee; closed requests
    /// take comments too (a follow-up after resolution).
    public func addRequestComment(_ viewer: Viewer, id: RequestID, text: String) throws {
        let trimmed = StoredText.clean(text).trimmed(" \n\t\r")
        guard !trimmed.isEmpty else { throw StoreError.invalid(Phrase("Комментарий пуст", "The comment is empty")) }
        try db.write {
            guard let current = try request(viewer, id: id)?.request else { throw StoreError.notFound(entity: "request", id: id) }
            guard viewer.can(.triageRequests) || current.assigneeID == viewer.personID else {
                throw StoreError.forbidden(Phrase("комментировать запрос", "comment on the request"))
            }
            try recordHistory(viewer, entity: "request", id: id, [FieldChange(field: "comment", before: "", after: trimmed)])
            try audit(viewer, entity: "request", id: id, action: "comment", after: trimmed)
        }
    }
}

extension SQLiteStore {
    /// The same comment on several requests, in one transaction; requests
    /// the viewer may not comment on are refused with the reason.
    public func addRequestComments(_ viewer: Viewer, ids: [RequestID], text: String) throws -> TriageOutcome {
        try db.write {
            var outcome = TriageOutcome()
            for id in ids {
                do {
                    try addRequestComment(viewer, id: id, text: text)
                    outcome.changed.append(id)
                } catch let error as StoreError {
                    if case .invalid = error { throw error }
                    outcome.refused.append(.init(id: id, reason: error.message))
                }
            }
            return outcome
        }
    }
}
