#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Domain

/// One thing wrong in a theme text.
public struct ThemeIssue: Error, CustomStringConvertible, Sendable, Equatable {
    /// 1-based line number; nil when the problem is the file as a whole (a role never named).
    public let line: Int?
    public let message: Phrase
    public init(line: Int?, message: Phrase) { self.line = line; self.message = message }
    public var description: String { text(.ru) }
    public func text(_ language: Language) -> String {
        guard let line else { return message.text(language) }
        return (language == .ru ? "строка \(line): " : "line \(line): ") + message.text(language)
    }
}

/// A theme text that could not be used: where it came from and every problem in it.
public struct ThemeParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file path, or the theme name for a text not read from a file.
    public let source: String
    public let issues: [ThemeIssue]
    /// No line named a known role: the file is not a theme at all (say
    /// `--theme /etc/passwd`), and its lines are not repeated back.
    public var namesNoRole = false
    /// Issues listed before «… and N more».
    public static let shownIssues = 5
    public var description: String { text(.ru) }
    public func text(_ language: Language) -> String {
        let source = Sanitizer.oneLine(self.source)
        if namesNoRole {
            return language == .ru ? "\(source): это не файл темы (ни одной строки «роль = цвет»)"
                                   : "\(source): not a theme file (no 'role = colour' line)"
        }
        var lines = issues.prefix(Self.shownIssues).map { issue -> String in
            if let line = issue.line { return "\(source):\(line): " + issue.message.text(language) }
            return "\(source): " + issue.message.text(language)
        }
        if issues.count > Self.shownIssues {
            let more = issues.count - Self.shownIssues
            lines.append(language == .ru ? "… и ещё \(more)" : "… and \(more) more")
        }
        return lines.joined(separator: "\n")
    }
}

/// The result of looking up a theme by name: always a usable theme; `error`
/// says why it is not the one asked for (unknown name, bad file).
public struct LoadedTheme: Sendable {
    public var theme: Theme
    /// The file read, or "built-in".
    public var source: String
    /// Set when the default theme stands in for the one asked for.
    public var error: Phrase?
}

/// Reads themes: the text format of `themes/*.theme` (see the comment at the
/// top of each file), files on disk, and the built-in copies.
public enum ThemeLoader {
    public static let defaultName = "dark"

    /// The themes shipped with the program, in menu order.
    public static var builtinNames: [String] { BuiltinThemes.all.map(\.name) }

    /// The default theme (dark). Never fails: should the built-in text not
    /// parse, attributes-only styles stand in.
    public static var defaultTheme: Theme { builtin(defaultName) ?? Theme.monochrome }

    /// A built-in theme by name.
    public static func builtin(_ name: String) -> Theme? {
        guard let entry = BuiltinThemes.all.first(where: { $0.name == name }) else { return nil }
        return try? parse(entry.text, name: entry.name)
    }

    // MARK: Parsing

    static let colorNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    private static func roleKey(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    private static let rolesByKey: [String: StyleRole] = {
        var d: [String: StyleRole] = [:]
        for r in StyleRole.allCases { d[roleKey(r.rawValue)] = r }
        return d
    }()

    private enum ColorParse { case ok(Color), notAColor, outOfRange }

    /// How a word of a theme file is quoted in a message: only what looks
    /// like a theme word (a role, a colour, an attribute: ASCII letters,
    /// digits, `-`, `_`, at most 24), so a file that is not a theme (a
    /// password file, a key) never has its content repeated on the screen.
    static func quoted(_ word: String) -> String? {
        guard !word.isEmpty, word.count <= 24,
              word.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        else { return nil }
        return word
    }

    private static func parseColor(_ token: String) -> ColorParse {
        let t = token.lowercased()
        if t == "default" { return .ok(.default) }
        if let n = colorNames[t] { return .ok(.index(n)) }
        if !t.isEmpty, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard t.count <= 3, let n = Int(t), (0...255).contains(n) else { return .outOfRange }
            return .ok(.index(n))
        }
        return .notAColor
    }

    /// Parses a theme text. Every problem is reported with its line number.
    public static func parse(_ text: String, name: String) throws(ThemeParseError) -> Theme {
        var styles: [StyleRole: Style] = [:]
        var definedAt: [StyleRole: Int] = [:]
        var issues: [ThemeIssue] = []
        let knownRoles = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let content = line.themeTrimmed()
            if content.isEmpty { continue }
            func issue(_ ru: String, _ en: String) { issues.append(ThemeIssue(line: lineNumber, message: Phrase(ru, en))) }

            guard let eq = content.firstIndex(of: "=") else {
                // The line itself is not repeated: it may be anything (see `quoted`).
                issue("ожидалось «роль = цвет [on фон] [bold] …»", "expected 'role = colour [on background] [bold] ...'")
                continue
            }
            let roleName = String(content[..<eq]).themeTrimmed()
            let value = String(content[content.index(after: eq)...]).themeTrimmed()
            guard !roleName.isEmpty else {
                issue("нет имени роли перед «=»", "no role name before '='")
                continue
            }
            guard let role = rolesByKey[roleKey(roleName)] else {
                if let shown = quoted(roleName) {
                    issue("неизвестная роль «\(shown)»; роли: \(knownRoles)", "unknown role '\(shown)'; roles: \(knownRoles)")
                } else {
                    issue("неизвестная роль; роли: \(knownRoles)", "unknown role; roles: \(knownRoles)")
                }
                continue
            }
            if let first = definedAt[role] {
                issue("роль «\(role.rawValue)» уже задана в строке \(first)",
                      "role '\(role.rawValue)' is already set on line \(first)")
                continue
            }
            let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !tokens.isEmpty else {
                issue("у роли «\(role.rawValue)» не задан стиль", "no style given for role '\(role.rawValue)'")
                continue
            }
            var style = Style()
            var haveForeground = false
            var haveBackground = false
            var sawAttribute = false
            var ok = true
            var i = 0
            while i < tokens.count && ok {
                let token = tokens[i]
                switch token.lowercased() {
                case "bold": style.bold = true; sawAttribute = true
                case "dim": style.dim = true; sawAttribute = true
                case "reverse": style.reverse = true; sawAttribute = true
                case "underline": style.underline = true; sawAttribute = true
                case "italic": style.italic = true; sawAttribute = true
                case "on":
                    guard i + 1 < tokens.count else {
                        issue("после «on» нужен цвет фона", "a background colour must follow 'on'")
                        ok = false; break
                    }
                    if haveBackground || sawAttribute {
                        issue("«on фон» должно идти сразу после цвета текста, один раз",
                              "'on background' must come once, right after the text colour")
                        ok = false; break
                    }
                    switch parseColor(tokens[i + 1]) {
                    case .ok(let c): style.background = c; haveBackground = true
                    case .outOfRange:
                        let n = quoted(tokens[i + 1]) ?? "…"
                        issue("номер цвета «\(n)» вне 0–255", "colour number '\(n)' is not in 0-255")
                        ok = false
                    case .notAColor:
                        let shown = quoted(tokens[i + 1]).map { " «\($0)»" } ?? "", shownEn = quoted(tokens[i + 1]).map { " '\($0)'" } ?? ""
                        issue("неизвестный цвет фона\(shown)", "unknown background colour\(shownEn)")
                        ok = false
                    }
                    i += 1
                default:
                    switch parseColor(token) {
                    case .ok(let c):
                        if haveForeground || haveBackground || sawAttribute {
                            issue("лишний цвет «\(token)»: цвет текста пишется первым, фон — после «on»",  // a known colour
                                  "extra colour '\(token)': the text colour comes first, the background after 'on'")
                            ok = false
                        } else {
                            style.foreground = c; haveForeground = true
                        }
                    case .outOfRange:
                        let n = quoted(token) ?? "…"
                        issue("номер цвета «\(n)» вне 0–255", "colour number '\(n)' is not in 0-255")
                        ok = false
                    case .notAColor:
                        let shown = quoted(token).map { " «\($0)»" } ?? "", shownEn = quoted(token).map { " '\($0)'" } ?? ""
                        issue("неизвестный цвет или атрибут\(shown); атрибуты: bold dim reverse underline italic",
                              "unknown colour or attribute\(shownEn); attributes: bold dim reverse underline italic")
                        ok = false
                    }
                }
                i += 1
            }
            if ok {
                styles[role] = style
                definedAt[role] = lineNumber
            } else {
                definedAt[role] = lineNumber  // named, though wrongly: not reported again as missing
            }
        }
        let missing = StyleRole.allCases.filter { definedAt[$0] == nil }.map(\.rawValue)
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            issues.append(ThemeIssue(line: nil, message: Phrase("не заданы роли: \(list)", "roles not set: \(list)")))
        }
        if !issues.isEmpty { throw ThemeParseError(source: name, issues: issues, namesNoRole: definedAt.isEmpty) }
        return Theme(name: name, styles: styles)
    }

    // MARK: Finding theme files

    /// Where theme files are looked for, in order: `./themes`, `themes/` next
    /// to the executable and in up to 4 of its parent directories (and
    /// `share/metodist/themes` there), then `$XDG_DATA_HOME/metodist/themes`
    /// (`~/.local/share/metodist/themes`).
    public static func searchDirectories() -> [String] {
        var dirs: [String] = []
        func add(_ d: String) { if !dirs.contains(d) { dirs.append(d) } }
        if let cwd = currentDirectory() { add(join(cwd, "themes")) } else { add("themes") }
        if let exe = executablePath() {
            var dir = parent(exe)
            for _ in 0...4 {
                add(join(dir, "themes"))
                add(join(dir, "share/metodist/themes"))
                let up = parent(dir)
                if up == dir { break }
                dir = up
            }
        }
        if let xdg = environment("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            add(join(xdg, "metodist/themes"))
        } else if let home = environment("HOME"), !home.isEmpty {
            add(join(home, ".local/share/metodist/themes"))
        }
        return dirs
    }

    /// Loads a theme by name (`dark`, `light`, `high-contrast`, `monochrome`,
    /// or the name of a `.theme` file in one of `directories`) or by path
    /// (containing `/` or ending in `.theme`). A file on disk wins over the
    /// built-in copy of the same name. Never fails: an unknown name or a bad
    /// file gives the default theme and an error naming the file and line.
    public static func load(name: String, directories: [String]? = nil) -> LoadedTheme {
        let fallback = defaultTheme
        if name.contains("/") || name.hasSuffix(".theme") {
            let themeName = baseName(name)
            // Never open what may be a database: closing our descriptor would drop SQLite's locks on it.
            if DebugLog.mayBeDatabase(name) {
                return LoadedTheme(theme: fallback, source: "built-in",
                                   error: Phrase("«\(Sanitizer.oneLine(name))» — файл базы данных, а не тема; используется тема «\(defaultName)»",
                                                 "'\(Sanitizer.oneLine(name))' is a database file, not a theme; using the '\(defaultName)' theme"))
            }
            guard let text = readFile(name) else {
                return LoadedTheme(theme: fallback, source: "built-in",
                                   error: Phrase("файл темы «\(Sanitizer.oneLine(name))» не найден или не читается; используется тема «\(defaultName)»",
                                                 "theme file '\(Sanitizer.oneLine(name))' not found or unreadable; using the '\(defaultName)' theme"))
            }
            return parsed(text, name: themeName, path: name, fallback: fallback)
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return LoadedTheme(theme: fallback, source: "built-in",
                               error: Phrase("недопустимое имя темы «\(Sanitizer.oneLine(name))»", "invalid theme name '\(Sanitizer.oneLine(name))'"))
        }
        for dir in directories ?? searchDirectories() {
            let path = join(dir, name + ".theme")
            if let text = readFile(path) { return parsed(text, name: name, path: path, fallback: fallback) }
        }
        if let theme = builtin(name) { return LoadedTheme(theme: theme, source: "built-in", error: nil) }
        let available = availableNames(directories: directories).joined(separator: ", ")
        return LoadedTheme(theme: fallback, source: "built-in",
                           error: Phrase("нет темы «\(name)»; есть: \(available); используется «\(defaultName)»",
                                         "no theme '\(name)'; available: \(available); using '\(defaultName)'"))
    }

    /// The theme to draw with on a terminal: the theme itself, or its
    /// attributes-only form when the terminal has no colours (or NO_COLOR).
    public static func adapted(_ theme: Theme, hasColors: Bool) -> Theme {
        hasColors ? theme : theme.withoutColors()
    }

    /// Built-in names and the names of theme files found in the directories.
    public static func availableNames(directories: [String]? = nil) -> [String] {
        var names = builtinNames
        for dir in directories ?? searchDirectories() {
            for file in listDirectory(dir) where file.hasSuffix(".theme") {
                let n = String(file.dropLast(".theme".count))
                if !n.isEmpty && !names.contains(n) { names.append(n) }
            }
        }
        return names
    }

    private static func parsed(_ text: String, name: String, path: String, fallback: Theme) -> LoadedTheme {
        do {
            return LoadedTheme(theme: try parse(text, name: name), source: path, error: nil)
        } catch {
            let file = ThemeParseError(source: path, issues: error.issues, namesNoRole: error.namesNoRole)
            let fileRU = file.text(.ru), fileEN = file.text(.en)
            return LoadedTheme(theme: fallback, source: "built-in",
                               error: Phrase("ошибка в теме, используется «\(defaultName)»:\n" + fileRU,
                                             "bad theme file, using '\(defaultName)':\n" + fileEN))
        }
    }

    // MARK: Files (no Foundation)

    static func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size <= 1_000_000 else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix(while: { $0 != 0 })
                return String(decoding: bytes, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let bytes = buffer[0..<n].map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let arg0 = CommandLine.arguments.first, arg0.contains("/") else { return nil }
        if arg0.hasPrefix("/") { return arg0 }
        guard let cwd = currentDirectory() else { return nil }
        return join(cwd, arg0)
    }

    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    static func parent(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        if slash == p.startIndex { return "/" }
        return String(p[..<slash])
    }

    static func baseName(_ path: String) -> String {
        var base = path.split(separator: "/").last.map(String.init) ?? path
        if base.hasSuffix(".theme") { base.removeLast(".theme".count) }
        return base
    }
}

extension Theme {
    /// Attributes only, the same for every theme: what the monochrome theme
    /// file says (a test keeps the two equal).
    /// The built-in monochrome theme's styles: one text says what a terminal
    /// without colours shows, whether chosen by name or by NO_COLOR (the tests
    /// parse every built-in; should it ever fail, the selection still shows).
    static let monochromeStyles: [StyleRole: Style] =
        (try? ThemeLoader.parse(BuiltinThemes.monochrome, name: "monochrome"))?.styles ?? [.selection: Style(reverse: true)]

    /// The attributes-only theme (no colours at all).
    public static var monochrome: Theme { Theme(name: "monochrome", styles: monochromeStyles) }

    /// This theme for a terminal without colours (vt100, NO_COLOR): each role
    /// drawn with attributes only — selection reverse, titles bold, muted dim,
    /// danger bold and underlined, and so on.
    public func withoutColors() -> Theme {
        Theme(name: name == "monochrome" ? name : name + "-monochrome", styles: Theme.monochromeStyles)
    }
}

fileprivate extension StringProtocol {
    /// Without leading and trailing spaces and tabs (and a trailing \r).
    func themeTrimmed() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
