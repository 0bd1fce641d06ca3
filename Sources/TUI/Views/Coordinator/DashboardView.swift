import Domain
import Storage

/// Показатели: the indicators of the viewer's dashboard (the region for a
/// coordinator, their municipality for a municipal methodist) with a
/// drill-down region -> municipality -> organization -> person. Each level
/// shows every indicator as a number with its numerator / denominator and a
/// trend, and a bar per child (municipality, organization) for the chosen
/// indicator, weakest first and marked; an organization lists its people;
/// Enter opens a person's card, Enter again their route (TutorPersonScreen).
///
/// The counts come from one reading of the whole scope
/// (`IndicatorStore.indicatorDashboard`) kept for the session; a region's schools
/// are counted one municipality at a time, when it is opened. Both readings
/// run in the background (`BackgroundRead`). Otherwise moving through the
/// levels reads nothing more than history and the people of a school. On a
/// large region the reading takes seconds, so a change by another user
/// marks the numbers as stale (`r` recounts) instead of recounting on the
/// next keystroke.
final class DashboardView: AppView {
    let id = "dashboard"
    let title = Phrase("Показатели", "Indicators")
    /// Readings faster than this are redone at once when the data changes.
    static let autoRecountSeconds = 0.5

    var dashboard: IndicatorDashboard? { didSet { childrenMemo = nil } }
    var failure: String?
    var stale = false
    /// The drill-down below the dashboard's own scope: a municipality, then an organization.
    var path: [IndicatorUnit] = []
    var kindIndex = 0
    /// The chosen child (by scope id) and the first shown.
    var childID: Int64?
    var childTop = 0
    var history: [Indicator.Kind: [IndicatorPoint]] = [:]
    var people: TableView<PeopleSource>?
    var card: PersonCard?
    var route: TutorPersonScreen?
    var worklist: DashboardWorklistScreen?
    /// What a background read finished with, for the status bar (`takeIdleMessage`).
    private var idleMessage: ViewResult?
    let errors = ErrorSink()

    /// The count running in the background (`BackgroundRead`), started
    /// when the tab is first shown: a session that never looks at the
    /// indicators never pays for them (on a national file, seconds of CPU and
    /// tens of MB).
    var loader: BackgroundRead<IndicatorDashboard>?
    /// A region's organizations are read one municipality at a time, when it
    /// is opened (in the background: a municipality of a national file takes
    /// a fraction of a second); the last one read is kept.
    var organizationUnits: (municipality: MunicipalityID, units: [IndicatorUnit])? { didSet { childrenMemo = nil } }
    /// `children` as last sorted, for the scope and indicator it was sorted for: a city's
    /// thousands of schools were sorted twice a frame (180 ms on the national file).
    private var childrenMemo: (scope: IndicatorScope, kind: Int, list: [IndicatorUnit])?
    var organizationsRead: (municipality: MunicipalityID, read: BackgroundRead<[IndicatorUnit]>)?

    init(_ ctx: AppContext) {}

    // MARK: levels

    var kind: Indicator.Kind { Indicator.Kind.allCases[kindIndex] }
    var scope: IndicatorScope { path.last?.scope ?? dashboard?.scope ?? .region }
    var counts: IndicatorCounts { path.last?.counts ?? dashboard?.total ?? IndicatorCounts() }
    var work: IndicatorWorkload { path.last?.work ?? dashboard?.totalWork ?? IndicatorWorkload() }
    var scopeName: String { path.last?.name ?? dashboard?.title ?? "" }
    var isOrganizationLevel: Bool { if case .organization = scope { return true } else { return false } }

    /// The children of the current level sorted by the chosen indicator,
    /// those needing help first (lowest share, longest median); «—» last.
    var children: [IndicatorUnit] {
        if let m = childrenMemo, m.scope == scope, m.kind == kindIndex { return m.list }
        let list = sortedChildren()
        childrenMemo = (scope, kindIndex, list)
        return list
    }

    private func sortedChildren() -> [IndicatorUnit] {
        guard let d = dashboard else { return [] }
        let units: [IndicatorUnit]
        switch scope {
        case .region: units = d.municipalities
        case .municipality(let m): units = d.organizations[m] ?? (organizationUnits?.municipality == m ? organizationUnits!.units : [])
        case .organization: return []
        }
        let k = kind
        let slowFirst = k == .medianResolutionDays
        return units.map { ($0, $0.indicator(k)?.value) }.sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?): return x != y ? (slowFirst ? x > y : x < y) : (a.0.name, a.0.id) < (b.0.name, b.0.id)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return (a.0.name, a.0.id) < (b.0.name, b.0.id)
            }
        }.map(\.0)
    }

    var childIndex: Int {
        let list = children
        return childID.flatMap { id in list.firstIndex { $0.id == id } } ?? 0
    }

    var breadcrumb: [String] {
        var parts = [dashboard?.title ?? ""] + path.map(\.name)
        if let c = card { parts.append(c.dossier?.person.fullName ?? "") } else if let r = routeName { parts.append(r) }
        return parts
    }
    /// Whose route is open (for the breadcrumb).
    var routeName: String?

    // MARK: AppView

    var bindings: [KeyBinding] {
        if let route { return route.bindings }
        if let card { return DashboardView.bindings(over: card) }
        if let worklist { return worklist.bindings }
        let a = KeyBinding.Groups.actions, n = KeyBinding.Groups.navigation
        return [
            KeyBinding("dashboard.in", keys: [.enter], label: Phrase("Открыть: муниципалитет → организация → человек → маршрут",
                                                                     "Open: municipality → organization → person → route"), group: n),
            KeyBinding("dashboard.out", keys: [.escape, .backspace], label: Phrase("Назад на уровень выше", "Back up a level"), group: n),
            KeyBinding("dashboard.down", keys: [.down, .char("j")], label: Phrase("Следующий муниципалитет / организация", "Next municipality / organization"), group: n, inPalette: false),
            KeyBinding("dashboard.up", keys: [.up, .char("k")], label: Phrase("Предыдущий муниципалитет / организация", "Previous municipality / organization"), group: n, inPalette: false),
            KeyBinding("dashboard.pageDown", keys: [.pageDown], label: Phrase("Страница вниз", "Page down"), group: n, inPalette: false),
            KeyBinding("dashboard.pageUp", keys: [.pageUp], label: Phrase("Страница вверх", "Page up"), group: n, inPalette: false),
            KeyBinding("dashboard.first", keys: [.home, .char("g")], label: Phrase("В начало списка", "To the first"), group: n),
            KeyBinding("dashboard.last", keys: [.end, .char("G")], label: Phrase("В конец списка", "To the last"), group: n),
            KeyBinding("dashboard.nextKind", keys: [.right, .tab, .char("l")], label: Phrase("Следующий показатель для столбцов", "Next indicator for the bars"), group: a),
            KeyBinding("dashboard.prevKind", keys: [.left, .backTab, .char("h")], label: Phrase("Предыдущий показатель для столбцов", "Previous indicator for the bars"), group: a),
            KeyBinding("dashboard.young", keys: [.char("y")], label: Phrase("Список: молодые педагоги без наставника", "List: young teachers without a mentor"), group: a),
            KeyBinding("dashboard.routes", keys: [.char("t")], label: Phrase("Список: маршруты без тьютора", "List: routes without a tutor"), group: a),
            KeyBinding("dashboard.overdue", keys: [.char("o")], label: Phrase("Список: просроченные запросы", "List: overdue requests"), group: a),
            KeyBinding("dashboard.recount", keys: [.char("r")], label: Phrase("Пересчитать показатели", "Recount the indicators"), group: a),
        ]
    }

    /// A person's card over the dashboard: Enter goes on to the route, the card's other keys stay its own.
    static func bindings(over card: PersonCard) -> [KeyBinding] {
        if card.isEditing { return card.bindings }
        let a = KeyBinding.Groups.actions
        return [KeyBinding("dashboard.cardRoute", keys: [.enter], label: Phrase("Открыть ИОМ работника", "Open the person's route"), group: a),
                KeyBinding("card.close", keys: [.escape, .char("q")], label: Phrase("Закрыть карточку", "Close the card"), group: a)]
            + card.bindings.filter { $0.action != "card.close" }
    }

    var openForm: Form? { route?.openForm }
    func fillOpenForm(from values: [String: String]) { route?.fillOpenForm(from: values) }

    var isEditing: Bool { route?.isEditing ?? card?.isEditing ?? worklist?.isEditing ?? false }
    var keyHints: [KeyHint] { route == nil && card == nil ? worklist?.keyHints ?? levelHints : [] }
    var hasUnsavedInput: Bool { route?.hasUnsavedInput ?? false }

    func statusText(_ ctx: AppContext) -> String {
        if let route { return route.statusText(ctx) }
        if card != nil { return ctx.t("Enter — ИОМ · Esc — закрыть", "Enter — the route · Esc — close") }
        if let w = worklist { return w.statusText(ctx) }
        guard let d = dashboard else { return "" }
        var parts = [ctx.t("на ", "as of ") + d.day.russian,
                     ctx.t("посчитано за ", "counted in ") + DashboardFormat.seconds(d.seconds, ctx.language)]
        if loader != nil { parts.append(ctx.t("пересчитываю…", "recounting…")) }
        else if stale { parts.append(ctx.t("данные изменились — r: пересчитать", "data changed — r recounts")) }
        return parts.joined(separator: " · ")
    }

    func activate(_ ctx: AppContext) {
        if dashboard == nil && failure == nil && loader == nil { recountInBackground(ctx) }
        _ = takeCount(ctx)
    }

    func idleTick(_ ctx: AppContext) -> Bool {
        let counted = takeCount(ctx)
        let picked = takeTutors(ctx)
        return takeOrganizations(ctx) || counted || picked
    }

    var isWaitingInBackground: Bool {
        loader != nil || organizationsRead != nil || (worklist?.assigner?.isReading ?? false) || (card?.isReadingTutors ?? false)
    }
    func waitForBackground() {
        _ = loader?.wait()
        _ = organizationsRead?.read.wait()
        worklist?.assigner?.waitForCandidates()
        card?.waitForTutors()
    }

    /// The tutor picker's candidates (the worklist's or the card's), once read; true when they came.
    private func takeTutors(_ ctx: AppContext) -> Bool {
        guard let result = worklist?.idle(ctx) ?? card?.idle(ctx) else { return false }
        idleMessage = result
        return true
    }

    func takeIdleMessage() -> ViewResult? { defer { idleMessage = nil }; return idleMessage }

    /// Starts reading the organizations of `m` unless the dashboard has them
    /// (a methodist's own municipality), they are being read, or (unless
    /// `again`: the numbers were recounted) they were read already.
    func readOrganizations(of m: MunicipalityID, again: Bool = false, _ ctx: AppContext) {
        guard dashboard?.organizations[m] == nil, organizationsRead?.municipality != m,
              again || organizationUnits?.municipality != m else { return }
        let viewer = ctx.viewer
        organizationsRead = (m, BackgroundRead.start(ctx.store, today: ctx.today) {
            try $0.indicatorOrganizations(viewer, municipality: m)
        })
    }

    /// Shows the organizations once read; true when they came.
    func takeOrganizations(_ ctx: AppContext) -> Bool {
        guard let (m, read) = organizationsRead, let outcome = read.poll() else { return false }
        organizationsRead = nil
        switch outcome {
        case .success(let units):
            organizationUnits = (m, units)
            path = path.map { unit in units.first { $0.id == unit.id && unit.scope == $0.scope } ?? unit }
        case .failure(let error): failure = ctx.describe(error)
        }
        return true
    }

    /// Shows the background count once it has finished; true when it did.
    func takeCount(_ ctx: AppContext) -> Bool {
        guard let outcome = loader?.poll() else { return false }
        loader = nil
        switch outcome {
        case .success(let d): show(d, ctx)
        case .failure: recount(ctx)   // count here, and say why if it fails again
        }
        return true
    }

    /// Starts a count in the background (`r`); the numbers on screen stay
    /// until it is done.
    func recountInBackground(_ ctx: AppContext) {
        guard loader == nil else { return }
        let viewer = ctx.viewer
        loader = BackgroundRead.start(ctx.store, today: ctx.today) { try $0.indicatorDashboard(viewer) }
    }

    func reload(_ ctx: AppContext) {
        route?.reload(ctx)
        card?.reload(ctx)
        if worklist != nil { worklist?.table.reload() }
        people?.reload()
        guard let d = dashboard else { return }
        if d.seconds < DashboardView.autoRecountSeconds { recount(ctx) } else { stale = true }
    }

    /// Reads the dashboard again, keeping the drill-down where it was, and
    /// records this month's snapshot for the trend.
    func recount(_ ctx: AppContext) {
        do {
            show(try ctx.store.indicatorDashboard(ctx.viewer), ctx)
        } catch {
            failure = ctx.describe(error)
        }
    }

    /// Shows a fresh count, keeping the drill-down where it was.
    func show(_ d: IndicatorDashboard, _ ctx: AppContext) {
        try? ctx.store.recordIndicatorSnapshot(ctx.viewer, d)
        dashboard = d
        failure = nil
        stale = false
        path = path.compactMap { unit in
            switch unit.scope {
            case .municipality(let m): return d.municipality(m)
            case .organization(let o): return d.organization(o) ?? organizationUnits?.units.first { $0.id == o }
            case .region: return nil
            }
        }
        loadHistory(ctx)
        // The organizations shown were counted with the old numbers: read them again.
        if let m = organizationUnits?.municipality { readOrganizations(of: m, again: true, ctx) }
    }

    func loadHistory(_ ctx: AppContext) {
        // Only the region and municipalities have month-end values.
        history = isOrganizationLevel ? [:] : ((try? ctx.store.indicatorHistory(ctx.viewer, scope: scope)) ?? [:])
    }

    func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }
}
