import Domain
import Storage

/// A person's card: who they are, roles, route and its progress, open
/// deficits, mentor and mentees, latest requests. Drawn over the whole tab;
/// `r` edits the roles (administrators; others get a clear refusal); `t`
/// assigns, changes or removes the tutor of the route (methodists, coordinators).
///
/// Entry point for any view (people list, dashboard drill-down):
///
///     card = PersonCard(personID: id, ctx)          // reads the store once
///     card.handle(event, ctx)  -> ViewResult        // Esc/q/Enter close
///     card.render(painter, ctx)
///     if card.closed { card = nil }
final class PersonCard {
    let personID: PersonID
    private(set) var dossier: PersonDossier?
    private(set) var loadError: String?
    /// Esc was pressed: the owner drops the card.
    private(set) var closed = false
    var roleEditor: RoleEditor?
    var assigner: TutorAssigner?

    init(personID: PersonID, _ ctx: AppContext) {
        self.personID = personID
        canAssignTutor = ctx.viewer.can(.assignTutors)
        reload(ctx)
    }

    func reload(_ ctx: AppContext) {
        do {
            dossier = try ctx.store.personDossier(ctx.viewer, id: personID)
            loadError = dossier == nil ? ctx.t("Работник не найден или недоступен", "The person is not found or not visible") : nil
        } catch {
            dossier = nil
            loadError = ctx.describe(error)
        }
    }

    var bindings: [KeyBinding] {
        if roleEditor != nil { return RoleEditor.bindings }
        let a = KeyBinding.Groups.actions
        return [
            KeyBinding("card.close", keys: [.escape, .char("q"), .enter], label: Phrase("Закрыть карточку", "Close the card"), group: a),
            KeyBinding("card.roles", keys: [.char("r")], label: Phrase("Изменить роли (администратор)", "Edit roles (administrator)"), group: a),
        ] + (canAssignTutor ? [PersonCard.assignBinding] : [])
    }

    static let assignBinding = KeyBinding("card.tutor", keys: [.char("t")], label: Phrase("Назначить тьютора", "Assign a tutor"),
                                          group: KeyBinding.Groups.actions)

    /// The picker's candidates once read in the background; nil when nothing came.
    func idle(_ ctx: AppContext) -> ViewResult? {
        guard var a = assigner, let outcome = a.idle(ctx) else { return nil }
        return settle(&a, outcome, ctx)
    }
    var isReadingTutors: Bool { assigner?.isReading ?? false }
    func waitForTutors() { assigner?.waitForCandidates() }

    /// For a view hosting the card: its idle tick (true: draw again), and what it ended in.
    func idleTick(_ ctx: AppContext) -> Bool {
        guard let result = idle(ctx) else { return false }
        idleMessage = result
        return true
    }
    func takeIdleMessage() -> ViewResult? { defer { idleMessage = nil }; return idleMessage }
    private var idleMessage: ViewResult?

    private func settle(_ a: inout TutorAssigner, _ outcome: TutorAssigner.Outcome, _ ctx: AppContext) -> ViewResult {
        switch outcome {
        case .pending: assigner = a; return .handled
        case .cancelled: assigner = nil; return .handled
        case .done(let result, _):
            assigner = nil
            reload(ctx)   // the tutor's name, or the fresh version after a conflict
            return result
        }
    }

    /// Methodists and coordinators (the store checks the scope and the route).
    private var canAssignTutor = false

    var isEditing: Bool { roleEditor != nil || assigner != nil }

    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult {
        if var a = assigner { return settle(&a, a.handle(event, ctx), ctx) }
        if var editor = roleEditor {
            switch editor.handle(event) {
            case .pending: roleEditor = editor; return .handled
            case .cancelled: roleEditor = nil; return .handled
            case .save(let roles):
                // Closes only once saved: after a conflict or a busy database the ticks stay.
                let (result, saved) = saveRoles(roles, ctx)
                roleEditor = saved ? nil : editor
                return result
            }
        }
        guard case .key(let key) = event else { return .handled }
        if let action = KeyBinding.action(for: key, in: bindings) { return perform(action, ctx) }
        return .unhandled   // help, palette and tab keys stay global
    }

    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        switch action {
        case "card.close": closed = true; return .handled
        case "card.tutor":
            guard canAssignTutor else { return .unhandled }
            guard let d = dossier else { return .handled }
            var target = TutorTarget(routeID: d.route?.id, version: d.route?.version ?? 0, personID: personID,
                                     personName: d.person.fullName, tutorID: d.route?.tutorID)
            // Without a route, the tutor of the caseload who will build it.
            if d.route == nil { target.tutorID = (try? ctx.store.caseloadTutor(ctx.viewer, personID: personID))??.id }
            switch TutorAssigner.open([target], ctx) {
            case .success(let a): assigner = a; return .handled
            case .failure(let r): return .message(ctx.t(r.reason), .warning)
            }
        case "card.roles":
            guard ctx.viewer.can(.editRoles) else {
                return .message(ctx.t("Роли меняет только администратор", "Only an administrator can change roles"), .error)
            }
            guard let d = dossier else { return .handled }
            roleEditor = RoleEditor(roles: d.person.roles, name: d.person.fullName, language: ctx.language)
            return .handled
        default: return .unhandled
        }
    }

    /// The outcome, and whether the roles were saved (or already so).
    private func saveRoles(_ roles: Set<Role>, _ ctx: AppContext) -> (ViewResult, saved: Bool) {
        guard let d = dossier else { return (.handled, true) }
        if roles == d.person.roles { return (.message(ctx.t("Роли не изменились", "Roles unchanged"), .info), true) }
        do {
            try ctx.store.setRoles(ctx.viewer, personID: personID, expectedVersion: d.person.version, roles: roles)
            reload(ctx)
            return (.message(ctx.t("Роли сохранены", "Roles saved"), .info), true)
        } catch {
            reload(ctx)   // a conflict shows the fresh data; the next Enter saves over it
            return (.message(ctx.describe(error), .error), false)
        }
    }

    func render(_ painter: Painter, _ ctx: AppContext) {
        let outer = Rect(x: 0, y: 0, width: painter.width, height: painter.height)
        let width = painter.width >= 120 ? min(painter.width - 4, 160) : painter.width
        // Wide: as tall as the content (plus borders, a gap and the hints), centred.
        let content = dossier.map { PersonCardLayout(dossier: $0, ctx: ctx).wideHeight } ?? 1
        let height = painter.width >= 120 ? min(painter.height - 2, content + 4) : painter.height
        let area = painter.sub(Layout.centered(in: outer, width: width, height: height))
        area.fill(role: .dialog)
        area.box(title: dossier?.person.fullName ?? ctx.t("Карточка работника", "Person"), role: .border, titleRole: .dialogTitle)
        guard area.width > 6, area.height > 3 else { return }
        let inner = area.sub(Rect(x: 2, y: 1, width: area.width - 4, height: area.height - 3))
        if let d = dossier {
            PersonCardLayout(dossier: d, ctx: ctx).render(into: inner)
        } else {
            inner.text(loadError ?? "", y: 0, role: .danger)
        }
        let bound = ctx.viewer.can(.editRoles) ? bindings : bindings.filter { $0.action != "card.roles" }
        KeyHintRow.renderDotted([KeyHint("card.close", label: Phrase("закрыть", "close")), KeyHint("card.roles", label: Phrase("роли", "roles")),
                                 KeyHint("card.tutor", label: Phrase("тьютор", "tutor"))],
                                bindings: bound, into: area.sub(Rect(x: 1, y: area.height - 2, width: area.width - 2, height: 1)), y: 0,
                                language: ctx.language)
        if var editor = roleEditor { editor.render(into: painter); roleEditor = editor }
        if var a = assigner { a.render(into: painter); assigner = a }
    }
}
