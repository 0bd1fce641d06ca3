import Domain

/// `metodist export programmes --format csv|md [--excel]`: the ДПП catalog
/// (not retired), by title, with the columns of `ProgrammeImport`.
public enum ProgrammeExport {
    static let header: [Phrase] = [
        Phrase("название", "title"), Phrase("организатор", "provider"), Phrase("вид", "kind"), Phrase("часы", "hours"),
        Phrase("формат", "format"), Phrase("в реестре", "in registry"), Phrase("компетенции", "competences"),
    ]

    /// Exit code 0 (the catalog is open to every user), 2 on a database error.
    public static func run(_ store: SQLiteStore, viewer: Viewer, format: ExportFormat, excel: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        let t = { (ru: String, en: String) in language == .ru ? ru : en }
        var rows: [[String]] = []
        do {
            var codes: [ProgrammeID: [String]] = [:]
            try store.db.forEach("""
                SELECT pc.programme_id, c.code FROM programme_competences pc JOIN competences c ON c.id = pc.competence_id
                ORDER BY pc.programme_id, c.id
                """) { codes[$0.int64(0), default: []].append($0.string(1)) }
            try store.db.forEach("""
                SELECT id, title, provider, kind, hours, format, in_registry FROM programmes WHERE retired = 0 ORDER BY title, id
                """) { r in
                rows.append([
                    r.string(1), r.string(2), (ProgrammeKind(rawValue: r.string(3)) ?? .upskilling).label.text(language),
                    String(r.int(4)), (ProgrammeFormat(rawValue: r.string(5)) ?? .inPerson).label.text(language),
                    r.int(6) != 0 ? t("да", "yes") : t("нет", "no"), (codes[r.int64(0)] ?? []).joined(separator: ", "),
                ])
            }
        } catch {
            return .failure(error, language)
        }
        let output = ExportDocument.render(
            head: header.map { $0.text(language) }, rows: rows, format: format, excel: excel,
            title: t("Каталог программ ДПП", "Catalog of ДПП programmes"),
            meta: t("Выгрузил: ", "Exported by: ") + viewer.fullName + " · " + store.today().russian + " · "
                + t("программ: ", "programmes: ") + String(rows.count))
        return ExchangeReport(lines: [t("Программ выгружено: \(rows.count)", "Programmes exported: \(rows.count)")],
                              output: output, exitCode: 0, count: rows.count)
    }
}
