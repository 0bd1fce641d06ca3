import XCTest
import Domain
@testable import Storage
@testable import TUI

/// The «Наставничество» tab (TeacherFixture: Петров mentors Ёлкина; Семёнов,
/// 27, has no mentor; today 15.03.2024) for the coordinator.
final class MentoringViewTests: XCTestCase {
    private func run(_ f: TeacherFixture, _ keys: String, size: Size = Size(width: 80, height: 24)) throws -> MemoryTerminal {
        try PersonCardTests.run(f, "coord", tab: "mentoring", keys, size: size).1
    }

    private func pairs(_ f: TeacherFixture, mentee: String) throws -> [(mentor: Int64, status: String, end: String?)] {
        try f.store.db.query("SELECT mentor_id, status, end FROM mentoring WHERE mentee_id = ? ORDER BY id", [f.id(mentee)]) {
            ($0.int64(0), $0.string(1), $0.optString(2))
        }
    }

    func testTabIsForThoseWhoEditMentoring() throws {
        let f = try TeacherFixture()
        XCTAssertTrue(try f.app("coord").views.contains { $0.id == "mentoring" })
        for login in ["t_progress", "tutor", "mentor"] {
            XCTAssertFalse(try f.app(login).views.contains { $0.id == "mentoring" }, login)
        }
    }

    func testPairsAt80x24And200x60() throws {
        let f = try TeacherFixture()
        let narrow = try run(f, "").snapshot()
        for piece in ["Пары", "Без наставника", "Наставляемый", "Наставник", "Ёлкина Алёна Сергеевна", "Петров Иван Ильич",
                      "01.09.2023", "действует", "x прекратить"] {
            XCTAssertTrue(narrow.contains(piece), "\(piece)\n\(narrow)")
        }
        XCTAssertFalse(narrow.contains("Муниципалитет"), narrow)
        let wide = try run(f, "", size: Size(width: 200, height: 60)).snapshot()
        for piece in ["Форма", "учитель – учитель", "Организация", "МОУ «СОШ № 7»", "Муниципалитет", "Копейский ГО"] {
            XCTAssertTrue(wide.contains(piece), "\(piece)\n\(wide)")
        }
    }

    func testWorklistThenCreateAPairByTypingTheMentor() throws {
        let f = try TeacherFixture()
        let list = try run(f, "<Tab>").snapshot()
        XCTAssertTrue(list.contains("Семёнов Артём Игоревич"), list)
        XCTAssertTrue(list.contains("27 лет"), list)
        XCTAssertFalse(list.contains("Ёлкина"), "she has a mentor\n\(list)")
        // n opens the search; typing narrows; Enter picks the mentor, Enter the first form.
        let search = try run(f, "<Tab>nсидор").snapshot()
        XCTAssertTrue(search.contains("Наставник для: Семёнов Артём Игоревич"), search)
        XCTAssertTrue(search.contains("Сидорова Ольга Викторовна"), search)
        XCTAssertFalse(search.contains("Петров Иван Ильич"), search)
        let done = try run(f, "<Tab>nсидор<Enter><Enter>").snapshot()
        XCTAssertTrue(done.contains("Пара создана: Сидорова О. В. → Семёнов А. И."), done)
        XCTAssertTrue(done.contains("У всех молодых педагогов есть наставник"), done)
        let made = try pairs(f, mentee: "t_none")
        XCTAssertEqual(made.map(\.mentor), [f.id("tutor")])
        XCTAssertEqual(made.map(\.status), ["active"])
        // A second pair for the same mentee cannot be made (she is off the worklist; Storage refuses anyway).
        XCTAssertThrowsError(try f.store.createPair(try f.store.viewer(login: "coord"), menteeID: f.id("t_none"), mentorID: f.id("mentor")))
    }

    /// Typed Cyrillic in the «Без наставника» list goes to its `/` filter, never to commands
    /// (before, «т» — the Russian layout's `n` — opened the mentor search).
    func testTheFilterTakesTypedCyrillicAndNarrowsBothLists() throws {
        let f = try TeacherFixture()
        let found = try run(f, "<Tab>/сем").snapshot()
        XCTAssertTrue(found.contains("Семёнов Артём Игоревич"), found)
        XCTAssertTrue(found.contains("Фильтр: сем"), found)
        XCTAssertFalse(found.contains("Наставник для:"), "no command ran while typing:\n\(found)")
        let none = try run(f, "<Tab>/тест").snapshot()
        XCTAssertTrue(none.contains("Ничего не найдено по «тест»"), none)
        XCTAssertFalse(none.contains("Наставник для:"), none)
        let pairs = try run(f, "/петров<Enter>").snapshot()
        XCTAssertTrue(pairs.contains("Ёлкина Алёна Сергеевна"), "a pair is found by its mentor's name:\n\(pairs)")
        let cleared = try run(f, "<Tab>/тест<Enter><Esc>").snapshot()
        XCTAssertTrue(cleared.contains("Семёнов Артём Игоревич"), "Esc clears the filter:\n\(cleared)")
    }

    func testEndingAPairAsksFirstAndReturnsTheMenteeToTheWorklist() throws {
        let f = try TeacherFixture()
        let ask = try run(f, "x").snapshot()
        XCTAssertTrue(ask.contains("Прекратить пару «Петров Иван Ильич → Ёлкина Алёна Сергеевна»"), ask)
        // Esc (and a habitual Enter: the question starts on «Нет») change nothing.
        _ = try run(f, "x<Esc>")
        _ = try run(f, "x<Enter>")
        XCTAssertEqual(try pairs(f, mentee: "t_progress").map(\.status), ["active"])
        let ended = try run(f, "xд").snapshot()
        XCTAssertTrue(ended.contains("Пара прекращена"), ended)
        XCTAssertEqual(try pairs(f, mentee: "t_progress").map(\.status), ["ended"])
        XCTAssertEqual(try pairs(f, mentee: "t_progress").first?.end, "2024-03-15")
        XCTAssertTrue(try run(f, "<Tab>").snapshot().contains("Ёлкина Алёна Сергеевна"))
        // The ended pair shows under «все» (a), muted, and cannot be ended again.
        let all = try run(f, "a").snapshot()
        XCTAssertTrue(all.contains("прекращена"), all)
        XCTAssertTrue(try run(f, "ax").snapshot().contains("Пара уже не действует"))
    }

    /// `u` right after ending a pair puts it back as it was: active, no end date, audited as an undo.
    func testUndoBringsAnEndedPairBack() throws {
        let f = try TeacherFixture()
        let t = try run(f, "xдu")
        XCTAssertTrue(t.text().contains("Отменено: пара Петров Иван Ильич → Ёлкина Алёна Сергеевна снова"), t.snapshot())
        XCTAssertEqual(try pairs(f, mentee: "t_progress").map(\.status), ["active"])
        XCTAssertNil(try pairs(f, mentee: "t_progress").first?.end ?? nil)
        let id = try XCTUnwrap(f.store.db.first("SELECT id FROM mentoring WHERE mentee_id = ?", [f.id("t_progress")]) { $0.int64(0) })
        XCTAssertEqual(try f.store.auditTrail(entity: "mentoring", id: id).first?.action, "undo")
        XCTAssertTrue(try run(f, "u").text().contains("Отменять нечего"))
    }

    func testEnterOpensTheMenteesCard() throws {
        let f = try TeacherFixture()
        let s = try run(f, "<Enter>").snapshot()
        XCTAssertTrue(s.contains("Открытые дефициты: 3"), s)
        XCTAssertTrue(s.contains("Петров Иван Ильич"), s)
    }
}
