import XCTest
import Domain
@testable import Storage
@testable import TUI

/// A step added by hand names the deficits it addresses and, if the tutor
/// wants, a catalog item (issue 19): choosing the item fills the fields it
/// decides, and both links are stored.
final class NewStepLinksTests: XCTestCase {
    func testChoosingACatalogItemFillsTheStepAndBothLinksAreStored() throws {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            let f = try TeacherFixture(siteCompetences: ["c_m2"])
            let (app, opened) = try f.run("tutor", "4j<Enter>n", size: size)
            let text = opened.text()
            XCTAssertTrue(text.contains("Из каталога  ‹ — без каталога — ›"), text)
            XCTAssertTrue(text.contains("Дефициты     [ ] М2 Оценивание образовательных результатов · выраженный"), text)
            // → picks the internship site (the programme is in the route already): kind, title, hours and its deficit follow.
            let chosen = Headless.run(app, size: size, events: try KeySyntax.parse("<Right>")).screen
            XCTAssertTrue(chosen.contains("‹ стажировка ›"), chosen)
            XCTAssertTrue(chosen.contains("Часы         16"), chosen)
            XCTAssertTrue(chosen.contains("[✓] М2 Оценивание"), chosen)
            let saved = Headless.run(app, size: size, events: try KeySyntax.parse("<C-s>")).screen
            XCTAssertTrue(saved.contains("Шаг добавлен"), saved)
            let step = try XCTUnwrap(try f.store.db.first("""
                SELECT id, kind, title, site_id, hours FROM steps WHERE route_id = ? ORDER BY id DESC LIMIT 1
                """, [f.id("r_t_agreed")]) { ($0.int64(0), $0.string(1), $0.string(2), $0.optInt64(3), $0.int(4)) })
            XCTAssertEqual(step.1, "internship")
            XCTAssertTrue(step.2.hasPrefix("Стажировка: Формирующее оценивание на уроке"), step.2)
            XCTAssertEqual(step.3, f.id("site"))
            XCTAssertEqual(step.4, 16)
            XCTAssertEqual(try f.store.db.query("SELECT deficit_id FROM step_deficits WHERE step_id = ?", [step.0]) { $0.int64(0) },
                           [f.id("def_t_agreed")])
        }
    }

    /// Without a catalog item: the deficits are ticked by hand (Space), a
    /// title typed over the item's is kept, and ↓ leaves the list at its end.
    func testDeficitsTickedByHandWithoutACatalogItem() throws {
        let f = try TeacherFixture(siteCompetences: ["c_m2"])
        let (app, _) = try f.run("tutor", "4j<Enter>n")
        let s = Headless.run(app, size: Size(width: 80, height: 24),
                             events: try KeySyntax.parse("<Tab><Tab>Разбор уроков с тьютором<Tab><Tab><Tab><BS>6<Tab><Space><C-s>")).screen
        XCTAssertTrue(s.contains("Шаг добавлен"), s)
        let step = try XCTUnwrap(try f.store.db.first("SELECT id, site_id, kind FROM steps WHERE title = 'Разбор уроков с тьютором'") {
            ($0.int64(0), $0.optInt64(1), $0.string(2)) })
        XCTAssertNil(step.1)
        // The detail speaks to the tutor: the teacher's keys (s, d, x) are not offered here.
        let detail = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<Enter>")).screen
        XCTAssertTrue(detail.contains("Шаг ждёт педагога. e — изменить сроки и часы; Del — удалить."), detail)
        XCTAssertFalse(detail.contains("s — начать"), detail)
        XCTAssertEqual(try f.store.db.query("SELECT deficit_id FROM step_deficits WHERE step_id = ?", [step.0]) { $0.int64(0) },
                       [f.id("def_t_agreed")])
    }

    /// The rules refuse in the form, which stays open with what was typed:
    /// a course of 0 hours, and a plan another tutor changed meanwhile.
    func testRefusalsKeepTheFormAndItsText() throws {
        let f = try TeacherFixture(siteCompetences: ["c_m2"])
        let (app, _) = try f.run("tutor", "4j<Enter>n")
        var s = Headless.run(app, size: Size(width: 80, height: 24),
                             events: try KeySyntax.parse("<Tab><Tab>Курс без часов<C-s>")).screen
        XCTAssertTrue(s.contains("У курса «Курс без часов» должны быть часы: больше 0"), s)
        XCTAssertTrue(s.contains("Название *   Курс без часов"), s)
        // Another tutor of hers adds a step through a second connection: this form's plan is stale.
        let tutor2 = try f.store.loadPerson(Person(id: 0, login: "tutor2", fullName: "Зайцева Нина Павловна", organizationID: 1,
                                                   position: "", roles: [.tutor]))
        try f.store.loadTutoring(TutoringAssignment(tutorID: tutor2, personID: f.id("t_agreed"), since: Day(iso: "2024-01-01")!))
        let other = try SQLiteStore(path: f.store.path)
        other.today = f.store.today
        let v2 = try other.viewer(login: "tutor2")
        let route = try XCTUnwrap(try other.currentRoute(v2, personID: f.id("t_agreed")))
        _ = try other.addSteps(v2, routeID: route.id, expectedRouteVersion: route.version,
                               [RouteStep(id: 0, routeID: route.id, kind: .selfEducation, title: "Чтение", plannedStart: route.periodStart,
                                          plannedEnd: route.periodStart, hours: 2)])
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<Tab><Tab><Tab><BS>8")).screen
        XCTAssertTrue(s.contains("Часы         8 "), s)
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).screen
        XCTAssertTrue(s.contains("✗ Запись уже изменила Зайцева Нина Павловна"), "the form says who changed the plan:\n\(s)")
        XCTAssertTrue(s.contains("Курс без часов"), "typed text kept:\n\(s)")
        XCTAssertEqual(try f.store.db.scalarInt("SELECT count(*) FROM steps WHERE title = 'Курс без часов'"), 0)
        // The next save goes against the fresh plan.
        s = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).screen
        XCTAssertTrue(s.contains("Шаг добавлен"), s)
    }

    func testATitleTypedBeforeChoosingTheItemIsKept() throws {
        let f = try TeacherFixture(siteCompetences: ["c_m2"])
        let (app, _) = try f.run("tutor", "4j<Enter>n")
        let s = Headless.run(app, size: Size(width: 80, height: 24),
                             events: try KeySyntax.parse("<Tab><Tab>Стажировка у Ивановой<S-Tab><S-Tab><Right>")).screen
        XCTAssertTrue(s.contains("Название *   Стажировка у Ивановой"), s)
        XCTAssertTrue(s.contains("‹ стажировка ›"), s)
    }
}

/// Seed 000: the route is built from the deficits and the person's
/// requests. Семёнов (no route) asks for help in a competence he has no
/// deficit in, and in a direction only a best practice carries.
final class ProposalsFromRequestsTests: XCTestCase {
    func testTheProposalsAnswerThePersonsOpenRequests() throws {
        let f = try TeacherFixture()
        let me = f.id("t_none")
        let programme = try f.store.loadProgramme(Programme(id: 0, title: "Математическая грамотность: задачи PISA", provider: "ЧИППКРО",
                                                            hours: 24, format: .distance, inFederalRegistry: false,
                                                            competenceIDs: [f.id("c_f2")]))
        let coordinator = try f.store.viewer(login: "coord")
        var practice = try f.store.savePractice(coordinator, BestPractice(id: 0, title: "Цифровой урок", authorID: nil, organizationID: 1,
                                                                        direction: 11, competenceIDs: [], status: .submitted))
        for status in [PracticeStatus.review, .included] {
            practice = try f.store.reviewPractice(coordinator, id: practice.id, expectedVersion: practice.version, to: status)
        }
        let byCompetence = try f.store.loadRequest(HelpRequest(id: 0, text: "Как учить решать задачи PISA?", authorID: me, organizationID: 1,
                                                               municipalityID: 1, competenceID: f.id("c_f2"), createdOn: Day(iso: "2024-03-01")!),
                                                   urgent: false, at: 1_709_251_200)
        let byDirection = try f.store.loadRequest(HelpRequest(id: 0, text: "Нужны примеры цифровых уроков", authorID: me, organizationID: 1,
                                                              municipalityID: 1, direction: 11, createdOn: Day(iso: "2024-03-02")!),
                                                  urgent: false, at: 1_709_337_600)
        // A closed request asks for nothing any more.
        try f.store.loadRequest(HelpRequest(id: 0, text: "Старый вопрос", authorID: me, organizationID: 1, municipalityID: 1,
                                            competenceID: f.id("c_p1"), status: .resolved, createdOn: Day(iso: "2023-12-01")!),
                                urgent: false, at: 1_701_388_800)

        let input = try XCTUnwrap(try f.store.proposalInput(try f.store.viewer(login: "tutor"), personID: me))
        XCTAssertEqual(Set(input.openRequests.map(\.requestID)), [byCompetence, byDirection])
        let ranked = input.ranked(today: Day(iso: "2024-03-15")!)
        XCTAssertEqual(ranked.first { $0.candidate.catalog == .programme(programme) }?.requestIDs, [byCompetence])
        XCTAssertEqual(ranked.first { $0.candidate.catalog == .practice(practice.id) }?.requestIDs, [byDirection])

        let (_, t) = try f.run("tutor", "4G<Enter>p", size: Size(width: 160, height: 48))
        let s = t.text()
        XCTAssertTrue(s.contains("Математическая грамотность: задачи PISA · 24 ч") && s.contains("запрос №\(byCompetence)"), s)
        XCTAssertTrue(s.contains("Лучшая практика: Цифровой урок") && s.contains("запрос №\(byDirection)"), s)
    }
}
