import Domain

/// An indicator's value at the end of a month (`indicator_snapshots`).
public struct IndicatorPoint: Hashable, Sendable {
    /// "YYYY-MM"
    public var month: String
    public var value: Double?
    public var numerator: Int
    public var denominator: Int
}

extension SQLiteStore {
    /// Month-end values of every indicator of `scope`, oldest first. The
    /// viewer sees what the dashboard shows them: a municipal methodist only
    /// their municipality and its organizations.
    public func indicatorHistory(_ viewer: Viewer, scope: IndicatorScope) throws -> [Indicator.Kind: [IndicatorPoint]] {
        try checkIndicatorScope(viewer, scope)
        var out: [Indicator.Kind: [IndicatorPoint]] = [:]
        try db.forEach("""
            SELECT kind, month, numerator, denominator, value FROM indicator_snapshots
            WHERE scope = ? AND scope_id = ? ORDER BY kind, month
            """, [scope.kind, scope.id]) { r in
            guard let kind = Indicator.Kind(rawValue: r.string(0)) else { return }
            out[kind, default: []].append(IndicatorPoint(month: r.string(1), value: r.isNull(4) ? nil : r.double(4),
                                                         numerator: r.int(2), denominator: r.int(3)))
        }
        return out
    }

    /// Stores the current month's values of the dashboard's scope and of each
    /// of its municipalities (upsert: the month's row follows the data until
    /// the month ends). Writes nothing when the stored values are the same, so
    /// two sessions looking at the dashboard do not wake each other up.
    /// Not audited: a snapshot is derived from audited data, not a change.
    public func recordIndicatorSnapshot(_ viewer: Viewer, _ dashboard: IndicatorDashboard) throws {
        _ = try indicatorMunicipality(viewer)
        let month = String(dashboard.day.iso.prefix(7))
        var rows: [(IndicatorScope, Indicator)] = []
        if dashboard.scope == .region { rows += dashboard.indicators.map { (.region, $0) } }
        for m in dashboard.municipalities { rows += m.indicators.map { (m.scope, $0) } }
        var stored: [String: IndicatorPoint] = [:]
        try db.forEach("SELECT scope, scope_id, kind, numerator, denominator, value FROM indicator_snapshots WHERE month = ?", [month]) { r in
            stored["\(r.string(0))/\(r.int64(1))/\(r.string(2))"] =
                IndicatorPoint(month: month, value: r.isNull(5) ? nil : r.double(5), numerator: r.int(3), denominator: r.int(4))
        }
        let changed = rows.filter { scope, i in
            stored["\(scope.kind)/\(scope.id)/\(i.kind.rawValue)"] != IndicatorPoint(month: month, value: i.value, numerator: i.numerator,
                                                                                    denominator: i.denominator)
        }
        guard !changed.isEmpty else { return }
        try db.write {
            for (scope, i) in changed {
                try db.execute("""
                    INSERT INTO indicator_snapshots(scope, scope_id, kind, month, numerator, denominator, value)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(scope, scope_id, kind, month) DO UPDATE SET
                        numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value
                    """, [scope.kind, scope.id, i.kind.rawValue, month, i.numerator, i.denominator, i.value])
            }
        }
    }

    /// Refuses a scope outside the viewer's dashboard.
    func checkIndicatorScope(_ viewer: Viewer, _ scope: IndicatorScope) throws {
        guard let only = try indicatorMunicipality(viewer) else { return }
        let inside: Bool
        switch scope {
        case .region: inside = false
        case .municipality(let m): inside = m == only
        case .organization(let o):
            inside = try db.scalarInt("SELECT count(*) FROM organizations WHERE id = ? AND municipality_id = ?", [o, only]) > 0
        }
        if !inside { throw StoreError.forbidden(Action.seeIndicators.label) }
    }
}
