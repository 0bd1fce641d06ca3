import Domain
import Storage

/// What a picker of the catalogs chooses.
enum CatalogPick: Equatable {
    case competence, municipality, practiceStatus, direction
    /// The host organization of a new internship site.
    case organization
}

/// Retiring or restoring one entry, waiting for a yes.
struct CatalogRetirement {
    var kind: CatalogKind
    var id: Int64
    var version: Int
    var retire: Bool
    var title: String
}

/// The overlay of the catalogs tab.
enum CatalogModal {
    case form(Form, CatalogDraft)
    case confirm(ConfirmDialog, CatalogRetirement)
    case picker(Picker, CatalogPick)
    /// The events' period typed as two dates.
    case range(Form)

    var takesText: Bool {
        switch self {
        case .form, .picker, .range: return true
        case .confirm: return false
        }
    }

    var isDirtyForm: Bool {
        if case .form(let f, _) = self { return f.isDirty }
        return false
    }

    mutating func render(into painter: Painter, forms: CatalogForms, _ ctx: AppContext) {
        switch self {
        case .form(var f, let draft):
            TriageModal.renderForm(&f, title: forms.title(draft), into: painter)
            self = .form(f, draft)
        case .confirm(var d, let r):
            d.render(into: painter)
            self = .confirm(d, r)
        case .picker(var p, let pick):
            p.render(into: painter)
            self = .picker(p, pick)
        case .range(var f):
            TriageModal.renderForm(&f, title: ctx.t("Мероприятия за период", "Events in a period"), into: painter)
            self = .range(f)
        }
    }
}
