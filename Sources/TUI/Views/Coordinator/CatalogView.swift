import Domain
import Storage

/// «Каталоги»: ДПП programmes, internship sites, best practices and events
/// in one tab, switched by keys (P / S / B / E, or Tab) like the РМА tab.
/// Each is a table read a page at a time, with `/` search, quick filters, a
/// detail (a pane on the right of wide screens, a box on narrow ones) and,
/// for those who may edit the catalogs, new / edit / retire and the expert
/// review of practices. Everyone else browses.
final class CatalogView: AppView {
    enum Sub: Int, CaseIterable {
        case programmes, sites, practices, events
        var title: Phrase {
            switch self {
            case .programmes: return Phrase("Программы ДПП", "Programmes")
            case .sites: return Phrase("Площадки", "Sites")
            case .practices: return Phrase("Практики", "Practices")
            case .events: return Phrase("Мероприятия", "Events")
            }
        }
        var key: String { ["P", "S", "B", "E"][rawValue] }
        var kind: CatalogKind { [.programme, .site, .practice, .event][rawValue] }
    }

    /// Quick periods of the events' date filter.
    enum Period: Int, CaseIterable {
        case all, upcoming, past, thisMonth
        /// Typed dates (D): `customFrom` ... `customTo`.
        case custom
        /// The presets `p` cycles through.
        static let presets: [Period] = [.all, .upcoming, .past, .thisMonth]
        var label: Phrase {
            switch self {
            case .all: return Phrase("все даты", "all dates")
            case .upcoming: return Phrase("предстоящие", "upcoming")
            case .past: return Phrase("прошедшие", "past")
            case .thisMonth: return Phrase("этот месяц", "this month")
            case .custom: return Phrase("период", "period")
            }
        }
    }

    static let widePane = 140

    let id = "catalogs"
    let title = Phrase("Каталоги", "Catalogs")
    var sub = Sub.programmes
    let errors = ErrorSink()
    let programmes: CatalogList<ProgrammeRow>
    let sites: CatalogList<SiteRow>
    let practices: CatalogList<PracticeRow>
    let events: CatalogList<EventRow>
    var programmeQuery = ProgrammeQuery()
    var siteQuery = SiteQuery()
    var practiceQuery = PracticeQuery()
    var eventQuery = EventQuery()
    var period = Period.all
    var customFrom: Day?
    var customTo: Day?
    /// Retired entries shown too (editors).
    var showRetired = false
    var modal: CatalogModal?
    /// The detail box over the list (narrow screens); wide ones always show the pane.
    var detailOpen = false
    /// Esc was pressed once in a form with typed input.
    /// Esc in an entry's form with typed text: the question over it (`DiscardQuestion`).
    var discard: ConfirmDialog?
    var lastWidth = 80
    let canEdit: Bool
    lazy var forms: CatalogForms = CatalogForms(context)
    private let context: AppContext

    init(_ ctx: AppContext) {
        context = ctx
        canEdit = ctx.viewer.can(.editCatalogs)
        let errors = self.errors, describe = ctx.describe
        programmes = CatalogList(columns: CatalogColumns.programmes(ctx), empty: ctx.t("Программ в каталоге пока нет", "No programmes yet"),
                                 emptyFiltered: ctx.t("Программ с такими отборами нет — * сбросить", "No programmes for these filters — * clears them"),
                                 key: \.key, errors: errors, describe: describe, detail: CatalogDetail.programme)
        sites = CatalogList(columns: CatalogColumns.sites(ctx), empty: ctx.t("Стажировочных площадок пока нет", "No internship sites yet"),
                            emptyFiltered: ctx.t("Площадок с такими отборами нет — * сбросить", "No sites for these filters — * clears them"),
                            key: \.key, errors: errors, describe: describe, detail: CatalogDetail.site)
        practices = CatalogList(columns: CatalogColumns.practices(ctx), empty: ctx.t("Практик пока нет", "No practices yet"),
                                emptyFiltered: ctx.t("Практик с такими отборами нет — * сбросить", "No practices for these filters — * clears them"),
                                key: \.key, errors: errors, describe: describe, detail: CatalogDetail.practice)
        events = CatalogList(columns: CatalogColumns.events(ctx), empty: ctx.t("Мероприятий пока нет", "No events yet"),
                             emptyFiltered: ctx.t("Мероприятий с такими отборами нет — * сбросить", "No events for these filters — * clears them"),
                             key: \.key, errors: errors, describe: describe, detail: CatalogDetail.event)
    }

    var list: AnyCatalogList {
        switch sub {
        case .programmes: return programmes
        case .sites: return sites
        case .practices: return practices
        case .events: return events
        }
    }

    /// A catalog entry's form or the events' dates, for drafts (`AppView.openForm`).
    var openForm: Form? {
        switch modal {
        case .form(let f, _), .range(let f): return f
        default: return nil
        }
    }
    func fillOpenForm(from values: [String: String]) {
        switch modal {
        case .form(var f, let draft): f.fill(from: values); modal = .form(f, draft)
        case .range(var f): f.fill(from: values); modal = .range(f)
        default: break
        }
    }

    var isEditing: Bool { modal?.takesText ?? list.search.isEditing }
    var hasUnsavedInput: Bool { modal?.isDirtyForm ?? false }

    func statusText(_ ctx: AppContext) -> String {
        let position = list.positionText(ctx.language)
        guard list.search.isActive else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("поиск «\(list.search.text)»", "search “\(list.search.text)”")
    }

    func activate(_ ctx: AppContext) { if !list.isLoaded { refetch(ctx) } }

    func reload(_ ctx: AppContext) {
        forms = CatalogForms(ctx)   // competences may have been imported meanwhile
        for s in Sub.allCases where s != sub { if lists[s.rawValue].isLoaded { lists[s.rawValue].reload() } }
        if list.isLoaded { list.reload() } else { refetch(ctx) }
    }

    var lists: [AnyCatalogList] { [programmes, sites, practices, events] }

    /// Rebuilds the current list's fetch from its filters and search, and reads the first page.
    func refetch(_ ctx: AppContext) {
        let store = ctx.store, viewer = ctx.viewer
        let text = list.search.text.isEmpty ? nil : list.search.text
        switch sub {
        case .programmes:
            var q = programmeQuery; q.text = text; q.includeRetired = showRetired
            programmes.setFetch { a, n in try store.programmePage(viewer, q, a, limit: n) }
        case .sites:
            var q = siteQuery; q.text = text; q.includeRetired = showRetired
            sites.setFetch { a, n in try store.sitePage(viewer, q, a, limit: n) }
        case .practices:
            var q = practiceQuery; q.text = text; q.includeRetired = showRetired
            practices.setFetch { a, n in try store.practicePage(viewer, q, a, limit: n) }
        case .events:
            var q = eventQuery; q.text = text; q.includeRetired = showRetired
            (q.from, q.to) = period == .custom ? (customFrom, customTo) : CatalogView.range(period, today: ctx.today)
            events.setFetch { a, n in try store.eventPage(viewer, q, a, limit: n) }
        }
    }

    static func range(_ p: Period, today: Day) -> (Day?, Day?) {
        switch p {
        case .all, .custom: return (nil, nil)
        case .upcoming: return (today, nil)
        case .past: return (nil, Day(ordinal: today.ordinal - 1))
        case .thisMonth:
            return (Day(year: today.year, month: today.month, day: 1),
                    Day(year: today.year, month: today.month, day: Day.daysIn(month: today.month, year: today.year)))
        }
    }

    func switchTo(_ s: Sub, _ ctx: AppContext) -> ViewResult {
        sub = s
        detailOpen = false
        if !list.isLoaded { refetch(ctx) }
        return report(.handled)
    }

    func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    /// Municipality names for the filter line, read once.
    var municipalityNames: [MunicipalityID: String] = [:]
}
