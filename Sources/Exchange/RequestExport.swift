import Domain
import Storage

/// `metodist export requests --format csv|md`: the requests the viewer sees
/// (narrowed by the inbox's filter, `RequestQuery`), in triage order, with
/// the inbox's fields. Read a page at a time.
public enum RequestExport {
    public enum Format: String, Sendable, CaseIterable {
        case csv, md
    }

    /// The columns, in both languages.
    static let header: [Phrase] = [
        Phrase("№", "#"), Phrase("дата", "date"), Phrase("дней", "age"), Phrase("приоритет", "priority"),
        Phrase("статус", "status"), Phrase("направление", "direction"), Phrase("кто просит", "asked by"),
        Phrase("организация", "organization"), Phrase("ШНОР", "low results"), Phrase("молодой педагог", "young teacher"),
        Phrase("исполнитель", "assignee"), Phrase("срок", "due"), Phrase("просрочен", "overdue"), Phrase("текст", "text"),
    ]

    /// Renders the export. `excel`: CSV with a BOM and `;` (what Excel with
    /// a Russian locale opens directly) and formula-like cells guarded.
    /// Exit code 0, or 2 when the viewer may not see requests.
    public static func run(_ store: any TriageStore & Session, viewer: Viewer, query: RequestQuery = RequestQuery(), format: Format,
                           excel: Bool = false, language: Language = .ru) -> ExchangeReport {
        let today = store.today()
        var rows: [[String]] = []
        do {
            var last: TriageRowKey?
            while true {
                let page = try store.triagePage(viewer, query, after: last, limit: 500)
                rows += page.map { fields($0, today: today, language: language) }
                guard page.count == 500, let key = page.last?.key else { break }
                last = key
            }
        } catch {
            return .failure(error, language)
        }
        let head = header.map { $0.text(language) }
        let output: String
        switch format {
        case .csv:
            output = ExportDocument.csv(head: head, rows: rows, excel: excel)
        case .md:
            output = markdown(head: head, rows: rows, viewer: viewer, today: today, language: language)
        }
        let note = language == .ru ? "Запросов выгружено: \(rows.count)" : "Requests exported: \(rows.count)"
        return ExchangeReport(lines: [note], output: output, exitCode: 0, count: rows.count)
    }

    static func fields(_ row: TriageRow, today: Day, language: Language) -> [String] {
        let r = row.request
        let yes = language == .ru ? "да" : "yes"
        return [
            String(r.id), r.createdOn.iso, String(max(0, today.days(since: r.createdOn))), r.priority.label.text(language),
            r.status.label.text(language), r.direction.map(String.init) ?? "",
            clean(row.summary.authorName), clean(row.summary.organizationName),
            row.lowResultsSchool ? yes : "", row.youngAuthor ? yes : "",
            clean(row.summary.assigneeName), r.due?.iso ?? "", r.isOverdue(on: today) ? yes : "", clean(r.text),
        ]
    }

    static func markdown(head: [String], rows: [[String]], viewer: Viewer, today: Day, language: Language) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        var out = [language == .ru ? "# Запросы на адресную методическую помощь" : "# Requests for targeted methodical help", ""]
        out.append((language == .ru ? "Выгрузил: " : "Exported by: ") + clean(viewer.fullName) + " · " + today.russian
                   + " · " + (language == .ru ? "запросов: " : "requests: ") + String(rows.count))
        out.append("")
        out.append("| " + head.joined(separator: " | ") + " |")
        out.append("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
        for r in rows { out.append("| " + r.map(cell).joined(separator: " | ") + " |") }
        return out.joined(separator: "\n") + "\n"
    }

    /// Data text without control characters (an export printed to a
    /// terminal must not carry escape sequences); line breaks and tabs stay.
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { u -> Unicode.Scalar in
            let v = u.value
            if v == 0x0A || v == 0x09 { return u }
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return "\u{FFFD}"
            }
            return u
        }))
    }
}
