import Domain
import Foundation

/// One row of the dashboard: a municipality or an organization with its counts.
public struct IndicatorUnit: Hashable, Sendable, Identifiable {
    public var scope: IndicatorScope
    public var name: String
    public var counts: IndicatorCounts
    public var work: IndicatorWorkload
    public var id: Int64 { scope.id }
    public var indicators: [Indicator] { IndicatorRules.indicators(from: counts) }
    public func indicator(_ kind: Indicator.Kind) -> Indicator? { indicators.first { $0.kind == kind } }
}

/// Everything the dashboard shows at every level of its drill-down, from one
/// reading (`IndicatorTally`): the viewer's whole scope (the region for a
/// coordinator, their municipality for a municipal methodist), each
/// municipality and each organization with teachers or requests.
public struct IndicatorDashboard: Sendable {
    /// `.region`, or `.municipality` when the viewer sees only one.
    public var scope: IndicatorScope
    /// The region's name or the municipality's.
    public var title: String
    public var total: IndicatorCounts
    public var totalWork: IndicatorWorkload
    /// All municipalities of the scope, in name order (with no teachers too:
    /// they count for participation).
    public var municipalities: [IndicatorUnit]
    /// Organizations of each municipality, in name order.
    public var organizations: [MunicipalityID: [IndicatorUnit]]
    public var day: Day
    /// How long the reading took (shown on the screen, measured for the report).
    public var seconds: Double

    public var indicators: [Indicator] { IndicatorRules.indicators(from: total) }

    public func municipality(_ id: MunicipalityID) -> IndicatorUnit? { municipalities.first { $0.id == id } }
    public func organization(_ id: OrganizationID) -> IndicatorUnit? {
        organizations.values.lazy.compactMap { $0.first { $0.id == id } }.first
    }
}

extension Store {
    /// The dashboard for the viewer: the region for coordinators and
    /// administrators, their own municipality for a municipal methodist;
    /// refused to everyone without `seeIndicators`. One GROUP BY pass per
    /// table whatever the size of the region.
    public func indicatorDashboard(_ viewer: Viewer) throws -> IndicatorDashboard {
        let only = try indicatorMunicipality(viewer)
        let started = Date()
        let today = today()
        return try db.read {
            let tally = try IndicatorTally.read(db, today: today, municipalityID: only)
            var names: [MunicipalityID: String] = [:]
            try db.forEach("SELECT id, name FROM municipalities" + (only == nil ? "" : " WHERE id = \(only!)")) {
                names[$0.int64(0)] = $0.string(1)
            }
            let orgIDs = Set(tally.counts.keys.compactMap(\.organizationID)).union(tally.work.keys.compactMap(\.organizationID))
            var orgNames: [OrganizationID: String] = [:]
            try db.forEach("SELECT id, name FROM organizations" + (only == nil ? "" : " WHERE municipality_id = \(only!)")) {
                if orgIDs.contains($0.int64(0)) { orgNames[$0.int64(0)] = $0.string(1) }
            }
            var byMunicipality: [MunicipalityID: IndicatorUnit] = [:]
            for (id, name) in names {
                var counts = IndicatorCounts()
                counts.municipalities = 1
                counts.municipalitiesTakingPart = tally.participating.contains(id) ? 1 : 0
                byMunicipality[id] = IndicatorUnit(scope: .municipality(id), name: name, counts: counts, work: IndicatorWorkload())
            }
            var organizations: [MunicipalityID: [OrganizationID: IndicatorUnit]] = [:]
            var total = IndicatorCounts(), totalWork = IndicatorWorkload()
            for cell in Set(tally.counts.keys).union(tally.work.keys) {
                let counts = tally.counts[cell] ?? IndicatorCounts(), work = tally.work[cell] ?? IndicatorWorkload()
                total.add(counts); totalWork.add(work)
                guard let m = cell.municipalityID, byMunicipality[m] != nil else { continue }
                byMunicipality[m]!.counts.add(counts)
                byMunicipality[m]!.work.add(work)
                guard let o = cell.organizationID else { continue }
                var unit = organizations[m]?[o] ?? IndicatorUnit(scope: .organization(o), name: orgNames[o] ?? "№\(o)",
                                                                   counts: IndicatorCounts(), work: IndicatorWorkload())
                unit.counts.add(counts); unit.work.add(work)
                organizations[m, default: [:]][o] = unit
            }
            total.municipalities = names.count
            total.municipalitiesTakingPart = tally.participating.filter { names[$0] != nil }.count
            let byName: (IndicatorUnit, IndicatorUnit) -> Bool = { ($0.name, $0.id) < ($1.name, $1.id) }
            let title = only.flatMap { names[$0] } ?? meta("region") ?? "Регион"
            return IndicatorDashboard(scope: only.map { .municipality($0) } ?? .region, title: title,
                                      total: total, totalWork: totalWork,
                                      municipalities: byMunicipality.values.sorted(by: byName),
                                      organizations: organizations.mapValues { $0.values.sorted(by: byName) },
                                      day: today, seconds: Date().timeIntervalSince(started))
        }
    }

    /// The raw counts of one scope the viewer may see (nil when it is outside
    /// it). Counts the viewer's whole dashboard: for one-off callers (tests,
    /// exports), not for a loop.
    public func indicatorCounts(_ viewer: Viewer, scope: IndicatorScope) throws -> IndicatorCounts? {
        let d = try indicatorDashboard(viewer)
        switch scope {
        case .region: return d.total
        case .municipality(let m): return d.municipality(m)?.counts
        case .organization(let o): return d.organization(o)?.counts
        }
    }

    /// nil for the whole region; the viewer's municipality for a municipal
    /// methodist; refused without `seeIndicators`.
    func indicatorMunicipality(_ viewer: Viewer) throws -> MunicipalityID? {
        guard viewer.can(.seeIndicators) else { throw StoreError.forbidden(Action.seeIndicators.label) }
        if viewer.roles.contains(.coordinator) || viewer.roles.contains(.administrator) { return nil }
        guard let m = viewer.municipalityID else { throw StoreError.forbidden(Action.seeIndicators.label) }
        return m
    }
}
