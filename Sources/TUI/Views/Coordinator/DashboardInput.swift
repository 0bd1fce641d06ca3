import Domain
import Storage

/// Keys of the dashboard: the route screen, the person's card and a
/// worklist each take the keys while open; otherwise the level's list.
extension DashboardView {
    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if let r = route {
            let result = r.handle(event, ctx)
            if r.closed { route = nil; routeName = nil; return .handled }
            return result
        }
        if let c = card {
            // Enter goes on to the route; the card's own keys (Esc closes) stay its.
            if case .key(.enter) = event, !c.isEditing { return openRoute(c, ctx) }
            let result = c.handle(event, ctx)
            // The card may have given the person a tutor: the worklist under it is re-read.
            if c.closed { card = nil; worklist?.table.reload() }
            return result
        }
        if var w = worklist {
            let outcome = w.handle(event, ctx)
            worklist = w
            return worklistOutcome(outcome, ctx)
        }
        if var table = people {
            // Esc and the dashboard's own letters pass through; the list takes moving keys.
            if case .key(let k) = event, let action = KeyBinding.action(for: k, in: bindings),
               !["dashboard.down", "dashboard.up", "dashboard.pageDown", "dashboard.pageUp", "dashboard.first",
                 "dashboard.last", "dashboard.in"].contains(action) {
                return perform(action, ctx)
            }
            let outcome = table.handle(event)
            people = table
            switch outcome {
            case .activated: return openCard(table.selectedRow?.id, ctx)
            case .ignored: return .unhandled
            default: return report(.handled)
            }
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if let route { return route.perform(action, ctx) }
        if let c = card {   // the palette, while the card is open
            if action == "dashboard.cardRoute" { return openRoute(c, ctx) }
            guard action.hasPrefix("card.") else { return .unhandled }
            let result = c.perform(action, ctx)
            if c.closed { card = nil; worklist?.table.reload() }
            return result
        }
        if var w = worklist {
            let outcome = w.perform(action, ctx)
            worklist = w
            return worklistOutcome(outcome, ctx)
        }
        guard dashboard != nil else {
            if action == "dashboard.recount" {
                recountInBackground(ctx)
                return .message(ctx.t("Пересчитываю показатели…", "Recounting the indicators…"), .info)
            }
            return .unhandled
        }
        switch action {
        case "dashboard.in": return drillDown(ctx)
        case "dashboard.out": return goUp(ctx)
        case "dashboard.down": move(1)
        case "dashboard.up": move(-1)
        case "dashboard.pageDown": move(10)
        case "dashboard.pageUp": move(-10)
        case "dashboard.first": move(-Int.max / 2)
        case "dashboard.last": move(Int.max / 2)
        case "dashboard.nextKind", "dashboard.prevKind":
            let n = Indicator.Kind.allCases.count
            kindIndex = (kindIndex + (action == "dashboard.nextKind" ? 1 : n - 1)) % n
            childTop = 0
        case "dashboard.young": return openWorklist(.youngWithoutMentor, ctx)
        case "dashboard.routes": return openWorklist(.routesWithoutTutor, ctx)
        case "dashboard.overdue": return openWorklist(.overdueRequests, ctx)
        case "dashboard.recount":
            recount(ctx)
            if let failure { return .message(failure, .error) }
            return .message(ctx.t("Показатели пересчитаны", "Indicators recounted"), .info)
        default: return .unhandled
        }
        return .handled
    }

    func move(_ delta: Int) {
        let list = children
        guard !list.isEmpty else { return }
        let i = max(0, min(list.count - 1, childIndex + max(-list.count, min(list.count, delta))))
        childID = list[i].id
    }

    func drillDown(_ ctx: AppContext) -> ViewResult {
        // Enter before the municipality's schools are counted asks for them: wait for the
        // count (a fraction of a second) rather than drop the key.
        if children.isEmpty, let read = organizationsRead?.read {
            _ = read.wait()
            _ = takeOrganizations(ctx)
        }
        let list = children
        guard !list.isEmpty else { return .handled }
        let unit = list[childIndex]
        path.append(unit)
        childID = nil
        childTop = 0
        enterLevel(ctx)
        return .handled
    }

    func goUp(_ ctx: AppContext) -> ViewResult {
        guard let last = path.popLast() else { return .unhandled }
        childID = last.id   // back on the child we came from
        childTop = 0
        enterLevel(ctx)
        return .handled
    }

    /// Loads what the new level shows besides the counts: history, or the people of an organization.
    func enterLevel(_ ctx: AppContext) {
        loadHistory(ctx)
        if case .municipality(let m) = scope { readOrganizations(of: m, ctx) }
        if case .organization(let o) = scope {
            var source = PeopleSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
            source.query = PeopleQuery(organizationID: o)
            var table = TableView(source: source, columns: DashboardView.peopleColumns(ctx),
                                  emptyMessage: ctx.t("В организации никого нет", "Nobody in this organization"))
            table.loadFirst()
            people = table
        } else {
            people = nil
        }
    }

    static func peopleColumns(_ ctx: AppContext) -> [Column<PersonSummary>] {
        let today = ctx.today
        return [
            Column(ctx.t("ФИО", "Name"), width: .flexible(min: 18, weight: 3)) { p in
                TableCell(p.fullName + (p.isYoung(on: today) ? " ★" : ""))
            },
            Column(ctx.t("Должность", "Position"), width: .flexible(min: 10, weight: 2), text: { $0.position }),
            Column(ctx.t("Роли", "Roles"), width: .flexible(min: 10, weight: 2), text: { p in
                p.roles.sorted().map { ctx.t($0.label) }.joined(separator: ", ")
            }),
        ]
    }

    func worklistOutcome(_ outcome: DashboardWorklistScreen.Outcome, _ ctx: AppContext) -> ViewResult {
        switch outcome {
        case .result(let r): return r
        case .open(let person): return openCard(person, ctx)
        case .close: worklist = nil; return .handled
        }
    }

    func openWorklist(_ list: IndicatorWorklist, _ ctx: AppContext) -> ViewResult {
        let total: Int
        switch list {
        case .youngWithoutMentor: total = work.youngWithoutMentor
        case .routesWithoutTutor: total = work.routesWithoutTutor
        case .overdueRequests: total = work.overdueRequests
        case .deficitsWithoutRoute: total = 0   // opened as the second section of the routes' list
        }
        worklist = DashboardWorklistScreen(list, scope: scope, scopeName: scopeName, total: total, errors: errors, ctx)
        return report(.handled)
    }

    func openCard(_ personID: PersonID?, _ ctx: AppContext) -> ViewResult {
        guard let personID else { return .message(ctx.t("У запроса нет автора", "The request has no author"), .info) }
        card = PersonCard(personID: personID, ctx)
        return .handled
    }

    /// The person's route as the tutor's screen shows it (actions the viewer
    /// may not take are refused by the store with a message).
    func openRoute(_ c: PersonCard, _ ctx: AppContext) -> ViewResult {
        card = nil
        routeName = c.dossier?.person.fullName
        route = TutorPersonScreen(c.personID, ctx)
        return .handled
    }
}
