import Domain
import Storage

/// Keys of the catalogs tab: the bindings (help and palette come from them)
/// and what they do.
extension CatalogView {
    var bindings: [KeyBinding] { detailOpen ? CatalogView.detailBindings + catalogBindings : catalogBindings }

    /// While the detail box is open, these close it (the other keys still work).
    static let detailBindings = [
        KeyBinding("cat.closeDetail", keys: [.escape, .enter, .char("q")], label: Phrase("Закрыть подробности", "Close the detail"),
                   group: KeyBinding.Groups.navigation, inPalette: false),
    ]

    var catalogBindings: [KeyBinding] {
        let views = Phrase("Каталоги", "Catalogs")
        let a = KeyBinding.Groups.actions
        let filters = Phrase("Фильтры", "Filters")
        let review = Phrase("Экспертиза практик", "Review of practices")
        var list = [
            KeyBinding("cat.programmes", keys: [.char("P")], label: Phrase("Программы ДПП", "Programmes"), group: views),
            KeyBinding("cat.sites", keys: [.char("S")], label: Phrase("Стажировочные площадки", "Internship sites"), group: views),
            KeyBinding("cat.practices", keys: [.char("B")], label: Phrase("Лучшие практики", "Best practices"), group: views),
            KeyBinding("cat.events", keys: [.char("E")], label: Phrase("Мероприятия", "Events"), group: views),
            KeyBinding("cat.nextSub", keys: [.tab], label: Phrase("Следующий каталог", "Next catalog"), group: views),
            KeyBinding("cat.prevSub", keys: [.backTab], label: Phrase("Предыдущий каталог", "Previous catalog"), group: views),
            KeyBinding("cat.search", keys: [.char("/")], label: Phrase("Поиск по словам (ё = е)", "Search words (ё = е)"), group: a),
            KeyBinding("cat.open", keys: [.enter], label: Phrase("Подробно", "Detail"), group: a),
            KeyBinding("cat.close", keys: [.escape], label: Phrase("Закрыть подробности / сбросить поиск", "Close the detail / clear the search"), group: a),
            KeyBinding("cat.clear", keys: [.char("*")], label: Phrase("Сбросить фильтры", "Clear the filters"), group: filters),
            KeyBinding("cat.kind", keys: [.char("v")], label: Phrase("Программы, мероприятия: вид по кругу", "Programmes, events: cycle the kind"), group: filters),
            KeyBinding("cat.registry", keys: [.char("r")], label: Phrase("Программы: в ФР ДПП / нет / все", "Programmes: in the registry / not / all"), group: filters),
            KeyBinding("cat.format", keys: [.char("f")], label: Phrase("Программы: формат по кругу", "Programmes: cycle the format"), group: filters),
            KeyBinding("cat.competence", keys: [.char("c")], label: Phrase("Программы, площадки: компетенция", "Programmes, sites: competence"), group: filters),
            KeyBinding("cat.municipality", keys: [.char("m")], label: Phrase("Площадки: муниципалитет", "Sites: municipality"), group: filters),
            KeyBinding("cat.status", keys: [.char("s")], label: Phrase("Практики: статус", "Practices: status"), group: filters),
            KeyBinding("cat.direction", keys: [.char("d")], label: Phrase("Практики, мероприятия: направление (из 19)", "Practices, events: direction (of 19)"), group: filters),
            KeyBinding("cat.range", keys: [.char("D")], label: Phrase("Мероприятия: период с … по … (даты)", "Events: from … to … (dates)"), group: filters),
            KeyBinding("cat.period", keys: [.char("p")], label: Phrase("Мероприятия: период (все / предстоящие / прошедшие / этот месяц)", "Events: period (all / upcoming / past / this month)"), group: filters),
        ]
        if canEdit {
            list += [
                KeyBinding("cat.retiredShown", keys: [.char("a")], label: Phrase("Показывать архив", "Show retired entries"), group: filters),
                KeyBinding("cat.new", keys: [.char("n")], label: Phrase("Новая запись", "New entry"), group: a),
                KeyBinding("cat.edit", keys: [.char("e")], label: Phrase("Изменить запись", "Edit the entry"), group: a),
                KeyBinding("cat.retire", keys: [.char("x")], label: Phrase("В архив / из архива (с подтверждением)", "Retire / restore (asks first)"), group: a),
                KeyBinding("cat.toReview", keys: [.char("w")], label: Phrase("Подана → на экспертизу", "Submitted → expert review"), group: review),
                KeyBinding("cat.include", keys: [.char("+"), .char("=")], label: Phrase("Экспертиза → включить в реестр", "Review → include"), group: review),
                KeyBinding("cat.reject", keys: [.char("-")], label: Phrase("Экспертиза → отклонить", "Review → reject"), group: review),
            ]
        }
        return list + TableView<CatalogSource<ProgrammeRow>>.keyBindings(allowsMarks: false).filter { $0.action != "table.open" }
    }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if modal != nil { return handleModal(event, ctx) }
        switch list.search.handle(event) {
        case .changed: refetch(ctx); return report(.handled)
        case .handled: return .handled
        case .ignored: break
        }
        if detailOpen, case .key(let k) = event, let action = KeyBinding.action(for: k, in: CatalogView.detailBindings) {
            return perform(action, ctx)
        }
        if case .key(.escape) = event, list.search.isActive {
            _ = list.search.reset(); refetch(ctx); return report(.handled)
        }
        switch list.handle(event) {
        case .activated: return perform("cat.open", ctx)
        case .ignored: break
        default: return report(.handled)
        }
        return report(dispatch(event, ctx))
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "cat.closeDetail": detailOpen = false; return .handled
        case "cat.programmes": return switchTo(.programmes, ctx)
        case "cat.sites": return switchTo(.sites, ctx)
        case "cat.practices": return switchTo(.practices, ctx)
        case "cat.events": return switchTo(.events, ctx)
        case "cat.nextSub", "cat.prevSub":
            let n = Sub.allCases.count
            return switchTo(Sub(rawValue: (sub.rawValue + (action == "cat.nextSub" ? 1 : n - 1)) % n) ?? .programmes, ctx)
        case "cat.search": list.search.begin(); return .handled
        case "cat.open":
            guard list.hasSelection else { return .handled }
            if lastWidth < CatalogView.widePane { detailOpen = true }
            return .handled
        case "cat.close":
            if detailOpen { detailOpen = false; return .handled }
            guard list.search.isActive else { return .unhandled }
            _ = list.search.reset(); refetch(ctx); return report(.handled)
        case "table.first": list.moveToFirst(); return report(.handled)
        case "table.last": list.moveToLast(); return report(.handled)
        case "cat.clear":
            switch sub {
            case .programmes: programmeQuery = ProgrammeQuery()
            case .sites: siteQuery = SiteQuery()
            case .practices: practiceQuery = PracticeQuery()
            case .events: eventQuery = EventQuery(); period = .all
            }
            showRetired = false
            return refilter(ctx)
        case "cat.retiredShown":
            showRetired.toggle()
            return refilter(ctx)
        case "cat.new", "cat.edit": return openForm(new: action == "cat.new", ctx)
        case "cat.retire": return askRetire(ctx)
        case "cat.toReview": return review(.review, ctx)
        case "cat.include": return review(.included, ctx)
        case "cat.reject": return review(.rejected, ctx)
        default: return performFilter(action, ctx)
        }
    }

    /// The quick filters: cycles in place, pickers for long lists.
    func performFilter(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch (action, sub) {
        case ("cat.kind", .programmes): programmeQuery.kind = CatalogView.cycle(programmeQuery.kind)
        case ("cat.kind", .events): eventQuery.kind = CatalogView.cycle(eventQuery.kind)
        case ("cat.registry", .programmes):
            programmeQuery.inRegistry = programmeQuery.inRegistry == nil ? true : (programmeQuery.inRegistry == true ? false : nil)
        case ("cat.format", .programmes): programmeQuery.format = CatalogView.cycle(programmeQuery.format)
        case ("cat.period", .events):
            let i = Period.presets.firstIndex(of: period).map { $0 + 1 } ?? 0
            period = Period.presets[i % Period.presets.count]
        case ("cat.range", .events):
            modal = .range(Form(fields: [
                .date("from", label: ctx.t("С", "From"), value: customFrom?.iso ?? "", placeholder: ctx.t("ДД.ММ.ГГГГ или пусто", "DD.MM.YYYY or empty")),
                .date("to", label: ctx.t("По", "To"), value: customTo?.iso ?? "", placeholder: ctx.t("ДД.ММ.ГГГГ или пусто", "DD.MM.YYYY or empty")),
            ], language: ctx.language))
            return .handled
        case ("cat.competence", .programmes), ("cat.competence", .sites):
            let items = [PickerItem(id: "0", title: ctx.t("Все компетенции", "All competences"))]
                + forms.competences.map { PickerItem(id: String($0.id), title: $0.code + " " + $0.name, detail: "№\($0.direction)") }
            let current = sub == .programmes ? programmeQuery.competenceID : siteQuery.competenceID
            modal = .picker(Picker(title: ctx.t("Компетенция", "Competence"), items: items, selectedID: String(current ?? 0),
                                   language: ctx.language), .competence)
            return .handled
        case ("cat.municipality", .sites):
            let items = [PickerItem(id: "0", title: ctx.t("Все муниципалитеты", "All municipalities"))]
                + ((try? ctx.store.catalogMunicipalities()) ?? []).map { PickerItem(id: String($0.id), title: $0.name) }
            modal = .picker(Picker(title: ctx.t("Муниципалитет", "Municipality"), items: items, selectedID: String(siteQuery.municipalityID ?? 0),
                                   language: ctx.language), .municipality)
            return .handled
        case ("cat.status", .practices):
            let items = [PickerItem(id: "", title: ctx.t("Все статусы", "All statuses"))]
                + PracticeStatus.allCases.map { PickerItem(id: $0.rawValue, title: ctx.t($0.label)) }
            modal = .picker(Picker(title: ctx.t("Статус практики", "Practice status"), items: items,
                                   selectedID: practiceQuery.status?.rawValue ?? "", language: ctx.language), .practiceStatus)
            return .handled
        case ("cat.direction", .practices), ("cat.direction", .events):
            let items = [PickerItem(id: "0", title: ctx.t("Все направления", "All directions"))]
                + Direction.all.map { PickerItem(id: String($0.number), title: "№\($0.number) " + $0.shortName) }
            let current = sub == .practices ? practiceQuery.direction : eventQuery.direction
            modal = .picker(Picker(title: ctx.t("Направление", "Direction"), items: items, selectedID: String(current ?? 0),
                                   language: ctx.language), .direction)
            return .handled
        default: return .unhandled
        }
        return refilter(ctx)
    }

    func refilter(_ ctx: AppContext) -> ViewResult {
        detailOpen = false
        refetch(ctx)
        return report(.handled)
    }

    /// nil -> the first case -> ... -> the last -> nil.
    static func cycle<T: CaseIterable & Equatable>(_ value: T?) -> T? {
        let all = Array(T.allCases)
        guard let v = value, let i = all.firstIndex(of: v) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }
}
