import Domain
import Storage

/// Where the people list is narrowed to: the region, a municipality, an
/// organization in it. Holds the open picker; Esc widens one level.
struct PeopleNarrowing {
    enum PickerKind { case municipality, organization }

    private(set) var municipality: Municipality?
    private(set) var organization: OrganizationSummary?
    private(set) var picker: Picker?
    private var pickerKind = PickerKind.municipality
    private var municipalities: [Municipality] = []
    private var organizations: [OrganizationSummary] = []
    /// After a municipality is picked, go on to its organizations (`o` pressed first).
    private var thenOrganization = false

    /// Widens one level; false when already the whole list.
    mutating func widen() -> Bool {
        if organization != nil { organization = nil; return true }
        if municipality != nil { municipality = nil; return true }
        return false
    }

    mutating func pickMunicipality(_ ctx: AppContext) -> ViewResult {
        do {
            municipalities = try ctx.store.browsableMunicipalities(ctx.viewer)
        } catch { return .message(ctx.describe(error), .error) }
        guard !municipalities.isEmpty else {
            return .message(ctx.t("Нет муниципалитетов, доступных для выбора", "No municipality to choose"), .warning)
        }
        pickerKind = .municipality
        picker = Picker(title: ctx.t("Муниципалитет", "Municipality"),
                        items: municipalities.map { PickerItem(id: String($0.id), title: $0.name, detail: $0.kind.rawValue) },
                        selectedID: municipality.map { String($0.id) }, language: ctx.language)
        return .handled
    }

    mutating func pickOrganization(_ ctx: AppContext) -> ViewResult {
        guard let m = municipality ?? ownMunicipality(ctx) else {
            thenOrganization = true
            return pickMunicipality(ctx)
        }
        municipality = m
        do {
            organizations = try ctx.store.organizations(ctx.viewer, municipalityID: m.id)
        } catch { return .message(ctx.describe(error), .error) }
        guard !organizations.isEmpty else {
            return .message(ctx.t("В муниципалитете нет организаций", "The municipality has no organizations"), .warning)
        }
        pickerKind = .organization
        let legend = organizations.first.map { $0.teachers >= 0 } == true ? ctx.t(" (пед. · мол. · ИОМ)", " (teachers · young · routes)") : ""
        picker = Picker(title: ctx.t("Организация: ", "Organization: ") + m.name + legend,
                        items: organizations.map { PickerItem(id: String($0.id), title: $0.name, detail: counts($0, ctx)) },
                        selectedID: organization.map { String($0.id) }, language: ctx.language)
        return .handled
    }

    /// A methodist's own municipality: narrowing to organizations needs no first step.
    private func ownMunicipality(_ ctx: AppContext) -> Municipality? {
        guard !ctx.viewer.seesRegion, let own = ctx.viewer.municipalityID else { return nil }
        return (try? ctx.store.browsableMunicipalities(ctx.viewer))?.first { $0.id == own }
    }

    private func counts(_ o: OrganizationSummary, _ ctx: AppContext) -> String? {
        guard o.teachers >= 0 else { return nil }
        return "\(o.teachers) · \(o.young) · \(o.withRoute)"
    }

    /// Passes a key to the open picker; `changed` when the narrowing moved.
    mutating func handlePicker(_ event: InputEvent, _ ctx: AppContext) -> (ViewResult, changed: Bool) {
        guard var p = picker else { return (.unhandled, false) }
        switch p.handle(event) {
        case .handled:
            picker = p
            return (.handled, false)
        case .cancelled:
            picker = nil; thenOrganization = false
            return (.handled, false)
        case .picked(let id):
            picker = nil
            switch pickerKind {
            case .municipality:
                municipality = municipalities.first { String($0.id) == id }
                organization = nil
                if thenOrganization { thenOrganization = false; return (pickOrganization(ctx), true) }
            case .organization:
                organization = organizations.first { String($0.id) == id }
            }
            return (.handled, true)
        }
    }

    /// «Регион › Копейский ГО › МОУ «СОШ № 7»» and the keys that change it
    /// (shortened, then dropped, when the path needs the room).
    func renderBreadcrumb(_ painter: Painter, _ ctx: AppContext) {
        var parts = [ctx.viewer.seesRegion ? ctx.t("Регион", "Region") : ctx.t("Доступные", "Visible")]
        if let m = municipality { parts.append(m.name) }
        if let o = organization { parts.append(o.name) }
        let crumb = parts.joined(separator: " › ")
        let back = municipality != nil ? ctx.t(" · Esc назад", " · Esc back") : ""
        let hints = [ctx.t("m муниципалитет · o организация", "m municipality · o organization") + back,
                     ctx.t("m · o", "m · o") + back, ""]
        let room = painter.width - TextWidth.of(crumb) - 4
        let hint = hints.first { TextWidth.of($0) <= room } ?? ""
        painter.text(crumb, x: 1, y: 0, role: .accent, maxWidth: max(1, painter.width - 2))
        if !hint.isEmpty { painter.text(hint, x: painter.width - TextWidth.of(hint) - 1, y: 0, role: .muted) }
    }

    mutating func renderPicker(_ painter: Painter) {
        guard var p = picker else { return }
        p.render(into: painter)
        picker = p
    }
}
