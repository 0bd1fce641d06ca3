import Domain

/// An option of a choice field.
public struct FormChoice: Hashable, Sendable {
    public var id: String
    public var label: String
    public init(id: String, label: String) { self.id = id; self.label = label }
}

/// One labelled field of a form.
public struct FormField {
    public enum Kind {
        case text
        /// One of a fixed list, changed with Left/Right (or Space, or the first letter).
        case choice([FormChoice])
        /// A calendar date typed as ДД.ММ.ГГГГ or ГГГГ-ММ-ДД; the value is ISO.
        case date
        /// Several lines of free text (Enter, Alt+Enter or Ctrl+J breaks a line).
        case note(lines: Int)
        /// Any number of a list ticked with Space, ↑/↓ moving inside it (and
        /// out of it at its ends); `lines` rows shown, scrolled. The value is
        /// the ticked options' ids joined by commas, in the list's order.
        case checks([FormChoice], lines: Int)
    }

    public let id: String
    public var label: String
    public let kind: Kind
    public var required: Bool
    /// The caller's own rule: a message (in the interface language) or nil when fine.
    public var validator: ((String) -> String?)?
    /// The text of text, date and note fields.
    public var editor: LineEditor
    /// The option of a choice field; the option under the cursor of a checks field.
    public var choiceIndex: Int
    /// The ticked options of a checks field.
    public var ticked: Set<Int> = []
    /// The validation message shown under the field.
    public var error: String?

    init(id: String, label: String, kind: Kind, required: Bool, editor: LineEditor, choiceIndex: Int = 0,
         validator: ((String) -> String?)?) {
        self.id = id; self.label = label; self.kind = kind; self.required = required
        self.editor = editor; self.choiceIndex = choiceIndex; self.validator = validator
    }

    public static func text(_ id: String, label: String, value: String = "", required: Bool = false, maxLength: Int? = 500,
                            placeholder: String = "", validator: ((String) -> String?)? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text, required: required,
                  editor: LineEditor(text: value, maxLength: maxLength, placeholder: placeholder), validator: validator)
    }

    public static func choice(_ id: String, label: String, options: [FormChoice], selected: String? = nil) -> FormField {
        FormField(id: id, label: label, kind: .choice(options), required: false, editor: LineEditor(),
                  choiceIndex: selected.flatMap { s in options.firstIndex { $0.id == s } } ?? 0, validator: nil)
    }

    /// `ticked`: ids of the options ticked at first.
    public static func checks(_ id: String, label: String, options: [FormChoice], ticked: Set<String> = [], lines: Int = 4) -> FormField {
        var f = FormField(id: id, label: label, kind: .checks(options, lines: max(1, lines)), required: false, editor: LineEditor(),
                          validator: nil)
        f.ticked = Set(options.indices.filter { ticked.contains(options[$0].id) })
        return f
    }

    /// `value` may be ISO or Russian. The placeholder defaults to the
    /// expected form in the form's language.
    public static func date(_ id: String, label: String, value: String = "", required: Bool = false, placeholder: String = "",
                            validator: ((String) -> String?)? = nil) -> FormField {
        let shown = Form.parseDate(value)?.russian ?? value
        return FormField(id: id, label: label, kind: .date, required: required,
                         editor: LineEditor(text: shown, maxLength: 10, placeholder: placeholder), validator: validator)
    }

    public static func note(_ id: String, label: String, value: String = "", lines: Int = 3, required: Bool = false,
                            maxLength: Int? = 4000, placeholder: String = "") -> FormField {
        FormField(id: id, label: label, kind: .note(lines: max(1, lines)), required: required,
                  editor: LineEditor(text: value, maxLength: maxLength, placeholder: placeholder, allowsNewlines: true), validator: nil)
    }

    /// The value as returned: trimmed text, the option's id, the date as ISO
    /// (as typed if it is not a date; validation reports that).
    public var value: String {
        switch kind {
        case .choice(let options): return options.indices.contains(choiceIndex) ? options[choiceIndex].id : ""
        case .date:
            let t = editor.text.trimmingWhitespace
            return Form.parseDate(t)?.iso ?? t
        case .text, .note: return editor.text.trimmingWhitespace
        case .checks(let options, _): return options.indices.filter { ticked.contains($0) }.map { options[$0].id }.joined(separator: ",")
        }
    }

    /// The ids a checks field's value names.
    public static func checkedIDs(_ value: String?) -> [String] {
        (value ?? "").split(separator: ",").map(String.init)
    }

    /// Several lines of free text: Enter breaks a line there.
    var isNote: Bool {
        if case .note = kind { return true }
        return false
    }

    var rows: Int {
        switch kind {
        case .note(let n): return n
        case .checks(let options, let n): return max(1, min(n, options.count))
        default: return 1
        }
    }

    var usesEditor: Bool {
        switch kind {
        case .choice, .checks: return false
        default: return true
        }
    }
}

fileprivate extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// What an event did to a form.
public enum FormOutcome: Hashable, Sendable {
    case handled
    /// Submitted and valid: the values by field id.
    case submitted([String: String])
    /// Submit refused: the messages are shown, the first bad field focused.
    case invalid
    /// Esc with nothing typed: close.
    case cancelled
    /// Esc with unsaved input: the app asks ("Отменить ввод?") and calls
    /// `Form` no more if the user agrees, or keeps it open if not.
    case confirmDiscard
    /// A key the form has no use for (a letter no option of a choice field
    /// starts with): the view passes it on, so nothing typed is dropped
    /// silently — «й» there is the Russian layout's `q`, and the app asks
    /// before quitting with the typed text.
    case unhandled
}

/// A vertical list of labelled fields.
///
/// Keys: Tab/↓ next field, Shift+Tab/↑ previous, Enter next (submits on
/// the last field), Ctrl+S submits from anywhere, Esc cancels (asking first
/// when something was typed — see `FormOutcome.confirmDiscard`). A field is
/// checked when left (format only, so tabbing through an empty form does
/// not shout) and all fields on submit (required ones too); the message
/// appears under the field and goes away as soon as the input is fixed.
public struct Form {
    public private(set) var fields: [FormField]
    public private(set) var focus = 0
    public let language: Language
    /// Names this form for drafts kept across a dropped connection
    /// (FormDrafts); nil: derived from the view and the fields.
    public var draftKey: String?
    /// Why the last save failed (a refusal, a conflict, a busy database),
    /// shown above the key hints until the input changes: the caller keeps
    /// the form open, with what was typed, and sets this.
    public var failure: String?
    private let initialValues: [String: String]
    private var scrollRow = 0
    private var fieldRects: [(index: Int, rect: Rect)] = []

    public init(fields: [FormField], language: Language) {
        var fields = fields
        for i in fields.indices {
            if case .date = fields[i].kind, fields[i].editor.placeholder.isEmpty {
                fields[i].editor.placeholder = language == .ru ? "ДД.ММ.ГГГГ" : "DD.MM.YYYY"
            }
        }
        self.fields = fields
        self.language = language
        self.initialValues = Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// All values by field id.
    public var values: [String: String] { Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }) }

    /// Whether anything differs from the initial values (typing and
    /// deleting it again is not a change).
    public var isDirty: Bool { values != initialValues }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    /// The typed text by field id (choices as their option id), for a draft.
    public var draftValues: [String: String] {
        Dictionary(fields.map { ($0.id, $0.usesEditor ? $0.editor.text : $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// Puts a draft's text back into the fields it names (others stay).
    public mutating func fill(from values: [String: String]) {
        for i in fields.indices {
            guard let v = values[fields[i].id] else { continue }
            if case .choice(let options) = fields[i].kind {
                if let j = options.firstIndex(where: { $0.id == v }) { fields[i].choiceIndex = j }
            } else if case .checks(let options, _) = fields[i].kind {
                let ids = Set(FormField.checkedIDs(v))
                fields[i].ticked = Set(options.indices.filter { ids.contains(options[$0].id) })
            } else {
                fields[i].editor.text = v
            }
        }
    }

    // MARK: Dates

    /// `ДД.ММ.ГГГГ` (day and month may have one digit) or `ГГГГ-ММ-ДД`,
    /// a real calendar day; nil otherwise.
    public static func parseDate(_ text: String) -> Day? {
        let t = text.trimmingWhitespace
        if let d = Day(iso: t) { return d }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    // MARK: Validation

    private func message(for field: FormField, submitting: Bool) -> String? {
        let raw = field.usesEditor ? field.editor.text.trimmingWhitespace : field.value
        if raw.isEmpty {
            return submitting && field.required ? (language == .ru ? "Заполните это поле" : "This field is required") : nil
        }
        if case .date = field.kind, Form.parseDate(raw) == nil {
            return language == .ru ? "Дата в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД" : "A date as DD.MM.YYYY or YYYY-MM-DD"
        }
        return field.validator?(field.value)
    }

    /// Checks every field (as on submit); true when all are valid.
    @discardableResult
    public mutating func validate() -> Bool {
        for i in fields.indices { fields[i].error = message(for: fields[i], submitting: true) }
        if let bad = fields.firstIndex(where: { $0.error != nil }) { focus = bad; return false }
        return true
    }

    private mutating func submit() -> FormOutcome {
        validate() ? .submitted(values) : .invalid
    }

    private mutating func moveFocus(to i: Int) {
        guard fields.indices.contains(focus), fields.indices.contains(i), i != focus else { return }
        fields[focus].error = message(for: fields[focus], submitting: false)
        focus = i
    }

    // MARK: Input

    public mutating func handle(_ event: InputEvent) -> FormOutcome {
        guard !fields.isEmpty else {
            if case .key(.escape) = event { return .cancelled }
            return .handled
        }
        if case .checks(let options, _) = fields[focus].kind, case .key(let key) = event, handleChecks(key, count: options.count) {
            return .handled
        }
        switch event {
        case .key(.tab), .key(.down): moveFocus(to: min(focus + 1, fields.count - 1)); return .handled
        case .key(.backTab), .key(.up): moveFocus(to: max(focus - 1, 0)); return .handled
        case .key(.enter) where fields[focus].isNote:
            // A note is free text: Enter breaks the line, as in any text box;
            // Tab moves on (the hint says so). Nothing typed next can land elsewhere.
            if fields[focus].editor.insert("\n") == .changed { failure = nil }
            return .handled
        case .key(.enter):
            if focus == fields.count - 1 { return submit() }
            moveFocus(to: focus + 1)
            return .handled
        case .key(.ctrl("s")): return submit()
        case .key(.escape): return isDirty ? .confirmDiscard : .cancelled
        case .mouse(let m) where m.button == .left:
            if let hit = fieldRects.first(where: { $0.rect.contains(x: m.x, y: m.y) }) { moveFocus(to: hit.index) }
            return .handled
        default: break
        }
        if case .choice(let options) = fields[focus].kind {
            guard !options.isEmpty, case .key(let key) = event else { return .handled }
            let n = options.count
            let before = fields[focus].choiceIndex
            switch key {
            case .left: fields[focus].choiceIndex = (fields[focus].choiceIndex + n - 1) % n
            case .right, .char(" "): fields[focus].choiceIndex = (fields[focus].choiceIndex + 1) % n
            case .home: fields[focus].choiceIndex = 0
            case .end: fields[focus].choiceIndex = n - 1
            case .char(let c):
                // The next option starting with the typed letter; none: not the form's key.
                let f = Fuzzy.fold(c)
                guard let j = (1...n).map({ (fields[focus].choiceIndex + $0) % n })
                    .first(where: { options[$0].label.first.map(Fuzzy.fold) == f }) else { return .unhandled }
                fields[focus].choiceIndex = j
            default: break
            }
            if fields[focus].choiceIndex != before { failure = nil }
            return .handled
        }
        if fields[focus].editor.handle(event) == .changed {
            failure = nil
            if fields[focus].error != nil {
                fields[focus].error = message(for: fields[focus], submitting: true)   // clear it as soon as it is fixed
            }
        }
        return .handled
    }

    /// Space ticks; ↑/↓ move inside the list, and leave it at its ends (false: not the list's key).
    private mutating func handleChecks(_ key: Key, count: Int) -> Bool {
        guard count > 0 else { return false }
        switch key {
        case .char(" "):
            if fields[focus].ticked.remove(fields[focus].choiceIndex) == nil { fields[focus].ticked.insert(fields[focus].choiceIndex) }
            failure = nil
            return true
        case .down where fields[focus].choiceIndex < count - 1: fields[focus].choiceIndex += 1; return true
        case .up where fields[focus].choiceIndex > 0: fields[focus].choiceIndex -= 1; return true
        case .home: fields[focus].choiceIndex = 0; return true
        case .end: fields[focus].choiceIndex = count - 1; return true
        case .char: return true   // typed letters go nowhere in a list of ticks
        default: return false
        }
    }

    // MARK: Drawing

    /// The lines `failure` takes in a form `width` cells wide (at most 3).
    public func failureLines(width: Int) -> [String] {
        guard let failure else { return [] }
        return Array(TextWidth.wrap("✗ " + failure, width: width).prefix(3))
    }

    /// Draws labels on the left, fields on the right, messages under their
    /// fields and a line of key hints at the bottom; scrolls to keep the
    /// focused field visible; puts the terminal cursor in it.
    public mutating func render(into painter: Painter) {
        guard painter.width > 0, painter.height > 0 else { return }
        let inNote = fields.indices.contains(focus) && fields[focus].isNote
        let hint = language == .ru
            ? (inNote ? "Enter — новая строка · Tab — дальше · Ctrl+S — сохранить · Esc — отмена"
                      : "Tab — следующее поле · Ctrl+S — сохранить · Esc — отмена")
            : (inNote ? "Enter new line · Tab next field · Ctrl+S save · Esc cancel" : "Tab next field · Ctrl+S save · Esc cancel")
        let inChecks: Bool = { if fields.indices.contains(focus), case .checks = fields[focus].kind { return true } else { return false } }()
        let hintShown = !inChecks ? hint : (language == .ru ? "Пробел — отметить · ↑↓ — по списку · Tab — дальше · Ctrl+S — сохранить"
                                                             : "Space tick · ↑↓ move · Tab next field · Ctrl+S save")
        let failed = painter.height > 3 ? failureLines(width: painter.width) : []
        let bodyHeight = max(1, (painter.height > 3 ? painter.height - 2 : painter.height) - failed.count)
        let labelWidth = min(fields.reduce(0) { max($0, TextWidth.of($1.label) + ($1.required ? 2 : 0)) }, max(4, painter.width / 3))
        let fieldX = labelWidth + 2
        let fieldWidth = max(1, painter.width - fieldX)

        // Rows each field takes (its message included).
        var starts: [Int] = []
        var y = 0
        for f in fields { starts.append(y); y += f.rows + (f.error == nil ? 0 : 1) }
        if fields.indices.contains(focus) {
            let s = starts[focus], e = s + fields[focus].rows + (fields[focus].error == nil ? 0 : 1)
            if s < scrollRow { scrollRow = s }
            if e > scrollRow + bodyHeight { scrollRow = max(0, e - bodyHeight) }
        }
        scrollRow = max(0, min(scrollRow, max(0, y - bodyHeight)))

        fieldRects = []
        var cursorDrawn = false
        for i in fields.indices {
            let top = starts[i] - scrollRow
            let f = fields[i]
            guard top + f.rows > 0, top < bodyHeight else { continue }
            let focused = i == focus
            let label = f.required ? f.label + " *" : f.label
            painter.text(label, y: top, role: focused ? .accent : .text, maxWidth: labelWidth)
            let visibleRows = min(f.rows, bodyHeight - top)
            let rect = Rect(x: fieldX, y: top, width: fieldWidth, height: max(0, visibleRows))
            fieldRects.append((i, Rect(x: painter.rect.x, y: painter.rect.y + max(0, top), width: painter.width, height: max(1, visibleRows))))
            switch f.kind {
            case .choice(let options):
                let text = options.indices.contains(f.choiceIndex) ? options[f.choiceIndex].label : ""
                let p = painter.sub(rect)
                p.fill(role: focused ? .inputFocused : .input, y: 0)
                p.text("‹ " + text + " ›", y: 0, role: focused ? .inputFocused : .input)
                if focused { p.cursor(x: 2, y: 0); cursorDrawn = true }
            case .date:
                var e = f.editor
                e.render(into: painter.sub(Rect(x: fieldX, y: top, width: min(fieldWidth, 12), height: 1)), focused: focused)
                fields[i].editor = e
                cursorDrawn = cursorDrawn || focused
            case .text:
                var e = f.editor
                e.render(into: painter.sub(rect), focused: focused)
                fields[i].editor = e
                cursorDrawn = cursorDrawn || focused
            case .note:
                var e = f.editor
                if top >= 0 { e.renderArea(into: painter.sub(rect), focused: focused) }
                fields[i].editor = e
                cursorDrawn = cursorDrawn || focused
            case .checks(let options, _):
                let p = painter.sub(rect)
                let first = max(0, min(f.choiceIndex - f.rows + 1, options.count - f.rows))
                for (row, j) in options.indices.dropFirst(first).prefix(f.rows).enumerated() where top + row >= 0 {
                    let onCursor = focused && j == f.choiceIndex
                    let role: StyleRole = onCursor ? .inputFocused : .input
                    p.fill(role: role, y: row)
                    p.text((f.ticked.contains(j) ? "[✓] " : "[ ] ") + options[j].label, y: row, role: role)
                    if onCursor { p.cursor(x: 1, y: row); cursorDrawn = true }
                }
            }
            if let error = f.error, top + f.rows < bodyHeight {
                painter.text("↳ " + error, x: fieldX, y: top + f.rows, role: .danger)
            }
        }
        for (i, line) in failed.enumerated() where bodyHeight + i < painter.height - 1 {
            painter.text(line, y: bodyHeight + i, role: .danger)
        }
        if !cursorDrawn { painter.terminal.hideCursor() }
        // A label cut to its column (a competence's long name) is said whole on the hint line while its field has the focus.
        let cut: String? = fields.indices.contains(focus) && TextWidth.of(fields[focus].label) + (fields[focus].required ? 2 : 0) > labelWidth
            ? fields[focus].label : nil
        if painter.height > 3 { painter.text(cut.map { $0 + " · " + hintShown } ?? hintShown, y: painter.height - 1, role: .muted) }
    }
}
