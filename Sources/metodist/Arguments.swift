import Foundation

/// What the command line asks for. Parsing never exits: errors come back as
/// `ArgumentError` so `main` prints the usage and exits 2.
struct Arguments {
    enum Command: Equatable {
        case run, demo, check, help, version, initRegion, backup
        case importData(kind: String, file: String)
        case export(kind: String)
        case restore(file: String)
    }

    var command: Command = .run
    var databaseOption: String?
    var login: String?
    var theme: String?
    var lang: String = "ru"
    var kiosk = false
    /// `--kiosk-idle SECONDS`: a kiosk role goes back to the start screen after this long untouched.
    var kioskIdle: Int?
    var headless = false
    var size: (width: Int, height: Int) = (120, 40)
    var keys: String = ""
    var teachers: Int = 3000
    var seed: UInt64 = 1
    var format: String = "md"
    var dryRun = false
    var excel = false
    var groupShared = false
    /// Filters of `export requests`: the inbox's filters on the command line.
    var statuses: [String] = []
    var direction: Int?
    var overdue = false
    var unassigned = false
    var text: String?
    /// Filter of `export people`: a municipality's name or number.
    var municipality: String?
    /// `init`: the region's name, its first administrator's login and full name.
    var regionName: String?
    var adminLogin: String?
    var adminName: String?
    /// `backup --to FILE`.
    var backupTarget: String?

    struct ArgumentError: Error {
        let message: String
        /// The English text (`--lang en`); nil: the Russian one serves both.
        var english: String? = nil
        func text(english wanted: Bool) -> String { wanted ? english ?? message : message }
    }

    /// Whether the command line asks for English, read before it is parsed (a parse error is said in it).
    static func asksForEnglish(_ argv: [String]) -> Bool {
        argv.contains("--lang=en") || zip(argv, argv.dropFirst()).contains { $0 == "--lang" && $1 == "en" }
    }

    static func parse(_ argv: [String]) throws -> Arguments {
        var a = Arguments()
        var positional: [String] = []
        var i = 0
        func value(_ name: String) throws -> String {
            if let eq = argv[i].firstIndex(of: "=") { return String(argv[i][argv[i].index(after: eq)...]) }
            i += 1
            guard i < argv.count else { throw ArgumentError(message: "нет значения у \(name)", english: "\(name) needs a value") }
            return argv[i]
        }
        while i < argv.count {
            let arg = argv[i]
            let name = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            switch name {
            case "--db": a.databaseOption = try value(name)
            case "--as": a.login = try value(name)
            case "--theme": a.theme = try value(name)
            case "--lang":
                a.lang = try value(name)
                guard ["ru", "en"].contains(a.lang) else { throw ArgumentError(message: "--lang: ru или en, а не «\(a.lang)»") }
            case "--kiosk": a.kiosk = true
            case "--kiosk-idle":
                let v = try value(name)
                guard let n = Int(v), n >= 1, n <= 86_400 else { throw ArgumentError(message: "--kiosk-idle: секунды от 1 до 86400, а не «\(v)»") }
                a.kioskIdle = n
            case "--headless": a.headless = true
            case "--size":
                let v = try value(name)
                let parts = v.lowercased().split(separator: "x")
                guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0, w <= 1000, h <= 1000 else {
                    throw ArgumentError(message: "--size: ожидается ШxВ, например 120x40, а не «\(v)»")
                }
                a.size = (w, h)
            case "--keys": a.keys = try value(name)
            case "--teachers":
                let v = try value(name)
                guard let n = Int(v), n >= 50, n <= 5_000_000 else {
                    throw ArgumentError(message: "--teachers: число от 50 до 5000000, а не «\(v)»")
                }
                a.teachers = n
            case "--seed":
                let v = try value(name)
                guard let n = UInt64(v) else { throw ArgumentError(message: "--seed: неотрицательное целое, а не «\(v)»") }
                a.seed = n
            case "--format":
                a.format = try value(name)
                guard ["md", "csv"].contains(a.format) else { throw ArgumentError(message: "--format: md или csv, а не «\(a.format)»") }
            case "--dry-run": a.dryRun = true
            case "--excel": a.excel = true
            case "--group": a.groupShared = true
            case "--status":
                a.statuses = try value(name).split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            case "--direction":
                let v = try value(name)
                guard let n = Int(v), (1...19).contains(n) else { throw ArgumentError(message: "--direction: номер от 1 до 19, а не «\(v)»") }
                a.direction = n
            case "--overdue": a.overdue = true
            case "--unassigned": a.unassigned = true
            case "--text": a.text = try value(name)
            case "--municipality": a.municipality = try value(name)
            case "--region": a.regionName = try value(name)
            case "--admin": a.adminLogin = try value(name)
            case "--admin-name": a.adminName = try value(name)
            case "--to": a.backupTarget = try value(name)
            case "--help", "-h": a.command = .help
            case "--version", "-V": a.command = .version
            default:
                if arg.hasPrefix("-") { throw ArgumentError(message: "неизвестный параметр «\(arg)»", english: "unknown option “\(arg)”") }
                positional.append(arg)
            }
            i += 1
        }
        if a.command == .help || a.command == .version { return a }
        switch positional.first {
        case nil: a.command = .run
        case "demo": a.command = .demo; try expect(positional, count: 1)
        case "check": a.command = .check; try expect(positional, count: 1)
        case "init":
            a.command = .initRegion
            try expect(positional, count: 1)
            guard a.regionName != nil else {
                throw ArgumentError(message: "init: нужно --region НАЗВАНИЕ, например: --region \"Тюменская область\"",
                                    english: "init: --region NAME is needed, e.g. --region \"Тюменская область\"")
            }
            guard a.adminLogin != nil else {
                throw ArgumentError(message: "init: нужно --admin ЛОГИН — логин первого администратора",
                                    english: "init: --admin LOGIN is needed: the first administrator's login")
            }
            guard a.adminName != nil else {
                throw ArgumentError(message: "init: нужно --admin-name \"ФИО\" — ФИО первого администратора",
                                    english: "init: --admin-name \"FULL NAME\" is needed: the first administrator's full name")
            }
        case "backup":
            a.command = .backup
            try expect(positional, count: 1)
            guard a.backupTarget != nil else {
                throw ArgumentError(message: "backup: нужно --to ФАЙЛ — куда положить копию", english: "backup: --to FILE is needed: where the copy goes")
            }
        case "restore":
            guard positional.count == 2 else {
                throw ArgumentError(message: "restore: нужно КОПИЯ, например: restore /backup/metodist-2024-03-15.db --db ПУТЬ",
                                    english: "restore: the COPY is needed, e.g. restore /backup/metodist-2024-03-15.db --db PATH")
            }
            a.command = .restore(file: positional[1])
        case "import":
            guard positional.count == 3 else { throw ArgumentError(message: "import: нужно ВИД ФАЙЛ, например: import people люди.csv") }
            a.command = .importData(kind: positional[1], file: positional[2])
        case "export":
            guard positional.count == 2 else { throw ArgumentError(message: "export: нужно ВИД, например: export route") }
            a.command = .export(kind: positional[1])
        case "help": a.command = .help
        case let other?: throw ArgumentError(message: "неизвестная команда «\(other)»", english: "unknown command “\(other)”")
        }
        return a
    }

    static func expect(_ positional: [String], count: Int) throws {
        if positional.count > count {
            throw ArgumentError(message: "лишние аргументы: \(positional.dropFirst(count).joined(separator: " "))")
        }
    }

    /// The file named by `METODIST_DB`, if any: as explicit as `--db`.
    static func environmentDatabasePath() -> String? {
        ProcessInfo.processInfo.environment["METODIST_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `$XDG_DATA_HOME/metodist/metodist.db`, or `~/.local/share/metodist/metodist.db`.
    static func defaultDatabasePath() -> String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/metodist/metodist.db" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/metodist/metodist.db"
    }

    static let usage = """
    metodist — научно-методическое сопровождение педагогов (РС НМС)

    Использование:
      metodist [--db ПУТЬ] [--as ЛОГИН] [--theme ТЕМА] [--lang ru|en] [--kiosk]
      metodist --kiosk [--kiosk-idle СЕКУНДЫ] [--teachers N]   демо-киоск на свежей копии демо-региона (--db не трогается)
      metodist demo [--db ПУТЬ] [--teachers N] [--seed N]
      metodist init --db ПУТЬ --region НАЗВАНИЕ --admin ЛОГИН --admin-name "ФИО"
               новый пустой регион: схема, название, один администратор; существующий файл не трогается
      metodist backup [--db ПУТЬ] --to ФАЙЛ   согласованная копия во время работы (онлайн-копирование SQLite), проверенная
      metodist restore КОПИЯ [--db ПУТЬ]       вернуть копию; не выполняется, пока базу держит сеанс; прежний файл
               остаётся рядом: ПУТЬ.before-restore-ГГГГММДД-ЧЧММСС
      metodist import ВИД ФАЙЛ.csv [--db ПУТЬ] [--as ЛОГИН] [--dry-run] [--lang ru|en]
               ВИД: people (работники), diagnostics (результаты диагностик), programmes (программы ДПП), requests
               UTF-8 с BOM или без, «,» или «;»; загружаются все строки или ни одной; --dry-run только проверяет.
               Форматы файлов — в README, образцы — docs/samples/*.csv. Нужно право «загружать данные».
      metodist export ВИД [--db ПУТЬ] [--format csv|md] [--as ЛОГИН] [--excel]
               ВИД: route, caseload, requests, roadmap, people, programmes, indicators, audit
               --excel: CSV для Excel (BOM, «;», CRLF); для people — [--municipality НАЗВАНИЕ|НОМЕР]; для audit — [--text СЛОВА]
               для requests — фильтры: [--status new,triaged,...] [--direction N] [--overdue] [--unassigned] [--text СЛОВА]
      metodist check [--db ПУТЬ]
      metodist --headless --size ШxВ --keys КЛАВИШИ [--as ЛОГИН] [--db ПУТЬ]
      metodist --help | --version

    База: --db ПУТЬ или переменная METODIST_DB; по умолчанию $XDG_DATA_HOME/metodist/metodist.db
    (или ~/.local/share/metodist/metodist.db) — только в ней при первом запуске создаётся демо-регион.
    Файла, названного в --db или METODIST_DB, нет — ничего не создаётся: metodist init или metodist demo --db ПУТЬ.
    Логин — имя пользователя ОС или --as.
    Коды выхода: 0 — готово, 1 — отклонено данными (файл импорта, check нашёл ошибки), 2 — командная строка
    (аргумент, неизвестный логин, нет файла базы, файл уже есть), 3 — файл базы нельзя использовать (не база,
    повреждён, только для чтения, занят сеансом при restore).

    Клавиши для --keys: текст UTF-8 как есть и <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Up> <Down>
    <Left> <Right> <PgUp> <PgDn> <Home> <End> <F1>..<F12> <C-x> <M-x> <Space> <lt> <Resize:ШxВ>.
    """
}
