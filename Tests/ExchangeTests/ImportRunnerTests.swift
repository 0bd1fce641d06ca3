import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// The shared import loop: checks without the write lock, then one write.
final class ImportRunnerTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    /// Stands for what another session may do between the check and the
    /// write: its `apply` writes a login the file already has (a UNIQUE key).
    struct LateDuplicate: TableImporter {
        static var noun: Phrase { Phrase("строк", "rows") }
        let store: SQLiteStore
        static func prepare(_ store: any ImportSink, actor: Viewer?, header: [String]) throws -> Result<LateDuplicate, Refusal> {
            .success(LateDuplicate(store: store as! SQLiteStore))
        }
        mutating func resolve(_ record: CSVRecord) throws -> Result<String, ImportProblem> { .success(record.fields[0]) }
        mutating func apply(_ rows: [String]) throws -> Phrase? {
            try store.db.execute("INSERT INTO people(login, full_name, name_key) VALUES ('late.one', 'Поздний', 'поздний')")
            for login in rows {
                try store.db.execute("INSERT INTO people(login, full_name, name_key) VALUES (?, 'Новый', 'новый')", [login])
            }
            return nil
        }
        static func mayImport(_ actor: Viewer) -> Bool { true }
    }

    func testAKeyWrittenMeanwhileRefusesTheWholeImportInWordsNotSQL() throws {
        let before = try f.store.db.scalarInt("SELECT count(*) FROM people")
        let r = ImportRunner.run(LateDuplicate.self, f.store, actor: try f.viewer("admin"),
                                 data: Data("логин\nfirst.new\nlate.one\n".utf8), fileName: "p.csv", dryRun: false, language: .ru)
        XCTAssertEqual(r.exitCode, ExitCode.refused)
        XCTAssertEqual(r.lines, ["p.csv: данные изменились во время импорта (другая сессия записала то же); ничего не загружено — запустите импорт ещё раз."])
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM people"), before, "all or nothing")
    }

    func testADryRunTakesNoWriteLock() throws {
        // Another connection holds the write lock for the whole dry run: the check still answers.
        let other = try Database(path: f.store.path, create: false)
        try other.execute("BEGIN IMMEDIATE")
        defer { _ = try? other.execute("ROLLBACK") }
        f.store.db.busyWait.limit = 0.05
        let r = PeopleImport.run(f.store, actor: try f.viewer("admin"),
                                 data: Data("логин,ФИО\nnew.person,Новая Анна\n".utf8), fileName: "p.csv", dryRun: true)
        XCTAssertEqual(r.exitCode, ExitCode.ok, r.lines.joined(separator: "\n"))
    }
}
