import Domain
import Storage

/// The writes of the catalogs tab: forms, retire / restore, review moves,
/// and what the modals' answers do. Storage checks the permission, the rules
/// and the version; a refusal or a conflict is shown and the typed text stays.
extension CatalogView {
    /// A title in quotes, shortened; a title that already starts with «» is not quoted twice.
    static func quoted(_ title: String, _ ctx: AppContext) -> String {
        let short = TextWidth.fit(title, width: 40)
        if title.hasPrefix("«") || title.hasPrefix("“") { return short }
        return ctx.t("«\(short)»", "“\(short)”")
    }

    func forbidden(_ ctx: AppContext) -> ViewResult {
        .message(ctx.describe(StoreError.forbidden(Action.editCatalogs.label)), .error)
    }

    func openForm(new: Bool, _ ctx: AppContext) -> ViewResult {
        guard canEdit else { return forbidden(ctx) }
        let draft: CatalogDraft
        if new {
            switch sub {
            case .programmes:
                draft = .programme(Programme(id: 0, title: "", provider: "", kind: programmeQuery.kind ?? .upskilling, hours: 0,
                                             format: programmeQuery.format ?? .inPerson, inFederalRegistry: programmeQuery.inRegistry ?? false,
                                             competenceIDs: programmeQuery.competenceID.map { [$0] } ?? []))
            case .sites:
                // The host first: a picker over the organizations, then the form.
                let orgs = (try? ctx.store.catalogOrganizations(matching: "", limit: 5000)) ?? []
                let items = orgs.map { PickerItem(id: String($0.id), title: $0.name, detail: $0.municipality) }
                modal = .picker(Picker(title: ctx.t("Организация, где пройдёт стажировка", "The host organization"), items: items,
                                       language: ctx.language), .organization)
                return .handled
            case .practices:
                draft = .practice(BestPractice(id: 0, title: "", authorID: nil, organizationID: nil, direction: practiceQuery.direction ?? 1,
                                               competenceIDs: []))
            case .events:
                draft = .event(Event(id: 0, title: "", kind: eventQuery.kind ?? .seminar, date: ctx.today, direction: eventQuery.direction))
            }
        } else {
            switch sub {
            case .programmes:
                guard let r = programmes.selected else { return .handled }
                draft = .programme(r.programme)
            case .sites:
                guard let r = sites.selected else { return .handled }
                draft = .site(r.site, organizationName: r.organizationName)
            case .practices:
                guard let r = practices.selected else { return .handled }
                draft = .practice(r.practice)
            case .events:
                guard let r = events.selected else { return .handled }
                draft = .event(r.event)
            }
        }
        detailOpen = false
        discard = nil
        modal = .form(forms.form(for: draft), draft)
        return .handled
    }

    func askRetire(_ ctx: AppContext) -> ViewResult {
        guard canEdit else { return forbidden(ctx) }
        let target: CatalogRetirement
        switch sub {
        case .programmes:
            guard let r = programmes.selected else { return .handled }
            target = CatalogRetirement(kind: .programme, id: r.id, version: r.programme.version, retire: !r.programme.retired, title: r.programme.title)
        case .sites:
            guard let r = sites.selected else { return .handled }
            target = CatalogRetirement(kind: .site, id: r.id, version: r.site.version, retire: !r.site.retired, title: r.site.topic)
        case .practices:
            guard let r = practices.selected else { return .handled }
            target = CatalogRetirement(kind: .practice, id: r.id, version: r.practice.version, retire: !r.retired, title: r.practice.title)
        case .events:
            guard let r = events.selected else { return .handled }
            target = CatalogRetirement(kind: .event, id: r.id, version: r.event.version, retire: !r.retired, title: r.event.title)
        }
        let name = CatalogView.quoted(target.title, ctx)
        let question = target.retire
            ? ctx.t("Убрать в архив \(name)? Запись перестанет предлагаться в маршруты; её можно вернуть.",
                    "Retire \(name)? It will no longer be offered for routes; it can be restored.")
            : ctx.t("Вернуть из архива \(name)?", "Restore \(name)?")
        modal = .confirm(ConfirmDialog(question: question, title: ctx.t(sub.title), destructive: target.retire, language: ctx.language), target)
        return .handled
    }

    func retire(_ r: CatalogRetirement, _ ctx: AppContext) -> ViewResult {
        do {
            try ctx.store.setCatalogRetired(ctx.viewer, r.kind, id: r.id, expectedVersion: r.version, retired: r.retire)
            let stayed = list.reloadAfterAction()
            let name = CatalogView.quoted(r.title, ctx)
            return report(WorkedRow.noting(.message(r.retire ? ctx.t("В архиве: \(name)", "Retired: \(name)")
                                                             : ctx.t("Возвращено из архива: \(name)", "Restored: \(name)"), .info),
                                           stayed: stayed, ctx.language))
        } catch {
            list.reload()
            return .message(ctx.describe(error), .error)
        }
    }

    func review(_ target: PracticeStatus, _ ctx: AppContext) -> ViewResult {
        guard canEdit else { return forbidden(ctx) }
        guard sub == .practices else {
            return .message(ctx.t("Экспертиза — в каталоге практик (B)", "Review is in the practices catalog (B)"), .info)
        }
        guard let r = practices.selected else { return .handled }
        do {
            try ctx.store.reviewPractice(ctx.viewer, id: r.id, expectedVersion: r.practice.version, to: target)
            let stayed = practices.reloadAfterAction()
            return report(WorkedRow.noting(.message(ctx.t("«\(TextWidth.fit(r.practice.title, width: 30))» — \(ctx.t(target.label))",
                                                          "“\(TextWidth.fit(r.practice.title, width: 30))” — \(ctx.t(target.label))"), .info),
                                           stayed: stayed, ctx.language))
        } catch {
            practices.reload()
            return .message(ctx.describe(error), .error)
        }
    }

    func handleModal(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        guard let current = modal else { return .unhandled }
        switch current {
        case .picker(var picker, let pick):
            switch picker.handle(event) {
            case .handled: modal = .picker(picker, pick); return .handled
            case .cancelled: modal = nil; return .handled
            case .picked(let id):
                modal = nil
                return picked(id, pick, ctx)
            }
        case .range(var form):
            switch form.handle(event) {
            case .handled, .invalid: modal = .range(form); return .handled
            case .unhandled: modal = .range(form); return .unhandled
            case .cancelled, .confirmDiscard: modal = nil; return .handled   // two dates: nothing worth asking about
            case .submitted(let v):
                let from = Day(iso: v["from"] ?? ""), to = Day(iso: v["to"] ?? "")
                if let from, let to, from > to {
                    modal = .range(form)
                    return .message(ctx.t("Начало периода позже конца: \(from.russian) > \(to.russian)",
                                          "The period starts after it ends: \(from.russian) > \(to.russian)"), .error)
                }
                modal = nil
                customFrom = from; customTo = to
                period = from == nil && to == nil ? .all : .custom
                return refilter(ctx)
            }
        case .confirm(var dialog, let target):
            switch dialog.handle(event) {
            case .pending: modal = .confirm(dialog, target); return .handled
            case .declined: modal = nil; return .handled
            case .confirmed: modal = nil; return retire(target, ctx)
            }
        case .form(var form, let draft):
            if discard != nil {
                if DiscardQuestion.answer(&discard, event) { modal = nil }
                return .handled
            }
            switch form.handle(event) {
            case .handled, .invalid: modal = .form(form, draft); return .handled
            case .unhandled: modal = .form(form, draft); return .unhandled
            case .cancelled: modal = nil; return .handled
            case .confirmDiscard:
                modal = .form(form, draft)
                discard = DiscardQuestion.dialog(ctx.language)
                return .handled
            case .submitted(let values):
                return save(values, form: form, draft: draft, ctx)
            }
        }
    }

    /// Saves the form; on any refusal the form stays open with what was typed.
    func save(_ values: [String: String], form: Form, draft: CatalogDraft, _ ctx: AppContext) -> ViewResult {
        do {
            let entry = try forms.entry(from: values, base: draft)
            let savedID: Int64
            switch entry {
            case .programme(let p): savedID = try ctx.store.saveProgramme(ctx.viewer, p).id
            case .site(let s, _): savedID = try ctx.store.saveSite(ctx.viewer, s).id
            case .practice(let x): savedID = try ctx.store.savePractice(ctx.viewer, x).id
            case .event(let e): savedID = try ctx.store.saveEvent(ctx.viewer, e).id
            }
            modal = nil
            let saved = ViewResult.message(ctx.t("Сохранено: ", "Saved: ") + ctx.t(sub.kind.label) + " №\(savedID)", .info)
            if draft.isNew { list.loadFirst(); return report(saved) }
            return report(WorkedRow.noting(saved, stayed: list.reloadAfterAction(), ctx.language))
        } catch let StoreError.conflict(c) {
            // Keep the typed text; the next Ctrl+S saves over the fresh record knowingly.
            var form = form
            form.failure = ctx.t(c.message)
            modal = .form(form, c.currentVersion.map { draft.withVersion($0) } ?? draft)
            list.reload()
            return .message(ctx.t(c.message), .error)
        } catch {
            var form = form
            form.failure = ctx.describe(error)
            modal = .form(form, draft)
            return .message(ctx.describe(error), .error)
        }
    }

    func picked(_ id: String, _ pick: CatalogPick, _ ctx: AppContext) -> ViewResult {
        let number = Int64(id) ?? 0
        switch pick {
        case .competence:
            if sub == .programmes { programmeQuery.competenceID = number == 0 ? nil : number } else { siteQuery.competenceID = number == 0 ? nil : number }
        case .municipality: siteQuery.municipalityID = number == 0 ? nil : number
        case .practiceStatus: practiceQuery.status = PracticeStatus(rawValue: id)
        case .direction:
            let d = number == 0 ? nil : Int(number)
            if sub == .practices { practiceQuery.direction = d } else { eventQuery.direction = d }
        case .organization:
            let name = ((try? ctx.store.catalogOrganizations(matching: "", limit: 5000)) ?? []).first { $0.id == number }?.name ?? ""
            let draft = CatalogDraft.site(InternshipSite(id: 0, organizationID: number, topic: "",
                                                         competenceIDs: siteQuery.competenceID.map { [$0] } ?? [], capacity: 0),
                                          organizationName: name)
            discard = nil
            modal = .form(forms.form(for: draft), draft)
            return .handled
        }
        return refilter(ctx)
    }
}
