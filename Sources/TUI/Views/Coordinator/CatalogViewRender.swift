import Domain
import Storage

/// How the catalogs tab is drawn: the sub-tabs, the filter line, the list
/// with the detail pane (wide) or box (narrow), the key hints.
extension CatalogView {
    func render(_ painter: Painter, _ ctx: AppContext) {
        lastWidth = painter.width
        if !list.isLoaded { refetch(ctx) }
        let full = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let (top, rest) = full.splitTop(2)
        renderSubTabs(painter.sub(Rect(x: 0, y: 0, width: top.width, height: 1)), ctx)
        renderFilters(painter.sub(Rect(x: 0, y: 1, width: top.width, height: 1)), ctx)
        let (main, hintRow) = rest.splitBottom(1)
        let (content, searchRow) = main.splitBottom(list.search.isActive ? 1 : 0)
        if list.search.isActive { list.search.render(painter.sub(searchRow), ctx) }
        let wide = painter.width >= CatalogView.widePane
        var listRect = content
        if wide {
            let cols = Layout.columns(content, weights: [3, 2], gap: 1)
            listRect = cols[0]
            let pane = cols[1]
            for y in 0..<pane.height { painter.text("│", x: pane.x - 1, y: pane.y + y, role: .border) }
            CatalogDetail.render(detailLines(ctx), hint: detailHint(ctx),
                                 into: painter.sub(Rect(x: pane.x + 1, y: pane.y, width: pane.width - 1, height: pane.height)), inBox: false)
        }
        list.render(painter.sub(listRect), focused: modal == nil && !detailOpen, filtered: isFiltered,
                    noMatch: list.search.text.isEmpty ? nil : ctx.t(EmptyText.noMatch(list.search.text)))
        if detailOpen && !wide && list.hasSelection {
            let box = painter.sub(content)
            box.fill(role: .dialog)
            box.box(title: ctx.t(sub.title), role: .border, titleRole: .dialogTitle)
            CatalogDetail.render(detailLines(ctx), hint: ctx.t("Esc — закрыть · j/k — соседняя запись", "Esc close · j/k next/previous"),
                                 into: box.sub(Rect(x: 2, y: 1, width: box.width - 4, height: box.height - 2)), inBox: true)
        }
        renderHints(painter.sub(hintRow), ctx)
        if modal != nil { modal?.render(into: painter, forms: forms, ctx) }
        if var question = discard { question.render(into: painter); discard = question }
    }

    /// The detail of the selected entry, with its recent changes for editors.
    func detailLines(_ ctx: AppContext) -> [CatalogDetail.Line] {
        var lines = list.detailLines(ctx)
        if canEdit, let id = selectedID {
            lines += CatalogDetail.history((try? ctx.store.catalogHistory(ctx.viewer, sub.kind, id: id)) ?? [], ctx)
        }
        return lines
    }

    func detailHint(_ ctx: AppContext) -> String {
        guard canEdit else { return "" }
        return sub == .practices ? ctx.t("w экспертиза · + включить · - отклонить", "w review · + include · - reject")
                                 : ctx.t("e изменить · x в архив / из архива", "e edit · x retire / restore")
    }

    var selectedID: Int64? {
        switch sub {
        case .programmes: return programmes.selected?.id
        case .sites: return sites.selected?.id
        case .practices: return practices.selected?.id
        case .events: return events.selected?.id
        }
    }

    private func renderSubTabs(_ p: Painter, _ ctx: AppContext) {
        var x = 0
        for s in Sub.allCases {
            let text = " \(s.key) " + ctx.t(s.title) + " "
            p.text(text, x: x, y: 0, role: s == sub ? .tabActive : .tabInactive)
            x += TextWidth.of(text) + 1
        }
    }

    func filterParts(_ ctx: AppContext) -> [String] {
        var parts: [String] = []
        switch sub {
        case .programmes:
            let q = programmeQuery
            parts.append(ctx.t("вид: ", "kind: ") + (q.kind.map { ctx.t($0.label) } ?? ctx.t("все", "all")))
            parts.append(ctx.t("ФР: ", "FR: ") + (q.inRegistry.map { $0 ? ctx.t("входит", "in") : ctx.t("не входит", "not in") } ?? ctx.t("все", "all")))
            parts.append(ctx.t("формат: ", "format: ") + (q.format.map { ctx.t($0.label) } ?? ctx.t("все", "all")))
            if let c = q.competenceID { parts.append(ctx.t("компетенция: ", "competence: ") + competenceCode(c)) }
        case .sites:
            if let m = siteQuery.municipalityID { parts.append(municipalityName(m, ctx)) } else { parts.append(ctx.t("все муниципалитеты", "all municipalities")) }
            if let c = siteQuery.competenceID { parts.append(ctx.t("компетенция: ", "competence: ") + competenceCode(c)) }
        case .practices:
            parts.append(ctx.t("статус: ", "status: ") + (practiceQuery.status.map { ctx.t($0.label) } ?? ctx.t("все", "all")))
            parts.append(ctx.t("напр.: ", "dir.: ") + (practiceQuery.direction.map { "№\($0)" } ?? ctx.t("все", "all")))
        case .events:
            parts.append(ctx.t("вид: ", "kind: ") + (eventQuery.kind.map { ctx.t($0.label) } ?? ctx.t("все", "all")))
            if period == .custom {
                parts.append((customFrom?.russian ?? "…") + " – " + (customTo?.russian ?? "…"))
            } else {
                parts.append(ctx.t(period.label))
            }
            parts.append(ctx.t("напр.: ", "dir.: ") + (eventQuery.direction.map { "№\($0)" } ?? ctx.t("все", "all")))
        }
        if showRetired { parts.append(ctx.t("с архивом", "with retired")) }
        return parts
    }

    var isFiltered: Bool {
        showRetired || programmeQuery != ProgrammeQuery() && sub == .programmes || siteQuery != SiteQuery() && sub == .sites
            || practiceQuery != PracticeQuery() && sub == .practices || (eventQuery != EventQuery() || period != .all) && sub == .events
    }

    private func renderFilters(_ p: Painter, _ ctx: AppContext) {
        p.text(filterParts(ctx).joined(separator: " · "), x: 0, y: 0, role: isFiltered ? .accent : .muted, maxWidth: p.width)
    }

    func competenceCode(_ id: CompetenceID) -> String {
        forms.competences.first { $0.id == id }.map { $0.code + " " + $0.name } ?? "№\(id)"
    }

    func municipalityName(_ id: MunicipalityID, _ ctx: AppContext) -> String {
        if municipalityNames.isEmpty {
            for m in (try? ctx.store.catalogMunicipalities()) ?? [] { municipalityNames[m.id] = m.name }
        }
        return municipalityNames[id] ?? "№\(id)"
    }

    /// The hint row of the catalog shown: its keys are read from the bindings
    /// (editing keys are bound only for those who may edit, so hinted only for them).
    var keyHints: [KeyHint] {
        var hints = [KeyHint("cat.search", label: Phrase("поиск", "search")), KeyHint("cat.open", label: Phrase("подробно", "detail"))]
        switch sub {
        case .programmes:
            hints += [KeyHint("cat.kind", label: Phrase("вид", "kind")), KeyHint("cat.registry", label: Phrase("ФР", "registry")),
                      KeyHint("cat.format", label: Phrase("формат", "format")), KeyHint("cat.competence", label: Phrase("компетенция", "competence"))]
        case .sites:
            hints += [KeyHint("cat.municipality", label: Phrase("муниципалитет", "municipality")), KeyHint("cat.competence", label: Phrase("компетенция", "competence"))]
        case .practices:
            hints += [KeyHint("cat.status", label: Phrase("статус", "status")), KeyHint("cat.direction", label: Phrase("направл.", "direction")),
                      KeyHint("cat.toReview", label: Phrase("на экспертизу", "to review")), KeyHint("cat.include", label: Phrase("включить", "include")),
                      KeyHint("cat.reject", label: Phrase("отклонить", "reject"))]
        case .events:
            hints += [KeyHint("cat.kind", label: Phrase("вид", "kind")), KeyHint("cat.period", label: Phrase("период", "period")),
                      KeyHint("cat.range", label: Phrase("даты", "dates")), KeyHint("cat.direction", label: Phrase("направл.", "direction"))]
        }
        return hints + [KeyHint("cat.new", label: Phrase("новая", "new")), KeyHint("cat.edit", label: Phrase("изменить", "edit")),
                        KeyHint("cat.retire", label: Phrase("архив", "retire")), KeyHint("cat.retiredShown", label: Phrase("показ. архив", "show retired"))]
    }

    private func renderHints(_ p: Painter, _ ctx: AppContext) {
        KeyHintRow.render(keyHints, bindings: catalogBindings, into: p, language: ctx.language)
    }
}
