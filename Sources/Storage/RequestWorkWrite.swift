import Domain

extension SQLiteStore {
    /// The assignee's work on a request (`RequestWork`: take into work,
    /// record help, resolve, hand back to triage) through the one versioned
    /// write: the right (`workRequests`), the scope (the request is assigned
    /// to the viewer), the version, then the Domain's rule once; history and
    /// audit from its change list. A record of help is a change of the
    /// request too: its version moves on, so two sessions never both resolve
    /// on a stale picture of the help given.
    @discardableResult
    public func workRequest(_ viewer: Viewer, _ target: TriageTarget, _ work: RequestWork) throws -> HelpRequest {
        guard viewer.can(.workRequests) else { throw StoreError.forbidden(Action.workRequests.label) }
        let today = today()
        let action: String
        if case .help = work { action = "help" } else { action = "update" }
        let allowed: (HelpRequest) throws -> Void = { current in
            if let refusal = RequestWork.scopeRefusal(current, actor: viewer.personID) { throw StoreError.forbidden(refusal.reason) }
        }
        let rule: (HelpRequest) throws -> Result<RequestUpdate, Refusal> = { current in
            let count = try self.db.scalarInt("SELECT count(*) FROM request_help WHERE request_id = ?", [current.id])
            return work.apply(to: current, actor: viewer.personID, helpCount: count, today: today)
        }
        let addHelp: (RequestUpdate) throws -> Void = { _ in
            guard case .help(let date, let form, let what) = work else { return }
            let row: [SQLBindable] = [target.id, date, form.rawValue, StoredText.clean(what).trimmed(" \n\t\r"), viewer.personID, self.clock()]
            try self.db.execute("INSERT INTO request_help(request_id, date, form, what, actor_id, at) VALUES (?, ?, ?, ?, ?, ?)",
                                StoredValues.cleaned(row))
        }
        let update = try writeVersioned(viewer, requestKind, id: target.id, expectedVersion: target.version, action: action,
                                        allowed: allowed, rule, alsoWrite: addHelp)
        return update.value
    }

    /// The help given on a request, oldest first, with who recorded it; empty
    /// when the viewer may not see the request (its author sees it).
    public func requestHelp(_ viewer: Viewer, id: RequestID) throws -> [HelpGiven] {
        guard try request(viewer, id: id) != nil else { return [] }
        return try db.query("""
            SELECT h.id, h.request_id, h.date, h.form, h.what, h.actor_id, coalesce(p.full_name, '')
            FROM request_help h LEFT JOIN people p ON p.id = h.actor_id WHERE h.request_id = ? ORDER BY h.date, h.id
            """, [id]) { r in
            HelpGiven(id: r.int64(0), requestID: r.int64(1), date: r.day(2) ?? Day(ordinal: 0), form: HelpForm(rawValue: r.string(3)) ?? .other,
                      what: r.string(4), actorID: r.optInt64(5), actorName: r.string(6))
        }
    }
}
