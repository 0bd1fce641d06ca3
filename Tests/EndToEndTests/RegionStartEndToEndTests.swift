import Foundation
import XCTest

/// Starting a real region with the real binary: `init`, the rule that a
/// named file that is missing is never created, the demo on the default
/// path only, and what an unknown login is told.
final class RegionStartEndToEndTests: XCTestCase {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func initRegion(_ path: String, _ extra: [String] = []) throws -> Harness.Result {
        try Harness.metodist(["init", "--db", path, "--region", "Тюменская область", "--admin", "boss",
                              "--admin-name", "Петрова Анна Ивановна"] + extra)
    }

    func testInitMakesAnEmptyRegionWithItsAdministratorThatOpens() throws {
        let path = Harness.temporaryDirectory().appendingPathComponent("region.db").path
        let r = try initRegion(path)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Тюменская область"), r.stdout)
        XCTAssertTrue(r.stdout.contains("metodist import people"), "it says what comes next: \(r.stdout)")
        let version = try Harness.metodist(["--version"]).stdout
        let file = try SQLiteFile(path)
        XCTAssertEqual(file.rows("PRAGMA journal_mode").first?.first, "wal")
        XCTAssertTrue(version.contains("schema \(file.int("PRAGMA user_version")))"), "the current schema: \(version)")
        XCTAssertEqual(file.rows("SELECT value FROM meta WHERE key = 'region'").first?.first, "Тюменская область")
        XCTAssertEqual(file.rows("SELECT login, full_name FROM people"), [["boss", "Петрова Анна Ивановна"]])
        for table in ["municipalities", "organizations", "competences", "diagnostics", "requests", "routes", "programmes",
                      "sites", "practices", "events", "roadmap_items", "rma_applications", "mentoring"] {
            XCTAssertEqual(file.int("SELECT count(*) FROM \(table)"), 0, "no demo data in \(table)")
        }
        try Harness.assertIntact(path)
        // The administrator opens it: the region's own name, the real date, lists that say they are empty.
        let overview = try Harness.metodist(["--db", path, "--as", "boss", "--headless", "--size", "100x30", "--keys", ""])
        XCTAssertEqual(overview.status, 0, overview.stderr)
        XCTAssertTrue(overview.stdout.contains("Регион: Тюменская область"), overview.stdout)
        var now = time(nil), parts = tm()
        localtime_r(&now, &parts)
        let today = String(format: "%02d.%02d.%04d", parts.tm_mday, parts.tm_mon + 1, parts.tm_year + 1900)
        XCTAssertTrue(overview.stdout.contains("сегодня \(today)"), "a real region lives on the real day: \(overview.stdout)")
        XCTAssertFalse(overview.stdout.contains("Челяб"), overview.stdout)
        let catalogs = try Harness.metodist(["--db", path, "--as", "boss", "--headless", "--size", "100x30", "--keys", "8"])
        XCTAssertTrue(catalogs.stdout.contains("Программ в каталоге пока нет"), catalogs.stdout)
    }

    func testInitRefusesAnExistingFileAndLeavesItByteForByte() throws {
        let demo = try Harness.demoCopy()
        let before = bytes(demo)
        let r = try initRegion(demo)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("уже есть; он не изменён"), r.stderr)
        XCTAssertEqual(bytes(demo), before, "byte for byte")
        let en = try initRegion(demo, ["--lang", "en"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.stderr.contains("already exists"), en.stderr)
        XCTAssertEqual(bytes(demo), before)
    }

    func testInitArgumentErrorsAreSaidAndMakeNothing() throws {
        let dir = Harness.temporaryDirectory()
        let path = dir.appendingPathComponent("region.db").path
        let cases: [([String], String, String)] = [
            (["init", "--db", path, "--admin", "boss", "--admin-name", "Петрова Анна"], "нужно --region", "--region NAME is needed"),
            (["init", "--db", path, "--region", "Тюменская область", "--admin-name", "Петрова Анна"], "нужно --admin", "--admin LOGIN is needed"),
            (["init", "--db", path, "--region", "Тюменская область", "--admin", "boss"], "нужно --admin-name", "--admin-name \"FULL NAME\" is needed"),
            (["init", "--db", path, "--region", "Тюменская область", "--admin", "бос", "--admin-name", "Петрова Анна"],
             "недопустимый знак U+0431", "not allowed: U+0431"),
            (["init", "--db", path, "--region", "  ", "--admin", "boss", "--admin-name", "Петрова Анна"],
             "пустое название региона", "the region's name is empty"),
        ]
        for (args, ru, en) in cases {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(ru), "\(args): \(r.stderr)")
            let e = try Harness.metodist(args + ["--lang", "en"])
            XCTAssertEqual(e.status, 2, "\(args): \(e.stderr)")
            XCTAssertTrue(e.stderr.contains(en), "English: \(args): \(e.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [], "nothing is made")
    }

    /// Every command that opens a file, given a missing one with `--db` or
    /// `METODIST_DB`: exit 2, a message naming init and demo, and nothing
    /// made — neither the file nor a folder on its way.
    func testANamedMissingFileIsNeverCreatedByAnyCommand() throws {
        let dir = Harness.temporaryDirectory()
        let csv = dir.appendingPathComponent("people.csv").path
        try Data("логин;ФИО;организация;должность\nnew.one;Новая Анна Петровна;1;учитель\n".utf8).write(to: URL(fileURLWithPath: csv))
        let missing = dir.appendingPathComponent("no/such/dir/x.db").path
        let commands: [[String]] = [
            [], ["--as", "admin"], ["--as", "admin", "--headless", "--keys", "q"], ["check"], ["export", "people", "--as", "admin"],
            ["import", "people", csv, "--as", "admin"], ["import", "people", csv, "--as", "admin", "--dry-run"],
            ["backup", "--to", dir.appendingPathComponent("copy.db").path],
        ]
        for args in commands {
            for (how, env) in [("--db", [String: String]()), ("METODIST_DB", ["METODIST_DB": missing])] {
                let r = try Harness.metodist(how == "--db" ? ["--db", missing] + args : args, environment: env)
                XCTAssertEqual(r.status, 2, "\(how) \(args): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("ничего не создано"), "\(how) \(args): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("metodist init --db \(missing)"), "\(how) \(args): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains("metodist demo --db \(missing)"), "\(how) \(args): \(r.stderr)")
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["people.csv"], "no folder, no file")
        let en = try Harness.metodist(["--db", missing, "--lang", "en"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.stderr.contains("nothing was created"), en.stderr)
    }

    func testTheIssuesExampleCreatesNothing() throws {
        let r = try Harness.metodist(["--db", "/no/such/dir/x.db"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("metodist init") && r.stderr.contains("metodist demo"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/no/such"))
    }

    /// Only the default path (no --db, no METODIST_DB) gets the demo on the
    /// first run, and that run prints the demo logins `metodist demo` prints.
    func testTheFirstRunOnTheDefaultPathBuildsTheDemoAndPrintsItsLogins() throws {
        let home = Harness.temporaryDirectory()
        let env = ["XDG_DATA_HOME": home.path, "METODIST_DB": ""]
        let first = try Harness.metodist(["--as", "coordinator", "--teachers", "100", "--headless", "--keys", ""], environment: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("Первый запуск"), first.stderr)
        XCTAssertTrue(first.stdout.contains("Челябинская область"), "the screen shows the demo region: \(first.stdout)")
        let demo = try Harness.metodist(["demo", "--db", home.appendingPathComponent("other.db").path, "--teachers", "100"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        func logins(_ text: String) -> [String] {
            guard let r = text.range(of: "Демо-логины") else { return [] }
            return text[r.lowerBound...].split(separator: "\n").dropFirst().map(String.init).filter { $0.hasPrefix("  ") }
        }
        XCTAssertEqual(logins(first.stderr).count, 8, first.stderr)
        XCTAssertEqual(logins(first.stderr), logins(demo.stdout), "the same list as metodist demo")
        XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent("metodist/metodist.db").path))
        let second = try Harness.metodist(["--as", "coordinator", "--headless", "--keys", ""], environment: env)
        XCTAssertFalse(second.stderr.contains("Первый запуск"), "built once: \(second.stderr)")
    }

    func testAnUnknownLoginInADemoIsToldTheLoginsTheFileHas() throws {
        let path = try Harness.demoCopy()
        try SQLiteFile(path).execute("UPDATE people SET login = 'mentor.gone' WHERE login = 'mentor'")
        let r = try Harness.metodist(["--db", path, "--as", "nobody", "--headless", "--keys", "q"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("демо-регион"), r.stderr)
        XCTAssertTrue(r.stderr.contains("teacher, teacher2, tutor, methodist, rma, coordinator, admin"), r.stderr)
        XCTAssertFalse(r.stderr.contains(" mentor"), "a login the file no longer has is not offered: \(r.stderr)")
        let teacher = try Harness.metodist(["--db", path, "--as", "teacher", "--headless", "--keys", "q"])
        XCTAssertEqual(teacher.status, 0, "a login offered works: \(teacher.stderr)")
    }

    func testAnUnknownLoginInARealRegionIsToldWhoAddsPeople() throws {
        let path = Harness.temporaryDirectory().appendingPathComponent("region.db").path
        XCTAssertEqual(try initRegion(path).status, 0)
        for args in [["--db", path, "--as", "teacher", "--headless", "--keys", "q"], ["export", "people", "--db", path, "--as", "teacher"]] {
            let r = try Harness.metodist(args)
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertTrue(r.stderr.contains("«teacher» не найден"), r.stderr)
            XCTAssertTrue(r.stderr.contains("администратор (boss)"), r.stderr)
            XCTAssertTrue(r.stderr.contains("metodist import people"), r.stderr)
            XCTAssertFalse(r.stderr.contains("демо"), "a real region is not sent to the demo: \(r.stderr)")
        }
        let en = try Harness.metodist(["--db", path, "--as", "teacher", "--lang", "en", "--headless", "--keys", "q"])
        XCTAssertTrue(en.stderr.contains("People are added by an administrator (boss)"), en.stderr)
    }

    /// One clock: what a demo session does "today" is recorded on the day its
    /// screens call today (the demo's fixed day), not the machine's.
    func testADemoActionIsLoggedOnTheDayTheScreensCallToday() throws {
        let path = try Harness.demoCopy()
        let overview = try Harness.metodist(["--db", path, "--as", "methodist", "--headless", "--size", "120x40", "--keys", ""])
        XCTAssertTrue(overview.stdout.contains("сегодня 15.03.2024"), overview.stdout)
        let comment = try Harness.metodist(["--db", path, "--as", "methodist", "--headless", "--size", "120x40",
                                            "--keys", "3<Down><Down>cCLOCK-E2E<C-s>"])
        XCTAssertTrue(comment.stdout.contains("комментарий добавлен"), comment.stdout)
        let audit = try Harness.metodist(["export", "audit", "--db", path, "--as", "admin", "--format", "csv", "--text", "CLOCK-E2E"])
        XCTAssertEqual(audit.status, 0, audit.stderr)
        let rows = audit.stdout.split(separator: "\n").filter { $0.contains("CLOCK-E2E") }
        XCTAssertEqual(rows.count, 1, audit.stdout)
        XCTAssertTrue(rows.first?.contains("15.03.2024") ?? false, "logged on the screens' today: \(audit.stdout)")
        // The audit view's period filter for that day finds it.
        let filtered = try Harness.metodist(["--db", path, "--as", "admin", "--headless", "--size", "160x40",
                                             "--keys", "9d2024-03-15<Tab>2024-03-15<Enter>"])
        XCTAssertTrue(filtered.stdout.contains("Отбор: 15.03.2024–15.03.2024"), "the filter is on: \(filtered.stdout)")
        XCTAssertTrue(filtered.stdout.contains("CLOCK-E2E"), filtered.stdout)
    }
}
