import Domain
import Storage
import Foundation

/// `metodist import requests FILE.csv`: requests for targeted help from a
/// spreadsheet, all rows or none.
///
/// The first line names the columns (any order, case and ё do not matter):
///
/// | column                                  | value                                              |
/// |-----------------------------------------|----------------------------------------------------|
/// | `логин` (`логин автора`, `автор`, `login`) | the login of the teacher who asks                  |
/// | `организация` (`школа`, `organization`) | the school's exact name or number, when a school asks |
/// | `текст` (`запрос`, `text`)              | the request, required; may span lines in quotes    |
/// | `направление` (`direction`)             | 1–19, optional                                     |
/// | `дата` (`date`)                         | ДД.ММ.ГГГГ or ГГГГ-ММ-ДД, optional (today), not in the future |
///
/// Each row needs a login or an organization (both: the teacher must work
/// there). A row that repeats a request already in the database (same
/// author or school, date and text) or in the file is refused, so running
/// the same file twice never doubles the inbox.
public enum RequestImport {
    enum ColumnKind: CaseIterable { case login, organization, text, direction, date }

    static let names: [ColumnKind: [String]] = [
        .login: ["логин", "логин автора", "автор", "login", "author"],
        .organization: ["организация", "школа", "организация автора", "organization", "school"],
        .text: ["текст", "запрос", "текст запроса", "text"],
        .direction: ["направление", "direction"],
        .date: ["дата", "дата запроса", "date"],
    ]

    /// Reads `path` and imports it. Exit code 0: imported (or checked, with
    /// `dryRun`); 1: the file is refused, nothing written, every bad line
    /// named; 2: the file cannot be read or the actor may not import.
    public static func run(_ store: any ImportSink, actor: Viewer?, path: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(RequestImporter.self, store, actor: actor, path: path, dryRun: dryRun, language: language)
    }

    /// Imports CSV bytes (see the type's documentation for the columns).
    public static func run(_ store: any ImportSink, actor: Viewer?, data: Data, fileName: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(RequestImporter.self, store, actor: actor, data: data, fileName: fileName, dryRun: dryRun,
                         language: language)
    }

    /// Which column holds what; unknown or repeated columns are refused (a
    /// misspelt header must not drop a column silently).
    static func mapHeader(_ header: [String]) -> Result<[ColumnKind: Int], Refusal> {
        var columns: [ColumnKind: Int] = [:]
        for (i, raw) in header.map(ImportText.clean).enumerated() {  // titles are echoed in messages: no escape sequences
            let name = SearchKey.fold(raw).trimmed(" ")
            if name.isEmpty { continue }
            guard let kind = ColumnKind.allCases.first(where: { names[$0]?.contains(name) ?? false }) else {
                return .failure(Refusal("неизвестный столбец «\(raw)»; известны: \(knownColumns)",
                                       "unknown column “\(raw)”; known: \(knownColumns)"))
            }
            if columns[kind] != nil {
                return .failure(Refusal("столбец «\(raw)» повторяется", "the column “\(raw)” appears twice"))
            }
            columns[kind] = i
        }
        guard columns[.text] != nil else {
            return .failure(Refusal("нет столбца «текст»; известны: \(knownColumns)", "no “текст” (text) column; known: \(knownColumns)"))
        }
        guard columns[.login] != nil || columns[.organization] != nil else {
            return .failure(Refusal("нужен столбец «логин» или «организация»", "a “логин” (login) or “организация” (organization) column is needed"))
        }
        return .success(columns)
    }

    static var knownColumns: String {
        ColumnKind.allCases.compactMap { names[$0]?.first }.joined(separator: ", ")
    }
}

/// Requests through the shared import loop (ImportRunner). A municipal
/// methodist may load the paper requests of their municipality: loading
/// requests is triage work as much as data import.
struct RequestImporter: TableImporter {
    static let noun = Phrase("запросов", "request(s)")
    let store: any ImportSink
    let actor: Viewer?
    var resolver: RequestRowResolver

    static func mayImport(_ actor: Viewer) -> Bool { actor.can(.importData) || actor.can(.triageRequests) }

    static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<RequestImporter, Refusal> {
        RequestImport.mapHeader(header).map { columns in
            RequestImporter(store: store, actor: actor,
                            resolver: RequestRowResolver(store: store, actor: actor, columns: columns, today: store.today()))
        }
    }

    mutating func resolve(_ record: CSVRecord) throws -> Result<RequestRowResolver.Resolved, ImportProblem> {
        try resolver.resolve(record).mapError { ImportProblem(nil, $0) }
    }

    mutating func apply(_ rows: [RequestRowResolver.Resolved]) throws -> Phrase? {
        try store.writeImportedRequests(rows, actor: actor)
        return nil
    }
}
