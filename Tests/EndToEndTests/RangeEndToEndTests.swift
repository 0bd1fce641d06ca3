import CSQLite
import Foundation
import XCTest

/// Issue 15's probe with the real binary: a programme of
/// 9223372036854775807 hours is refused by the import; steps of such hours
/// written by another tool no longer make the teacher and the tutor exit
/// with 132 on start; `check` counts them instead of «Всё в порядке».
final class RangeEndToEndTests: XCTestCase {
    /// The binary built next to this test bundle (any scratch path), else the harness's.
    static let binary: String = {
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("metodist").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : Harness.binary
    }()

    func metodist(_ args: [String]) throws -> Harness.Result { try Harness.run(Self.binary, args) }

    func testAnAbsurdProgrammeIsRefusedAndAbsurdStoredHoursNeitherCrashNorPassTheCheck() throws {
        let path = try Harness.demoCopy()
        let csv = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("p.csv").path
        try "название,организатор,часы,формат\nБесконечный курс,ЧИППКРО,9223372036854775807,очно\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try metodist(["import", "programmes", csv, "--db", path, "--as", "coordinator"])
        XCTAssertEqual(imported.status, 1, imported.stdout + imported.stderr)
        XCTAssertTrue((imported.stdout + imported.stderr).contains("поле «часы»: Часы программы: от 1 до 1000, а указано 9223372036854775807"),
                      imported.stdout + imported.stderr)

        // Another tool writes what the import refuses.
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, "UPDATE steps SET hours = 9223372036854775807; UPDATE programmes SET hours = -1 WHERE id = 1",
                                    nil, nil, nil), SQLITE_OK)
        let steps = Int(sqlite3_changes(db))
        sqlite3_close(db)
        XCTAssertGreaterThan(steps, 0)

        for login in ["teacher", "tutor"] {
            let r = try metodist(["--db", path, "--as", login, "--headless", "--keys", "<Enter><Tab><Enter>"])
            XCTAssertEqual(r.status, 0, "\(login): \(r.stderr.suffix(600))")
        }
        let check = try metodist(["check", "--db", path])
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertFalse(check.stdout.contains("Всё в порядке"), check.stdout)
        XCTAssertTrue(check.stdout.contains("часы шагов маршрутов (steps.hours)"), check.stdout)
        XCTAssertTrue(check.stdout.contains("часы программ (programmes.hours) — 1"), check.stdout)
    }
}
