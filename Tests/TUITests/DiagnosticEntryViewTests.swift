import XCTest
import Domain
@testable import Storage
@testable import TUI

/// Diagnostics entered on screen: the teacher's self-assessment on her
/// «Диагностика» tab and its same-day withdrawal, the tutor's lesson
/// observation on the person's screen; each form at 80x24 and 160x48, and a
/// refusal for each rule, with the typed scores kept.
final class DiagnosticEntryViewTests: XCTestCase {
    private func diagnosticsCount(_ f: TeacherFixture, _ login: String) throws -> Int {
        try f.store.db.scalarInt("SELECT count(*) FROM diagnostics WHERE person_id = ?", [f.id(login)])
    }

    func testTheSelfAssessmentFormAt80x24And160x48() throws {
        let f = try TeacherFixture()
        let narrow = try f.screen("t_progress", "3n").text()
        for line in ["─ Самооценка ─", "Ёлкина Алёна Сергеевна", "Баллы 0–100, порог 60; пусто — не оценивалось.", "Дата *",
                     "15.03.2024", "М2 Оценивание образоват…  —", "Ц1 Цифровые образовател…  —", "Ctrl+S — сохранить"] {
            XCTAssertTrue(narrow.contains(line), "\(line):\n\(narrow)")
        }
        XCTAssertFalse(narrow.contains("│ Источник"), "a self-assessment has one source:\n\(narrow)")
        // A name cut to its column is said whole on the hint line while its field has the focus.
        let focused = try f.screen("t_progress", "3n<Tab>").text()
        XCTAssertTrue(focused.contains("│ М2 Оценивание образовательных результатов · Tab — следующее поле"), focused)
        let wide = try f.screen("t_progress", "3n", size: Size(width: 160, height: 48)).text()
        XCTAssertTrue(wide.contains("М2 Оценивание образовательных результатов  —"), "whole names on a wide screen:\n\(wide)")
        XCTAssertTrue(wide.contains("П1 Предметные знания"), wide)
        XCTAssertTrue(wide.contains("Заметка"), wide)
    }

    func testASavedSelfAssessmentSaysWhatItClosedAndCanBeWithdrawnThatDay() throws {
        let f = try TeacherFixture()
        let (app, first) = try f.run("t_progress", "3n<Tab><Tab>70<C-s>")
        var s = first.text()
        XCTAssertTrue(s.contains("Диагностика записана · закрыт: Ц1"), s)
        XCTAssertTrue(s.contains("15.03.2024 самооценка"), s)
        XCTAssertTrue(s.contains("✓ закрыт: Ц1 Цифровые образовательные ресурсы · 50 → 70"), s)
        XCTAssertEqual(try f.store.db.first("SELECT status FROM deficits WHERE id = ?", [f.id("def_c1")]) { $0.string(0) }, "closed")
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("x")).screen
        XCTAssertTrue(s.contains("Отозвать диагностику от 15.03.2024 (самооценка)?"), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("д")).screen
        XCTAssertTrue(s.contains("Диагностика отозвана · снова открыт: Ц1"), s)
        XCTAssertEqual(try f.store.db.first("SELECT status FROM deficits WHERE id = ?", [f.id("def_c1")]) { $0.string(0) }, "inWork")
        // An older diagnostic (not hers, not today's) is not withdrawn: said without a question.
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("x")).screen
        XCTAssertTrue(s.contains("Нельзя: Отозвать диагностику может только тот, кто её внёс"), s)
    }

    func testRefusalsKeepTheFormAndTheTypedScores() throws {
        let f = try TeacherFixture()
        let before = try diagnosticsCount(f, "t_progress")
        // A score off the scale: refused in its field.
        let (app, first) = try f.run("t_progress", "3n<Tab>170<C-s>")
        var s = first.text()
        XCTAssertTrue(s.contains("170"), s)
        XCTAssertTrue(s.contains("0…100") || s.contains("0–100") && s.contains("Балл"), s)
        XCTAssertFalse(s.contains("Диагностика записана"), s)
        // A date in the future: refused by the rule, the scores stay.
        s = Headless.run(app, size: Size(width: 80, height: 24),
                         events: try KeySyntax.parse("<BS><BS><BS>65<S-Tab><C-u>20.03.2024<C-s>")).screen
        XCTAssertTrue(s.contains("✗ Дата диагностики не может быть в будущем"), s)
        XCTAssertTrue(s.contains("М2 Оценивание образоват…  65"), s)
        XCTAssertEqual(try diagnosticsCount(f, "t_progress"), before)
    }

    func testTheTutorsLessonObservationAt80x24And160x48() throws {
        let f = try TeacherFixture()
        let narrow = try f.screen("tutor", "4j<Enter>o").text()
        for line in ["─ Диагностика: наблюдение урока ─", "Орлова Мария Андреевна", "Источник", "‹ наблюдение урока ›", "М2 Оценивание"] {
            XCTAssertTrue(narrow.contains(line), "\(line):\n\(narrow)")
        }
        let wide = try f.screen("tutor", "4j<Enter>o", size: Size(width: 160, height: 48)).text()
        XCTAssertTrue(wide.contains("М2 Оценивание образовательных результатов"), wide)
        // Saved: the deficit persists with the new score.
        let (_, saved) = try f.run("tutor", "4j<Enter>o<Tab><Tab>40<C-s>")
        XCTAssertTrue(saved.text().contains("Диагностика записана · сохраняется: М2"), saved.text())
        // Her deficits under the steps show the new score at once.
        XCTAssertTrue(saved.text().contains("Дефициты · 1 открыто"), saved.text())
        XCTAssertTrue(saved.text().contains("М2   Оценивание образовательных результатов"), saved.text())
        XCTAssertTrue(saved.text().contains("   40 "), saved.text())
        XCTAssertEqual(try f.store.db.scalarInt("SELECT score FROM deficits WHERE id = ?", [f.id("def_t_agreed")]), 40)
    }

    func testTheTutorTakesHerObservationBackWithU() throws {
        let f = try TeacherFixture()
        let (app, saved) = try f.run("tutor", "4j<Enter>o<Tab><Tab>40<C-s>")
        XCTAssertTrue(saved.text().contains("u — отозвать"), saved.text())
        XCTAssertTrue(saved.text().contains("u отозвать диагностику"), "the hint row offers it:\n\(saved.text())")
        let s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("u")).screen
        XCTAssertTrue(s.contains("Диагностика отозвана · возвращён: М2"), s)
        XCTAssertEqual(try f.store.db.scalarInt("SELECT score FROM deficits WHERE id = ?", [f.id("def_t_agreed")]), 45)
        XCTAssertEqual(try diagnosticsCount(f, "t_agreed"), 1)
    }

    func testTheObservationOfSomeoneWhoLeftTheCaseloadIsRefusedInTheForm() throws {
        let f = try TeacherFixture()
        let (app, _) = try f.run("tutor", "4j<Enter>o<Tab><Tab>40")
        // Meanwhile the methodist moves Орлова to another tutor.
        try f.store.db.execute("UPDATE routes SET tutor_id = NULL WHERE person_id = ?", [f.id("t_agreed")])
        try f.store.db.execute("DELETE FROM tutoring WHERE person_id = ?", [f.id("t_agreed")])
        let s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).screen
        XCTAssertTrue(s.contains("✗ Нет прав: вносить диагностики человека вне вашего списка"), s)
        XCTAssertTrue(s.contains("М2 Оценивание образоват…  40"), "typed score kept:\n\(s)")
        XCTAssertEqual(try diagnosticsCount(f, "t_agreed"), 1)
    }

    /// No right: a mentor sees her mentee's route but records no diagnostics — said before any typing
    /// (no login without the right reaches this screen today; the refusal stands if one ever does).
    func testWithoutTheRightTheObservationFormDoesNotOpen() throws {
        let f = try TeacherFixture()
        let app = try f.app("mentor")
        let screen = TutorPersonScreen(f.id("t_progress"), app.ctx)
        guard case .message(let text, .error) = screen.perform("tutor.observe", app.ctx) else { return XCTFail("no refusal") }
        XCTAssertEqual(text, "Нет прав: вносить диагностики сопровождаемых")
        XCTAssertNil(screen.openForm)
    }

    /// A withdrawal after another session's diagnostic judged the same competence is refused, naming it.
    func testAStaleWithdrawalIsRefused() throws {
        let f = try TeacherFixture()
        let (app, _) = try f.run("t_progress", "3n<Tab><Tab>70<C-s>")
        let tutor = try f.store.viewer(login: "tutor")
        let other = try SQLiteStore(path: f.store.path)
        other.today = f.store.today
        _ = try other.recordDiagnostic(tutor, Diagnostic(id: 0, personID: f.id("t_progress"), date: Day(iso: "2024-03-15")!,
                                                         source: .lessonObservation, scores: [f.id("c_c1"): 45]))
        // Her screen has not refreshed yet: her entry is still on top.
        let s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("xд")).screen
        XCTAssertTrue(s.contains("По Ц1 после этой диагностики внесена ещё одна: отозвать нельзя"), s)
    }
}

/// An empty caseload tells whoever assigns tutors where to do it, and a tutor whom to wait for.
final class EmptyCaseloadWordsTests: XCTestCase {
    func testTheEmptyCaseloadSaysWhoAssigns() throws {
        let f = try TeacherFixture()
        let coord = try f.app("coord").ctx, tutor = try f.app("tutor").ctx
        XCTAssertTrue(TutorCaseloadView.emptyText(quick: .all, filter: "", coord).contains("тьюторов назначают на «Показателях» — t"))
        XCTAssertTrue(TutorCaseloadView.emptyText(quick: .all, filter: "", tutor).contains("сопровождаемого назначает методист ММС"))
    }
}
