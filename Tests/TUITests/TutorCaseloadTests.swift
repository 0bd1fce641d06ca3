import XCTest
import Domain
@testable import Storage
@testable import TUI

/// The tutor's caseload on the in-memory terminal (TeacherFixture: the tutor
/// supports Ёлкина (route in progress: overdue, waiting, a request),
/// Орлова (agreed route) and Семёнов (deficits, no route)).
final class TutorCaseloadTests: XCTestCase {
    func testCaseloadAt80x24() throws {
        let f = try TeacherFixture()
        let t = try f.screen("tutor", "4")
        let s = t.snapshot()
        XCTAssertTrue(s.contains("4 Сопровождаемые"), s)
        XCTAssertTrue(s.contains("ФИО"), s)
        for name in ["Ёлкина Алёна Сергеевна", "Орлова Мария Андреевна", "Семёнов Артём Игоревич"] { XCTAssertTrue(s.contains(name), s) }
        XCTAssertFalse(s.contains("Волков"), "a person outside the caseload is not listed:\n\(s)")
        XCTAssertFalse(s.contains("Муниципалитет"), "narrow: no municipality column\n\(s)")
        let elkina = try XCTUnwrap(s.split(separator: "\n").first { $0.contains("Ёлкина") })
        XCTAssertTrue(elkina.contains("никогда"), String(elkina))
    }

    func testCaseloadAt200x60() throws {
        let f = try TeacherFixture()
        let s = try f.screen("tutor", "4", size: Size(width: 200, height: 60)).snapshot()
        for column in ["ФИО", "Организация", "Муниципалитет", "Маршрут", "Прогресс", "Проср", "Ждут", "Контакт", "Запр", "Внимание"] {
            XCTAssertTrue(s.contains(column), "\(column)\n\(s)")
        }
        XCTAssertTrue(s.contains("Копейский ГО"), s)
    }

    private func names(_ s: String) -> [String] {
        let all = ["Ёлкина", "Орлова", "Семёнов"]
        return s.split(separator: "\n").compactMap { line in all.first { line.contains($0) } }
    }

    func testSortingByColumns() throws {
        let f = try TeacherFixture()
        XCTAssertEqual(names(try f.screen("tutor", "4").snapshot()), ["Ёлкина", "Орлова", "Семёнов"])
        // > steps the sort: name ascending, name descending, then the next columns.
        XCTAssertEqual(names(try f.screen("tutor", "4>>").snapshot()), ["Семёнов", "Орлова", "Ёлкина"])
        // Attention at 200 columns (last sortable column): < from no sort goes to the last column descending.
        let s = try f.screen("tutor", "4<lt>", size: Size(width: 200, height: 60)).snapshot()
        // Attention ↑ puts the most urgent first; ↓ (what < reaches first) the calmest: Орлова (2) · Семёнов (4) · Ёлкина.
        XCTAssertEqual(names(s), ["Орлова", "Семёнов", "Ёлкина"], s)
    }

    func testQuickFilters() throws {
        let f = try TeacherFixture()
        // Needs attention: Ёлкина (overdue, waiting, request, never contacted) and Семёнов (deficits, no route), most first.
        XCTAssertEqual(names(try f.screen("tutor", "4!").snapshot()).first, "Ёлкина")
        XCTAssertEqual(Set(names(try f.screen("tutor", "4W").snapshot())), ["Ёлкина"])
        XCTAssertEqual(names(try f.screen("tutor", "4D").snapshot()), [])
        XCTAssertEqual(Set(names(try f.screen("tutor", "4N").snapshot())), ["Ёлкина", "Орлова", "Семёнов"])
        try f.store.logConsultation(try f.store.viewer(login: "tutor"), personID: f.id("t_progress"), date: f.store.today(), form: .remote, topic: "Шаги")
        XCTAssertEqual(Set(names(try f.screen("tutor", "4N").snapshot())), ["Орлова", "Семёнов"])
        // f cycles; Esc clears; / filters by name.
        XCTAssertTrue(try f.screen("tutor", "4ff").snapshot().contains("черновики на согласование"))
        XCTAssertEqual(names(try f.screen("tutor", "4/орл<Enter>").snapshot()), ["Орлова"])
        XCTAssertEqual(names(try f.screen("tutor", "4W<Esc>").snapshot()).count, 3)
    }

    func testHelpExplainsTheAttentionRule() throws {
        let f = try TeacherFixture()
        let s = try f.screen("tutor", "4?", size: Size(width: 120, height: 60)).snapshot()
        XCTAssertTrue(s.contains("Внимание = 3×просрочено"), s)
    }
}
