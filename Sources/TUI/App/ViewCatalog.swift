import Domain
import Storage

/// Which tabs a user gets: decided by their roles (the permission matrix),
/// so a teacher never even sees a tab whose data Storage would refuse them.
public enum ViewCatalog {
    public static func views(for ctx: AppContext) -> [AppView] {
        var views: [AppView] = []
        let v = ctx.viewer
        // The teacher's own tabs (TeacherTabs says who and where).
        let learner = TeacherTabs.applies(to: ctx), mainlyTeacher = TeacherTabs.isMainlyTeacher(v)
        if learner && mainlyTeacher { views += TeacherTabs.views(ctx) }
        if v.can(.seePeople) || v.can(.seeCaseload) { views.append(PeopleView(ctx)) }
        // A teacher's own requests are in «Мои запросы».
        if v.can(.triageRequests) {
            views.append(TriageInboxView(ctx))   // the triage inbox (Views/Methodist) for those who triage
        } else if v.can(.seeRequests) || (v.can(.askForHelp) && !learner) {
            views.append(RequestsView(ctx))
        }
        // The tutor's caseload (Views/Tutor) for those who support routes (tutors, methodists, РМА);
        // after the requests so the tabs of those who had them keep their numbers.
        if v.can(.seeCaseload) && v.can(.editRoutes) { views.append(TutorCaseloadView(ctx)) }
        // The РМА (Views/RMA): one tab, its board / selection / directions / monitoring switched inside.
        if v.can(.seeRoadmap) || v.can(.seeSelection) { views.append(RMAView(ctx)) }
        if v.can(.seeIndicators) { views.append(DashboardView(ctx)) }   // «Показатели» (Views/Coordinator): the region's indicators
        if learner && !mainlyTeacher { views += TeacherTabs.views(ctx) }
        if v.can(.editMentoring) { views.append(MentoringView(ctx)) }   // «Наставничество» (Views/Coordinator): pairs and the worklist
        // «Каталоги» (Views/Coordinator): programmes, sites, practices, events for those who keep them;
        // Storage lets everyone browse them (routes point at them), the tab stays off the others' busy bars.
        if v.can(.editCatalogs) { views.append(CatalogView(ctx)) }
        if v.can(.seeAudit) { views.append(AuditView(ctx)) }   // «Журнал» (Views/Coordinator), last: it is looked at least
        // «Поручено мне» (Views/Shared): a methodist's own requests to work, beside the inbox they triage;
        // after every other tab so the numbers of those stay.
        if v.can(.triageRequests) && v.can(.workRequests) { views.append(RequestsView(ctx, assignedTab: true)) }
        let overview = OverviewView(ctx, otherTabs: views)
        return [overview] + views
    }

    public static func app(for ctx: AppContext) -> App {
        let tabs = views(for: ctx)
        let app = App(context: ctx, views: tabs)
        if let landing = TeacherTabs.landingIndex(in: tabs, for: ctx) { app.switchTo(landing) }
        return app
    }
}

