import Domain
import Storage

/// Журнал: who changed what and when, newest first, for administrators and
/// coordinators. Filters: `/` text, `p` the selected row's person, `o` its
/// object, `t` its kind of object, `d` a date range; `x` clears them all.
/// Enter shows the whole before and after; on a wide screen a side panel
/// shows them for the selected row.
final class AuditView: AppView {
    let id = "audit"
    let title = Phrase("Журнал", "Audit log")
    private var table: TableView<AuditSource>
    private var filter = FilterLine()
    /// Names of the person and object filters, as shown in the filter bar.
    private var personName: String?
    private var dateForm: Form?
    private var detail: AuditRow?
    private var detailScroll = 0
    private let errors = ErrorSink()
    /// Narrow screens show the year in two digits, leaving the change more room.
    private final class Width { var narrow = false }
    private let width: Width
    /// The side panel shows from this width on.
    static let panelFrom = 150

    init(_ ctx: AppContext) {
        let source = AuditSource(store: ctx.store, viewer: ctx.viewer, errors: errors, describe: ctx.describe)
        let width = Width()
        self.width = width
        table = TableView(source: source, columns: [
            Column(ctx.t("Когда", "When"), width: .fixed(16)) { r in
                TableCell(AuditText.when(r.entry.at, shortYear: width.narrow), role: .muted)
            },
            Column(ctx.t("Кто", "Who"), width: .flexible(min: 12, weight: 2)) { r in
                TableCell(r.actorName, role: r.entry.actorID == nil ? .muted : .text)
            },
            Column(ctx.t("Объект", "Entity"), width: .flexible(min: 15, weight: 1)) { r in
                TableCell(AuditText.entityLabel(r.entry.entity, id: r.entry.entityID, language: ctx.language, short: true))
            },
            Column(ctx.t("Действие", "Action"), width: .fixed(11)) { r in TableCell(ctx.t(AuditText.action(r.entry.action)), role: .accent) },
            Column(ctx.t("Изменение", "Change"), width: .flexible(min: 16, weight: 5)) { r in
                TableCell(ctx.t(r.summary))
            },
        ], emptyMessage: ctx.t("Записей в журнале пока нет", "The log has no entries yet"))
    }

    var query: AuditQuery { table.source.query }

    var bindings: [KeyBinding] { detail != nil && dateForm == nil ? PanelKeys.pagedReader : listBindings }

    private var listBindings: [KeyBinding] {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("audit.open", keys: [.enter], label: Phrase("Изменение целиком: было и стало", "The whole change: before and after"), group: a),
            KeyBinding("audit.filter", keys: [.char("/")], label: Phrase("Поиск по тексту изменений и логину (Enter — искать)", "Search the changes' text and login (Enter to search)"), group: a),
            KeyBinding("audit.person", keys: [.char("p")], label: Phrase("Только этот человек (ещё раз — все)", "Only this person (again: everyone)"), group: a),
            KeyBinding("audit.entity", keys: [.char("o")], label: Phrase("Только этот объект (ещё раз — все)", "Only this object (again: all)"), group: a),
            KeyBinding("audit.kind", keys: [.char("t")], label: Phrase("Только объекты этого вида", "Only objects of this kind"), group: a),
            KeyBinding("audit.dates", keys: [.char("d")], label: Phrase("Период: с … по …", "Period: from … to …"), group: a),
            KeyBinding("audit.clear", keys: [.char("x")], label: Phrase("Сбросить все отборы", "Clear every filter"), group: a),
            KeyBinding("audit.close", keys: [.escape], label: Phrase("Закрыть / сбросить поиск", "Close / clear the search"), group: a),
        ] + TableView<AuditSource>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    /// The dates form, for drafts (`AppView.openForm`).
    var openForm: Form? { dateForm }
    func fillOpenForm(from values: [String: String]) { dateForm?.fill(from: values) }

    var isEditing: Bool { filter.isEditing || dateForm != nil }
    var hasUnsavedInput: Bool { dateForm?.isDirty == true }

    func statusText(_ ctx: AppContext) -> String {
        let position = table.positionText(ctx.language)
        let n = filterParts(ctx).count
        guard n > 0 else { return position }
        return position + (position.isEmpty ? "" : " · ") + ctx.t("отборов: \(n)", "filters: \(n)")
    }

    func activate(_ ctx: AppContext) { if table.window.isEmpty { table.loadFirst() } }
    func reload(_ ctx: AppContext) { table.reload() }

    // MARK: Input

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if dateForm != nil { return handleDates(event, ctx) }
        if detail != nil {
            guard case .key(let k) = event else { return .handled }
            // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
            guard let action = KeyBinding.action(for: k, in: PanelKeys.pagedReader) else { return .unhandled }
            return perform(action, ctx)
        }
        switch filter.handle(event) {
        case .changed, .handled:
            // Applied on Enter, not per keystroke: a text no entry has reads
            // the whole log (about a second on a million entries).
            let wanted = filter.text.isEmpty ? nil : filter.text
            guard !filter.isEditing, wanted != query.text else { return .handled }
            table.source.query.text = wanted
            table.loadFirst()
            return report(.handled)
        case .ignored: break
        }
        switch table.handle(event) {
        case .activated: open(); return .handled
        case .ignored: break
        default: return report(.handled)
        }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if detail != nil, action.hasPrefix("panel.") {
            switch action {
            case "panel.down": detailScroll += 1
            case "panel.up": detailScroll = max(0, detailScroll - 1)
            case "panel.pageDown": detailScroll += 10
            case "panel.pageUp": detailScroll = max(0, detailScroll - 10)
            default: detail = nil
            }
            return .handled
        }
        switch action {
        case "audit.open": open(); return .handled
        case "audit.filter": filter.begin(); return .handled
        case "audit.person": return byPerson(ctx)
        case "audit.entity": return byEntity(ctx, withID: true)
        case "audit.kind": return byEntity(ctx, withID: false)
        case "audit.dates": openDates(ctx); return .handled
        case "audit.clear":
            _ = filter.reset()
            personName = nil
            table.source.query = AuditQuery()
            table.loadFirst()
            return report(.message(ctx.t("Показан весь журнал", "The whole log is shown"), .info))
        case "audit.close":
            if detail != nil { detail = nil; return .handled }
            guard filter.isActive else { return .unhandled }
            _ = filter.reset()
            table.source.query.text = nil
            table.loadFirst()
            return report(.handled)
        case "table.first": table.moveToFirst(); return report(.handled)
        case "table.last": table.moveToLast(); return report(.handled)
        default: return .unhandled
        }
    }

    private func open() {
        guard let row = table.selectedRow else { return }
        detail = row
        detailScroll = 0
    }

    private func byPerson(_ ctx: AppContext) -> ViewResult {
        if query.actorID != nil {
            table.source.query.actorID = nil
            personName = nil
        } else {
            guard let row = table.selectedRow else { return .handled }
            guard let actor = row.entry.actorID else {
                return .message(ctx.t("Эту запись сделала программа, а не человек", "This entry was made by the program, not a person"), .warning)
            }
            table.source.query.actorID = actor
            personName = row.actorName
        }
        table.loadFirst()
        return report(.handled)
    }

    private func byEntity(_ ctx: AppContext, withID: Bool) -> ViewResult {
        let current = query
        if current.entity != nil && (current.entityID != nil) == withID {
            table.source.query.entity = nil
            table.source.query.entityID = nil
        } else {
            guard let row = table.selectedRow else { return .handled }
            table.source.query.entity = row.entry.entity
            table.source.query.entityID = withID ? row.entry.entityID : nil
        }
        table.loadFirst()
        return report(.handled)
    }

    private func openDates(_ ctx: AppContext) {
        let from = FormField.date("from", label: ctx.t("С", "From"), value: query.from?.iso ?? "")
        let to = FormField.date("to", label: ctx.t("По", "To"), value: query.to?.iso ?? "")
        dateForm = Form(fields: [from, to], language: ctx.language)
    }

    private func handleDates(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard var form = dateForm else { return .handled }
        switch form.handle(event) {
        case .submitted(let values):
            let from = values["from"].flatMap(Day.init(iso:)), to = values["to"].flatMap(Day.init(iso:))
            if let from, let to, from > to {
                dateForm = form
                return .message(ctx.t("Начало периода позже его конца", "The period starts after it ends"), .error)
            }
            dateForm = nil
            table.source.query.from = from
            table.source.query.to = to
            table.loadFirst()
            return report(.handled)
        case .unhandled:
            dateForm = form
            return .unhandled
        case .cancelled, .confirmDiscard:
            dateForm = nil   // two dates are quick to type again: no question
            return .handled
        case .handled, .invalid:
            dateForm = form
            return .handled
        }
    }

    private func report(_ result: ViewResult) -> ViewResult {
        if let e = errors.take() { return .message(e, .error) }
        return result
    }

    // MARK: Drawing

    /// The active filters in words, for the filter bar and the status bar.
    func filterParts(_ ctx: AppContext) -> [String] {
        let q = query
        var parts: [String] = []
        if q.actorID != nil { parts.append(ctx.t("кто: ", "who: ") + (personName ?? "")) }
        if let e = q.entity {
            parts.append(q.entityID != nil ? AuditText.entityLabel(e, id: q.entityID, language: ctx.language)
                                           : ctx.t("все: ", "all: ") + ctx.t(AuditText.entity(e)))
        }
        switch (q.from, q.to) {
        case let (f?, t?): parts.append(f.russian + "–" + t.russian)
        case let (f?, nil): parts.append(ctx.t("с ", "from ") + f.russian)
        case let (nil, t?): parts.append(ctx.t("по ", "to ") + t.russian)
        case (nil, nil): break
        }
        if let text = q.text, !filter.isEditing { parts.append("«" + text + "»") }
        return parts
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        var area = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let parts = filterParts(ctx)
        if !parts.isEmpty {
            let (bar, rest) = area.splitTop(1)
            area = rest
            let p = painter.sub(bar)
            p.fill(role: .header, y: 0)
            p.text(ctx.t(" Отбор: ", " Filter: ") + parts.joined(separator: " · ") + ctx.t("   x — сбросить", "   x clear"),
                   y: 0, role: .header, maxWidth: bar.width)
        }
        let (main, bottom) = area.splitBottom(filter.isActive ? 1 : 0)
        width.narrow = main.width < 100
        table.emptyMessage = parts.isEmpty ? ctx.t("Записей в журнале пока нет", "The log has no entries yet")
            : ctx.t("Записей с таким отбором нет — x сбросить", "No entries for this filter — x clears it")
        table.noMatchMessage = query.text.map { ctx.t(EmptyText.noMatch($0)) }
        table.columns[0].width = .fixed(width.narrow ? 14 : 16)
        if main.width >= AuditView.panelFrom {
            let panelWidth = max(50, main.width * 2 / 5)
            let (list, panel) = main.splitLeft(main.width - panelWidth)
            table.render(into: painter.sub(list))
            renderPanel(painter.sub(Rect(x: panel.x + 1, y: panel.y, width: panel.width - 1, height: panel.height)), ctx)
        } else {
            table.render(into: painter.sub(main))
        }
        if filter.isActive { filter.render(painter.sub(bottom), ctx) }
        if let row = detail { AuditDetail.renderBox(row, scroll: detailScroll, painter, ctx) }
        if var form = dateForm {
            TriageModal.renderForm(&form, title: ctx.t("Период журнала", "Log period"), into: painter)
            dateForm = form
        }
    }

    private func renderPanel(_ p: Painter, _ ctx: AppContext) {
        guard p.width > 4, p.height > 2 else { return }
        p.box(title: ctx.t("Запись", "Entry"), role: .border, titleRole: .title)
        guard let row = table.selectedRow else {
            p.text(ctx.t("Выберите запись", "Select an entry"), x: 2, y: 1, role: .muted)
            return
        }
        let lines = AuditDetail.lines(row, width: p.width - 4, ctx)
        for (i, (text, role)) in lines.prefix(p.height - 2).enumerated() {
            p.text(text, x: 2, y: i + 1, role: role, maxWidth: p.width - 4)
        }
        if lines.count > p.height - 2 {
            p.text(ctx.t("… Enter — целиком", "… Enter: all of it"), x: 2, y: p.height - 2, role: .muted, maxWidth: p.width - 4)
        }
    }
}
