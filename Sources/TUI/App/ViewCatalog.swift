import Domain
import Storage

/// Which tabs a user gets: decided by their roles (the permission matrix),
/// so a teacher never even sees a tab whose data Storage would refuse them.
public enum ViewCatalog {
    public static func views(for ctx: AppContext) -> [AppView] {
        var views: [AppView] = []
        let v = ctx.viewer
        if v.can(.seePeople) || v.can(.seeCaseload) { views.append(PeopleView(ctx)) }
        if v.can(.seeRequests) || v.can(.askForHelp) { views.append(RequestsView(ctx)) }
        let overview = OverviewView(ctx, otherTabs: views)
        return [overview] + views
    }

    public static func app(for ctx: AppContext) -> App {
        App(context: ctx, views: views(for: ctx))
    }
}

