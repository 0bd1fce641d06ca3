import Domain
import Storage

/// The steps of a change in the mentoring tab: find a mentor, pick the form,
/// or confirm ending a pair.
enum MentoringDialog {
    case mentor(MentorSearch, mentee: PersonSummary)
    case form(Picker, mentee: PersonSummary, mentorID: PersonID)
    case end(ConfirmDialog, MentoringPairRow)
}

extension MentoringView {
    func startCreate(_ ctx: AppContext) -> ViewResult {
        guard mode == .worklist else {
            mode = .worklist
            return .message(ctx.t("Выберите педагога в списке «Без наставника» и нажмите n", "Pick a teacher in “Without a mentor” and press n"), .info)
        }
        guard let mentee = worklist.selectedRow else { return .message(ctx.t("Список пуст", "The list is empty"), .warning) }
        dialog = .mentor(MentorSearch(menteeID: mentee.id, menteeName: mentee.fullName, ctx), mentee: mentee)
        return .handled
    }

    func startEnd(_ ctx: AppContext) -> ViewResult {
        guard mode == .pairs, let row = pairs.selectedRow else {
            return .message(ctx.t("Выберите пару в списке «Пары»", "Pick a pair in “Pairs”"), .info)
        }
        guard row.pair.isCurrent(on: ctx.today) else {
            return .message(ctx.t("Пара уже не действует: \(ctx.t(row.pair.status.label))", "The pair is no longer current: \(ctx.t(row.pair.status.label))"), .warning)
        }
        let question = ctx.t("Прекратить пару «\(row.mentorName) → \(row.menteeName)» с \(ctx.today.russian)? Наставляемый вернётся в список без наставника.",
                             "End the pair “\(row.mentorName) → \(row.menteeName)” on \(ctx.today.iso)? The mentee returns to the list without a mentor.")
        dialog = .end(ConfirmDialog(question: question, title: ctx.t("Прекращение пары", "Ending a pair"), destructive: true, language: ctx.language), row)
        return .handled
    }

    func handleDialog(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        switch dialog {
        case .mentor(var search, let mentee):
            switch search.handle(event, ctx) {
            case .pending: dialog = .mentor(search, mentee: mentee)
            case .cancelled: dialog = nil
            case .picked(let mentorID):
                let items = MentoringForm.allCases.map { PickerItem(id: $0.rawValue, title: ctx.t($0.label)) }
                dialog = .form(Picker(title: ctx.t("Форма наставничества", "Form of mentoring"), items: items, language: ctx.language),
                               mentee: mentee, mentorID: mentorID)
            }
            return .handled
        case .form(var picker, let mentee, let mentorID):
            switch picker.handle(event) {
            case .handled: dialog = .form(picker, mentee: mentee, mentorID: mentorID); return .handled
            case .cancelled: dialog = nil; return .handled
            case .picked(let raw):
                dialog = nil
                return create(mentee: mentee, mentorID: mentorID, form: MentoringForm(rawValue: raw) ?? .teacherTeacher, ctx)
            }
        case .end(var confirm, let row):
            switch confirm.handle(event) {
            case .pending: dialog = .end(confirm, row); return .handled
            case .declined: dialog = nil; return .message(ctx.t("Пара не изменена", "The pair is unchanged"), .info)
            case .confirmed:
                dialog = nil
                return end(row, ctx)
            }
        case nil:
            return .unhandled
        }
    }

    private func create(mentee: PersonSummary, mentorID: PersonID, form: MentoringForm, _ ctx: AppContext) -> ViewResult {
        do {
            try ctx.store.createPair(ctx.viewer, menteeID: mentee.id, mentorID: mentorID, form: form)
            // The teacher now has a mentor: they leave «Без наставника», the neighbour takes the line.
            let stayed = worklist.reload(keeping: mentee.id)
            pairs.reload()
            card?.reload(ctx)
            let mentor = (try? ctx.store.personSummary(ctx.viewer, id: mentorID))?.fullName ?? ""
            let pair = "\(TriageFormat.initials(mentor)) → \(TriageFormat.initials(mentee.fullName))"
            return WorkedRow.noting(.message(ctx.t("Пара создана: \(pair)", "Pair created: \(pair)"), .info),
                                    stayed: stayed, ctx.language)
        } catch {
            reload(ctx)
            return .message(ctx.describe(error), .error)
        }
    }

    private func end(_ row: MentoringPairRow, _ ctx: AppContext) -> ViewResult {
        do {
            try ctx.store.endPair(ctx.viewer, id: row.id, expectedVersion: row.pair.version)
            lastEnded = (row, row.pair.version + 1)   // the one versioned write moves the version on by one
            let stayed = reloadKeeping(pair: row.id, ctx)
            // Short names: the status bar keeps room for «u» and the note.
            let pair = "\(TriageFormat.initials(row.mentorName)) → \(TriageFormat.initials(row.menteeName))"
            return WorkedRow.noting(.message(ctx.t("Пара прекращена: \(pair) · u — отменить", "Pair ended: \(pair) · u to undo"), .info),
                                    stayed: stayed, ctx.language)
        } catch {
            reload(ctx)   // a conflict: show the fresh state
            return .message(ctx.describe(error), .error)
        }
    }

    /// The lists re-read, the selection kept on the pair worked on (false: it left the list).
    private func reloadKeeping(pair id: MentoringID, _ ctx: AppContext) -> Bool {
        let stayed = pairs.reload(keeping: id)
        worklist.reload()
        card?.reload(ctx)
        return stayed
    }

    /// `u`: the pair ended last from here is back as it was (refused, naming who, if someone changed it since).
    func undoEnd(_ ctx: AppContext) -> ViewResult {
        guard let (row, version) = lastEnded else {
            return .message(ctx.t("Отменять нечего: пары в этом окне не прекращались", "Nothing to undo: no pair was ended here"), .info)
        }
        lastEnded = nil
        do {
            try ctx.store.undoPairEnd(ctx.viewer, id: row.id, expectedVersion: version, restoring: row.pair)
            _ = reloadKeeping(pair: row.id, ctx)
            return .message(ctx.t("Отменено: пара \(row.mentorName) → \(row.menteeName) снова «\(row.pair.status.label.ru)»",
                                  "Undone: the pair \(row.mentorName) → \(row.menteeName) is “\(row.pair.status.label.en)” again"), .info)
        } catch {
            reload(ctx)
            return .message(ctx.t("Отменить нельзя: ", "Cannot undo: ") + ctx.describe(error), .error)
        }
    }

    func renderDialog(_ painter: Painter, _ ctx: AppContext) {
        switch dialog {
        case .mentor(var search, let mentee):
            search.render(into: painter, ctx); dialog = .mentor(search, mentee: mentee)
        case .form(var picker, let mentee, let mentorID):
            picker.render(into: painter); dialog = .form(picker, mentee: mentee, mentorID: mentorID)
        case .end(var confirm, let row):
            confirm.render(into: painter); dialog = .end(confirm, row)
        case nil: break
        }
    }
}

/// The columns of the two lists.
enum MentoringColumns {
    static func pairs(_ ctx: AppContext, wide: Bool) -> [Column<MentoringPairRow>] {
        let today = ctx.today
        var cols: [Column<MentoringPairRow>] = [
            Column(ctx.t("Наставляемый", "Mentee"), width: .flexible(min: 16, weight: 3), text: { $0.menteeName }),
            Column(ctx.t("Наставник", "Mentor"), width: .flexible(min: 16, weight: 3), text: { $0.mentorName }),
            Column(ctx.t("С", "Since"), width: .fixed(10), text: { $0.pair.start.russian }),
            Column(ctx.t("Статус", "Status"), width: .fixed(wide ? 14 : 12)) { r in
                let current = r.pair.isCurrent(on: today)
                return TableCell(ctx.t(r.pair.status.label), role: current ? nil : .muted)
            },
        ]
        if wide {
            cols.insert(Column(ctx.t("Форма", "Form"), width: .fixed(22), text: { ctx.t($0.pair.form.label) }), at: 2)
            cols.append(Column(ctx.t("По", "Until"), width: .fixed(10), text: { $0.pair.end?.russian ?? "" }))
            // At 80 columns the two names need the room more than the school.
            cols.append(Column(ctx.t("Организация", "Organization"), width: .flexible(min: 10, weight: 2), text: { $0.menteeOrganization }))
            cols.append(Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 12, weight: 2), text: { $0.municipalityName }))
        }
        return cols
    }

    static func worklist(_ ctx: AppContext, wide: Bool) -> [Column<PersonSummary>] {
        let today = ctx.today
        var cols: [Column<PersonSummary>] = [
            Column(ctx.t("ФИО", "Name"), width: .flexible(min: 18, weight: 3), text: { $0.fullName }),
            Column(ctx.t("Почему молодой", "Why young"), width: .fixed(wide ? 22 : 16)) { p in
                TableCell(youngReason(p, today, ctx), role: .info)
            },
            Column(ctx.t("Организация", "Organization"), width: .flexible(min: 12, weight: 2), text: { $0.organizationName }),
        ]
        if wide {
            cols.insert(Column(ctx.t("Должность", "Position"), width: .flexible(min: 10, weight: 1), text: { $0.position }), at: 1)
            cols.append(Column(ctx.t("Муниципалитет", "Municipality"), width: .flexible(min: 12, weight: 2), text: { $0.municipalityName }))
        }
        return cols
    }

    /// «27 лет» or «стаж 1 г.»: which criterion of the rule holds.
    static func youngReason(_ p: PersonSummary, _ today: Day, _ ctx: AppContext) -> String {
        var parts: [String] = []
        if let b = p.birthDate, b <= today, today.wholeYears(since: b) < Person.youngTeacherAgeLimit {
            parts.append(ctx.t(RussianPlural.age(today.wholeYears(since: b))))
        }
        if let s = p.teachingSince, s <= today, today.wholeYears(since: s) < Person.youngTeacherServiceYears {
            parts.append(ctx.t("стаж \(today.wholeYears(since: s)) г.", "\(today.wholeYears(since: s)) yr service"))
        }
        return parts.joined(separator: ", ")
    }
}
