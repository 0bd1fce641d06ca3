import Domain
import Storage

/// `metodist export programmes --format csv|md [--excel]`: the ДПП catalog
/// (not retired), by title, with the columns of `ProgrammeImport`.
public enum ProgrammeExport {
    static let header: [Phrase] = [
        Phrase("название", "title"), Phrase("организатор", "provider"), Phrase("вид", "kind"), Phrase("часы", "hours"),
        Phrase("формат", "format"), Phrase("в реестре", "in registry"), Phrase("компетенции", "competences"),
    ]

    /// Exit code 0 (the catalog is open to every user), 2 on a database error.
    public static func run(_ store: any ExportSource & Session, viewer: Viewer, format: ExportFormat, excel: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        let t = { (ru: String, en: String) in language == .ru ? ru : en }
        var rows: [[String]] = []
        do {
            for p in try store.exportedProgrammes() {
                rows.append([
                    p.title, p.provider, p.kind.label.text(language),
                    String(p.hours), p.format.label.text(language),
                    p.inRegistry ? t("да", "yes") : t("нет", "no"), p.competenceCodes.joined(separator: ", "),
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
