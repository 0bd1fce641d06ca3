import Domain
import Storage

/// A table rendered as `export KIND --format csv|md`, the way
/// `RequestExport` renders its own: CSV (`excel`: a BOM, `;`, CRLF and
/// formula-like cells guarded, what Excel with a Russian locale opens
/// directly; plain: UTF-8, `,`, CRLF) or a Markdown document with a title.
public enum ExportFormat: String, Sendable, CaseIterable { case csv, md }

enum ExportDocument {
    static func render(head: [String], rows: [[String]], format: ExportFormat, excel: Bool,
                       title: String, meta: String) -> String {
        switch format {
        case .csv:
            return csv(head: head, rows: rows, excel: excel)
        case .md:
            func cell(_ s: String) -> String {
                RequestExport.clean(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                    .split(whereSeparator: \.isNewline).joined(separator: " ")
            }
            var out = ["# " + title, "", RequestExport.clean(meta), ""]
            out.append("| " + head.joined(separator: " | ") + " |")
            out.append("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
            for r in rows { out.append("| " + r.map(cell).joined(separator: " | ") + " |") }
            return out.joined(separator: "\n") + "\n"
        }
    }

    /// The CSV of every export: plain UTF-8 with `,`, or (`excel`) a BOM,
    /// `;` and formula-like cells guarded; CRLF either way.
    static func csv(head: [String], rows: [[String]], excel: Bool) -> String {
        let delimiter: Character = excel ? ";" : ","
        let lines = ([head] + rows).map { CSV.record($0.map(RequestExport.clean), delimiter: delimiter, guardFormulas: excel) }
        return (excel ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }
}
