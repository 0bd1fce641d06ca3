import Domain
import Foundation
import Storage

/// Наставничество: the mentoring pairs of the viewer's scope and the
/// worklist of young teachers without a mentor (Tab switches). `n` on a
/// worklist row pairs that teacher with a mentor found by typing; `x` ends
/// the selected pair after a confirmation; Enter opens the person's card.
final class MentoringView: AppView {
    enum Mode { case pairs, worklist }

    let id = "mentoring"
    let title = Phrase("Наставничество", "Mentoring")
    var mode = Mode.pairs
    var pairs: TableView<MentoringPairSource>
    var worklist: TableView<MentoringWorklistSource>
    var dialog: MentoringDialog?
    var card: PersonCard?

    // The card's tutor picker reads its candidates in the background.
    var isWaitingInBackground: Bool { card?.isReadingTutors ?? false }
    func waitForBackground() { card?.waitForTutors() }
    func idleTick(_ ctx: AppContext) -> Bool { card?.idleTick(ctx) ?? false }
    func takeIdleMessage() -> ViewResult? { card?.takeIdleMessage() }
    /// The pair ended last from here, as it was, and the version the end left: for `u`.
    var lastEnded: (before: MentoringPairRow, version: Int)?
    /// `/`: both lists narrowed to names beginning so (typed letters are never commands here).
    var filter = FilterLine()
    let errors = ErrorSink()
    private var wide = false

    init(_ ctx: AppContext) {
        let e = errors
        pairs = TableView(source: MentoringPairSource(store: ctx.store, viewer: ctx.viewer, errors: e, describe: ctx.describe),
                          columns: MentoringColumns.pairs(ctx, wide: false),
                          emptyMessage: MentoringView.pairsEmpty(ctx))
        worklist = TableView(source: MentoringWorklistSource(store: ctx.store, viewer: ctx.viewer, errors: e, describe: ctx.describe),
                             columns: MentoringColumns.worklist(ctx, wide: false),
                             emptyMessage: MentoringView.worklistEmpty(ctx))
    }

    var bindings: [KeyBinding] {
        if let card { return card.bindings }
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("mentoring.switch", keys: [.tab, .char("w")],
                       label: Phrase("Пары ↔ молодые педагоги без наставника", "Pairs ↔ young teachers without a mentor"), group: a),
            KeyBinding("mentoring.new", keys: [.char("n")], label: Phrase("Назначить наставника выбранному педагогу", "Assign a mentor to the selected teacher"), group: a),
            KeyBinding("mentoring.end", keys: [.char("x")], label: Phrase("Прекратить выбранную пару", "End the selected pair"), group: a),
            KeyBinding("mentoring.undo", keys: [.char("u")], label: Phrase("Отменить прекращение пары", "Undo ending the pair"), group: a),
            KeyBinding("mentoring.all", keys: [.char("a")], label: Phrase("Только действующие ↔ все пары", "Current only ↔ all pairs"), group: a),
            KeyBinding("mentoring.open", keys: [.enter], label: Phrase("Карточка наставляемого", "The mentee's card"), group: a),
            KeyBinding("mentoring.filter", keys: [.char("/")], label: Phrase("Фильтр по фамилии", "Filter by surname"), group: a),
            KeyBinding("mentoring.clearFilter", keys: [.escape], label: Phrase("Сбросить фильтр", "Clear the filter"), group: a),
        ] + TableView<MentoringPairSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    /// The hint row of the list shown: its keys are read from the bindings.
    var keyHints: [KeyHint] {
        switch mode {
        case .pairs:
            return (lastEnded == nil ? [] : [KeyHint("mentoring.undo", label: Phrase("отменить", "undo"))])
                + [KeyHint("mentoring.switch", label: Phrase("без наставника", "without a mentor")), KeyHint("mentoring.end", label: Phrase("прекратить", "end")),
                    KeyHint("mentoring.all", label: Phrase("все/действующие", "all/current")), KeyHint("mentoring.open", label: Phrase("карточка", "card")),
                    KeyHint("mentoring.filter", label: Phrase("фильтр", "filter"))]
        case .worklist:
            return [KeyHint("mentoring.switch", label: Phrase("пары", "pairs")), KeyHint("mentoring.new", label: Phrase("назначить наставника", "assign a mentor")),
                    KeyHint("mentoring.open", label: Phrase("карточка", "card")), KeyHint("mentoring.filter", label: Phrase("фильтр", "filter"))]
        }
    }

    var isEditing: Bool { dialog != nil || filter.isEditing || (card?.isEditing ?? false) }

    func statusText(_ ctx: AppContext) -> String {
        if card != nil { return "" }
        // The sub-tab line names the list; the status adds only what is not seen there.
        switch mode {
        case .pairs:
            let all = pairs.source.query.currentOnly ? "" : ctx.t("все пары", "all pairs")
            return [pairs.positionText(ctx.language), all].filter { !$0.isEmpty }.joined(separator: " · ")
        case .worklist:
            return [worklist.positionText(ctx.language), filterText(ctx)].filter { !$0.isEmpty }.joined(separator: " · ")
        }
    }

    private func filterText(_ ctx: AppContext) -> String {
        filter.isActive ? ctx.t("фильтр «\(filter.text)»", "filter “\(filter.text)”") : ""
    }

    /// Both lists from their start, narrowed by the filter's text.
    func applyFilter(_ ctx: AppContext) {
        let prefix = filter.text.trimmingCharacters(in: .whitespaces)
        pairs.source.query.namePrefix = prefix.isEmpty ? nil : prefix
        worklist.source.namePrefix = prefix.isEmpty ? nil : prefix
        let none = ctx.t(EmptyText.noMatch(prefix))
        pairs.emptyMessage = prefix.isEmpty ? MentoringView.pairsEmpty(ctx) : none
        worklist.emptyMessage = prefix.isEmpty ? MentoringView.worklistEmpty(ctx) : none
        pairs.loadFirst()
        worklist.loadFirst()
    }

    static func pairsEmpty(_ ctx: AppContext) -> String {
        ctx.t("Пар нет — Tab: молодые педагоги без наставника", "No pairs — Tab: young teachers without a mentor")
    }

    static func worklistEmpty(_ ctx: AppContext) -> String {
        ctx.t("У всех молодых педагогов есть наставник", "Every young teacher has a mentor")
    }

    func activate(_ ctx: AppContext) {
        if pairs.window.isEmpty { pairs.loadFirst() }
        if worklist.window.isEmpty { worklist.loadFirst() }
    }

    func reload(_ ctx: AppContext) {
        pairs.reload()
        worklist.reload()
        card?.reload(ctx)
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if let c = card {
            let result = c.handle(event, ctx)
            if c.closed { card = nil }
            return report(result)
        }
        if dialog != nil { return report(handleDialog(event, ctx)) }
        switch filter.handle(event) {
        case .changed: applyFilter(ctx); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if case .key(let k) = event, let action = KeyBinding.action(for: k, in: bindings), action.hasPrefix("mentoring.") {
            return perform(action, ctx)
        }
        let outcome: TableOutcome
        switch mode {
        case .pairs: outcome = pairs.handle(event)
        case .worklist: outcome = worklist.handle(event)
        }
        switch outcome {
        case .activated: return perform("mentoring.open", ctx)
        case .ignored: return dispatch(event, ctx)
        default: return report(.handled)
        }
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if let c = card, action.hasPrefix("card.") {   // the palette, while the card is open
            let result = c.perform(action, ctx)
            if c.closed { card = nil }
            return result
        }
        switch action {
        case "mentoring.switch":
            mode = mode == .pairs ? .worklist : .pairs
            return .handled
        case "mentoring.all":
            pairs.source.query.currentOnly.toggle()
            pairs.loadFirst()
            mode = .pairs
            return report(.message(pairs.source.query.currentOnly ? ctx.t("Показаны действующие пары", "Showing current pairs")
                                                                  : ctx.t("Показаны все пары, включая прекращённые", "Showing all pairs, ended included"), .info))
        case "mentoring.filter": filter.begin(); return .handled
        case "mentoring.clearFilter":
            guard filter.isActive else { return .unhandled }
            _ = filter.reset()
            applyFilter(ctx)
            return report(.handled)
        case "mentoring.new": return startCreate(ctx)
        case "mentoring.end": return startEnd(ctx)
        case "mentoring.undo": return undoEnd(ctx)
        case "mentoring.open":
            let id = mode == .pairs ? pairs.selectedRow?.pair.menteeID : worklist.selectedRow?.id
            if let id { card = PersonCard(personID: id, ctx) }
            return .handled
        case "table.first":
            if mode == .pairs { pairs.moveToFirst() } else { worklist.moveToFirst() }
            return .handled
        case "table.last":
            if mode == .pairs { pairs.moveToLast() } else { worklist.moveToLast() }
            return .handled
        default: return .unhandled
        }
    }

    func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let isWide = painter.width >= 120
        if isWide != wide {
            wide = isWide
            pairs.columns = MentoringColumns.pairs(ctx, wide: isWide)
            worklist.columns = MentoringColumns.worklist(ctx, wide: isWide)
        }
        // The two lists as sub-tabs on the first row.
        var x = 1
        for (m, label) in [(Mode.pairs, ctx.t(" Пары ", " Pairs ")), (Mode.worklist, ctx.t(" Без наставника ", " Without a mentor "))] {
            painter.text(label, x: x, y: 0, role: m == mode ? .tabActive : .tabInactive)
            x += TextWidth.of(label) + 1
        }
        let filterHeight = filter.isActive ? 1 : 0
        let body = painter.sub(Rect(x: 0, y: 1, width: painter.width, height: max(0, painter.height - 2 - filterHeight)))
        if filter.isActive { filter.render(painter.sub(Rect(x: 0, y: painter.height - 2, width: painter.width, height: 1)), ctx) }
        switch mode {
        case .pairs: pairs.render(into: body)
        case .worklist: worklist.render(into: body)
        }
        if card == nil { KeyHintRow.renderDotted(keyHints, bindings: bindings, into: painter, y: painter.height - 1, language: ctx.language) }
        // The card over the lists (which stay visible around it on a wide screen).
        if let card { card.render(painter, ctx) } else { renderDialog(painter, ctx) }
    }
}
