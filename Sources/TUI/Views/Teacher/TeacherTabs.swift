import Domain
import Storage

/// The teacher's tabs and where they go in the tab bar.
///
/// - Who gets them: viewers allowed to see their own route, who either are
///   teachers by role or have a route or deficits of their own (a tutor or
///   a methodist who also teaches). A coordinator without a route of their
///   own is not shown an empty «Мой маршрут».
/// - Where: for a person whose main role is teacher (roles within teacher
///   and mentor) they come right after «Обзор» and the app opens on «Мой
///   маршрут» — this is the screen such a user came for. For everyone else
///   they follow the tabs of their work, and the app opens on «Обзор» as usual.
enum TeacherTabs {
    static func applies(to ctx: AppContext) -> Bool {
        let v = ctx.viewer
        guard v.can(.seeOwnRoute) else { return false }
        if v.roles.contains(.teacher) { return true }
        return (try? ctx.store.hasOwnLearning(v)) ?? false
    }

    /// The main role is teacher: nothing but teacher and mentor.
    static func isMainlyTeacher(_ v: Viewer) -> Bool {
        v.roles.contains(.teacher) && v.roles.isSubset(of: [.teacher, .mentor])
    }

    static func views(_ ctx: AppContext) -> [AppView] {
        [MyRouteView(ctx), MyDiagnosticsView(ctx), MyRequestsView(ctx)]
    }

    /// Index of «Мой маршрут» to open on, if the viewer is mainly a teacher.
    static func landingIndex(in views: [AppView], for ctx: AppContext) -> Int? {
        guard isMainlyTeacher(ctx.viewer) else { return nil }
        return views.firstIndex { $0.id == "myRoute" }
    }
}
