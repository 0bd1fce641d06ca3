import Domain
import Storage

/// What the board's keys do, the decisions of the selection, and the modals.
extension RMAView {
    func performBoard(_ action: String, _ ctx: AppContext) -> ViewResult {
        let today = ctx.today
        switch action {
        case "rma.grouping":
            let keep = board.selected(today: today)?.id
            board.byStatus.toggle()
            board.tableMode = false
            board.firstColumn = 0
            if let keep { board.focus(id: keep, today: today) } else { board.column = 0; board.row = 0 }
            return .handled
        case "rma.table":
            let keep = board.selected(today: today)?.id
            board.tableMode.toggle()
            if let keep { board.focus(id: keep, today: today) }
            return .handled
        case "rma.direction":
            let items = [PickerItem(id: "0", title: ctx.t("Все направления", "All directions"))]
                + Direction.all.map { PickerItem(id: String($0.number), title: "№\($0.number) " + $0.shortName) }
            modal = .picker(Picker(title: ctx.t("Направление", "Direction"), items: items,
                                   selectedID: String(board.direction ?? 0), language: ctx.language), .direction)
        case "rma.executor":
            let items = [PickerItem(id: "0", title: ctx.t("Все исполнители", "All executors"))]
                + Executor.allCases.map { PickerItem(id: String($0.rawValue), title: ctx.t($0.label)) }
            modal = .picker(Picker(title: ctx.t("Исполнитель / соисполнитель", "Executor / co-executor"), items: items,
                                   selectedID: String(board.executor?.rawValue ?? 0), language: ctx.language), .executor)
        case "rma.participant":
            let items = [PickerItem(id: "0", title: ctx.t("Все категории", "All categories"))]
                + ParticipantCategory.allCases.map { PickerItem(id: String($0.rawValue), title: ctx.t($0.label)) }
            modal = .picker(Picker(title: ctx.t("Категория участников", "Participant category"), items: items,
                                   selectedID: String(board.participant?.rawValue ?? 0), language: ctx.language), .participant)
        case "rma.section":
            board.section = RoadmapBoard.Section(rawValue: (board.section.rawValue + 1) % 3) ?? .all
            board.clamp(today: today)
        case "rma.clear":
            board.direction = nil; board.executor = nil; board.participant = nil; board.section = .all
            board.clamp(today: today)
        case "rma.forward", "rma.back":
            guard let item = board.selected(today: today) else { return .message(ctx.t("Колонка пуста", "The column is empty"), .info) }
            guard let target = RoadmapBoard.neighbour(of: item.status, forward: action == "rma.forward") else {
                return .message(action == "rma.forward" ? ctx.t("Пункт уже выполнен", "The item is already done")
                                                        : ctx.t("Пункт и так запланирован: назад некуда", "The item is planned: nothing before that"), .warning)
            }
            return moveItem(item, to: target, ctx)
        case "rma.status":
            guard let item = board.selected(today: today) else { return .handled }
            let items = RoadmapStatus.allCases.map { PickerItem(id: $0.rawValue, title: ctx.t($0.label)) }
            modal = .picker(Picker(title: ctx.t("Статус пункта", "Item status"), items: items, selectedID: item.status.rawValue,
                                   language: ctx.language), .status)
        case "rma.new", "rma.edit":
            guard ctx.viewer.can(.editRoadmap) else { return .message(ctx.describe(StoreError.forbidden(Action.editRoadmap.label)), .error) }
            let base: RoadmapItem
            if action == "rma.edit" {
                guard let item = board.selected(today: today) else { return .handled }
                base = item
            } else {
                base = RoadmapItem(id: 0, direction: board.direction, title: "", participants: [], executors: [],
                                   timing: .quarter(year: today.year, quarter: (today.month - 1) / 3 + 1, months: []), expectedResult: "")
            }
            modal = .form(RoadmapItemForm.make(base, ctx), base)
            discard = nil
        default: return .unhandled
        }
        return .handled
    }

    /// Moves an item by the domain's lifecycle; the store refuses what the rules forbid.
    func moveItem(_ item: RoadmapItem, to target: RoadmapStatus, _ ctx: AppContext) -> ViewResult {
        do {
            let moved = try ctx.store.moveRoadmapItem(ctx.viewer, id: item.id, expectedVersion: item.version, to: target)
            if let i = board.items.firstIndex(where: { $0.id == item.id }) { board.items[i] = moved }
            board.focus(id: item.id, today: ctx.today)
            if case .card(var d) = modal { d.item = moved; d.history = (try? ctx.store.roadmapHistory(ctx.viewer, id: item.id)) ?? []; modal = .card(d) }
            return .message(ctx.t("«\(TextWidth.fit(item.title, width: 30))» — \(ctx.t(target.label))",
                                  "“\(TextWidth.fit(item.title, width: 30))” — \(ctx.t(target.label))"), .info)
        } catch {
            _ = reloadSub(ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    func decide(_ approve: Bool, _ ctx: AppContext) -> ViewResult {
        guard ctx.viewer.can(.decideSelection) else {
            return .message(ctx.describe(StoreError.forbidden(Action.decideSelection.label)), .error)
        }
        guard let row = selection.selected else { return .handled }
        if approve { return apply(.approved, to: row, ctx) }
        let suggested = row.application.suggestedRejectionReason
        let items = SelectionRules.rejectionReasons.map {
            PickerItem(id: $0.rawValue, title: ctx.t($0.label), detail: $0 == suggested ? ctx.t("по чек-листу", "per checklist") : nil)
        }
        modal = .picker(Picker(title: ctx.t("Причина отклонения (обязательно)", "Reason of rejection (required)"), items: items,
                               selectedID: suggested?.rawValue, language: ctx.language), .rejectReason)
        return .handled
    }

    func reopen(_ ctx: AppContext) -> ViewResult {
        guard ctx.viewer.can(.decideSelection) else {
            return .message(ctx.describe(StoreError.forbidden(Action.decideSelection.label)), .error)
        }
        guard let row = selection.selected else { return .handled }
        return apply(.pending, to: row, ctx)
    }

    func apply(_ decision: SelectionDecision, to row: SelectionRow, _ ctx: AppContext) -> ViewResult {
        let a = row.application
        do {
            try ctx.store.decideApplication(ctx.viewer, id: a.id, expectedVersion: a.version, decision)
            try selection.refresh(id: a.id, ctx)
            if case .application = modal, let fresh = selection.selected { modal = .application(SelectionDetail(row: fresh)) }
            return .message(ctx.t("Заявка №\(a.id): ", "Application #\(a.id): ") + SelectionPanel.decisionText(decision, ctx), .info)
        } catch {
            try? selection.refresh(id: a.id, ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    func handleModal(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard let current = modal else { return .unhandled }
        switch current {
        case .picker(var picker, let pick):
            switch picker.handle(event) {
            case .handled: modal = .picker(picker, pick); return .handled
            case .cancelled:
                modal = nil
                if pick == .rejectReason {
                    return .message(ctx.t("Отклонить без причины нельзя: выберите одну из трёх причин",
                                          "A rejection needs a reason: choose one of the three"), .warning)
                }
                return .handled
            case .picked(let id):
                modal = nil
                return picked(id, pick, ctx)
            }
        case .form(var form, let base):
            if discard != nil {
                if DiscardQuestion.answer(&discard, event) { modal = nil }
                return .handled
            }
            switch form.handle(event) {
            case .handled, .invalid: modal = .form(form, base); return .handled
            case .unhandled: modal = .form(form, base); return .unhandled
            case .cancelled: modal = nil; return .handled
            case .confirmDiscard:
                modal = .form(form, base)
                discard = DiscardQuestion.dialog(ctx.language)
                return .handled
            case .submitted(let values):
                let item = RoadmapItemForm.item(from: values, base: base)
                do {
                    let saved = try ctx.store.saveRoadmapItem(ctx.viewer, item)
                    modal = nil
                    board.items = try ctx.store.roadmapItems(ctx.viewer)
                    board.focus(id: saved.id, today: ctx.today)
                    return .message(ctx.t("Сохранено: пункт №\(saved.id)", "Saved: item #\(saved.id)"), .info)
                } catch {
                    // The form stays with what was typed; after a conflict the
                    // next Ctrl+S saves over the fresh version, knowingly.
                    var base = base
                    if case StoreError.conflict(let c) = error, let fresh = c.currentVersion { base.version = fresh }
                    form.failure = ctx.describe(error)
                    modal = .form(form, base)
                    return .message(ctx.describe(error), .error)
                }
            }
        case .card, .application:
            guard case .key(let key) = event else { return .handled }
            // The panel's keys; the app's (help, palette, tabs) still work, nothing else does.
            guard let action = KeyBinding.action(for: key, in: bindings) else { return .unhandled }
            return performModal(action, ctx)
        }
    }

    /// The keys of the roadmap item's card (nothing else works while it is open).
    static let cardBindings: [KeyBinding] = {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("card.forward", keys: [.char(">"), .char(".")], label: Phrase("Статус вперёд", "Status forward"), group: a),
            KeyBinding("card.back", keys: [.char("<"), .char(",")], label: Phrase("Статус назад", "Status back"), group: a),
            KeyBinding("card.edit", keys: [.char("e")], label: Phrase("Изменить пункт", "Edit the item"), group: a),
        ] + PanelKeys.reader
    }()

    /// The keys of an application's card in the selection.
    static let applicationBindings: [KeyBinding] = {
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("application.approve", keys: [.char("a")], label: Phrase("Одобрить заявку", "Approve the application"), group: a),
            KeyBinding("application.reject", keys: [.char("x")], label: Phrase("Отклонить с одной из трёх причин", "Reject with one of the three reasons"), group: a),
            KeyBinding("application.reopen", keys: [.char("r")], label: Phrase("Вернуть на рассмотрение", "Back to review"), group: a),
            PanelKeys.close,
        ]
    }()

    /// An action of the open card (from its key or the palette).
    func performModal(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch modal {
        case .card(var detail):
            switch action {
            case "panel.close": modal = nil
            case "panel.up": detail.scroll = max(0, detail.scroll - 1); modal = .card(detail)
            case "panel.down": detail.scroll += 1; modal = .card(detail)
            case "card.forward", "card.back":
                guard let target = RoadmapBoard.neighbour(of: detail.item.status, forward: action == "card.forward") else {
                    return .message(ctx.t("Дальше некуда", "No further status"), .warning)
                }
                return moveItem(detail.item, to: target, ctx)
            case "card.edit":
                modal = nil
                return performBoard("rma.edit", ctx)
            default: break
            }
            return .handled
        case .application:
            switch action {
            case "panel.close": modal = nil; return .handled
            case "application.approve": return decide(true, ctx)
            case "application.reject": return decide(false, ctx)
            case "application.reopen": return reopen(ctx)
            default: return .handled
            }
        default: return .handled
        }
    }

    func picked(_ id: String, _ pick: RMAPick, _ ctx: AppContext) -> ViewResult {
        let today = ctx.today
        switch pick {
        case .direction:
            let n = Int(id) ?? 0
            board.direction = n == 0 ? nil : n
            board.column = 0; board.row = 0; board.tableRow = 0; board.firstColumn = 0
        case .executor: board.executor = Int(id).flatMap(Executor.init(rawValue:))
        case .participant: board.participant = Int(id).flatMap(ParticipantCategory.init(rawValue:))
        case .status:
            guard let target = RoadmapStatus(rawValue: id), let item = board.selected(today: today) else { return .handled }
            return moveItem(item, to: target, ctx)
        case .rejectReason:
            guard let reason = RejectionReason(rawValue: id), let row = selection.selected else { return .handled }
            return apply(.rejected(reason), to: row, ctx)
        }
        board.clamp(today: today)
        return .handled
    }
}
