import Domain
import Storage

/// `metodist export people --format csv|md [--excel] [--municipality M]`:
/// the people the viewer sees, in name order, with the columns of
/// `PeopleImport` — so an export loads back into another database as the
/// same people.
public enum PeopleExport {
    /// The columns, in both languages; each is a name `PeopleImport` knows.
    static let header: [Phrase] = [
        Phrase("логин", "login"), Phrase("ФИО", "full name"), Phrase("организация", "organization"),
        Phrase("муниципалитет", "municipality"), Phrase("должность", "position"), Phrase("предметы", "subjects"),
        Phrase("категория", "category"), Phrase("дата рождения", "birth date"), Phrase("стаж с", "teaching since"),
        Phrase("роли", "roles"), Phrase("направления", "directions"),
    ]

    /// Exit code 0; 2 when the viewer may not see people or the
    /// municipality (name or number) is unknown.
    public static func run(_ store: any ExportSource & Session, viewer: Viewer, municipality: String? = nil, format: ExportFormat,
                           excel: Bool = false, language: Language = .ru) -> ExchangeReport {
        guard viewer.can(.seePeople) else {
            return ExchangeReport(lines: [StoreError.forbidden(Action.seePeople.label).message.text(language)], exitCode: 2)
        }
        var rows: [[String]] = []
        do {
            var narrowed: MunicipalityID?
            if let text = municipality {
                switch ImportPlaces(try store.importPlaces()).municipality(text, field: "--municipality") {
                case .failure(let p):
                    return ExchangeReport(lines: ["--municipality: " + p.reason.text(language)], exitCode: 2)
                case .success(let id): narrowed = id
                }
            }
            let date = { (d: Day?) in d.map { language == .ru ? $0.russian : $0.iso } ?? "" }
            for p in try store.exportedPeople(viewer, municipality: narrowed) {
                rows.append([
                    p.login, p.fullName, p.organization, p.municipality, p.position,
                    Codecs.list(p.subjects),
                    p.category.label.text(language),
                    date(p.birthDate), date(p.teachingSince),
                    p.roles.sorted().map { $0.label.text(language) }.joined(separator: ", "),
                    Codecs.ints(p.directions).replacingOccurrences(of: ",", with: ", "),
                ])
            }
        } catch {
            return .failure(error, language)
        }
        let t = { (ru: String, en: String) in language == .ru ? ru : en }
        let output = ExportDocument.render(
            head: header.map { $0.text(language) }, rows: rows, format: format, excel: excel,
            title: t("Работники", "People"),
            meta: t("Выгрузил: ", "Exported by: ") + viewer.fullName + " · " + store.today().russian + " · "
                + t("работников: ", "people: ") + String(rows.count))
        return ExchangeReport(lines: [t("Работников выгружено: \(rows.count)", "People exported: \(rows.count)")],
                              output: output, exitCode: 0, count: rows.count)
    }
}
