import Domain
import Storage
import Foundation

/// `metodist import diagnostics FILE.csv`: diagnostic results, one row per
/// diagnostic of one person, all rows or none.
///
/// Columns: `логин` (required), `дата` (required, ДД.ММ.ГГГГ or ГГГГ-ММ-ДД,
/// not in the future), `источник` (optional: региональная диагностика —
/// the default —, федеральная оценочная процедура, самооценка, наблюдение
/// урока, конкурс), then one column per competence named by its code
/// (`М1`, `Ц2`, `Пс1` …): a score on the framework's scale, or empty when
/// not scored. A row needs at least one score.
///
/// Each diagnostic is applied by `DeficitRules.reconcile`, in date order:
/// open deficits it scores at or above the threshold are closed, those
/// still under persist with the new score, new scores under the threshold
/// become deficits. An earlier diagnostic never closes a later deficit, and
/// it adds no deficit in a competence a later stored diagnostic has already
/// scored (that score is history). A row repeating a stored diagnostic (or
/// one above it: same person, date and source) is refused, so running a
/// file twice never doubles anything.
public enum DiagnosticsImport {
    public static func run(_ store: any ImportSink, actor: Viewer?, path: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(DiagnosticsImporter.self, store, actor: actor, path: path, dryRun: dryRun, language: language)
    }

    public static func run(_ store: any ImportSink, actor: Viewer?, data: Data, fileName: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(DiagnosticsImporter.self, store, actor: actor, data: data, fileName: fileName, dryRun: dryRun,
                         language: language)
    }
}

struct DiagnosticsImporter: TableImporter {
    enum Column: CaseIterable { case login, date, source }

    static let names: [Column: [String]] = [
        .login: ["логин", "login"],
        .date: ["дата", "date", "дата диагностики"],
        .source: ["источник", "source"],
    ]

    struct Row {
        var line: Int
        var personID: PersonID
        var login: String
        var date: Day
        var source: DiagnosticSource
        var scores: [CompetenceID: Int]
    }

    static var noun: Phrase { Phrase("диагностик", "diagnostics") }

    let store: any ImportSink
    let actor: Viewer?
    let header: ImportHeader<Column>
    /// Competence by column index.
    let scoreColumns: [(index: Int, title: String, competence: Competence)]
    let framework: CompetenceFramework
    let today: Day
    private var seen: [String: Int] = [:]

    static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<DiagnosticsImporter, Refusal> {
        let hint = Phrase("или коды компетенций (М1, Ц2 …)", "or competence codes (М1, Ц2 …)")
        let h: ImportHeader<Column>
        switch ImportHeader<Column>.map(header, names: names, required: [.login, .date], allowRest: true, restHint: hint) {
        case .failure(let why): return .failure(why)
        case .success(let mapped): h = mapped
        }
        let framework = try store.competenceFramework()
        var byCode: [String: Competence] = [:]
        for c in framework.competences { byCode[SearchKey.fold(c.code)] = c }
        var columns: [(index: Int, title: String, competence: Competence)] = []
        for (index, title) in h.rest {
            guard let c = byCode[SearchKey.fold(title)] else {
                let codes = framework.competences.map(\.code).joined(separator: ", ")
                return .failure(Refusal("столбец «\(title)»: нет такого поля и нет компетенции с таким кодом; коды: \(codes)",
                                        "column “\(title)”: no such field and no competence with this code; codes: \(codes)"))
            }
            if columns.contains(where: { $0.competence.id == c.id }) {
                return .failure(Refusal("компетенция «\(title)» повторяется", "the competence “\(title)” appears twice"))
            }
            columns.append((index, title, c))
        }
        guard !columns.isEmpty else {
            return .failure(Refusal("нет ни одного столбца с кодом компетенции (М1, Ц2 …)", "no competence code column (М1, Ц2 …)"))
        }
        return .success(DiagnosticsImporter(store: store, actor: actor, header: h, scoreColumns: columns,
                                            framework: framework, today: store.today()))
    }

    private func title(_ c: Column) -> String { header.title(c, default: DiagnosticsImporter.names[c]?.first ?? "") }

    mutating func resolve(_ record: CSVRecord) throws -> Result<Row, ImportProblem> {
        if let p = header.overflow(record) { return .failure(p) }
        let login = header.value(.login, record)
        guard !login.isEmpty else { return .failure(ImportProblem(title(.login), "пустой логин", "the login is empty")) }
        guard let personID = try store.personID(login: login) else {
            return .failure(ImportProblem(title(.login), "логин «\(login)» не найден", "login “\(login)” not found"))
        }
        let dateText = header.value(.date, record)
        guard !dateText.isEmpty else { return .failure(ImportProblem(title(.date), "пустая дата", "the date is empty")) }
        let date: Day
        switch ImportText.date(dateText, field: title(.date), today: today) {
        case .failure(let p): return .failure(p)
        case .success(let d): date = d
        }
        var source = DiagnosticSource.regional
        let sourceText = header.value(.source, record)
        if !sourceText.isEmpty {
            guard let s = ImportText.labelled(sourceText, DiagnosticSource.self,
                                              synonyms: ["региональная": .regional, "федеральная": .federal, "наблюдение": .lessonObservation]) else {
                return .failure(ImportProblem(title(.source), "«\(sourceText)»: нужен один из: \(ImportText.labels(DiagnosticSource.self))",
                                              "“\(sourceText)”: one of: \(DiagnosticSource.allCases.map(\.label.en).joined(separator: ", "))"))
            }
            source = s
        }
        var scores: [CompetenceID: Int] = [:]
        let scale = framework.scale
        for column in scoreColumns {
            let text = record.fields.indices.contains(column.index) ? ImportText.clean(record.fields[column.index]) : ""
            if text.isEmpty { continue }
            guard let score = Int(text), (scale.minimum...scale.maximum).contains(score) else {
                return .failure(ImportProblem(column.title, "«\(text)»: нужна целая оценка от \(scale.minimum) до \(scale.maximum)",
                                              "“\(text)”: a whole score from \(scale.minimum) to \(scale.maximum) is needed"))
            }
            scores[column.competence.id] = score
        }
        let diagnostic = Diagnostic(id: 0, personID: personID, date: date, source: source, scores: scores)
        if let why = DeficitRules.validate(diagnostic, framework: framework) { return .failure(ImportProblem(nil, why)) }
        let key = "\(personID)|\(date.iso)|\(source.rawValue)"
        if let line = seen[key] {
            return .failure(ImportProblem(nil, "повторяет строку \(line) (тот же логин, дата и источник)",
                                          "repeats line \(line) (same login, date and source)"))
        }
        seen[key] = record.line
        if let id = try store.existingDiagnostic(personID: personID, date: date, source: source) {
            return .failure(ImportProblem(nil, "такая диагностика уже загружена (№\(id)): \(login), \(date.russian)",
                                          "this diagnostic is already stored (#\(id)): \(login), \(date.iso)"))
        }
        return .success(Row(line: record.line, personID: personID, login: login, date: date, source: source, scores: scores))
    }

    mutating func apply(_ rows: [Row]) throws -> Phrase? {
        // In date order: each diagnostic applied by the deficit rule (Storage: DiagnosticReconciler).
        let ordered = rows.sorted(by: { ($0.date, $0.line) < ($1.date, $1.line) }).map {
            (diagnostic: Diagnostic(id: 0, personID: $0.personID, date: $0.date, source: $0.source, scores: $0.scores), login: $0.login)
        }
        let reconciler = try store.writeImportedDiagnostics(ordered, actor: actor, framework: framework)
        return Phrase("  дефицитов: новых — \(reconciler.added), закрыто — \(reconciler.closed), сохраняется — \(reconciler.persisting)",
                      "  deficits: new \(reconciler.added), closed \(reconciler.closed), persisting \(reconciler.persisting)")
    }
}
