import Domain
import Storage

/// What the route view shows, read through the store with the viewer's scope.
///
/// Bounded by construction: it is one person's data — their profile, their
/// latest route with its steps (a route is one academic year: a handful of
/// steps, tens at most), their deficits (one per competence of the
/// framework at most). Nothing here grows with the size of the database;
/// the catalog item of a step is read only for the step being looked at.
struct MyRouteData {
    var profile: TeacherProfile?
    var steps: [RouteStep] = []
    /// Open deficits, and closed ones a step of the route addressed.
    var deficits: [DeficitSummary] = []
    var progress = RouteProgress()
    private var catalogCache: [StepID: StepCatalogItem?] = [:]

    var route: Route? { profile?.route }

    static func load(_ ctx: AppContext) throws -> MyRouteData { try load(ctx, personID: ctx.viewer.personID) }

    /// The same data for another person the viewer may see (the tutor's view of a route).
    static func load(_ ctx: AppContext, personID: PersonID) throws -> MyRouteData {
        let store = ctx.store, viewer = ctx.viewer
        return try store.snapshot {
            var data = MyRouteData()
            data.profile = try store.teacherProfile(viewer, personID: personID)
            if let route = data.profile?.route {
                data.steps = try store.steps(viewer, routeID: route.id)
            }
            let addressed = Set(data.steps.flatMap(\.deficitIDs))
            data.deficits = try store.deficits(viewer, personID: personID, openOnly: false)
                .filter { $0.deficit.status.isOpen || addressed.contains($0.id) }
            data.progress = Route.progress(of: data.steps)
            return data
        }
    }

    /// The catalog item of a step (one read per step, remembered).
    mutating func catalogItem(of step: RouteStep, _ ctx: AppContext) -> StepCatalogItem? {
        guard step.catalog != nil else { return nil }
        if let cached = catalogCache[step.id] { return cached }
        let item = try? ctx.store.stepCatalogItem(ctx.viewer, stepID: step.id)
        catalogCache[step.id] = item
        return item
    }

    func deficits(of step: RouteStep) -> [DeficitSummary] {
        step.deficitIDs.compactMap { id in deficits.first { $0.id == id } }
    }

    func steps(of deficit: DeficitSummary) -> [RouteStep] {
        steps.filter { $0.deficitIDs.contains(deficit.id) }
    }

    func overdue(on day: Day) -> Int { steps.filter { $0.isOverdue(on: day) }.count }
}
