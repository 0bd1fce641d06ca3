import XCTest
import Foundation
import CNCurses
@testable import TUI

final class ThemeLoaderTests: XCTestCase {
    /// The package's themes/ folder, found from this file's path.
    private var themesDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes").path
    }

    private func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.path
    }

    private func issues(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [ThemeIssue] {
        do {
            _ = try ThemeLoader.parse(text, name: "test")
            XCTFail("expected errors", file: file, line: line)
            return []
        } catch { return error.issues }
    }

    /// A valid theme text with one line replaced (or added).
    private func validText(replacing role: StyleRole? = nil, with line: String? = nil) -> String {
        var lines = StyleRole.allCases.map { "\($0.rawValue) = default" }
        if let role, let idx = StyleRole.allCases.firstIndex(of: role) {
            if let line { lines[idx] = line } else { lines.remove(at: idx) }
        } else if let line { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    func testShippedFilesAreTheBuiltins() {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: themesDirectory)) ?? [])
            .filter { $0.hasSuffix(".theme") }.sorted()
        XCTAssertEqual(files, ["dark.theme", "high-contrast.theme", "light.theme", "monochrome.theme"])
        XCTAssertEqual(ThemeLoader.builtinNames, ["dark", "light", "high-contrast", "monochrome"])
        for (name, text) in BuiltinThemes.all {
            let path = themesDirectory + "/" + name + ".theme"
            guard let fileText = try? String(contentsOfFile: path, encoding: .utf8) else {
                XCTFail("cannot read \(path)"); continue
            }
            XCTAssertEqual(text, fileText, "BuiltinThemes.\(name) differs from \(path): copy the file's text into BuiltinThemes.swift")
        }
    }

    func testEveryShippedThemeParsesAndNamesEveryRole() throws {
        for (name, text) in BuiltinThemes.all {
            let theme = try ThemeLoader.parse(text, name: name)
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.allCases), name)
            // The file names each role on its own line (not just parsed leniently).
            for role in StyleRole.allCases {
                XCTAssertTrue(text.contains("\n\(role.rawValue) "), "\(name) names \(role.rawValue)")
            }
        }
        for file in ["dark", "light", "high-contrast", "monochrome"] {
            let loaded = ThemeLoader.load(name: file, directories: [themesDirectory])
            XCTAssertNil(loaded.error, "\(file): \(loaded.error?.en ?? "")")
            XCTAssertEqual(loaded.source, themesDirectory + "/" + file + ".theme")
        }
    }

    func testDefaultThemeIsDark() {
        let theme = ThemeLoader.defaultTheme
        XCTAssertEqual(theme.name, "dark")
        XCTAssertEqual(theme.style(.selection), Style(foreground: .index(231), background: .index(25), bold: true))
        XCTAssertEqual(theme.style(.text), Style())
        XCTAssertEqual(ThemeLoader.builtin("light")?.name, "light")
        XCTAssertNil(ThemeLoader.builtin("nope"))
    }

    func testSelectionStandsOutInEveryTheme() {
        for (name, _) in BuiltinThemes.all {
            guard let theme = ThemeLoader.builtin(name) else { XCTFail(name); continue }
            XCTAssertNotEqual(theme.style(.selection), theme.style(.text), name)
            XCTAssertNotEqual(theme.style(.selection), theme.style(.selectionInactive), name)
            XCTAssertNotEqual(theme.style(.statusBar), theme.style(.text), name)
        }
    }

    func testParsesColoursAndAttributes() throws {
        let text = validText(replacing: .danger, with: "danger = bright-red on 52 bold underline  # comment")
            + "\n# a comment line\n\n"
        var parsed = try ThemeLoader.parse(text, name: "t")
        XCTAssertEqual(parsed.style(.danger), Style(foreground: .index(9), background: .index(52), bold: true, underline: true))
        parsed = try ThemeLoader.parse(validText(replacing: .muted, with: "  muted=245 dim\t"), name: "t")
        XCTAssertEqual(parsed.style(.muted), Style(foreground: .index(245), dim: true))
        parsed = try ThemeLoader.parse(validText(replacing: .title, with: "title = reverse italic"), name: "t")
        XCTAssertEqual(parsed.style(.title), Style(reverse: true, italic: true))
        parsed = try ThemeLoader.parse(validText(replacing: .title, with: "Title = WHITE on Black"), name: "t")
        XCTAssertEqual(parsed.style(.title), Style(foreground: .index(7), background: .index(0)))
        parsed = try ThemeLoader.parse(validText(replacing: .statusKey, with: "status-key = 0 on 255"), name: "t")
        XCTAssertEqual(parsed.style(.statusKey), Style(foreground: .index(0), background: .index(255)))
        // CRLF files are fine.
        parsed = try ThemeLoader.parse(validText().replacingOccurrences(of: "\n", with: "\r\n"), name: "t")
        XCTAssertEqual(parsed.styles.count, StyleRole.allCases.count)
    }

    func testBadLineIsNamed() {
        let text = validText(replacing: .muted, with: "muted = purple")
        let found = issues(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.line, 2)
        XCTAssertTrue(found.first?.description.contains("строка 2") ?? false, found.first?.description ?? "")
        XCTAssertTrue(found.first?.text(.en).contains("purple") ?? false)
        XCTAssertTrue(found.first?.text(.en).contains("line 2") ?? false)
    }

    func testErrorKinds() {
        func firstMessage(_ line: String, _ role: StyleRole = .muted) -> String {
            issues(validText(replacing: role, with: line)).first?.text(.en) ?? "no issue"
        }
        XCTAssertTrue(firstMessage("muted 245").contains("expected 'role = colour"))
        XCTAssertTrue(firstMessage("mutd = 245").contains("unknown role 'mutd'"))
        XCTAssertTrue(firstMessage("muted = 256").contains("not in 0-255"))
        XCTAssertTrue(firstMessage("muted = 245 on").contains("must follow 'on'"))
        XCTAssertTrue(firstMessage("muted = 245 on teal").contains("unknown background colour 'teal'"))
        XCTAssertTrue(firstMessage("muted = 245 blink").contains("unknown colour or attribute 'blink'"))
        XCTAssertTrue(firstMessage("muted = 245 240").contains("extra colour '240'"))
        XCTAssertTrue(firstMessage("muted = ").contains("no style given"))
        XCTAssertTrue(firstMessage(" = 245").contains("no role name"))
        XCTAssertTrue(firstMessage("muted = bold on red").contains("'on background' must come once"))
    }

    func testDuplicateAndMissingRoles() {
        let dup = issues(validText(replacing: nil, with: "text = red"))
        XCTAssertEqual(dup.count, 1)
        XCTAssertEqual(dup.first?.line, StyleRole.allCases.count + 1)
        XCTAssertTrue(dup.first?.text(.en).contains("already set on line 1") ?? false, dup.first?.text(.en) ?? "")

        let missing = issues(validText(replacing: .highlight, with: nil))
        XCTAssertEqual(missing.count, 1)
        XCTAssertNil(missing.first?.line)
        XCTAssertTrue(missing.first?.text(.en).contains("roles not set: highlight") ?? false)

        XCTAssertEqual(issues("").first?.text(.en).hasPrefix("roles not set: text, muted"), true)
    }

    func testAllIssuesReportedWithSource() {
        do {
            _ = try ThemeLoader.parse("text = nope\nmuted = 999\n", name: "my.theme")
            XCTFail("expected errors")
        } catch {
            XCTAssertEqual(error.issues.count, 3)  // two bad lines and the missing roles
            let text = error.text(.en)
            XCTAssertTrue(text.contains("my.theme:1: unknown colour or attribute 'nope'"), text)
            XCTAssertTrue(text.contains("my.theme:2: colour number '999'"), text)
        }
    }

    func testBadFileGivesDefaultThemeAndErrorNamingTheLine() throws {
        let dir = try temporaryDirectory()
        let text = "# my theme\n" + validText(replacing: .title, with: "title = yelow bold")
        try text.write(toFile: dir + "/mine.theme", atomically: true, encoding: .utf8)
        let loaded = ThemeLoader.load(name: "mine", directories: [dir])
        XCTAssertEqual(loaded.theme.name, "dark")
        XCTAssertEqual(loaded.theme.styles, ThemeLoader.defaultTheme.styles)
        let message = loaded.error?.en ?? ""
        XCTAssertTrue(message.contains(dir + "/mine.theme:4: unknown colour or attribute 'yelow'"), message)
        XCTAssertTrue(loaded.error?.ru.contains("mine.theme:4:") ?? false)
    }

    /// `--theme /etc/shadow`: a file that is not a theme gives a short
    /// warning that repeats none of its lines.
    func testAFileThatIsNotAThemeIsNotEchoed() throws {
        let dir = try temporaryDirectory()
        let secretLines = ["root:$6$Zq1XsaLt$9bYhAsHeDpAsSwOrD:19000:0:99999:7:::", "daemon:*:19000:0:99999:7:::",
                           "API_TOKEN=hunter2-very-secret", "db password = swordfish", "\u{1B}]0;owned\u{07}"]
        let path = dir + "/shadow"
        try (secretLines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ThemeLoader.load(name: path)
        XCTAssertEqual(loaded.theme.name, "dark")
        for message in [loaded.error?.ru ?? "", loaded.error?.en ?? ""] {
            XCTAssertFalse(message.isEmpty)
            for secret in ["Zq1XsaLt", "9bYhAsHeDpAsSwOrD", "daemon", "19000", "hunter2", "API_TOKEN", "swordfish", "owned"] {
                XCTAssertFalse(message.contains(secret), "\(secret) echoed: \(message)")
            }
            XCTAssertFalse(message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, message.debugDescription)
            XCTAssertLessThanOrEqual(message.split(separator: "\n").count, 2, message)
        }
        XCTAssertTrue(loaded.error?.ru.contains("не файл темы") ?? false, loaded.error?.ru ?? "")
    }

    /// In a file that is a theme, a value that is not a theme word is not quoted either.
    func testOnlyThemeWordsAreQuoted() throws {
        let dir = try temporaryDirectory()
        let text = validText(replacing: .title, with: "title = s3cr3t:pa$$w0rd bold")
            + "\nПароль_от_почты = red\n" + (1...10).map { "mu\($0)ted = blue" }.joined(separator: "\n")
        try text.write(toFile: dir + "/mine.theme", atomically: true, encoding: .utf8)
        let loaded = ThemeLoader.load(name: "mine", directories: [dir])
        let message = loaded.error?.en ?? ""
        XCTAssertFalse(message.contains("s3cr3t"), message)
        XCTAssertFalse(message.contains("Пароль"), message)
        XCTAssertTrue(message.contains("unknown colour or attribute;"), message)
        XCTAssertTrue(message.contains("… and"), "a long list is cut: \(message)")
        XCTAssertLessThanOrEqual(message.split(separator: "\n").count, 7, message)  // the heading, 5 issues, «… and N more»
    }

    func testFileOnDiskWinsAndPathsWork() throws {
        let dir = try temporaryDirectory()
        try validText(replacing: .text, with: "text = green").write(toFile: dir + "/dark.theme", atomically: true, encoding: .utf8)
        let loaded = ThemeLoader.load(name: "dark", directories: ["/nonexistent-dir", dir])
        XCTAssertNil(loaded.error)
        XCTAssertEqual(loaded.theme.style(.text).foreground, .index(2))
        XCTAssertEqual(loaded.source, dir + "/dark.theme")

        let byPath = ThemeLoader.load(name: dir + "/dark.theme", directories: [])
        XCTAssertNil(byPath.error)
        XCTAssertEqual(byPath.theme.style(.text).foreground, .index(2))

        let missingPath = ThemeLoader.load(name: dir + "/none.theme", directories: [])
        XCTAssertNotNil(missingPath.error)
        XCTAssertEqual(missingPath.theme.name, "dark")
    }

    func testBuiltinsWorkWithNoFilesAnywhere() {
        for name in ThemeLoader.builtinNames {
            let loaded = ThemeLoader.load(name: name, directories: [])
            XCTAssertNil(loaded.error, name)
            XCTAssertEqual(loaded.source, "built-in")
            XCTAssertEqual(loaded.theme.name, name)
        }
    }

    func testUnknownAndInvalidNames() throws {
        let dir = try temporaryDirectory()
        try validText().write(toFile: dir + "/ocean.theme", atomically: true, encoding: .utf8)
        let unknown = ThemeLoader.load(name: "solarized", directories: [dir])
        XCTAssertEqual(unknown.theme.name, "dark")
        let message = unknown.error?.en ?? ""
        XCTAssertTrue(message.contains("no theme 'solarized'"), message)
        XCTAssertTrue(message.contains("dark, light, high-contrast, monochrome, ocean"), message)
        XCTAssertNotNil(ThemeLoader.load(name: "..", directories: [dir]).error)
        XCTAssertNotNil(ThemeLoader.load(name: "", directories: [dir]).error)
        XCTAssertEqual(ThemeLoader.load(name: "ocean", directories: [dir]).theme.name, "ocean")
    }

    func testSearchDirectories() {
        let dirs = ThemeLoader.searchDirectories()
        XCTAssertTrue(dirs.first?.hasSuffix("/themes") ?? false, "\(dirs)")
        XCTAssertTrue(dirs.contains { $0.hasSuffix("metodist/themes") }, "\(dirs)")
        XCTAssertEqual(Set(dirs).count, dirs.count)
        // The test binary sits under .build*/…: one of its parents is the package with themes/.
        XCTAssertTrue(dirs.contains(themesDirectory), "\(dirs)")
    }

    func testWithoutColorsUsesAttributesOnly() throws {
        for (name, _) in BuiltinThemes.all {
            guard let theme = ThemeLoader.builtin(name) else { XCTFail(name); continue }
            let mono = theme.withoutColors()
            XCTAssertEqual(Set(mono.styles.keys), Set(StyleRole.allCases))
            for (role, style) in mono.styles {
                XCTAssertEqual(style.foreground, .default, "\(name).\(role)")
                XCTAssertEqual(style.background, .default, "\(name).\(role)")
            }
            XCTAssertTrue(mono.style(.selection).reverse)
            XCTAssertTrue(mono.style(.title).bold)
            XCTAssertTrue(mono.style(.muted).dim)
            XCTAssertTrue(mono.style(.danger).bold && mono.style(.danger).underline)
            XCTAssertTrue(mono.style(.statusBar).reverse)
        }
        // The monochrome file says the same as withoutColors().
        let file = try ThemeLoader.parse(BuiltinThemes.monochrome, name: "monochrome")
        XCTAssertEqual(file.styles, ThemeLoader.defaultTheme.withoutColors().styles)
        XCTAssertEqual(Theme.monochrome.styles, file.styles)
        XCTAssertEqual(ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: false).styles, file.styles)
        XCTAssertEqual(ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true).styles, ThemeLoader.defaultTheme.styles)
    }
}

/// The colour mapping and signal plumbing of the ncurses terminal (the parts
/// testable without a terminal).
final class NCursesSupportTests: XCTestCase {
    func testColourIndicesKeptWhenTheTerminalHasThem() {
        XCTAssertEqual(ColorMapping.map(196, colors: 256), 196)
        XCTAssertEqual(ColorMapping.map(9, colors: 16), 9)
        XCTAssertEqual(ColorMapping.map(3, colors: 8), 3)
    }

    func testColourIndicesMappedToNearestBasic() {
        XCTAssertEqual(ColorMapping.map(196, colors: 8), 1)   // red
        XCTAssertEqual(ColorMapping.map(9, colors: 8), 1)     // bright red -> red
        XCTAssertEqual(ColorMapping.map(231, colors: 8), 7)   // white
        XCTAssertEqual(ColorMapping.map(16, colors: 8), 0)    // black
        XCTAssertEqual(ColorMapping.map(21, colors: 8), 4)    // blue
        XCTAssertEqual(ColorMapping.map(46, colors: 8), 2)    // green
        XCTAssertEqual(ColorMapping.map(226, colors: 8), 3)   // yellow
        XCTAssertEqual(ColorMapping.map(235, colors: 8), 0)   // very dark grey -> black
        XCTAssertEqual(ColorMapping.map(240, colors: 8), 7)   // a grey text colour stays visible
        XCTAssertEqual(ColorMapping.map(245, colors: 8), 7)
        XCTAssertEqual(ColorMapping.map(238, colors: 8, foreground: false), 0)  // a dark grey background -> black
        XCTAssertEqual(ColorMapping.map(252, colors: 8, foreground: false), 7)
        XCTAssertEqual(ColorMapping.map(240, colors: 16), 8)  // bright black among 16
        XCTAssertEqual(ColorMapping.map(25, colors: 8), 4)    // steel blue -> blue
        XCTAssertEqual(ColorMapping.map(252, colors: 8), 7)   // light grey -> white
        XCTAssertEqual(ColorMapping.map(196, colors: 16), 9)  // bright red among 16
        for n in 0...255 {
            XCTAssertLessThan(ColorMapping.map(n, colors: 8), 8)
            XCTAssertLessThan(ColorMapping.map(n, colors: 16), 16)
        }
    }

    func testPaletteRGB() {
        XCTAssertEqual(ColorMapping.rgb(16).0, 0)
        XCTAssertEqual(ColorMapping.rgb(231).0, 255)
        XCTAssertEqual(ColorMapping.rgb(196).0, 255)
        XCTAssertEqual(ColorMapping.rgb(196).1, 0)
        XCTAssertEqual(ColorMapping.rgb(232).0, 8)
        XCTAssertEqual(ColorMapping.rgb(255).0, 238)
    }

    /// The handler installed from one module sets the flag every module reads
    /// (a `static` flag in the shim header would give each object file its own).
    func testSignalFlagIsSharedAcrossModules() {
        cn_clear_signal()
        cn_install_signal_handlers()
        defer { cn_clear_signal(); cn_restore_default_signals() }
        XCTAssertEqual(NCursesTerminal.pendingSignal, 0)
        raise(SIGHUP)
        XCTAssertEqual(cn_pending_signal(), SIGHUP)             // read from the test module
        XCTAssertEqual(NCursesTerminal.pendingSignal, SIGHUP)   // read from the TUI module
    }

    func testNoColorRequested() {
        let old = getenv("NO_COLOR").map { String(cString: $0) }
        defer { if let old { setenv("NO_COLOR", old, 1) } else { unsetenv("NO_COLOR") } }
        unsetenv("NO_COLOR")
        XCTAssertFalse(NCursesTerminal.noColorRequested())
        setenv("NO_COLOR", "", 1)
        XCTAssertFalse(NCursesTerminal.noColorRequested())
        setenv("NO_COLOR", "1", 1)
        XCTAssertTrue(NCursesTerminal.noColorRequested())
    }

    func testStartingWithoutATerminalIsAClearError() {
        // Under the test runner stdin is usually not a terminal; when it is, skip.
        guard isatty(0) == 0 || isatty(1) == 0 else { return }
        do {
            let t = try NCursesTerminal()
            t.shutdown()
            XCTFail("expected an error without a terminal")
        } catch {
            XCTAssertTrue("\(error)".contains("--headless"), "\(error)")
        }
    }

    /// A theme path that may be a database is never opened (closing it would drop SQLite's locks).
    func testADatabasePathIsNotReadAsATheme() {
        for path in ["/tmp/region.db", "/tmp/region.db-wal", "/tmp/x.sqlite"] {
            let loaded = ThemeLoader.load(name: path)
            XCTAssertEqual(loaded.source, "built-in")
            XCTAssertTrue(loaded.error?.ru.contains("файл базы данных, а не тема") ?? false, path)
        }
    }
}
