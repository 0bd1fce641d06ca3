import Domain

/// A short form in a centred box (evidence for a done step, the reason to
/// skip one, a request for help): a few lines saying what it is for, the
/// fields, and the reason a refused submit was refused, kept in the dialog
/// so nothing typed is lost. Esc with typed text asks first.
struct TeacherDialog {
    enum Purpose: Equatable {
        case done(StepID, version: Int)
        case skip(StepID, version: Int)
        case help(CompetenceID?)
    }

    enum Outcome: Equatable {
        case pending
        case cancelled
        case submitted([String: String])
        /// A key the form has no use for: the view passes it on (FormOutcome.unhandled).
        case unhandled
    }

    var purpose: Purpose
    var title: String
    var intro: [TeacherLine]
    var form: Form
    /// Why the last submit was refused (a rule, a conflict), shown under the form.
    var error: String?
    /// The widest the box grows on a wide screen (a form of long labels asks for more).
    var maxWidth = 84
    private var discard: ConfirmDialog?

    init(purpose: Purpose, title: String, intro: [TeacherLine], fields: [FormField], language: Language) {
        self.purpose = purpose; self.title = title; self.intro = intro
        self.form = Form(fields: fields, language: language)
    }

    var isDirty: Bool { form.isDirty }

    mutating func handle(_ event: InputEvent) -> Outcome {
        if var d = discard {
            switch d.handle(event) {
            case .confirmed: return .cancelled
            case .declined: discard = nil
            case .pending: discard = d
            }
            return .pending
        }
        switch form.handle(event) {
        case .submitted(let values): return .submitted(values)
        case .cancelled: return .cancelled
        case .confirmDiscard:
            discard = DiscardQuestion.dialog(form.language)
            return .pending
        case .invalid, .handled: return .pending
        case .unhandled: return .unhandled
        }
    }

    /// Centred on the screen, or over `pane` (Layout.overPane) when the view
    /// is split: then it takes the column's width, its sides on the borders.
    mutating func render(into painter: Painter, over pane: Rect? = nil) {
        let width = pane.map { min($0.width, painter.width) } ?? max(20, min(painter.width - 4, maxWidth))
        let inner = width - 4
        let introLines = TeacherLine.wrap(intro, width: inner)
        let fieldRows = form.fields.reduce(0) { $0 + $1.rows + ($1.error == nil ? 0 : 1) }
        let errorLines = error.map { TeacherLine.wrap([TeacherLine("✗ " + $0, .danger, hanging: 2)], width: inner) } ?? []
        let wanted = 2 + introLines.count + 1 + fieldRows + 2 + (errorLines.isEmpty ? 0 : errorLines.count + 1)
        let height = min(painter.height, wanted)
        let box = Layout.centered(in: pane ?? Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width, height: height)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: title, role: .border, titleRole: .dialogTitle)
        var y = 1
        for line in introLines where y < area.height - 1 {
            area.text(line.text, x: 2, y: y, role: line.role == .text ? .dialog : line.role, maxWidth: inner)
            y += 1
        }
        y += 1
        let errorHeight = errorLines.isEmpty ? 0 : errorLines.count + 1
        let formHeight = max(1, area.height - 1 - y - errorHeight)
        form.render(into: area.sub(Rect(x: 2, y: y, width: inner, height: formHeight)))
        y += formHeight + 1
        for line in errorLines where y < area.height - 1 {
            area.text(line.text, x: 2, y: y, role: .danger, maxWidth: inner)
            y += 1
        }
        if var d = discard { d.render(into: painter); discard = d }
    }
}
