import Domain
import Storage

/// `metodist export audit --format csv|md`: the audit log under an
/// `AuditQuery` (person, entity, dates, text), newest first, read a page
/// at a time. Administrators and coordinators only.
public enum AuditExport {
    static let header: [Phrase] = [
        Phrase("№", "#"), Phrase("когда", "when"), Phrase("кто", "who"), Phrase("логин", "login"),
        Phrase("объект", "entity"), Phrase("номер", "id"), Phrase("действие", "action"), Phrase("изменение", "change"),
        Phrase("было", "before"), Phrase("стало", "after"),
    ]

    /// Renders the export (see `RequestExport.run` for `excel`).
    /// Exit code 0, or 2 when the viewer may not see the audit log.
    public static func run(_ store: any AuditStore & Session, viewer: Viewer, query: AuditQuery, format: RequestExport.Format,
                           excel: Bool = false, language: Language = .ru) -> ExchangeReport {
        var rows: [[String]] = []
        do {
            try store.auditAll(viewer, query, pageSize: 1000) { page in rows += page.map { fields($0, language: language) } }
        } catch {
            return .failure(error, language)
        }
        let head = header.map { $0.text(language) }
        let output: String
        switch format {
        case .csv:
            output = ExportDocument.csv(head: head, rows: rows, excel: excel)
        case .md:
            output = markdown(head: head, rows: rows, viewer: viewer, today: store.today(), language: language)
        }
        let note = language == .ru ? "Записей журнала выгружено: \(rows.count)" : "Audit entries exported: \(rows.count)"
        return ExchangeReport(lines: [note], output: output, exitCode: 0, count: rows.count)
    }

    static func fields(_ row: AuditRow, language: Language) -> [String] {
        let e = row.entry
        let clean = RequestExport.clean
        return [
            String(e.id), AuditText.when(e.at), clean(row.actorName), clean(e.actorLogin),
            AuditText.entity(e.entity).text(language), e.entityID.map(String.init) ?? "",
            AuditText.action(e.action).text(language), clean(row.summary.text(language)),
            clean(e.before), clean(e.after),
        ]
    }

    static func markdown(head: [String], rows: [[String]], viewer: Viewer, today: Day, language: Language) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        // The md table leaves out the raw before/after: the change column says it.
        let shown = head.prefix(8)
        var out = [language == .ru ? "# Журнал изменений" : "# Audit log", ""]
        out.append((language == .ru ? "Выгрузил: " : "Exported by: ") + RequestExport.clean(viewer.fullName) + " · " + today.russian
                   + " · " + (language == .ru ? "записей: " : "entries: ") + String(rows.count))
        out.append("")
        out.append("| " + shown.joined(separator: " | ") + " |")
        out.append("|" + shown.map { _ in "---" }.joined(separator: "|") + "|")
        for r in rows { out.append("| " + r.prefix(8).map(cell).joined(separator: " | ") + " |") }
        return out.joined(separator: "\n") + "\n"
    }
}
