import Domain
import Storage

/// A worklist behind a dashboard number, a page at a time (keyset paging).
struct DashboardWorkSource: RowSource {
    let store: any IndicatorStore
    let viewer: Viewer
    let list: IndicatorWorklist
    let scope: IndicatorScope
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: IndicatorWorkItem) -> Int64 { row.id }

    func rows(after anchor: IndicatorWorkItem?, limit: Int) -> [IndicatorWorkItem] {
        attempt { try store.indicatorWorkPage(viewer, list, scope: scope, after: anchor?.key, limit: limit) }
    }

    func rows(before anchor: IndicatorWorkItem?, limit: Int) -> [IndicatorWorkItem] {
        attempt {
            if let anchor { return try store.indicatorWorkPage(viewer, list, scope: scope, before: anchor.key, limit: limit) }
            return try store.indicatorWorkLastPage(viewer, list, scope: scope, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [IndicatorWorkItem]) -> [IndicatorWorkItem] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}

/// The worklist screen: a titled table over the dashboard; Enter opens the
/// person the line is about, Esc closes.
struct DashboardWorklistScreen {
    let list: IndicatorWorklist
    let scopeName: String
    let total: Int
    var table: TableView<DashboardWorkSource>

    init(_ list: IndicatorWorklist, scope: IndicatorScope, scopeName: String, total: Int, errors: ErrorSink, _ ctx: AppContext) {
        self.list = list; self.scopeName = scopeName; self.total = total
        let source = DashboardWorkSource(store: ctx.store, viewer: ctx.viewer, list: list, scope: scope, errors: errors,
                                         describe: ctx.describe)
        table = TableView(source: source, columns: DashboardWorklistScreen.columns(list, ctx),
                          emptyMessage: DashboardWorklistScreen.emptyText(list, ctx))
        table.loadFirst()
    }

    /// An empty worklist is good news: it says which.
    static func emptyText(_ list: IndicatorWorklist, _ ctx: AppContext) -> String {
        switch list {
        case .youngWithoutMentor: return ctx.t("У всех молодых педагогов есть наставник", "Every young teacher has a mentor")
        case .routesWithoutTutor: return ctx.t("У всех маршрутов есть тьютор", "Every route has a tutor")
        case .overdueRequests: return ctx.t("Просроченных запросов нет", "No overdue requests")
        }
    }

    static func columns(_ list: IndicatorWorklist, _ ctx: AppContext) -> [Column<IndicatorWorkItem>] {
        let today = ctx.today
        let first: Column<IndicatorWorkItem> = list == .overdueRequests
            ? Column(ctx.t("Запрос", "Request"), width: .flexible(min: 20, weight: 4), text: { $0.title })
            : Column(ctx.t("ФИО", "Name"), width: .flexible(min: 18, weight: 3), text: { $0.title })
        let detail: Column<IndicatorWorkItem>
        switch list {
        case .youngWithoutMentor:
            detail = Column(ctx.t("Возраст", "Age"), width: .fixed(8)) { item in
                TableCell(item.day.map { String(today.wholeYears(since: $0)) } ?? "—")
            }
        case .routesWithoutTutor:
            detail = Column(ctx.t("Маршрут", "Route"), width: .fixed(12)) { item in
                TableCell(RouteStatus(rawValue: item.detail).map { ctx.t($0.label) } ?? item.detail)
            }
        case .overdueRequests:
            detail = Column(ctx.t("Срок", "Due"), width: .fixed(20)) { item in
                let late = item.day.map { today.days(since: $0) } ?? 0
                return TableCell((item.day?.russian ?? "—") + ctx.t(" (+\(late) дн.)", " (+\(late) d)"))
            }
        }
        return [first, detail,
                Column(ctx.t("Организация", "Organization"), width: .flexible(min: 12, weight: 2), text: { $0.organizationName }),
                Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 10, weight: 2), text: { $0.municipalityName })]
    }

    mutating func render(_ painter: Painter, _ ctx: AppContext) {
        let title = ctx.t(list.label) + " · " + scopeName + " · " + DashboardFormat.group(total)
        painter.text(title, x: 1, y: 0, role: .title)
        table.render(into: painter.sub(Rect(x: 0, y: 1, width: painter.width, height: max(0, painter.height - 2))))
        // The last row is the dashboard's hint row (DashboardView.keyHints).
    }
}
