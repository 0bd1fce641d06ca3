import DemoRegion
import Domain
import Exchange
import Foundation
import Storage
import TUI

// Arguments and wiring only: every command is a few calls into Storage or TUI.

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write((Sanitizer.block(message) + "\n").data(using: .utf8) ?? Data())  // quotes arguments: never raw
    exit(code)
}

let arguments: Arguments
do {
    arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch let e as Arguments.ArgumentError {
    fail("metodist: \(e.text(english: Arguments.asksForEnglish(Array(CommandLine.arguments.dropFirst()))))\n\n\(Arguments.usage)", code: ExitCode.usage)
} catch {
    fail("metodist: \(error)", code: ExitCode.usage)
}

let language: Language = arguments.lang == "en" ? .en : .ru
func say(_ p: Phrase) -> String { p.text(language) }
func storeFailure(_ error: Error) -> Never {
    if let e = error as? StoreError { fail("metodist: " + say(e.message), code: ExitCode.of(e)) }
    if let e = error as? SQLiteError { fail("metodist: " + say(e.userMessage), code: ExitCode.database) }
    fail("metodist: \(error)", code: ExitCode.database)
}

/// `--db`, else `METODIST_DB`: a file named on purpose, which no command but
/// init, demo and restore ever creates. Without either, the default path.
let explicitDatabasePath = arguments.databaseOption ?? Arguments.environmentDatabasePath()
let databasePath = explicitDatabasePath ?? Arguments.defaultDatabasePath()

/// Prints a progress line that rewrites itself on a terminal.
func progressPrinter() -> (Int, Int, String) -> Void {
    let tty = isatty(STDERR_FILENO) == 1
    var lastPercent = -1
    return { done, total, stage in
        let percent = total > 0 ? done * 100 / total : 0
        guard percent != lastPercent || done == total else { return }
        lastPercent = percent
        let line = "  \(stage): \(percent)%"
        if tty { FileHandle.standardError.write(("\r\u{1B}[K" + line).data(using: .utf8) ?? Data()) }
        else if percent % 25 == 0 { FileHandle.standardError.write((line + "\n").data(using: .utf8) ?? Data()) }
    }
}

func buildDemo(into store: SQLiteStore, teachers: Int, seed: UInt64) throws -> DemoSummary {
    let summary = try DemoRegion.build(into: store, options: DemoOptions(teachers: teachers, seed: seed),
                                       progress: progressPrinter())
    if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8) ?? Data()) }
    return summary
}

/// The demo's summary and logins, on stdout (`metodist demo`) or on stderr
/// (the first run, whose stdout may be a headless screen).
func printSummary(_ s: DemoSummary, region: String?, path: String, toStandardError: Bool = false) {
    func print(_ line: String) {
        let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        handle.write((line + "\n").data(using: .utf8) ?? Data())
    }
    let name = Sanitizer.oneLine(region ?? "")
    print(language == .ru ? "Демо-регион «\(name)»: \(path)" : "Demo region “\(name)”: \(path)")
    let rows: [(String, String, Int)] = [
        ("муниципалитетов", "municipalities", s.municipalities), ("организаций", "organizations", s.organizations),
        ("работников", "people", s.people), ("педагогов", "teachers", s.teachers),
        ("молодых педагогов", "young teachers", s.youngTeachers), ("диагностик", "diagnostics", s.diagnostics),
        ("дефицитов", "deficits", s.deficits), ("маршрутов (ИОМ)", "routes", s.routes), ("шагов", "steps", s.steps),
        ("запросов", "requests", s.requests), ("наставнических пар", "mentoring pairs", s.mentoringPairs),
        ("заявок в РМА", "RMA applications", s.applications), ("одобрено", "approved", s.approved),
        ("отклонено", "rejected", s.rejected), ("пунктов дорожной карты", "roadmap items", s.roadmapItems),
        ("программ ДПП", "programmes", s.programmes),
    ]
    for (ru, en, n) in rows { print("  \(language == .ru ? ru : en): \(n)") }
    print(String(format: language == .ru ? "  построен за %.1f с" : "  built in %.1f s", s.seconds))
    print(language == .ru ? "\nДемо-логины (metodist --as ЛОГИН):" : "\nDemo logins (metodist --as LOGIN):")
    for l in s.logins {
        print("  \(l.login.padding(toLength: 12, withPad: " ", startingAt: 0)) \(say(l.role.label)) — \(l.fullName). \(l.note)")
    }
}

/// The database to work on. A file named with `--db` or `METODIST_DB` must
/// exist (a typo never becomes a fake region: the message says to run init
/// or demo). Only the default path gets the demo region on first run, and
/// that run prints the demo logins, as `metodist demo` does.
func openForSession() throws -> SQLiteStore {
    if explicitDatabasePath != nil { return try SQLiteStore(path: databasePath, mode: .existing) }
    let isNew = !FileManager.default.fileExists(atPath: databasePath)
    let store = try SQLiteStore(path: databasePath, groupShared: arguments.groupShared)
    if isNew || !store.hasPeople {
        FileHandle.standardError.write((language == .ru ? "Первый запуск: создаю демо-регион в \(databasePath)\n"
                                                        : "First run: creating the demo region in \(databasePath)\n").data(using: .utf8) ?? Data())
        let summary = try buildDemo(into: store, teachers: arguments.teachers, seed: arguments.seed)
        printSummary(summary, region: store.regionName, path: databasePath, toStandardError: true)
    }
    return store
}

/// The OS login name: who runs the program, unless `--as` says otherwise.
func currentOSLogin() -> String {
    if let p = getpwuid(geteuid()), let name = p.pointee.pw_name { return String(cString: name) }
    return ProcessInfo.processInfo.environment["USER"] ?? ""
}

/// `KEY = VALUE` from `$XDG_CONFIG_HOME/metodist/config` (or ~/.config/metodist/config).
func configValue(_ key: String) -> String? {
    let env = ProcessInfo.processInfo.environment
    let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
    guard let text = try? String(contentsOfFile: base + "/metodist/config", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, parts[0] == key, !parts[1].isEmpty { return parts[1] }
    }
    return nil
}

/// `theme = NAME` in the config file.
func configuredTheme() -> String? { configValue("theme") }

/// The theme to draw with: `--theme` or the config's, with the config's
/// `selection = row|leading` (how much of a selected row is highlighted).
func loadTheme(_ arguments: Arguments) -> LoadedTheme {
    var loaded = ThemeLoader.load(name: arguments.theme ?? configuredTheme() ?? ThemeLoader.defaultName)
    if let span = configValue("selection").flatMap(SelectionSpan.init(rawValue:)) { loaded.theme.selectionSpan = span }
    return loaded
}

/// Who imports people, diagnostics or programmes: `--as` or the OS login.
/// A database with nobody in it yet is loaded as "system" (the first
/// import of people); otherwise an unknown login cannot import (exit 2).
func importActor(_ store: SQLiteStore) -> Viewer? {
    let login = arguments.login ?? currentOSLogin()
    do { return try store.viewer(login: login) } catch {
        if !store.hasPeople { return nil }
        storeFailure(error)
    }
}

/// Prints an import/export report: the output on stdout, the lines on stderr.
func finish(_ report: ExchangeReport) -> Never {
    if !report.output.isEmpty { FileHandle.standardOutput.write(report.output.data(using: .utf8) ?? Data()) }
    for line in report.lines { FileHandle.standardError.write((line + "\n").data(using: .utf8) ?? Data()) }
    exit(report.exitCode)
}

switch arguments.command {
case .help:
    print(Arguments.usage)
case .version:
    print("metodist 0.1.0 (schema \(SQLiteStore.supportedSchemaVersion))")
case .demo:
    do {
        if FileManager.default.fileExists(atPath: databasePath),
           let existing = try? SQLiteStore(path: databasePath, create: false), existing.hasPeople {
            fail(language == .ru
                 ? "metodist: в \(databasePath) уже есть данные; укажите другой файл: metodist demo --db ПУТЬ"
                 : "metodist: \(databasePath) already holds data; choose another file: metodist demo --db PATH", code: ExitCode.refused)
        }
        let store = try SQLiteStore(path: databasePath, groupShared: arguments.groupShared)
        let summary = try buildDemo(into: store, teachers: arguments.teachers, seed: arguments.seed)
        printSummary(summary, region: store.regionName, path: databasePath)
    } catch { storeFailure(error) }
case .initRegion:
    let charter = RegionCharter(regionName: arguments.regionName ?? "", adminLogin: arguments.adminLogin ?? "",
                                adminName: arguments.adminName ?? "")
    if let why = charter.refusal { fail("metodist: init: " + say(why.reason), code: ExitCode.usage) }
    do {
        let store = try SQLiteStore.initRegion(charter, at: databasePath, groupShared: arguments.groupShared)
        let name = Sanitizer.oneLine(store.regionName ?? "")
        let databasePath = Sanitizer.oneLine(databasePath)
        print(language == .ru
              ? "Регион «\(name)»: \(databasePath)\n  администратор: \(charter.adminLogin) — \(Sanitizer.oneLine(charter.adminName))\n\nДальше: metodist import people ЛЮДИ.csv --db \(databasePath) --as \(charter.adminLogin)\n       metodist --db \(databasePath) --as \(charter.adminLogin)"
              : "Region “\(name)”: \(databasePath)\n  administrator: \(charter.adminLogin) — \(Sanitizer.oneLine(charter.adminName))\n\nNext: metodist import people PEOPLE.csv --db \(databasePath) --as \(charter.adminLogin)\n      metodist --db \(databasePath) --as \(charter.adminLogin)")
    } catch { storeFailure(error) }
case .backup:
    guard let target = arguments.backupTarget else { fail("metodist: backup: --to", code: ExitCode.usage) }
    do {
        let store = try SQLiteStore(path: databasePath, mode: .readOnly)
        let started = Date()
        let printer = progressPrinter()
        let report = try store.backup(to: target, progress: { done, total in printer(done, total, language == .ru ? "Копия" : "Copy") })
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8) ?? Data()) }
        print(String(format: language == .ru ? "Копия %@ готова и проверена (integrity_check: ok): %.1f МБ за %.1f с"
                                             : "The copy %@ is made and checked (integrity_check: ok): %.1f MB in %.1f s",
                     Sanitizer.oneLine(report.path), Double(report.bytes) / 1_048_576, Date().timeIntervalSince(started)))
    } catch { storeFailure(error) }
case .restore(let copy):
    do {
        let report = try SQLiteStore.restore(from: copy, into: databasePath, groupShared: arguments.groupShared)
        let shownCopy = Sanitizer.oneLine(copy), databasePath = Sanitizer.oneLine(databasePath)
        print(language == .ru ? "База \(databasePath) восстановлена из \(shownCopy)." : "\(databasePath) is restored from \(shownCopy).")
        if let kept = report.previousKeptAs {
            print(language == .ru ? "Прежний файл сохранён: \(Sanitizer.oneLine(kept))" : "The previous file is kept: \(Sanitizer.oneLine(kept))")
        }
    } catch { storeFailure(error) }
case .check:
    do {
        let store = try SQLiteStore(path: databasePath, mode: .readOnly)
        let report = try store.check()
        print(language == .ru ? "Проверка \(databasePath)" : "Checking \(databasePath)")
        for t in report.tables { print("  \(t.name): \(t.rows)") }
        if report.isOK {
            print(language == .ru ? "Всё в порядке." : "All good.")
        } else {
            for f in report.findings { print("  \(language == .ru ? "ОШИБКА" : "ERROR"): \(say(f.message)) — \(f.count)") }
            exit(ExitCode.refused)
        }
    } catch { storeFailure(error) }
case .importData(let kind, let file):
    do {
        let store = try SQLiteStore(path: databasePath, mode: arguments.dryRun ? .readOnly : .existing)
        switch kind {
        case "requests":
            // Requests are always someone's: no identity, no import (people may be imported first as "system").
            let actor = try store.viewer(login: arguments.login ?? currentOSLogin())
            let report = RequestImport.run(store, actor: actor, path: file, dryRun: arguments.dryRun, language: language)
            finish(report)
        case "people":
            finish(PeopleImport.run(store, actor: importActor(store), path: file, dryRun: arguments.dryRun, language: language))
        case "diagnostics":
            finish(DiagnosticsImport.run(store, actor: importActor(store), path: file, dryRun: arguments.dryRun, language: language))
        case "programmes":
            finish(ProgrammeImport.run(store, actor: importActor(store), path: file, dryRun: arguments.dryRun, language: language))
        default:
            fail(language == .ru ? "metodist: импорт «\(kind)» не поддерживается; поддерживается: people, diagnostics, programmes, requests"
                                 : "metodist: import “\(kind)” is not supported; supported: people, diagnostics, programmes, requests", code: ExitCode.usage)
        }
    } catch { storeFailure(error) }
case .export(let kind):
    do {
        let store = try SQLiteStore(path: databasePath, mode: .readOnly)
        let viewer = try store.viewer(login: arguments.login ?? currentOSLogin())
        switch kind {
        case "route":
            let format: RouteExport.Format = arguments.format == "csv" ? .csv : .markdown
            print(try RouteExport.render(store, viewer: viewer, format: format, language: language), terminator: "")
        case "roadmap":
            let format: RoadmapExport.Format = arguments.format == "csv" ? .csv : .md
            print(try RoadmapExport.render(store, viewer: viewer, format: format, direction: arguments.direction,
                                           language: language), terminator: "")
        case "caseload":
            let format: RouteExport.Format = arguments.format == "csv" ? .csv : .markdown
            print(try CaseloadExport.render(store, viewer: viewer, format: format), terminator: "")
        case "requests":
            let format: RequestExport.Format = arguments.format == "csv" ? .csv : .md
            var query = RequestQuery(direction: arguments.direction, unassignedOnly: arguments.unassigned,
                                     overdueOn: arguments.overdue ? store.today() : nil, text: arguments.text)
            if !arguments.statuses.isEmpty {
                var statuses: Set<RequestStatus> = []
                for name in arguments.statuses {
                    guard let status = RequestStatus(rawValue: name) else {
                        fail("metodist: --status: «\(name)»; " + (language == .ru ? "допустимо: " : "allowed: ")
                             + RequestStatus.allCases.map(\.rawValue).joined(separator: ", "), code: ExitCode.usage)
                    }
                    statuses.insert(status)
                }
                query.statuses = statuses
            }
            finish(RequestExport.run(store, viewer: viewer, query: query, format: format, excel: arguments.excel, language: language))
        case "people":
            finish(PeopleExport.run(store, viewer: viewer, municipality: arguments.municipality,
                                    format: arguments.format == "csv" ? .csv : .md, excel: arguments.excel, language: language))
        case "programmes":
            finish(ProgrammeExport.run(store, viewer: viewer, format: arguments.format == "csv" ? .csv : .md,
                                       excel: arguments.excel, language: language))
        case "indicators":
            finish(IndicatorExport.run(store, viewer: viewer, format: arguments.format == "csv" ? .csv : .md,
                                       excel: arguments.excel, language: language))
        case "audit":
            finish(AuditExport.run(store, viewer: viewer, query: AuditQuery(text: arguments.text),
                                   format: arguments.format == "csv" ? .csv : .md, excel: arguments.excel, language: language))
        default:
            fail(language == .ru ? "metodist: экспорт «\(kind)» не поддерживается; поддерживается: route, caseload, requests, roadmap, people, programmes, indicators, audit"
                                 : "metodist: export “\(kind)” is not supported; supported: route, caseload, requests, roadmap, people, programmes, indicators, audit", code: ExitCode.usage)
        }
    } catch { storeFailure(error) }
case .run:
    // The kiosk never opens --db: it runs on a fresh temporary demo copy (KioskCommand.swift).
    if arguments.kiosk {
        exit(runKiosk(arguments, language: language, themeName: arguments.theme ?? configuredTheme() ?? ThemeLoader.defaultName,
                      progress: progressPrinter()))
    }
    // The theme file is read (opened and closed) before any connection exists: should it name the
    // database, closing it must not drop SQLite's locks (Storage/SQLite/DatabaseFile.swift).
    let loaded = loadTheme(arguments)
    do {
        let store = try openForSession()
        let login = arguments.login ?? currentOSLogin()
        let viewer = try store.viewer(login: login)
        if arguments.headless {
            LocaleSetup.ensureUTF8()
            let events: [InputEvent]
            do { events = try KeySyntax.parse(arguments.keys) } catch { fail("metodist: --keys: " + error.text(language), code: ExitCode.usage) }
            let colors = !NCursesTerminal.noColorRequested()
            let ctx = AppContext(store: store, viewer: viewer, language: language,
                                 theme: ThemeLoader.adapted(loaded.theme, hasColors: colors), colors: colors)
            let app = ViewCatalog.app(for: ctx)
            if let e = loaded.error { app.showMessage(say(e), kind: .warning) }
            let result = Headless.run(app, size: Size(width: arguments.size.width, height: arguments.size.height), events: events)
            print(result.screen)
        } else {
            let terminal: NCursesTerminal
            do { terminal = try NCursesTerminal() } catch { fail("\(error)", code: ExitCode.usage) }
            let ctx = AppContext(store: store, viewer: viewer, language: language,
                                 theme: ThemeLoader.adapted(loaded.theme, hasColors: terminal.hasColors), colors: terminal.hasColors)
            let app = ViewCatalog.app(for: ctx)
            if let e = loaded.error { app.showMessage(say(e), kind: .warning) }
            AppRunner.run(app, on: terminal)
            terminal.shutdown()
        }
    } catch { storeFailure(error) }
}
