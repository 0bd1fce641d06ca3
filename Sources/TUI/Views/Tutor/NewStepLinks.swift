import Domain
import Storage

/// What a step added by hand is linked to: a catalog item (optional) and the
/// open deficits it addresses. Choosing the item fills the kind, the title
/// (while it is empty or still the previous item's), the hours and the
/// deficits the item develops; the tutor can change each afterwards.
struct NewStepLinks {
    static let none = "-"
    /// Items that develop a competence of an open deficit or answer an open
    /// request, not already in the route, by coverage then title.
    let items: [ProposalCandidate]
    let deficits: [DeficitSummary]
    /// The catalog choice last followed, to know a title the form filled.
    private(set) var followed = NewStepLinks.none

    init(input: ProposalInput?, deficits: [DeficitSummary], existing: [RouteStep], limit: Int = 40) {
        let open = deficits.filter { $0.deficit.status.isOpen }
        self.deficits = open
        let needed = Set(open.map(\.deficit.competenceID))
        let used = Set(existing.filter { $0.status != .skipped }.compactMap(\.catalog))
        var seen = Set<CatalogRef>()
        var scored: [(ProposalCandidate, Int)] = []
        for c in input?.candidates ?? [] {
            guard let ref = c.catalog, !used.contains(ref), seen.insert(ref).inserted else { continue }
            let covers = c.competenceIDs.filter(needed.contains).count + (input?.openRequests.filter(c.answers).count ?? 0)
            if covers > 0 { scored.append((c, covers)) }
        }
        items = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.title < $1.0.title }.prefix(limit).map(\.0)
    }

    static func id(_ ref: CatalogRef) -> String {
        switch ref {
        case .programme(let id): return "programme:\(id)"
        case .site(let id): return "site:\(id)"
        case .practice(let id): return "practice:\(id)"
        case .event(let id): return "event:\(id)"
        }
    }

    func item(_ choice: String?) -> ProposalCandidate? {
        items.first { $0.catalog.map(Self.id) == choice }
    }

    /// The form's two linking fields.
    func fields(_ ctx: AppContext) -> [FormField] {
        var result: [FormField] = []
        if !items.isEmpty {
            let options = [FormChoice(id: Self.none, label: ctx.t("— без каталога —", "— none —"))]
                + items.map { FormChoice(id: Self.id($0.catalog!), label: label($0, ctx)) }
            result.append(.choice("catalog", label: ctx.t("Из каталога", "From the catalog"), options: options))
        }
        if !deficits.isEmpty {
            let options = deficits.map { d in
                FormChoice(id: String(d.id), label: "\(d.competenceCode) \(d.competenceName) · \(ctx.t(d.deficit.severity.label))")
            }
            result.append(.checks("deficits", label: ctx.t("Дефициты", "Deficits"), options: options, lines: min(4, options.count)))
        }
        return result
    }

    private func label(_ c: ProposalCandidate, _ ctx: AppContext) -> String {
        let title = c.kind == .course ? ctx.t("Курс: ", "Course: ") + c.title : c.title
        return c.hours > 0 ? title + " · \(c.hours) " + ctx.t("ч", "h") : title
    }

    /// After a key in the form: when the catalog choice changed, the fields
    /// it decides follow it.
    mutating func follow(in form: inout Form) {
        let choice = form.field("catalog")?.value ?? Self.none
        guard choice != followed else { return }
        let previous = item(followed)
        followed = choice
        guard let c = item(choice) else { return }
        var values = ["kind": c.kind.rawValue, "hours": String(c.hours)]
        let title = form.field("title")?.value ?? ""
        if title.isEmpty || title == previous?.title { values["title"] = c.title }
        let covered = deficits.filter { c.competenceIDs.contains($0.deficit.competenceID) }.map { String($0.id) }
        if !covered.isEmpty { values["deficits"] = covered.joined(separator: ",") }
        form.fill(from: values)
    }

    /// A form filled from a draft already shows what its choice decides.
    mutating func adopt(_ form: Form) { followed = form.field("catalog")?.value ?? Self.none }

    /// The submitted catalog item and deficits, as the step stores them.
    func links(from values: [String: String]) -> (catalog: CatalogRef?, deficitIDs: [DeficitID]) {
        let ticked = Set(FormField.checkedIDs(values["deficits"]).compactMap(Int64.init))
        return (item(values["catalog"])?.catalog, deficits.map(\.id).filter(ticked.contains))
    }
}
