import Domain
import Storage

/// The ranked proposals for a person's route: `a` accepts, `x` drops, `e`
/// edits dates (shifts a month later), Enter makes the draft route from the
/// accepted ones, Esc closes. All start accepted except none: the tutor decides.
struct ProposalList {
    enum Choice { case pending, accepted, dropped }
    var items: [(proposal: RouteProposal, choice: Choice)]
    let input: ProposalInput
    var cursor = 0
    var closed = false

    init(_ proposals: [RouteProposal], input: ProposalInput) {
        items = proposals.map { ($0, .pending) }
        self.input = input
    }

    /// Every key of the list (nothing else works while it is open).
    static let bindings: [KeyBinding] = {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("proposals.accept", keys: [.char("a"), .char(" ")], label: Phrase("Принять предложение", "Accept the proposal"), group: a),
            KeyBinding("proposals.drop", keys: [.char("x")], label: Phrase("Убрать предложение", "Drop the proposal"), group: a),
            KeyBinding("proposals.shift", keys: [.char("e")], label: Phrase("Сдвинуть сроки на месяц", "Shift the dates a month"), group: a),
            KeyBinding("proposals.make", keys: [.enter], label: Phrase("Создать черновик из принятых", "Make the draft of the accepted ones"), group: a),
        ] + PanelKeys.list
    }()

    mutating func handle(_ event: InputEvent, _ screen: TutorPersonScreen, _ ctx: AppContext) -> ViewResult {
        guard case .key(let key) = event else { return .handled }
        // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
        guard let action = KeyBinding.action(for: key, in: Self.bindings) else { return .unhandled }
        return perform(action, screen, ctx)
    }

    mutating func perform(_ action: String, _ screen: TutorPersonScreen, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "panel.close": closed = true
        case "panel.down": cursor = min(cursor + 1, items.count - 1)
        case "panel.up": cursor = max(0, cursor - 1)
        case "proposals.accept":
            items[cursor].choice = .accepted; cursor = min(cursor + 1, items.count - 1)
        case "proposals.drop":
            items[cursor].choice = .dropped; cursor = min(cursor + 1, items.count - 1)
        case "proposals.shift":
            // Edit: move the step a month later, inside the period.
            var p = items[cursor].proposal
            p.plannedStart = min(p.plannedStart.adding(months: 1), input.period.upperBound)
            p.plannedEnd = min(p.plannedEnd.adding(months: 1), input.period.upperBound)
            items[cursor].proposal = p
        case "proposals.make":
            let accepted = items.filter { $0.choice == .accepted }.map(\.proposal)
            guard !accepted.isEmpty else { return .message(ctx.t("Примите хотя бы одно предложение: a", "Accept at least one proposal: a"), .warning) }
            do {
                try ctx.store.draftRouteFromProposals(ctx.viewer, personID: screen.personID, existingRoute: input.route, accepted)
                closed = true
                screen.modal = nil
                screen.reload(ctx)
                return .message(ctx.t("Черновик маршрута: шагов \(accepted.count). A — согласовать", "Draft route: \(accepted.count) steps. A agrees it"), .info)
            } catch {
                return .message(ctx.describe(error), .error)
            }
        default: break
        }
        return .handled
    }

    /// «запрос №13», «запросы №13, №20»: which of the person's requests the item answers.
    static func requestsText(_ ids: [RequestID], _ ctx: AppContext) -> String {
        guard !ids.isEmpty else { return "" }
        let numbers = ids.map { "№\($0)" }.joined(separator: ", ")
        return ids.count == 1 ? ctx.t(" · запрос \(numbers)", " · request \(numbers)") : ctx.t(" · запросы \(numbers)", " · requests \(numbers)")
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let width = max(20, min(painter.width - 2, 150))
        let height = min(painter.height, items.count + 5)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: ctx.t("Предложения для маршрута", "Route proposals"), role: .border, titleRole: .dialogTitle)
        let room = max(1, area.height - 3)
        let top = max(0, min(cursor - room + 1, items.count - room))
        for (i, item) in items.enumerated().dropFirst(top).prefix(room) {
            let mark: String
            switch item.choice { case .pending: mark = "[ ]"; case .accepted: mark = "[✓]"; case .dropped: mark = "[✗]" }
            let p = item.proposal
            let text = "\(mark) \(i + 1). \(p.candidate.title) · \(p.candidate.hours) ч · \(p.plannedStart.russian)–\(p.plannedEnd.russian)"
                + (p.candidate.inRegistry ? ctx.t(" · ФР ДПП", " · registry") : "")
                + (p.deficitIDs.isEmpty ? "" : ctx.t(" · дефицитов: \(p.deficitIDs.count)", " · deficits: \(p.deficitIDs.count)"))
                + Self.requestsText(p.requestIDs, ctx)
            let role: StyleRole = i == cursor ? .selection : (item.choice == .dropped ? .muted : .dialog)
            area.text(text, x: 2, y: 1 + i - top, role: role, maxWidth: width - 4)
        }
        area.text(ctx.t("a принять · x убрать · e сдвинуть на месяц · Enter создать черновик · Esc закрыть",
                        "a accept · x drop · e shift a month · Enter make the draft · Esc close"),
                  x: 2, y: area.height - 2, role: .muted, maxWidth: width - 4)
    }
}
