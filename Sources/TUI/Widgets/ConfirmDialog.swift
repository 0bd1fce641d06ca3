import Domain

/// What a key did to a confirmation.
public enum ConfirmOutcome: Hashable, Sendable {
    /// Still open (a key moved the focus, or meant nothing).
    case pending
    case confirmed
    case declined
}

/// A centred question with Да / Нет.
///
/// Keys: `y`/`д` confirm, `n`/`н`/Esc decline, Left/Right/Tab move between
/// the buttons, Enter presses the focused one. A destructive question
/// (delete, reject, discard input) is drawn with the danger role and starts
/// on "Нет", so a habitual Enter never destroys anything: it takes a
/// deliberate `д`/`y`.
public struct ConfirmDialog: Sendable {
    public var title: String?
    public var question: String
    public var destructive: Bool
    public let language: Language
    /// true when "Да" has the focus.
    public private(set) var yesFocused: Bool
    private var buttonRects: (yes: Rect, no: Rect)?

    public init(question: String, title: String? = nil, destructive: Bool = false, language: Language) {
        self.question = question
        self.title = title
        self.destructive = destructive
        self.language = language
        self.yesFocused = !destructive
    }

    private var yesLabel: String { language == .ru ? "Да" : "Yes" }
    private var noLabel: String { language == .ru ? "Нет" : "No" }

    public mutating func handle(_ event: InputEvent) -> ConfirmOutcome {
        switch event {
        case .key(.char(let c)):
            switch Character(c.lowercased()) {
            case "y", "д": return .confirmed
            case "n", "н": return .declined
            case "h", "l": yesFocused.toggle(); return .pending   // not their twins: «д» is «да»
            default: return .pending
            }
        case .key(.escape): return .declined
        case .key(.enter): return yesFocused ? .confirmed : .declined
        case .key(.left), .key(.right), .key(.tab), .key(.backTab):
            yesFocused.toggle()
            return .pending
        case .mouse(let m) where m.button == .left:
            if let r = buttonRects {
                if r.yes.contains(x: m.x, y: m.y) { return .confirmed }
                if r.no.contains(x: m.x, y: m.y) { return .declined }
            }
            return .pending
        default: return .pending
        }
    }

    /// Draws the dialog centred in `painter` (normally the whole screen).
    public mutating func render(into painter: Painter) {
        let border: StyleRole = destructive ? .danger : .border
        let buttons = "[ \(yesLabel) ]   [ \(noLabel) ]"
        let maxInner = max(1, min(painter.width - 6, 60))
        let natural = max(TextWidth.of(Sanitizer.oneLine(question)), TextWidth.of(buttons), TextWidth.of(title ?? "") + 4)
        let innerWidth = max(1, min(maxInner, natural))
        let lines = Sanitizer.lines(question).flatMap { TextWidth.wrap($0, width: innerWidth) }
        let shownLines = Array(lines.prefix(max(1, painter.height - 6)))
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height),
                                  width: innerWidth + 4, height: shownLines.count + 4)
        let p = painter.sub(box)
        guard p.width >= 4, p.height >= 3 else { buttonRects = nil; return }
        p.fill(role: .dialog)
        p.box(title: title, role: border, titleRole: destructive ? .danger : .dialogTitle)
        for (i, line) in shownLines.enumerated() { p.text(line, x: 2, y: 1 + i, role: .dialog, maxWidth: p.width - 4) }

        // Buttons centred on the last inner row; the focused one carries the cursor.
        let yes = "[ \(yesLabel) ]", no = "[ \(noLabel) ]"
        let y = p.height - 2
        let x0 = max(1, (p.width - TextWidth.of(buttons)) / 2)
        let xNo = x0 + TextWidth.of(yes) + 3
        p.text(yes, x: x0, y: y, role: yesFocused ? (destructive ? .danger : .selection) : .dialog)
        p.text(no, x: xNo, y: y, role: yesFocused ? .dialog : .selection)
        buttonRects = (Rect(x: p.rect.x + x0, y: p.rect.y + y, width: TextWidth.of(yes), height: 1),
                       Rect(x: p.rect.x + xNo, y: p.rect.y + y, width: TextWidth.of(no), height: 1))
        p.cursor(x: (yesFocused ? x0 : xNo) + 2, y: y)
    }
}
