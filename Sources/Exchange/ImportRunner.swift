import Domain
import Storage
import Foundation

/// What is wrong with one row: the column (as the file names it) and why.
struct ImportProblem: Error {
    var field: String?
    var reason: Phrase

    init(_ field: String?, _ ru: String, _ en: String) { self.field = field; self.reason = Phrase(ru, en) }
    init(_ field: String?, _ refusal: Refusal) { self.field = field; self.reason = refusal.reason }
}

/// One kind of all-or-nothing table import (people, diagnostics,
/// programmes, requests): checks the header, resolves each row read-only, then writes
/// every row in the same transaction.
protocol TableImporter {
    associatedtype Row
    /// «работников» / "people": what the report counts.
    static var noun: Phrase { get }
    /// Reads the header (line 1) and what the rows will be checked against.
    static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<Self, Refusal>
    /// Checks one row against the database and the rows before it. Read-only.
    mutating func resolve(_ record: CSVRecord) throws -> Result<Row, ImportProblem>
    /// Writes the rows (inside the import's transaction) and audits them;
    /// answers a line of detail for the report, if any.
    mutating func apply(_ rows: [Row]) throws -> Phrase?
    /// Before the write lock is taken: copies what `apply` will insert into
    /// a TEMP table of this connection, so that the write itself is one
    /// statement, not a round trip a row (default: nothing to stage).
    mutating func stage(_ rows: [Row]) throws
    /// Whether `actor` may load this kind (default: the import right).
    static func mayImport(_ actor: Viewer) -> Bool
}

extension TableImporter {
    static func mayImport(_ actor: Viewer) -> Bool { actor.can(.importData) }
    mutating func stage(_ rows: [Row]) throws {}
}

/// The shared loop of `metodist import KIND FILE.csv`: exit code 0 imported
/// (or checked, with `dryRun`); 1 the file is refused, nothing written, each
/// bad line named with its field; 2 the file cannot be read or the actor may
/// not import.
enum ImportRunner {
    static let shownErrors = 50

    static func run<I: TableImporter>(_ kind: I.Type, _ store: any ImportSink, actor: Viewer?, path: String, dryRun: Bool,
                                      language: Language) -> ExchangeReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            let path = Sanitizer.oneLine(path)
            return ExchangeReport(lines: [Phrase("Не удалось прочитать файл \(path)", "Cannot read the file \(path)").text(language)],
                                  exitCode: 2)
        }
        return run(kind, store, actor: actor, data: data, fileName: Sanitizer.oneLine((path as NSString).lastPathComponent), dryRun: dryRun,
                   language: language)
    }

    static func run<I: TableImporter>(_ kind: I.Type, _ store: any ImportSink, actor: Viewer?, data: Data, fileName: String,
                                      dryRun: Bool, language: Language) -> ExchangeReport {
        let fileName = Sanitizer.oneLine(fileName)
        let t = { (ru: String, en: String) in language == .ru ? ru : en }
        let noun = I.noun.text(language)
        if let actor, !I.mayImport(actor) {
            return ExchangeReport(lines: [StoreError.forbidden(Action.importData.label).message.text(language)], exitCode: 2)
        }
        let table: CSVTable
        do { table = try CSV.parse(data) } catch {
            return ExchangeReport(lines: ["\(fileName): " + error.message.text(language)], exitCode: 1)
        }
        do {
            try store.requireIntactForWriting()
            // Every row is checked in a read transaction, without the write
            // lock: a long file never makes other users' saves wait. Only
            // the checked rows are then written, in one short transaction
            // (all or nothing); a row the meantime made wrong fails a
            // constraint there and rolls the whole import back.
            let checked = try store.importCheck { () throws -> Checked<I> in
                var importer: I
                switch try I.prepare(store, actor: actor, header: table.header) {
                case .failure(let why):
                    return .refused(ExchangeReport(lines: [t("\(fileName), строка 1: ", "\(fileName), line 1: ") + why.reason.text(language)],
                                                   exitCode: ExitCode.refused))
                case .success(let i): importer = i
                }
                var rows: [I.Row] = []
                var errors: [String] = []
                for record in table.records {
                    switch try importer.resolve(record) {
                    case .success(let row): rows.append(row)
                    case .failure(let p): errors.append(describe(p, line: record.line, language: language))
                    }
                }
                if !errors.isEmpty {
                    var lines = [t("\(fileName): ошибок — \(errors.count); ничего не загружено.",
                                   "\(fileName): \(errors.count) error(s); nothing imported.")] + errors.prefix(shownErrors)
                    if errors.count > shownErrors {
                        lines.append(t("… и ещё \(errors.count - shownErrors)", "… and \(errors.count - shownErrors) more"))
                    }
                    return .refused(ExchangeReport(lines: lines, exitCode: ExitCode.refused))
                }
                if rows.isEmpty {
                    return .refused(ExchangeReport(lines: [t("\(fileName): в файле нет строк с данными; ничего не загружено.",
                                                             "\(fileName): the file has no data rows; nothing imported.")],
                                                   exitCode: ExitCode.refused))
                }
                return .rows(importer, rows)
            }
            guard case .rows(var importer, let rows) = checked else {
                if case .refused(let report) = checked { return report }
                return ExchangeReport(lines: [], exitCode: ExitCode.refused)
            }
            if dryRun {
                return ExchangeReport(lines: [t("\(fileName): строк без ошибок — \(rows.count); ничего не записано (--dry-run).",
                                                "\(fileName): \(rows.count) row(s) without errors; nothing written (--dry-run).")],
                                      exitCode: ExitCode.ok, count: rows.count)
            }
            let detail: Phrase?
            // The connection tuned for the write (statement journals in memory, a larger page cache),
            // the staging before the write lock, then one short write transaction (ImportSink.importWrite).
            do {
                detail = try store.importWrite(stage: { try importer.stage(rows) }, apply: { try importer.apply(rows) })
            } catch is ImportConflict {
                // Another session wrote the same thing between the check and the write (a login, a key).
                return ExchangeReport(lines: [t("\(fileName): данные изменились во время импорта (другая сессия записала то же); ничего не загружено — запустите импорт ещё раз.",
                                                "\(fileName): the data changed during the import (another session wrote the same); nothing imported — run the import again.")],
                                      exitCode: ExitCode.refused)
            }
            let count = rows.count
            var lines = [t("\(fileName): загружено \(noun) — \(count).", "\(fileName): \(count) \(noun) imported.")]
                + (detail.map { [$0.text(language)] } ?? [])
            // The search entries the write left for after its commit, in short steps (this file's and an interrupted import's).
            if store.hasPendingPeopleSearch, (try? store.fillPendingPeopleSearch(maxSteps: nil)) != true {
                lines.append(t("  поиск по новым работникам дополнится позже (база занята)",
                               "  the search entries of the new people will be added later (the database is busy)"))
            }
            return ExchangeReport(lines: lines, exitCode: ExitCode.ok, count: count)
        } catch {
            return .failure(error, language, prefix: t("Ошибка базы данных, ничего не загружено: ", "Database error, nothing imported: "))
        }
    }

    /// What the check of a whole file comes to.
    private enum Checked<I: TableImporter> {
        case rows(I, [I.Row])
        case refused(ExchangeReport)
    }

    /// «Строка 7, поле «дата рождения»: …»
    static func describe(_ p: ImportProblem, line: Int, language: Language) -> String {
        let reason = Sanitizer.oneLine(p.reason.text(language))
        switch (p.field.map(Sanitizer.oneLine), language) {
        case (let f?, .ru): return "Строка \(line), поле «\(f)»: \(reason)"
        case (let f?, _): return "Line \(line), field “\(f)”: \(reason)"
        case (nil, .ru): return "Строка \(line): \(reason)"
        case (nil, _): return "Line \(line): \(reason)"
        }
    }
}

/// A header mapped to column kinds: names are matched with case and ё
/// ignored; an unknown or repeated column refuses the file (a misspelt
/// header must not drop a column silently).
struct ImportHeader<Kind: Hashable & CaseIterable> {
    var columns: [Kind: Int] = [:]
    /// The header as the file writes it, for messages.
    var titles: [String] = []
    /// Columns no kind claimed (diagnostics: competence codes).
    var rest: [(index: Int, title: String)] = []

    static func map(_ header: [String], names: [Kind: [String]], required: [Kind], allowRest: Bool = false,
                    restHint: Phrase? = nil) -> Result<ImportHeader, Refusal> {
        let header = header.map(ImportText.clean)  // titles are echoed in messages: no escape sequences
        var h = ImportHeader(titles: header)
        let known = Kind.allCases.compactMap { names[$0]?.first }.joined(separator: ", ")
        let hint = restHint.map { (ru: "; \($0.ru)", en: "; \($0.en)") } ?? (ru: "", en: "")
        for (i, raw) in header.enumerated() {
            let name = SearchKey.fold(raw).trimmed(" \t")
            if name.isEmpty { continue }
            guard let kind = Kind.allCases.first(where: { names[$0]?.contains(name) ?? false }) else {
                if allowRest { h.rest.append((i, raw.trimmed(" \t"))); continue }
                return .failure(Refusal("неизвестный столбец «\(raw)»; известны: \(known)\(hint.ru)",
                                        "unknown column “\(raw)”; known: \(known)\(hint.en)"))
            }
            if h.columns[kind] != nil {
                return .failure(Refusal("столбец «\(raw)» повторяется", "the column “\(raw)” appears twice"))
            }
            h.columns[kind] = i
        }
        for kind in required where h.columns[kind] == nil {
            let title = names[kind]?.first ?? "?"
            return .failure(Refusal("нет обязательного столбца «\(title)»; известны: \(known)",
                                    "the required column “\(title)” is missing; known: \(known)"))
        }
        return .success(h)
    }

    /// The column's title as written in the file (for messages).
    func title(_ kind: Kind, default fallback: String) -> String {
        guard let i = columns[kind], titles.indices.contains(i) else { return fallback }
        return titles[i].trimmed(" \t")
    }

    /// The trimmed, cleaned value of a column (empty when absent).
    func value(_ kind: Kind, _ record: CSVRecord) -> String {
        guard let i = columns[kind], record.fields.indices.contains(i) else { return "" }
        return ImportText.clean(record.fields[i])
    }

    func has(_ kind: Kind) -> Bool { columns[kind] != nil }

    /// A row with more filled fields than the header has columns.
    func overflow(_ record: CSVRecord) -> ImportProblem? {
        let width = titles.count
        guard record.fields.count > width,
              record.fields[width...].contains(where: { !$0.trimmed(" \t").isEmpty }) else { return nil }
        return ImportProblem(nil, "полей \(record.fields.count), а столбцов в заголовке \(width)",
                             "\(record.fields.count) fields, but the header has \(width) columns")
    }
}

/// Field text as it may be stored: trimmed, line breaks and tabs turned into
/// spaces, control characters (terminal escape sequences) and bidi controls
/// dropped (`StoredText`, the one cleaning of every entry point), so a value
/// pasted from anywhere can never drive a terminal.
enum ImportText {
    static func clean(_ raw: String) -> String {
        StoredText.clean(raw, multiline: false).trimmed(" ")
    }

    /// A multi-line field (a request's text): line breaks kept, the rest as `clean`.
    static func cleanLines(_ raw: String) -> String {
        StoredText.clean(raw).trimmed(" \n")
    }

    /// `a; b, c` -> [a, b, c] (either separator; blanks dropped).
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmed(" ") }.filter { !$0.isEmpty }
    }

    /// A value of a labelled enum by its Russian or English label or its raw
    /// name, case and ё ignored.
    static func labelled<T: CaseIterable & Labelled & RawRepresentable>(_ text: String, _ type: T.Type,
                                                                        synonyms: [String: T] = [:]) -> T? where T.RawValue == String {
        let key = SearchKey.fold(text)
        if let s = synonyms[key] { return s }
        return T.allCases.first { SearchKey.fold($0.label.ru) == key || SearchKey.fold($0.label.en) == key
            || SearchKey.fold($0.rawValue) == key }
    }

    static func labels<T: CaseIterable & Labelled>(_ type: T.Type) -> String {
        T.allCases.map { $0.label.ru }.joined(separator: ", ")
    }

    /// ДД.ММ.ГГГГ or ГГГГ-ММ-ДД, not after `today`, inside `ValueRanges.days`.
    static func date(_ text: String, field: String, today: Day) -> Result<Day, ImportProblem> {
        guard let d = RequestRowResolver.parseDate(text) else {
            return .failure(ImportProblem(field, "«\(text)» — не дата; нужна ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
                                          "“\(text)” is not a date; DD.MM.YYYY or YYYY-MM-DD is needed"))
        }
        guard d <= today else {
            return .failure(ImportProblem(field, "дата \(d.russian) ещё не наступила", "the date \(d.iso) is in the future"))
        }
        if let refusal = ValueRanges.days.refusal(for: d) { return .failure(ImportProblem(field, refusal)) }
        return .success(d)
    }
}
