import Domain

/// The selection to the РМА: applications, the totals, the commission's decisions.
public protocol SelectionStore: AnyObject {
    func selectionPage(_ viewer: Viewer, after afterID: ApplicationID?, limit: Int) throws -> [SelectionRow]
    func selectionPage(_ viewer: Viewer, before beforeID: ApplicationID, limit: Int) throws -> [SelectionRow]
    func selectionRow(_ viewer: Viewer, id: ApplicationID) throws -> SelectionRow?
    func selectionOverview(_ viewer: Viewer) throws -> SelectionOverview
    func decideApplication(_ viewer: Viewer, id: ApplicationID, expectedVersion: Int, _ decision: SelectionDecision) throws -> RMAApplication
}
