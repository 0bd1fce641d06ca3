import Domain
import Storage

/// A route the tutor picker acts on, as the list or card showed it.
struct TutorTarget: Equatable {
    var routeID: RouteID
    /// The version the user saw: a change since is refused, naming who made it.
    var version: Int
    var personID: PersonID
    var personName: String
    var tutorID: PersonID?
}

/// «Назначить тьютора»: the picker of tutors for one route or several
/// marked ones, and the write it ends in. Tutors come ranked by the store
/// (municipality, caseload, the person's deficit directions; for marked
/// rows, those of the first), each with their load; typing filters.
///
///     assigner = TutorAssigner.open(targets, ctx)    // or a message why not
///     assigner.handle(event, ctx) -> .pending / .cancelled / .done(result)
///     assigner.render(into: painter)
struct TutorAssigner {
    enum Outcome: Equatable {
        case pending
        case cancelled
        /// Written (or refused): what to say; `changed` when something was written.
        case done(ViewResult, changed: Bool)
    }

    let targets: [TutorTarget]
    private(set) var picker: Picker

    var bulk: Bool { targets.count > 1 }

    /// The picker, or the message why there is none (no right, nobody to offer).
    static func open(_ targets: [TutorTarget], _ ctx: AppContext) -> Result<TutorAssigner, Refusal> {
        guard let first = targets.first else {
            return .failure(Refusal("Нет маршрута под курсором", "No route under the cursor"))
        }
        let candidates: [TutorCandidate]
        do { candidates = try ctx.store.tutorCandidates(ctx.viewer, personID: first.personID) } catch {
            return .failure(Refusal(ctx.describe(error), ctx.describe(error)))
        }
        let home = candidates.first?.municipalityID
        var items: [PickerItem] = []
        if targets.contains(where: { $0.tutorID != nil }) {
            items.append(PickerItem(id: "none", title: ctx.t("— снять тьютора —", "— no tutor —")))
        }
        items += candidates.map { c in
            let place = c.municipalityID == home ? "" : " · " + c.municipalityName
            return PickerItem(id: String(c.id), title: c.fullName + place, detail: ctx.t(c.loadText))
        }
        guard !candidates.isEmpty || !items.isEmpty else {
            return .failure(Refusal("Тьюторов в муниципалитете нет: роль тьютора даёт администратор",
                                    "No tutors in the municipality: an administrator gives the tutor role"))
        }
        let title = targets.count > 1 ? ctx.t("Тьютор — отмечено \(targets.count)", "Tutor — \(targets.count) marked")
            : ctx.t("Тьютор — ", "Tutor — ") + first.personName
        return .success(TutorAssigner(targets: targets, picker: Picker(title: title, items: items,
                                                                       selectedID: first.tutorID.map { String($0) },
                                                                       language: ctx.language)))
    }

    mutating func handle(_ event: InputEvent, _ ctx: AppContext) -> Outcome {
        switch picker.handle(event) {
        case .handled: return .pending
        case .cancelled: return .cancelled
        case .picked(let id): return assign(id == "none" ? nil : PersonID(id), ctx)
        }
    }

    private func assign(_ tutorID: PersonID?, _ ctx: AppContext) -> Outcome {
        let name = tutorID.flatMap { id in picker.items.first { $0.id == String(id) }?.title } ?? ""
        if bulk {
            do {
                let outcome = try ctx.store.assignTutor(ctx.viewer, targets.map { ($0.routeID, $0.version) }, tutorID: tutorID)
                return .done(.message(outcome.summary(ctx.language), outcome.refused.isEmpty ? .info : .warning),
                             changed: !outcome.changed.isEmpty)
            } catch { return .done(.message(ctx.describe(error), .error), changed: false) }
        }
        let t = targets[0]
        do {
            let route = try ctx.store.assignTutor(ctx.viewer, routeID: t.routeID, expectedVersion: t.version, tutorID: tutorID)
            if route.version == t.version { return .done(.message(ctx.t("Без изменений", "Unchanged"), .info), changed: false) }
            let text = tutorID == nil ? ctx.t("Тьютор снят: ", "Tutor removed: ") + t.personName
                : ctx.t("Тьютор назначен: ", "Tutor assigned: ") + name + " → " + t.personName
            return .done(.message(text, .info), changed: true)
        } catch {
            return .done(.message(ctx.describe(error), .error), changed: false)
        }
    }

    mutating func render(into painter: Painter) { picker.render(into: painter) }
}
