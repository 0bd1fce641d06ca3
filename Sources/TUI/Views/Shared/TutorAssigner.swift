import Domain
import Storage

/// A route the tutor picker acts on, as the list or card showed it; or a
/// person without a route (`routeID` nil), whose caseload tutor will build it.
struct TutorTarget: Equatable {
    var routeID: RouteID?
    /// The version the user saw: a change since is refused, naming who made it
    /// (without a route: the tutor the user saw).
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
/// The candidates are read in the background: a city's thousands of tutors
/// with their loads take a tenth of a second or more on a national file,
/// which no keystroke may wait for. The box opens at once («Подбираем
/// тьюторов…»); keys typed before the list comes are kept and replayed on it
/// (Esc closes at once, as on the list). The host polls `idle` on its idle ticks.
///
///     assigner = TutorAssigner.open(targets, ctx)    // or a message why not
///     assigner.handle(event, ctx) -> .pending / .cancelled / .done(result)
///     assigner.idle(ctx) -> nil (nothing new) or the same outcomes
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
    /// The offered tutors' names by id (the picker's titles carry a municipality).
    private var names: [String: String] = [:]
    /// The candidates being read; nil once they came.
    private var reading: BackgroundRead<[TutorCandidate]>?
    /// Keys that came before the candidates, replayed on them in order.
    private var queued: [InputEvent] = []

    var isReading: Bool { reading != nil }
    func waitForCandidates() { _ = reading?.wait() }

    var bulk: Bool { targets.count > 1 }

    /// The picker, reading its candidates; or the message why there is none (no right).
    static func open(_ targets: [TutorTarget], _ ctx: AppContext) -> Result<TutorAssigner, Refusal> {
        guard let first = targets.first else {
            return .failure(Refusal("Нет маршрута под курсором", "No route under the cursor"))
        }
        guard ctx.viewer.can(.assignTutors) else {
            return .failure(Refusal(Phrase("Нет прав: ", "Not allowed: ").joined(Action.assignTutors.label)))
        }
        let viewer = ctx.viewer, personID = first.personID
        var picker = Picker(title: title(targets, ctx), items: [], language: ctx.language)
        picker.emptyText = ctx.t("Подбираем тьюторов…", "Finding tutors…")
        var assigner = TutorAssigner(targets: targets, picker: picker)
        assigner.reading = BackgroundRead.start(ctx.store, today: ctx.today) { try $0.tutorCandidates(viewer, personID: personID) }
        return .success(assigner)
    }

    private static func title(_ targets: [TutorTarget], _ ctx: AppContext) -> String {
        targets.count > 1 ? ctx.t("Тьютор — отмечено \(targets.count)", "Tutor — \(targets.count) marked")
            : ctx.t("Тьютор — ", "Tutor — ") + (targets.first?.personName ?? "")
    }

    /// The candidates once read: the list filled (the keys typed meanwhile
    /// replayed on it), or the reason there is none. Nil: nothing new.
    mutating func idle(_ ctx: AppContext) -> Outcome? {
        guard let read = reading, let result = read.poll() else { return nil }
        reading = nil
        let candidates: [TutorCandidate]
        switch result {
        case .success(let c): candidates = c
        case .failure(let error): return .done(.message(ctx.describe(error), .error), changed: false)
        }
        var items: [PickerItem] = []
        if targets.contains(where: { $0.tutorID != nil }) {
            items.append(PickerItem(id: "none", title: ctx.t("— снять тьютора —", "— no tutor —")))
        }
        let home = candidates.first?.municipalityID
        items += candidates.map { c in
            let place = c.municipalityID == home ? "" : " · " + c.municipalityName
            return PickerItem(id: String(c.id), title: c.fullName + place, detail: ctx.t(c.loadShort))
        }
        guard !items.isEmpty else {
            return .done(.message(ctx.t("Тьюторов в муниципалитете нет: роль тьютора даёт администратор",
                                        "No tutors in the municipality: an administrator gives the tutor role"), .warning), changed: false)
        }
        picker = Picker(title: TutorAssigner.title(targets, ctx), items: items, selectedID: targets[0].tutorID.map { String($0) },
                        language: ctx.language)
        names = Dictionary(candidates.map { (String($0.id), $0.fullName) }, uniquingKeysWith: { a, _ in a })
        let replay = queued
        queued = []
        for event in replay {
            let outcome = handle(event, ctx)
            if outcome != .pending { return outcome }
        }
        return .pending
    }

    mutating func handle(_ event: InputEvent, _ ctx: AppContext) -> Outcome {
        if reading != nil, let outcome = idle(ctx), outcome != .pending { return outcome }
        if reading != nil {
            if event == .key(.escape) { return .cancelled }   // as on the list: Esc closes the picker
            queued.append(event)
            return .pending
        }
        switch picker.handle(event) {
        case .handled: return .pending
        case .cancelled: return .cancelled
        case .picked(let id): return assign(id == "none" ? nil : PersonID(id), ctx)
        }
    }

    private func assign(_ tutorID: PersonID?, _ ctx: AppContext) -> Outcome {
        let name = tutorID.flatMap { names[String($0)] }.map(TutorAssigner.short) ?? ""
        if bulk {
            let outcome: TutorAssignmentOutcome
            do { outcome = try assignAll(tutorID, ctx) } catch { return .done(.message(ctx.describe(error), .error), changed: false) }
            return .done(.message(outcome.summary(ctx.language), outcome.refused.isEmpty ? .info : .warning),
                         changed: !outcome.changed.isEmpty)
        }
        let t = targets[0]
        do {
            let changed: Bool
            if let routeID = t.routeID {
                changed = try ctx.store.assignTutor(ctx.viewer, routeID: routeID, expectedVersion: t.version, tutorID: tutorID).version != t.version
            } else {
                changed = try ctx.store.assignCaseloadTutor(ctx.viewer, personID: t.personID, expectedTutorID: t.tutorID, tutorID: tutorID)
            }
            if !changed { return .done(.message(ctx.t("Без изменений", "Unchanged"), .info), changed: false) }
            let person = TutorAssigner.short(t.personName)
            let text = tutorID == nil ? person + ctx.t(": тьютор снят", ": tutor removed")
                : person + ctx.t(": тьютор ", ": tutor ") + name
            return .done(.message(text, .info), changed: true)
        } catch {
            return .done(.message(ctx.describe(error), .error), changed: false)
        }
    }

    /// Routes in one write of the store; people without a route one by one.
    private func assignAll(_ tutorID: PersonID?, _ ctx: AppContext) throws -> TutorAssignmentOutcome {
        let routes = targets.compactMap { t in t.routeID.map { ($0, t.version) } }
        var outcome = routes.isEmpty ? TutorAssignmentOutcome() : try ctx.store.assignTutor(ctx.viewer, routes, tutorID: tutorID)
        for t in targets where t.routeID == nil {
            do {
                if try ctx.store.assignCaseloadTutor(ctx.viewer, personID: t.personID, expectedTutorID: t.tutorID, tutorID: tutorID) {
                    outcome.changed.append(t.personID)
                } else { outcome.unchanged.append(t.personID) }
            } catch let e as StoreError { outcome.refused.append(TutorAssignmentOutcome.Refused(id: t.personID, reason: e.message)) }
        }
        return outcome
    }

    mutating func render(into painter: Painter) { picker.render(into: painter) }

    /// «Иванова А. П.»: the status line is short.
    static func short(_ fullName: String) -> String {
        Person(id: 0, login: "", fullName: fullName, organizationID: nil, position: "").shortName
    }
}
