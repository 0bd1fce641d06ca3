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

/// What the dashboard shows, from one reading (`IndicatorTally`): the
/// viewer's whole scope (the region for a coordinator, their municipality
/// for a municipal methodist), each municipality, and, in a dashboard of one
/// municipality, each of its organizations with teachers or requests.
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
    /// Organizations of each municipality, in name order: only in a dashboard
    /// of one municipality (`indicatorOrganizations` reads a region's, one
    /// municipality at a time).
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

extension SQLiteStore {
    /// The dashboard for the viewer: the region for coordinators and
    /// administrators, their own municipality for a municipal methodist;
    /// refused to everyone without `seeIndicators`. One GROUP BY pass per
    /// table whatever the size of the region.
    ///
    /// `municipality` narrows a region viewer's reading to one municipality
    /// (the drill-down). Organizations are counted only for a dashboard of
    /// one municipality: a region's 40,000 schools held as units took 40 MB
    /// of a national file's count, for a level that shows one municipality's.
    public func indicatorDashboard(_ viewer: Viewer, municipality narrowed: MunicipalityID? = nil) throws -> IndicatorDashboard {
        var only = try indicatorMunicipality(viewer)
        if let narrowed {
            guard only == nil || only == narrowed else { throw StoreError.forbidden(Action.seeIndicators.label) }
            only = narrowed
        }
        let started = Date()
        let today = today()
        return try db.read {
            let tally = try IndicatorTally.read(db, today: today, municipalityID: only, byOrganization: only != nil)
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
            // Organizations straight into their municipality's list, found again by index: a
            // dictionary per municipality, then sorted copies, held the region's 40,000 units
            // two and three times over (20 MB of a 50 MB peak on a national file).
            var organizations: [MunicipalityID: [IndicatorUnit]] = [:]
            var place: [OrganizationID: (MunicipalityID, Int)] = [:]
            place.reserveCapacity(orgNames.count)
            var total = IndicatorCounts(), totalWork = IndicatorWorkload()
            for cell in Set(tally.counts.keys).union(tally.work.keys) {
                let counts = tally.counts[cell] ?? IndicatorCounts(), work = tally.work[cell] ?? IndicatorWorkload()
                total.add(counts); totalWork.add(work)
                guard let m = cell.municipalityID, byMunicipality[m] != nil else { continue }
                byMunicipality[m]!.counts.add(counts)
                byMunicipality[m]!.work.add(work)
                guard let o = cell.organizationID else { continue }
                if let (pm, i) = place[o] {
                    organizations[pm]![i].counts.add(counts); organizations[pm]![i].work.add(work)
                } else {
                    place[o] = (m, organizations[m]?.count ?? 0)
                    organizations[m, default: []].append(IndicatorUnit(scope: .organization(o), name: orgNames[o] ?? "№\(o)",
                                                                       counts: counts, work: work))
                }
            }
            total.municipalities = names.count
            total.municipalitiesTakingPart = tally.participating.filter { names[$0] != nil }.count
            let byName: (IndicatorUnit, IndicatorUnit) -> Bool = { ($0.name, $0.id) < ($1.name, $1.id) }
            for key in Array(organizations.keys) { organizations[key]!.sort(by: byName) }
            let title = only.flatMap { names[$0] } ?? meta("region") ?? "Регион"
            return IndicatorDashboard(scope: only.map { .municipality($0) } ?? .region, title: title,
                                      total: total, totalWork: totalWork,
                                      municipalities: byMunicipality.values.sorted(by: byName),
                                      organizations: organizations,
                                      day: today, seconds: Date().timeIntervalSince(started))
        }
    }

    /// The raw counts of one scope the viewer may see (nil when it is outside
    /// it). Counts the viewer's whole dashboard: for one-off callers (tests,
    /// exports), not for a loop.
    /// The organizations of one municipality, in name order (the level below it).
    public func indicatorOrganizations(_ viewer: Viewer, municipality: MunicipalityID) throws -> [IndicatorUnit] {
        try indicatorDashboard(viewer, municipality: municipality).organizations[municipality] ?? []
    }

    public func indicatorCounts(_ viewer: Viewer, scope: IndicatorScope) throws -> IndicatorCounts? {
        switch scope {
        case .region: return try indicatorDashboard(viewer).total
        case .municipality(let m): return try indicatorDashboard(viewer).municipality(m)?.counts
        case .organization(let o):
            let own = try indicatorMunicipality(viewer)
            guard let m = try db.first("SELECT municipality_id FROM organizations WHERE id = ?", [o], { $0.optInt64(0) }) ?? nil,
                  own == nil || own == m else { return nil }
            return try indicatorDashboard(viewer, municipality: m).organization(o)?.counts
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
