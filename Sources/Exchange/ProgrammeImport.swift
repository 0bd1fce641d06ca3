import Domain
import Storage
import Foundation

/// `metodist import programmes FILE.csv`: ДПП programmes for the catalog,
/// all rows or none.
///
/// Columns: `название` and `организатор` (required), `вид` (повышение
/// квалификации — the default — or профессиональная переподготовка; ПК / ПП
/// too), `часы` (required: at least 16 for повышение квалификации, at least
/// 250 for переподготовка, at most 1000 — `Programme.validate`), `формат` (очно,
/// дистанционно, смешанно; required), `в реестре` (да / нет, empty: нет —
/// the federal registry ФР ДПП), `компетенции` (codes, `;` or `,` between).
/// A programme with the same title and provider as one in the catalog (not
/// retired) or above it in the file is refused: the import adds, it never
/// overwrites a catalog entry.
public enum ProgrammeImport {
    public static func run(_ store: any ImportSink, actor: Viewer?, path: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(ProgrammeImporter.self, store, actor: actor, path: path, dryRun: dryRun, language: language)
    }

    public static func run(_ store: any ImportSink, actor: Viewer?, data: Data, fileName: String, dryRun: Bool = false,
                           language: Language = .ru) -> ExchangeReport {
        ImportRunner.run(ProgrammeImporter.self, store, actor: actor, data: data, fileName: fileName, dryRun: dryRun,
                         language: language)
    }
}

struct ProgrammeImporter: TableImporter {
    enum Column: CaseIterable { case title, provider, kind, hours, format, registry, competences }

    static let names: [Column: [String]] = [
        .title: ["название", "title", "программа"],
        .provider: ["организатор", "provider", "провайдер", "организация"],
        .kind: ["вид", "kind", "вид программы"],
        .hours: ["часы", "hours", "объем", "объем часов"],
        .format: ["формат", "format", "форма обучения"],
        .registry: ["в реестре", "in registry", "фр дпп", "реестр"],
        .competences: ["компетенции", "competences"],
    ]

    static var noun: Phrase { Phrase("программ", "programmes") }

    let store: any ImportSink
    let actor: Viewer?
    let header: ImportHeader<Column>
    let competences: [String: CompetenceID]
    /// The catalog's programmes (not retired) by folded title and provider
    /// (SQL lower() is ASCII-only, so the folding is done here).
    let catalog: [String: ProgrammeID]
    private var seen: [String: Int] = [:]

    static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<ProgrammeImporter, Refusal> {
        switch ImportHeader<Column>.map(header, names: names, required: [.title, .provider, .hours, .format]) {
        case .failure(let why): return .failure(why)
        case .success(let h):
            var codes: [String: CompetenceID] = [:]
            for c in try store.competenceCodes() { codes[SearchKey.fold(c.code)] = c.id }
            var catalog: [String: ProgrammeID] = [:]
            for p in try store.catalogProgrammes() {
                catalog[SearchKey.fold(p.title) + "|" + SearchKey.fold(p.provider)] = p.id
            }
            return .success(ProgrammeImporter(store: store, actor: actor, header: h, competences: codes, catalog: catalog))
        }
    }

    private func title(_ c: Column) -> String { header.title(c, default: ProgrammeImporter.names[c]?.first ?? "") }

    static let kindSynonyms: [String: ProgrammeKind] = [
        "пк": .upskilling, "повышение": .upskilling, "пп": .retraining, "переподготовка": .retraining,
        "профессиональная переподготовка": .retraining,
    ]
    static let formatSynonyms: [String: ProgrammeFormat] = [
        "очная": .inPerson, "заочно": .distance, "дистанционная": .distance, "смешанная": .blended,
        "очно-заочно": .blended, "очно-заочная": .blended, "очно с применением дот": .blended,
    ]

    mutating func resolve(_ record: CSVRecord) throws -> Result<Programme, ImportProblem> {
        if let p = header.overflow(record) { return .failure(p) }
        let header = self.header
        let v = { (c: Column) in header.value(c, record) }
        let name = v(.title), provider = v(.provider)
        guard !name.isEmpty else { return .failure(ImportProblem(title(.title), "пустое название", "the title is empty")) }
        guard !provider.isEmpty else { return .failure(ImportProblem(title(.provider), "не указан организатор", "the provider is empty")) }
        var kind = ProgrammeKind.upskilling
        if !v(.kind).isEmpty {
            guard let k = ImportText.labelled(v(.kind), ProgrammeKind.self, synonyms: Self.kindSynonyms) else {
                return .failure(ImportProblem(title(.kind), "«\(v(.kind))»: нужен «повышение квалификации» или «профессиональная переподготовка»",
                                              "“\(v(.kind))”: upskilling or retraining is needed"))
            }
            kind = k
        }
        let hours: Int
        switch ValueRanges.programmeHours.parse(v(.hours)) {
        case .failure(let why): return .failure(ImportProblem(title(.hours), why))
        case .success(let h): hours = h
        }
        guard let format = ImportText.labelled(v(.format), ProgrammeFormat.self, synonyms: Self.formatSynonyms) else {
            return .failure(ImportProblem(title(.format), "«\(v(.format))»: нужен один из: \(ImportText.labels(ProgrammeFormat.self))",
                                          "“\(v(.format))”: one of: in person, distance, blended"))
        }
        let registryText = SearchKey.fold(v(.registry))
        let inRegistry: Bool
        switch registryText {
        case "", "нет", "no", "0", "-", "false": inRegistry = false
        case "да", "yes", "1", "+", "true": inRegistry = true
        default:
            return .failure(ImportProblem(title(.registry), "«\(v(.registry))»: нужно «да» или «нет»", "“\(v(.registry))”: yes or no is needed"))
        }
        var ids: [CompetenceID] = []
        for code in ImportText.list(v(.competences)) {
            guard let id = competences[SearchKey.fold(code)] else {
                return .failure(ImportProblem(title(.competences), "нет компетенции с кодом «\(code)»", "no competence with the code “\(code)”"))
            }
            if !ids.contains(id) { ids.append(id) }
        }
        let programme = Programme(id: 0, title: name, provider: provider, kind: kind, hours: hours, format: format,
                                  inFederalRegistry: inRegistry, competenceIDs: ids)
        if let why = programme.validate() {
            return .failure(ImportProblem(title(.hours), why))
        }
        let key = SearchKey.fold(name) + "|" + SearchKey.fold(provider)
        if let line = seen[key] {
            return .failure(ImportProblem(nil, "повторяет строку \(line) (то же название и организатор)",
                                          "repeats line \(line) (same title and provider)"))
        }
        seen[key] = record.line
        if let existing = catalog[key] {
            return .failure(ImportProblem(title(.title), "такая программа уже есть в каталоге (№\(existing))",
                                          "this programme is already in the catalog (#\(existing))"))
        }
        return .success(programme)
    }

    mutating func apply(_ rows: [Programme]) throws -> Phrase? {
        try store.writeImportedProgrammes(rows, actor: actor)
        return nil
    }
}
