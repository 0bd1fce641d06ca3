import Domain
import Foundation
import Storage

/// The inbox's actions: the picker or form each key opens, and what its
/// answer does. An action applies to the marked requests when there are
/// any (one transaction, a count of changed and refused), otherwise to the
/// request under the cursor, which then moves to the next one.
extension TriageInboxView {
    /// Fixes who the next action applies to; false when there is nobody.
    func captureTargets() -> Bool {
        if !markedVersions.isEmpty {
            pendingTargets = markedVersions.sorted { $0.key < $1.key }.map { TriageTarget(id: $0.key, version: $0.value) }
            pendingBulk = true
        } else if let row = table.selectedRow {
            pendingTargets = [TriageTarget(id: row.id, version: row.request.version)]
            pendingBulk = false
        } else {
            pendingTargets = []
        }
        return !pendingTargets.isEmpty
    }

    /// "Направление" or "Направление — отмечено 3".
    func modalTitle(_ what: Phrase, _ ctx: AppContext) -> String {
        if pendingBulk { return ctx.t(what) + ctx.t(" — отмечено \(pendingTargets.count)", " — \(pendingTargets.count) marked") }
        return ctx.t(what) + (pendingTargets.first.map { ctx.t(" — запрос №\($0.id)", " — request #\($0.id)") } ?? "")
    }

    var single: TriageRow? { pendingBulk ? nil : table.selectedRow }

    func nothingToDo(_ ctx: AppContext) -> ViewResult { .message(ctx.t("Нет запроса под курсором", "No request under the cursor"), .warning) }

    // MARK: Opening

    func openDirectionPicker(_ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        let items = [PickerItem(id: "0", title: ctx.t("— без направления —", "— no direction —"))]
            + Direction.all.map { PickerItem(id: String($0.number), title: "\($0.number). \($0.shortName)") }
        let current = single.map { String($0.request.direction ?? 0) }
        modal = .picker(Picker(title: modalTitle(Phrase("Направление", "Direction"), ctx), items: items, selectedID: current,
                               language: ctx.language), .direction)
        return .handled
    }

    func openPriorityPicker(_ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        let items = RequestPriority.allCases.reversed().map {
            PickerItem(id: String($0.rawValue), title: ctx.t($0.label), detail: TriageFormat.priorityMark($0))
        }
        modal = .picker(Picker(title: modalTitle(Phrase("Приоритет", "Priority"), ctx), items: items,
                               selectedID: single.map { String($0.request.priority.rawValue) }, language: ctx.language), .priority)
        return .handled
    }

    func stepPriority(up: Bool, _ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        return apply(.priorityStep(up ? 1 : -1), ctx)
    }

    func openAssigneePicker(_ ctx: AppContext) -> ViewResult {
        guard captureTargets(), let first = pendingTargets.first else { return nothingToDo(ctx) }
        let request = (try? ctx.store.triageRow(ctx.viewer, id: first.id))??.request
        let candidates: [AssigneeCandidate]
        do {
            candidates = try ctx.store.assigneeCandidates(ctx.viewer, municipalityID: request?.municipalityID,
                                                          direction: request?.direction)
        } catch {
            return .message(ctx.describe(error), .error)
        }
        let items = [PickerItem(id: "none", title: ctx.t("— снять исполнителя —", "— no assignee —"))] + candidates.map { c in
            let role = c.roles.contains(.tutor) ? ctx.t("тьютор", "tutor")
                : c.roles.contains(.municipalMethodist) ? ctx.t("ММС", "municipal")
                : ctx.t("РМА, напр. ", "RMA, dir. ") + c.directions.map(String.init).joined(separator: ",")
            let load = ctx.t("откр. \(c.openLoad)", "\(c.openLoad) open") + (c.overdue > 0 ? ctx.t(", проср. \(c.overdue)", ", \(c.overdue) late") : "")
            return PickerItem(id: String(c.id), title: c.fullName + " (" + role + ")", detail: load)
        }
        modal = .picker(Picker(title: modalTitle(Phrase("Исполнитель", "Assignee"), ctx), items: items,
                               selectedID: single?.request.assigneeID.map { String($0) }, language: ctx.language), .assignee)
        return .handled
    }

    func openStatusPicker(_ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        let current = single?.request
        let items = RequestStatus.allCases.filter { $0 != current?.status }.map { s -> PickerItem in
            var detail: String?
            if let r = current {
                let allowed = r.status.canMove(to: s) || (s == .resolved && r.status == .assigned)
                detail = allowed ? nil : ctx.t("нельзя", "not allowed")
            }
            return PickerItem(id: s.rawValue, title: ctx.t(s.label) + (s == .declined ? ctx.t(" (с причиной)", " (with a reason)") : ""), detail: detail)
        }
        let next = current?.status.next.first { $0 != .declined }
        modal = .picker(Picker(title: modalTitle(Phrase("Статус", "Status"), ctx), items: items, selectedID: next?.rawValue,
                               language: ctx.language), .status)
        return .handled
    }

    func openFilterPicker(direction: Bool, _ ctx: AppContext) -> ViewResult {
        if direction {
            let items = Direction.all.map { PickerItem(id: String($0.number), title: "\($0.number). \($0.shortName)") }
            var current: String?
            if case .direction(let d?) = filter { current = String(d) }
            modal = .picker(Picker(title: ctx.t("Фильтр: направление", "Filter: direction"), items: items, selectedID: current,
                                   language: ctx.language), .filterDirection)
        } else {
            let items = RequestStatus.allCases.map { PickerItem(id: $0.rawValue, title: ctx.t($0.label)) }
            var current: String?
            if case .status(let s?) = filter { current = s.rawValue }
            modal = .picker(Picker(title: ctx.t("Фильтр: статус", "Filter: status"), items: items, selectedID: current,
                                   language: ctx.language), .filterStatus)
        }
        return .handled
    }

    func openDueForm(_ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        let today = ctx.today
        let value = (single?.request.due ?? today.adding(days: 14)).russian
        let field = FormField.text("due", label: ctx.t("Срок", "Due"), value: value, maxLength: 12,
                                   placeholder: ctx.t("ДД.ММ.ГГГГ или +дни", "DD.MM.YYYY or +days")) { text in
            TriageInboxView.parseDue(text, today: today) == nil
                ? (ctx.language == .ru ? "ДД.ММ.ГГГГ, +дни (например +7) или пусто — снять срок"
                                       : "DD.MM.YYYY, +days (e.g. +7), or empty to clear") : nil
        }
        modal = .form(Form(fields: [field], language: ctx.language), .due,
                      title: modalTitle(Phrase("Срок (ДД.ММ.ГГГГ, +7 — через неделю)", "Due (DD.MM.YYYY, +7 — in a week)"), ctx))
        return .handled
    }

    /// "" clears (.some(nil)); a date, or +N days from today; nil when unreadable.
    static func parseDue(_ text: String, today: Day) -> Day?? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .some(nil) }
        if t.hasPrefix("+"), let n = Int(t.dropFirst()), n >= 0, n <= 3650 { return .some(today.adding(days: n)) }
        if let d = Form.parseDate(t) { return .some(d) }
        let parts = t.split(separator: ".")
        if parts.count == 2, let d = Int(parts[0]), let m = Int(parts[1]), let day = Day(year: today.year, month: m, day: d) {
            return .some(day)
        }
        return nil
    }

    func openDeclineForm(_ ctx: AppContext, keepTargets: Bool = false) -> ViewResult {
        guard keepTargets || captureTargets() else { return nothingToDo(ctx) }
        let field = FormField.note("reason", label: ctx.t("Причина", "Reason"), lines: 3, required: true)
        modal = .form(Form(fields: [field], language: ctx.language), .decline,
                      title: modalTitle(Phrase("Отклонить", "Decline"), ctx))
        return .handled
    }

    func openCommentForm(_ ctx: AppContext) -> ViewResult {
        guard captureTargets() else { return nothingToDo(ctx) }
        let field = FormField.note("comment", label: ctx.t("Комментарий", "Comment"), lines: 4, required: true)
        modal = .form(Form(fields: [field], language: ctx.language), .comment,
                      title: modalTitle(Phrase("Комментарий", "Comment"), ctx))
        return .handled
    }

    func openRequesterPicker(_ ctx: AppContext) -> ViewResult {
        do { requesters = try ctx.store.requesters(ctx.viewer) } catch { return .message(ctx.describe(error), .error) }
        let items = requesters.map { r in
            PickerItem(id: r.id, title: r.kind == .organization ? ctx.t("Школа: ", "School: ") + r.name : r.name, detail: r.place)
        }
        modal = .picker(Picker(title: ctx.t("Новый запрос: от кого (работник или школа)", "New request: from whom (a person or a school)"),
                               items: items, language: ctx.language), .requester)
        return .handled
    }

    // MARK: Answers

    func picked(_ choice: String, for pick: TriagePick, _ ctx: AppContext) -> ViewResult {
        switch pick {
        case .direction:
            let d = Int(choice) ?? 0
            return apply(.direction(d == 0 ? nil : d), ctx)
        case .priority:
            guard let p = Int(choice).flatMap(RequestPriority.init(rawValue:)) else { return .handled }
            return apply(.priority(p), ctx)
        case .assignee:
            return apply(.assignee(choice == "none" ? nil : PersonID(choice)), ctx)
        case .status:
            guard let s = RequestStatus(rawValue: choice) else { return .handled }
            if s == .declined { return openDeclineForm(ctx, keepTargets: true) }
            return apply(.status(s, reason: ""), ctx)
        case .filterDirection:
            filter = .direction(Int(choice))
            applyFilter(ctx)
            return report(.handled)
        case .filterStatus:
            guard let s = RequestStatus(rawValue: choice) else { return .handled }
            filter = .status(s)
            applyFilter(ctx)
            return report(.handled)
        case .requester:
            guard let r = requesters.first(where: { $0.id == choice }) else { return .handled }
            let options = [FormChoice(id: "", label: ctx.t("не указано", "not set"))]
                + Direction.all.map { FormChoice(id: String($0.number), label: "\($0.number). \($0.shortName)") }
            let form = Form(fields: [
                FormField.note("text", label: ctx.t("Текст", "Text"), lines: 4, required: true),
                FormField.choice("direction", label: ctx.t("Направление", "Direction"), options: options),
            ], language: ctx.language)
            modal = .form(form, .create(r), title: ctx.t("Новый запрос: ", "New request: ") + r.name)
            return .handled
        }
    }

    /// What a form's save came to: done (the form closes, the view says
    /// what changed), or nothing saved and why (the form stays open).
    enum SaveAnswer {
        case saved(ViewResult)
        case failed(String)
    }

    /// Saves a form's answer. The form closes only when the save went
    /// through; after a refusal, a conflict or a busy database it stays
    /// open with the typed text and says why — a second Ctrl+S saves over
    /// the versions just re-read, knowingly.
    func save(_ values: [String: String], form: Form, entry: TriageEntry, title: String, _ ctx: AppContext) -> ViewResult {
        switch submitted(values, for: entry, ctx) {
        case .saved(let result):
            modal = nil
            return result
        case .failed(let message):
            var form = form
            form.failure = message
            modal = .form(form, entry, title: title)
            return report(.message(message, .error))
        }
    }

    func submitted(_ values: [String: String], for entry: TriageEntry, _ ctx: AppContext) -> SaveAnswer {
        switch entry {
        case .due:
            guard let due = TriageInboxView.parseDue(values["due"] ?? "", today: ctx.today) else { return .saved(.handled) }
            return save(.due(due), ctx)
        case .decline:
            return save(.status(.declined, reason: values["reason"] ?? ""), ctx)
        case .comment:
            do {
                let outcome = try ctx.store.addRequestComments(ctx.viewer, ids: pendingTargets.map(\.id), text: values["comment"] ?? "")
                detail.invalidate()
                if let why = nothingSaved(outcome, ctx) { return .failed(why) }
                return .saved(finish(outcome, what: Phrase("комментарий добавлен", "comment added"), ctx))
            } catch { return .failed(ctx.describe(error)) }
        case .create(let requester):
            do {
                let id = try ctx.store.createRequest(ctx.viewer, for: requester, text: values["text"] ?? "",
                                                     direction: Int(values["direction"] ?? ""))
                reloadKeepingCursor(ctx)
                return .saved(.message(ctx.t("Запрос №\(id) создан: он в фильтре «Новые» (N)", "Request #\(id) created: see the “New” filter (N)"), .info))
            } catch { return .failed(ctx.describe(error)) }
        }
    }

    // MARK: Applying

    /// A picker's change: nothing typed is at stake, so the outcome is
    /// reported whatever it is.
    func apply(_ change: TriageChange, _ ctx: AppContext) -> ViewResult {
        let before = requestsBefore(ctx)
        let outcome: TriageOutcome
        do { outcome = try ctx.store.applyTriage(ctx.viewer, pendingTargets, change) } catch {
            return .message(ctx.describe(error), .error)
        }
        rememberUndo(change, before: before, outcome: outcome, ctx)
        return finish(outcome, what: change.label, ctx)
    }

    /// The targets as they are before an action (what an undo puts back):
    /// the rows on screen, read again only for a marked one scrolled away
    /// (a keystroke pays for no read it does not need).
    func requestsBefore(_ ctx: AppContext) -> [HelpRequest] {
        let shown = Dictionary(table.window.map { ($0.id, $0.request) }, uniquingKeysWith: { a, _ in a })
        return pendingTargets.compactMap { t in
            if let r = shown[t.id], r.version == t.version { return r }
            return (try? ctx.store.triageRow(ctx.viewer, id: t.id))??.request
        }
    }

    /// A changed request's version is the one written over plus one (one
    /// versioned write each), so the undo needs no read.
    func rememberUndo(_ change: TriageChange, before: [HelpRequest], outcome: TriageOutcome, _ ctx: AppContext) {
        guard !outcome.changed.isEmpty else { return }
        let written = Dictionary(pendingTargets.map { ($0.id, $0.version) }, uniquingKeysWith: { a, _ in a })
        lastUndo = TriageUndo.after(change, before: before, outcome: outcome) { id in
            guard let old = before.first(where: { $0.id == id }), let version = written[id] else { return nil }
            var now = old
            now.version = version + 1
            return now
        }
    }

    /// A form's change: saved, or — when no request took it — why not.
    func save(_ change: TriageChange, _ ctx: AppContext) -> SaveAnswer {
        let before = requestsBefore(ctx)
        let outcome: TriageOutcome
        do { outcome = try ctx.store.applyTriage(ctx.viewer, pendingTargets, change) } catch {
            return .failed(ctx.describe(error))
        }
        rememberUndo(change, before: before, outcome: outcome, ctx)
        if let why = nothingSaved(outcome, ctx) { return .failed(why) }
        return .saved(finish(outcome, what: change.label, ctx))
    }

    /// Why nothing was saved when every target was refused (nil when
    /// something changed or was already so). The list and the versions the
    /// next attempt checks against are re-read: the user has just been told
    /// who changed what.
    func nothingSaved(_ outcome: TriageOutcome, _ ctx: AppContext) -> String? {
        guard outcome.changed.isEmpty, outcome.unchanged.isEmpty, let first = outcome.refused.first else { return nil }
        reloadKeepingCursor(ctx)
        pendingTargets = pendingTargets.map { target in
            let fresh = (try? ctx.store.triageRow(ctx.viewer, id: target.id)) ?? nil
            return TriageTarget(id: target.id, version: fresh?.request.version ?? target.version)
        }
        for target in pendingTargets where markedVersions[target.id] != nil { markedVersions[target.id] = target.version }
        if pendingBulk { return outcome.summary(ctx.language) }
        return ctx.t("№\(first.id): ", "#\(first.id): ") + ctx.t(first.reason)
    }

    /// After an action: a bulk one clears the marks and reports the counts;
    /// a single one moves to the next request, or shows why it was refused.
    func finish(_ outcome: TriageOutcome, what: Phrase, _ ctx: AppContext) -> ViewResult {
        if pendingBulk {
            clearMarks()
            reloadKeepingCursor(ctx)
            return report(.message(outcome.summary(ctx.language), outcome.refused.isEmpty ? .info : .warning))
        }
        guard let id = pendingTargets.first?.id else { return .handled }
        if let refused = outcome.refused.first {
            reloadKeepingCursor(ctx)
            return report(.message(ctx.t("№\(id): ", "#\(id): ") + ctx.t(refused.reason), .error))
        }
        // The cursor follows the request to its new place in the order, so the
        // next key (direction, then assignee, then due date) acts on the same one;
        // a request that left the filter gives its line to the next.
        var stayed = true
        if outcome.changed.contains(id), table.selectedRow?.id == id,
           let fresh = (try? ctx.store.triageRow(ctx.viewer, id: id)) ?? nil, table.follow(fresh) {
            refreshCounts(ctx)
            for changed in outcome.changed where markedVersions[changed] != nil { markedVersions[changed] = fresh.request.version }
        } else {
            reloadKeepingCursor(ctx, changed: outcome.changed)
            stayed = table.selectedRow?.id == id
        }
        let text = outcome.changed.isEmpty ? ctx.t("без изменений", "unchanged") : ctx.t(what)
        return report(WorkedRow.noting(.message(ctx.t("№\(id): ", "#\(id): ") + text, .info), stayed: stayed, ctx.language))
    }

    /// Re-reads the list around the cursor, the counts, and the versions of marked rows.
    func reloadKeepingCursor(_ ctx: AppContext, changed: [RequestID] = []) {
        table.reload()
        refreshCounts(ctx)
        for id in changed where markedVersions[id] != nil {
            if let row = (try? ctx.store.triageRow(ctx.viewer, id: id)) ?? nil { markedVersions[id] = row.request.version }
        }
    }
}
