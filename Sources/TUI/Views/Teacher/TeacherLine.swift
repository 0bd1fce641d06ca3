import Domain

/// A line of text with a role, for the teacher's panels (header, detail,
/// "what happens next"). Long lines are wrapped when drawn.
struct TeacherLine: Hashable {
    var text: String
    var role: StyleRole
    /// Cells the wrapped continuation lines are indented by.
    var hanging: Int

    init(_ text: String, _ role: StyleRole = .text, hanging: Int = 0) {
        self.text = text; self.role = role; self.hanging = hanging
    }

    static let blank = TeacherLine("")

    /// The lines wrapped to `width` cells (data text sanitized first).
    static func wrap(_ lines: [TeacherLine], width: Int) -> [TeacherLine] {
        guard width > 0 else { return [] }
        var out: [TeacherLine] = []
        for line in lines {
            if line.text.isEmpty { out.append(line); continue }
            for (i, piece) in Sanitizer.lines(line.text).enumerated() {
                let first = i == 0
                let pad = first ? 0 : line.hanging
                let wrapped = TextWidth.wrap(piece, width: max(1, width - line.hanging))
                for (j, w) in wrapped.enumerated() {
                    let indent = (j == 0 && first) ? 0 : line.hanging
                    out.append(TeacherLine(String(repeating: " ", count: (j == 0 ? pad : indent)) + w, line.role))
                }
                if wrapped.isEmpty { out.append(TeacherLine("", line.role)) }
            }
        }
        return out
    }

    /// Draws wrapped lines from `scroll`; answers how many wrapped lines there are.
    @discardableResult
    static func draw(_ lines: [TeacherLine], in painter: Painter, scroll: Int = 0) -> Int {
        let wrapped = wrap(lines, width: painter.width)
        for (row, line) in wrapped.dropFirst(max(0, scroll)).prefix(painter.height).enumerated() {
            painter.text(line.text, y: row, role: line.role)
        }
        return wrapped.count
    }

    /// A box of lines over the screen (a request, a step, a timeline), scrolled by `scroll`; its foot is left for the caller's keys
    /// (answered: the box). The rows it covers are cleared across the screen first: a list column cut
    /// by its sides («24» of a date) is noise.
    @discardableResult
    static func drawBox(title: String, lines: [TeacherLine], scroll: Int, maxWidth: Int = 90, _ painter: Painter) -> Painter {
        let width = max(20, min(painter.width - 4, maxWidth))
        let wrapped = TeacherLine.wrap(lines, width: width - 4)
        let box = Layout.centered(in: Rect(x: 0, y: 0, width: painter.width, height: painter.height), width: width,
                                  height: min(painter.height, wrapped.count + 4))
        painter.sub(Rect(x: 0, y: box.y, width: painter.width, height: box.height)).fill(role: .text)
        let area = painter.sub(box)
        area.fill(role: .dialog)
        area.box(title: title, role: .border, titleRole: .dialogTitle)
        let room = max(1, area.height - 3)
        for (i, line) in wrapped.dropFirst(min(scroll, max(0, wrapped.count - room))).prefix(room).enumerated() {
            area.text(line.text, x: 2, y: i + 1, role: line.role == .text ? .dialog : line.role, maxWidth: width - 4)
        }
        return area
    }
}
