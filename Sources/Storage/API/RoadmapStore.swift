import Domain

/// The РМА's roadmap board, its directions and the monitoring of its methodists.
public protocol RoadmapStore: AnyObject {
    func roadmapItems(_ viewer: Viewer, direction: Int?, includeGeneral: Bool) throws -> [RoadmapItem]
    func roadmapItem(_ viewer: Viewer, id: RoadmapItemID) throws -> RoadmapItem?
    func moveRoadmapItem(_ viewer: Viewer, id: RoadmapItemID, expectedVersion: Int, to target: RoadmapStatus) throws -> RoadmapItem
    /// Creates (id 0) or edits an item, version-checked.
    func saveRoadmapItem(_ viewer: Viewer, _ item: RoadmapItem) throws -> RoadmapItem
    func roadmapHistory(_ viewer: Viewer, id: RoadmapItemID) throws -> [AuditEntry]
    func roadmapLinks(_ viewer: Viewer, _ item: RoadmapItem, limit: Int) throws -> RoadmapLinks
    func directionOverviews(_ viewer: Viewer) throws -> [DirectionOverview]
    func methodistResults(_ viewer: Viewer, direction: Int?) throws -> [MethodistResults]
}

extension RoadmapStore {
    public func roadmapItems(_ viewer: Viewer, direction: Int? = nil) throws -> [RoadmapItem] {
        try roadmapItems(viewer, direction: direction, includeGeneral: true)
    }
    public func roadmapLinks(_ viewer: Viewer, _ item: RoadmapItem) throws -> RoadmapLinks { try roadmapLinks(viewer, item, limit: 5) }
    public func methodistResults(_ viewer: Viewer) throws -> [MethodistResults] { try methodistResults(viewer, direction: nil) }
}
