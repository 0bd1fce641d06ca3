import Domain
import Storage

/// Keys of the РМА tab: the bindings (help and palette come from them) and
/// what they do on each sub-view.
extension RMAView {
    var bindings: [KeyBinding] {
        switch modal {
        case .card: return RMAView.cardBindings
        case .application:
            // Only those who decide are offered the decisions.
            return canDecide ? RMAView.applicationBindings : RMAView.applicationBindings.filter { !$0.action.hasPrefix("application.") }
        case .picker, .form: return []   // a list or a form taking text: every key is theirs
        case nil: return tabBindings
        }
    }

    var tabBindings: [KeyBinding] {
        let views = Phrase("Разделы РМА", "RMA sections")
        let board = Phrase("Дорожная карта", "Roadmap")
        let sel = Phrase("Отбор в РМА", "RMA selection")
        let nav = KeyBinding.Groups.navigation
        var list = [
            KeyBinding("rma.board", keys: [.char("K")], label: Phrase("Дорожная карта", "Roadmap"), group: views),
            KeyBinding("rma.directions", keys: [.char("N")], label: Phrase("Направления (19)", "Directions (19)"), group: views),
            KeyBinding("rma.monitoring", keys: [.char("M")], label: Phrase("Мониторинг методистов", "Monitoring of methodists"), group: views),
            KeyBinding("rma.nextSub", keys: [.tab], label: Phrase("Следующий раздел", "Next section"), group: views),
            KeyBinding("rma.prevSub", keys: [.backTab], label: Phrase("Предыдущий раздел", "Previous section"), group: views),
            KeyBinding("rma.up", keys: [.up, .char("k")], label: Phrase("Вверх", "Up"), group: nav),
            KeyBinding("rma.down", keys: [.down, .char("j")], label: Phrase("Вниз", "Down"), group: nav),
            KeyBinding("rma.left", keys: [.left, .char("h")], label: Phrase("Колонка левее", "Column left"), group: nav),
            KeyBinding("rma.right", keys: [.right, .char("l")], label: Phrase("Колонка правее", "Column right"), group: nav),
            KeyBinding("rma.pageUp", keys: [.pageUp], label: Phrase("Страница вверх", "Page up"), group: nav),
            KeyBinding("rma.pageDown", keys: [.pageDown], label: Phrase("Страница вниз", "Page down"), group: nav),
            KeyBinding("rma.top", keys: [.char("g"), .home], label: Phrase("В начало", "To the top"), group: nav),
            KeyBinding("rma.bottom", keys: [.char("G"), .end], label: Phrase("В конец", "To the end"), group: nav),
            KeyBinding("rma.open", keys: [.enter], label: Phrase("Подробно / открыть", "Detail / open"), group: nav),
            KeyBinding("rma.grouping", keys: [.char("v")], label: Phrase("Колонки: кварталы или статусы", "Columns: quarters or statuses"), group: board),
            KeyBinding("rma.table", keys: [.char("t")], label: Phrase("Таблица (колонки дорожной карты)", "Table (the roadmap's columns)"), group: board),
            KeyBinding("rma.direction", keys: [.char("d")], label: Phrase("Фильтр: направление (из 19)", "Filter: direction (of the 19)"), group: board),
            KeyBinding("rma.executor", keys: [.char("w")], label: Phrase("Фильтр: исполнитель", "Filter: executor"), group: board),
            KeyBinding("rma.participant", keys: [.char("p")], label: Phrase("Фильтр: категория участников", "Filter: participant category"), group: board),
            KeyBinding("rma.section", keys: [.char("r")], label: Phrase("Раздел: все / общие / по направлениям (в отборе: вернуть заявку)", "Section: all / general / per direction (selection: reopen)"), group: board),
            KeyBinding("rma.clear", keys: [.char("*")], label: Phrase("Сбросить фильтры", "Clear the filters"), group: board),
            KeyBinding("rma.forward", keys: [.char(">"), .char(".")], label: Phrase("Статус вперёд: запланировано → выполняется → выполнено", "Status forward: planned → in progress → done"), group: board),
            KeyBinding("rma.back", keys: [.char("<"), .char(",")], label: Phrase("Статус назад", "Status back"), group: board),
            KeyBinding("rma.status", keys: [.char("s")], label: Phrase("Статус: выбрать", "Status: choose"), group: board),
            KeyBinding("rma.new", keys: [.char("n")], label: Phrase("Новый пункт", "New item"), group: board),
            KeyBinding("rma.edit", keys: [.char("e")], label: Phrase("Изменить пункт", "Edit the item"), group: board),
        ]
        if canDecide {
            list += [
                KeyBinding("rma.approve", keys: [.char("a")], label: Phrase("Одобрить заявку", "Approve the application"), group: sel),
                KeyBinding("rma.reject", keys: [.char("x")], label: Phrase("Отклонить с одной из трёх причин", "Reject with one of the three reasons"), group: sel),
            ]
        }
        list += [
            KeyBinding("rma.onlyShort", keys: [.char("f")], label: Phrase("Мониторинг: только не дотягивающие", "Monitoring: only those falling short"), group: views),
            KeyBinding("rma.methodists", keys: [.char("m")], label: Phrase("Направления: мониторинг методистов направления", "Directions: the direction's methodists"), group: views),
            KeyBinding("rma.close", keys: [.escape], label: Phrase("Закрыть", "Close"), group: nav),
        ]
        if subs.contains(.selection) {
            list.insert(KeyBinding("rma.selection", keys: [.char("O")], label: Phrase("Отбор в РМА", "RMA selection"), group: views), at: 1)
        }
        return list
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if modal != nil { return handleModal(event, ctx) }
        return dispatch(event, ctx)
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        if modal != nil, bindings.contains(where: { $0.action == action }) { return performModal(action, ctx) }
        let today = ctx.today
        switch action {
        case "rma.board": return switchTo(.board, ctx)
        case "rma.selection": return switchTo(.selection, ctx)
        case "rma.directions": return switchTo(.directions, ctx)
        case "rma.monitoring": return switchTo(.monitoring, ctx)
        case "rma.nextSub", "rma.prevSub":
            let i = subs.firstIndex(of: sub) ?? 0
            let n = subs.count
            return switchTo(subs[(i + (action == "rma.nextSub" ? 1 : n - 1)) % n], ctx)
        case "rma.up": return move(-1, ctx)
        case "rma.down": return move(1, ctx)
        case "rma.pageUp": return move(-10, ctx)
        case "rma.pageDown": return move(10, ctx)
        case "rma.top": return move(-1_000_000, ctx)
        case "rma.bottom":
            if sub == .selection { do { try selection.toEnd(ctx) } catch { return .message(ctx.describe(error), .error) }; return .handled }
            return move(1_000_000, ctx)
        case "rma.left", "rma.right":
            guard sub == .board, !board.tableMode else { return .unhandled }
            board.moveColumn(action == "rma.left" ? -1 : 1, today: today)
            return .handled
        case "rma.close":
            if sub == .monitoring && monitoring.direction != nil { monitoring.direction = nil; return reloadSub(ctx) }
            return .unhandled
        case "rma.onlyShort":
            guard sub == .monitoring else { return .unhandled }
            monitoring.onlyShort.toggle()
            monitoring.cursor = 0
            return .handled
        case "rma.methodists":
            guard sub == .directions, let d = directions.selected else { return .unhandled }
            monitoring.direction = d.direction.number
            sub = .monitoring
            return reloadSub(ctx)
        case "rma.open": return open(ctx)
        case "rma.approve", "rma.reject": return sub == .selection ? decide(action == "rma.approve", ctx) : .unhandled
        default: break
        }
        if sub == .selection && action == "rma.section" { return reopen(ctx) }
        if sub == .monitoring && action == "rma.clear" { monitoring.direction = nil; return reloadSub(ctx) }
        guard sub == .board else { return .unhandled }
        return performBoard(action, ctx)
    }

    func move(_ delta: Int, _ ctx: AppContext) -> ViewResult {
        switch sub {
        case .board: board.moveRow(delta, today: ctx.today)
        case .selection:
            do { try selection.move(delta, ctx) } catch { return .message(ctx.describe(error), .error) }
        case .directions: directions.move(delta)
        case .monitoring: monitoring.move(delta)
        }
        return .handled
    }

    func open(_ ctx: AppContext) -> ViewResult {
        switch sub {
        case .board:
            guard let item = board.selected(today: ctx.today) else { return .handled }
            let history = (try? ctx.store.roadmapHistory(ctx.viewer, id: item.id)) ?? []
            let links = (try? ctx.store.roadmapLinks(ctx.viewer, item)) ?? RoadmapLinks()
            modal = .card(RoadmapCardDetail(item: item, history: history, links: links))
        case .selection:
            guard let row = selection.selected else { return .handled }
            modal = .application(SelectionDetail(row: row))
        case .directions:
            guard let d = directions.selected else { return .handled }
            board.direction = d.direction.number
            board.column = 0; board.row = 0; board.tableRow = 0
            sub = .board
            return loaded.contains(.board) ? .handled : reloadSub(ctx)
        case .monitoring: break
        }
        return .handled
    }
}
