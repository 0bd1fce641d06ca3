import Domain
import Storage

/// What a picker of the inbox chooses.
enum TriagePick: Equatable {
    case direction, priority, assignee, status, filterDirection, filterStatus, requester
}

/// What a form of the inbox asks for.
enum TriageEntry: Equatable {
    case due, decline, comment
    case create(Requester)
}

/// The modal on top of the inbox, if any.
enum TriageModal {
    case picker(Picker, TriagePick)
    case form(Form, TriageEntry, title: String)
    /// Esc in a form with typed input: asks before throwing it away.
    case discard(ConfirmDialog, Form, TriageEntry, title: String)
    case route(AuthorRouteOverlay)

    /// Draws the modal centred over `painter` (the view's area).
    mutating func render(into painter: Painter) {
        switch self {
        case .picker(var p, let pick):
            p.render(into: painter)
            self = .picker(p, pick)
        case .form(var f, let entry, let title):
            TriageModal.renderForm(&f, title: title, into: painter)
            self = .form(f, entry, title: title)
        case .discard(var d, var f, let entry, let title):
            TriageModal.renderForm(&f, title: title, into: painter)
            d.render(into: painter)
            self = .discard(d, f, entry, title: title)
        case .route(var r):
            r.render(into: painter)
            self = .route(r)
        }
    }

    static func renderForm(_ form: inout Form, title: String, into painter: Painter) {
        let width = min(painter.width - 2, 72)
        let rows = form.fields.reduce(0) { $0 + $1.rowsShown } + 3 + form.failureLines(width: width - 4).count
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: width, height: min(painter.height - 2, rows + 2))
        let p = painter.sub(box)
        guard p.width > 6, p.height > 3 else { return }
        p.fill(role: .dialog)
        p.box(title: title, role: .border, titleRole: .dialogTitle)
        form.render(into: p.sub(Rect(x: 2, y: 1, width: p.width - 4, height: p.height - 2)))
    }
}

extension FormField {
    /// Rows the field takes in a form, its message included.
    var rowsShown: Int {
        var n = 1
        if case .note(let lines) = kind { n = lines }
        return n + (error == nil ? 0 : 1)
    }
}
