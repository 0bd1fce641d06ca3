import Domain

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
    public static func run(_ store: SQLiteStore, viewer: Viewer, municipality: String? = nil, format: ExportFormat,
                           excel: Bool = false, language: Language = .ru) -> ExchangeReport {
        guard viewer.can(.seePeople) else {
            return ExchangeReport(lines: [StoreError.forbidden(Action.seePeople.label).message.text(language)], exitCode: 2)
        }
        var rows: [[String]] = []
        do {
            var conditions = [Visibility.peopleRows(viewer)]
            if let text = municipality {
                switch try ImportPlaces(store.db).municipality(text, field: "--municipality") {
                case .failure(let p):
                    return ExchangeReport(lines: ["--municipality: " + p.reason.text(language)], exitCode: 2)
                case .success(let id): conditions.append(Visibility.Predicate(sql: "p.municipality_id = ?", params: [id]))
                }
            }
            let date = { (d: Day?) in d.map { language == .ru ? $0.russian : $0.iso } ?? "" }
            try store.db.forEach("""
                SELECT p.login, p.full_name, coalesce(o.name, ''), coalesce(m.name, ''), p.position, p.subjects, p.category,
                       p.birth_date, p.teaching_since, p.roles, p.directions
                FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
                LEFT JOIN municipalities m ON m.id = p.municipality_id
                WHERE \(conditions.map(\.sql).joined(separator: " AND ")) ORDER BY p.name_key, p.id
                """, conditions.flatMap(\.params)) { r in
                rows.append([
                    r.string(0), r.string(1), r.string(2), r.string(3), r.string(4),
                    Codecs.list(Codecs.list(r.string(5))),
                    (QualificationCategory(rawValue: r.string(6)) ?? .none).label.text(language),
                    date(r.day(7)), date(r.day(8)),
                    Codecs.roles(r.int(9)).sorted().map { $0.label.text(language) }.joined(separator: ", "),
                    Codecs.ints(Codecs.ints(r.string(10))).replacingOccurrences(of: ",", with: ", "),
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
