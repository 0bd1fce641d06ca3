import Domain
import Storage

/// Сопровождаемые: the tutor's caseload — who needs attention at a glance,
/// sortable by any column (`<` `>`), `/` filters by name, `f`/`1`… quick
/// filters; Enter opens the person's route as tutor (TutorPersonScreen);
/// `P` lists done courses without a transfer into practice.
final class TutorCaseloadView: AppView {
    let id = "caseload"
    let title = Phrase("Сопровождаемые", "Caseload")
    var table: TableView<CaseloadSource>
    private var filter = FilterLine()
    private let errors = ErrorSink()
    var person: TutorPersonScreen?
    var postCourse: TutorPostCourse?
    private var wide = false

    init(_ ctx: AppContext) {
        let source = CaseloadSource(store: ctx.store, viewer: ctx.viewer, today: ctx.store.today, errors: errors, describe: ctx.describe)
        table = TableView(source: source, columns: CaseloadColumns.make(ctx, wide: false),
                          emptyMessage: TutorCaseloadView.emptyText(quick: .all, filter: "", ctx))
    }

    var bindings: [KeyBinding] {
        if let person { return person.bindings }
        if postCourse != nil { return TutorPostCourse.bindings }
        let a = KeyBinding.Groups.actions
        var b = [
            KeyBinding("caseload.open", keys: [.enter], label: Phrase("Открыть маршрут человека", "Open the person's route"), group: a),
            KeyBinding("caseload.filter", keys: [.char("/")], label: Phrase("Фильтр по ФИО", "Filter by name"), group: a),
            KeyBinding("caseload.quick", keys: [.char("f")],
                       label: Phrase("Быстрый фильтр: все → внимание → черновики → ждут → без контакта",
                                     "Quick filter: all → attention → drafts → waiting → no contact"), group: a),
            KeyBinding("caseload.attention", keys: [.char("!")], label: Phrase("Требуют внимания (по правилу ниже)", "Needs attention (rule below)"), group: a),
            KeyBinding("caseload.drafts", keys: [.char("D")], label: Phrase("Черновики на согласование", "Drafts to agree"), group: a),
            KeyBinding("caseload.waiting", keys: [.char("W")], label: Phrase("Ждут подтверждения", "Waiting confirmation"), group: a),
            KeyBinding("caseload.noContact", keys: [.char("N")], label: Phrase("Без контакта 30+ дней", "No contact 30+ days"), group: a),
            KeyBinding("caseload.postCourse", keys: [.char("P")],
                       label: Phrase("Посткурсовое сопровождение: курсы без переноса в практику", "Post-course support: courses without transfer"), group: a),
            KeyBinding("caseload.clear", keys: [.escape], label: Phrase("Сбросить фильтры", "Clear filters"), group: a, inPalette: false),
        ]
        // The attention rule, in the help (not keys: these lines only explain).
        for (i, line) in CaseloadAttention.ruleLines.enumerated() {
            b.append(KeyBinding("caseload.rule\(i)", keys: [], label: line, group: Phrase("Правило внимания", "Attention rule"), inPalette: false))
        }
        return b + TableView<CaseloadSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    /// The hint row under the caseload: its keys are read from the bindings.
    var keyHints: [KeyHint] {
        [KeyHint("caseload.open", label: Phrase("маршрут", "route")), KeyHint("caseload.quick", label: Phrase("быстрый фильтр", "quick filter")),
         KeyHint("caseload.filter", label: Phrase("фильтр", "filter")), KeyHint("table.sortNext", label: Phrase("сортировка", "sort")),
         KeyHint("caseload.postCourse", label: Phrase("после курсов", "post-course")), KeyHint("app.help", label: Phrase("правило внимания", "attention rule"))]
    }

    var openForm: Form? { person?.openForm }
    func fillOpenForm(from values: [String: String]) { person?.fillOpenForm(from: values) }

    var isEditing: Bool { filter.isEditing || (person?.isEditing ?? false) }
    var hasUnsavedInput: Bool { person?.hasUnsavedInput ?? false }

    func statusText(_ ctx: AppContext) -> String {
        if let person { return person.statusText(ctx) }
        var parts = [table.positionText(ctx.language)]
        if table.source.quick != .all { parts.append(ctx.t(table.source.quick.label)) }
        if filter.isActive { parts.append(ctx.t("фильтр «\(filter.text)»", "filter “\(filter.text)”")) }
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }

    func reload(_ ctx: AppContext) {
        table.source.invalidate()
        table.reload()
        person?.reload(ctx)
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if let p = person {
            let result = p.handle(event, ctx)
            if p.closed { person = nil; reload(ctx); return .handled }
            return result
        }
        if var pc = postCourse {
            let result = pc.handle(event, ctx)
            postCourse = pc.closed ? nil : pc
            if pc.closed { reload(ctx) }
            return result
        }
        switch filter.handle(event) {
        case .changed: applyFilter(ctx); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if case .key(let k) = event, let action = KeyBinding.action(for: k, in: bindings), action.hasPrefix("caseload.") {
            return perform(action, ctx)
        }
        switch table.handle(event) {
        case .activated: return perform("caseload.open", ctx)
        case .ignored: return dispatch(event, ctx)
        default: return report(.handled)
        }
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if let person {
            let result = person.perform(action, ctx)
            if person.closed { self.person = nil; reload(ctx); return .handled }
            return result
        }
        if var pc = postCourse, TutorPostCourse.bindings.contains(where: { $0.action == action }) {
            let result = pc.perform(action, ctx)
            postCourse = pc.closed ? nil : pc
            if pc.closed { reload(ctx) }
            return result
        }
        switch action {
        case "caseload.open":
            guard let row = table.selectedRow else { return .handled }
            person = TutorPersonScreen(row.id, ctx)
            return .handled
        case "caseload.filter": filter.begin(); return .handled
        case "caseload.quick":
            let all = CaseloadQuick.allCases
            let next = all[((all.firstIndex(of: table.source.quick) ?? 0) + 1) % all.count]
            return setQuick(next, ctx)
        case "caseload.attention": return setQuick(.attention, ctx)
        case "caseload.drafts": return setQuick(.drafts, ctx)
        case "caseload.waiting": return setQuick(.waiting, ctx)
        case "caseload.noContact": return setQuick(.noContact, ctx)
        case "caseload.postCourse":
            postCourse = TutorPostCourse(ctx)
            return .handled
        case "caseload.clear":
            guard filter.isActive || table.source.quick != .all else { return .unhandled }
            _ = filter.reset()
            table.source.quick = .all
            applyFilter(ctx)
            return .handled
        case "table.first": table.moveToFirst(); return .handled
        case "table.last": table.moveToLast(); return .handled
        default: return .unhandled
        }
    }

    private func setQuick(_ q: CaseloadQuick, _ ctx: AppContext) -> ViewResult {
        table.source.quick = table.source.quick == q && q != .all ? .all : q
        applyFilter(ctx)
        return report(.message(ctx.t("Показаны: ", "Showing: ") + ctx.t(table.source.quick.label), .info))
    }

    /// What an empty list says: nobody supported yet, nobody in this quick
    /// filter, or nobody by this name.
    static func emptyText(quick: CaseloadQuick, filter: String, _ ctx: AppContext) -> String {
        if !filter.isEmpty { return ctx.t("Нет сопровождаемых с «\(filter)»", "Nobody supported matches “\(filter)”") }
        if quick != .all { return ctx.t("Никого нет — смените быстрый фильтр (f)", "Nobody here — change the quick filter (f)") }
        // Whoever assigns tutors is told where, not to wait for a methodist.
        if ctx.viewer.can(.assignTutors) {
            return ctx.t("Вы пока никого не сопровождаете: тьюторов назначают на «Показателях» — t, «Маршруты без тьютора»",
                         "You support nobody yet: tutors are assigned on «Indicators» — t, routes without a tutor")
        }
        return ctx.t("Вы пока никого не сопровождаете: сопровождаемого назначает методист ММС",
                     "You support nobody yet: a municipal methodist assigns whom you support")
    }

    private func applyFilter(_ ctx: AppContext) {
        table.emptyMessage = TutorCaseloadView.emptyText(quick: table.source.quick, filter: filter.text, ctx)
        table.source.query = CaseloadQuery(text: filter.text)
        table.source.invalidate()
        table.loadFirst()
    }

    private func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        if let person { person.render(painter, ctx); return }
        let isWide = painter.width >= 120
        if isWide != wide || table.columns.isEmpty {
            wide = isWide
            table.columns = CaseloadColumns.make(ctx, wide: isWide)
        }
        // Quick filters line: the active one highlighted.
        var x = 1
        for q in CaseloadQuick.allCases {
            let label = " " + ctx.t(q.label) + " "
            let w = TextWidth.of(label)
            guard x + w < painter.width else { break }
            painter.text(label, x: x, y: 0, role: q == table.source.quick ? .tabActive : .muted)
            x += w + 1
        }
        let filterHeight = filter.isActive ? 1 : 0
        let hintsHeight = 1
        let body = Rect(x: 0, y: 1, width: painter.width, height: max(0, painter.height - 1 - filterHeight - hintsHeight))
        table.render(into: painter.sub(body))
        if filter.isActive { filter.render(painter.sub(Rect(x: 0, y: body.maxY, width: painter.width, height: 1)), ctx) }
        KeyHintRow.renderDotted(keyHints, bindings: bindings, into: painter, y: painter.height - 1, language: ctx.language)
        if var pc = postCourse { pc.render(painter, ctx); postCourse = pc }
    }
}
