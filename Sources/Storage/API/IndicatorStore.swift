import Domain

/// The region's indicators: the dashboard, its history and the worklists behind each figure.
public protocol IndicatorStore: AnyObject {
    func indicatorDashboard(_ viewer: Viewer, municipality narrowed: MunicipalityID?) throws -> IndicatorDashboard
    func indicatorOrganizations(_ viewer: Viewer, municipality: MunicipalityID) throws -> [IndicatorUnit]
    func indicatorCounts(_ viewer: Viewer, scope: IndicatorScope) throws -> IndicatorCounts?
    func indicatorHistory(_ viewer: Viewer, scope: IndicatorScope) throws -> [Indicator.Kind: [IndicatorPoint]]
    func recordIndicatorSnapshot(_ viewer: Viewer, _ dashboard: IndicatorDashboard) throws
    func indicatorWorkPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope, after: IndicatorWorkKey?,
                           before: IndicatorWorkKey?, limit: Int) throws -> [IndicatorWorkItem]
    func indicatorWorkLastPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope, limit: Int) throws -> [IndicatorWorkItem]
}

extension IndicatorStore {
    public func indicatorDashboard(_ viewer: Viewer) throws -> IndicatorDashboard { try indicatorDashboard(viewer, municipality: nil) }
    public func indicatorWorkPage(_ viewer: Viewer, _ list: IndicatorWorklist, scope: IndicatorScope = .region,
                                  after: IndicatorWorkKey? = nil, before: IndicatorWorkKey? = nil, limit: Int) throws -> [IndicatorWorkItem] {
        try indicatorWorkPage(viewer, list, scope: scope, after: after, before: before, limit: limit)
    }
}
