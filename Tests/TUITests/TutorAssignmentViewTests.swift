import Domain
import XCTest
@testable import Storage
@testable import TUI

/// «Назначить тьютора» on the in-memory terminal, on TeacherFixture plus a
/// methodist of Копейский ГО and a second, free tutor: Волков's draft has no
/// tutor (the worklist «Маршруты без тьютора»), Сидорова tutors three people.
final class TutorAssignmentViewTests: XCTestCase {
    func fixture() throws -> TeacherFixture {
        let f = try TeacherFixture()
        try f.store.loadPerson(Person(id: 0, login: "methodist", fullName: "Кузнецова Ирина Николаевна", organizationID: 1,
                                      position: "методист", roles: [.municipalMethodist]))
        try f.store.loadPerson(Person(id: 0, login: "tutor2", fullName: "Иванов Иван Иванович", organizationID: 1,
                                      position: "учитель", roles: [.teacher, .tutor]))
        return f
    }

    func robot(_ f: TeacherFixture, _ login: String, _ size: Size = Size(width: 80, height: 24)) throws -> Robot {
        Robot(try f.app(login), size: size)
    }

    /// The methodist's worklist with the picker open on Волков's draft.
    func picker(_ f: TeacherFixture, _ size: Size) throws -> Robot {
        let r = try robot(f, "methodist", size).open(tab: "dashboard")
        r.press("dashboard.routes")
        XCTAssertTrue(r.screen.contains("Маршруты без тьютора · Копейский ГО · 1"), r.terminal.snapshot())
        XCTAssertTrue(r.screen.contains("Волков Денис Олегович"), r.terminal.snapshot())
        return r.press("worklist.assign")
    }

    func testThePickerRanksTutorsWithTheirLoadAt80x24() throws {
        let f = try fixture()
        let r = try picker(f, Size(width: 80, height: 24))
        let s = r.screen
        XCTAssertTrue(s.contains("Тьютор — Волков Денис Олегович"), r.terminal.snapshot())
        let ivanov = try XCTUnwrap(s.split(separator: "\n").firstIndex { $0.contains("Иванов Иван Иванович") }, s)
        let sidorova = try XCTUnwrap(s.split(separator: "\n").firstIndex { $0.contains("Сидорова Ольга Викторовна") }, s)
        XCTAssertLessThan(ivanov, sidorova, "the lighter caseload first:\n\(s)")
        XCTAssertTrue(s.split(separator: "\n")[ivanov].contains("нагрузка 0 │"), s)
        XCTAssertTrue(s.split(separator: "\n")[sidorova].contains("нагрузка 3 │"), s)
        XCTAssertFalse(s.contains("снять тьютора"), "nothing to remove on a route without one")
        // Typing filters.
        try r.keys("сид")
        XCTAssertTrue(r.screen.contains("Сидорова Ольга Викторовна"), r.terminal.snapshot())
        XCTAssertFalse(r.screen.contains("Иванов Иван Иванович"), r.terminal.snapshot())
        for y in 0..<24 { XCTAssertLessThanOrEqual(TextWidth.of(r.terminal.line(y)), 80) }
        // Esc closes the picker, not the list.
        r.send([.key(.escape)])
        XCTAssertTrue(r.screen.contains("Маршруты без тьютора"), r.terminal.snapshot())
        XCTAssertEqual(try f.store.route(try f.store.viewer(login: "coord"), id: f.id("r_t_draft"))?.tutorID, nil)
    }

    func testAssigningAt160x48ShowsTheNewcomerInTheCaseloadAndOnTheTeachersScreen() throws {
        let f = try fixture()
        // The tutor's program is running before the assignment, in another process.
        let tutorApp = try f.app("tutor")
        let other = try SQLiteStore(path: f.store.path)
        other.today = f.store.today
        let tutorRobot = Robot(ViewCatalog.app(for: AppContext(store: other, viewer: try other.viewer(login: "tutor"), language: .ru,
                                                               theme: ThemeLoader.defaultTheme)), size: Size(width: 160, height: 48))
        tutorRobot.open(tab: "caseload")
        XCTAssertFalse(tutorRobot.screen.contains("Волков"), tutorRobot.terminal.snapshot())
        _ = tutorApp

        let r = try picker(f, Size(width: 160, height: 48))
        try r.keys("сид<Enter>")
        XCTAssertTrue(r.status.contains("Волков Д. О.: тьютор Сидорова О. В. · строка ушла из списка"), r.status)
        XCTAssertTrue(r.screen.contains("У всех маршрутов есть тьютор"), r.terminal.snapshot())
        XCTAssertTrue(r.screen.contains("Маршруты без тьютора · Копейский ГО · 0"), r.terminal.snapshot())
        let route = try XCTUnwrap(try f.store.route(try f.store.viewer(login: "coord"), id: f.id("r_t_draft")))
        XCTAssertEqual(route.tutorID, f.id("tutor"))
        XCTAssertEqual(route.version, 2)

        // Within a tick, the other process's caseload shows him.
        tutorRobot.send([.tick])
        XCTAssertTrue(tutorRobot.screen.contains("Волков Денис Олегович"), tutorRobot.terminal.snapshot())
        // The teacher's screen names the tutor.
        let teacher = try f.screen("t_draft", "", size: Size(width: 160, height: 48)).text()
        XCTAssertTrue(teacher.contains("тьютор Сидорова Ольга Викторовна составляет маршрут"), teacher)
        XCTAssertFalse(teacher.contains("назначит методист ММС"), teacher)
    }

    func testMarkedRoutesGetOneTutorAtOnce() throws {
        let f = try fixture()
        let petrov = try f.store.loadRoute(Route(id: 0, personID: f.id("mentor"), tutorID: nil, periodStart: Day(iso: "2023-09-01")!,
                                                 periodEnd: Day(iso: "2024-08-31")!, status: .draft))
        let r = try robot(f, "methodist").open(tab: "dashboard")
        r.press("dashboard.routes").send([.key(.char(" ")), .key(.char(" "))])
        XCTAssertTrue(r.app.activeView?.statusText(r.app.ctx).contains("отмечено 2") ?? false, r.status)
        r.press("worklist.assign")
        XCTAssertTrue(r.screen.contains("Тьютор — отмечено 2"), r.terminal.snapshot())
        try r.keys("иван<Enter>")
        XCTAssertTrue(r.status.contains("Тьютор назначен: 2"), r.status)
        XCTAssertTrue(r.screen.contains("У всех маршрутов есть тьютор"), r.terminal.snapshot())
        let coord = try f.store.viewer(login: "coord")
        XCTAssertEqual(try f.store.route(coord, id: petrov)?.tutorID, try f.store.viewer(login: "tutor2").personID)
        XCTAssertEqual(try f.store.route(coord, id: f.id("r_t_draft"))?.tutorID, try f.store.viewer(login: "tutor2").personID)
    }

    func testAStaleRouteIsRefusedNamingWhoChangedIt() throws {
        let f = try fixture()
        let r = try picker(f, Size(width: 80, height: 24))
        // Meanwhile the coordinator assigns someone.
        try f.store.assignTutor(try f.store.viewer(login: "coord"), routeID: f.id("r_t_draft"), expectedVersion: 1, tutorID: f.id("tutor"))
        try r.keys("иван<Enter>")
        XCTAssertTrue(r.status.contains("Смирнов"), r.status)
        XCTAssertTrue(r.screen.contains("У всех маршрутов есть тьютор"), "the list is re-read:\n\(r.terminal.snapshot())")
        XCTAssertEqual(try f.store.route(try f.store.viewer(login: "coord"), id: f.id("r_t_draft"))?.tutorID, f.id("tutor"))
    }

    func testTheCardAssignsChangesAndRefuses() throws {
        let f = try fixture()
        // From the people list: Волков's card, t, the first tutor offered.
        let r = try robot(f, "methodist", Size(width: 160, height: 48)).open(tab: "people")
        try r.keys("/волк<Enter><Enter>")
        XCTAssertTrue(r.screen.contains("t тьютор"), r.terminal.snapshot())
        r.press("card.tutor")
        XCTAssertTrue(r.screen.contains("Тьютор — Волков Денис Олегович"), r.terminal.snapshot())
        r.send([.key(.enter)])
        XCTAssertTrue(r.status.contains("Волков Д. О.: тьютор Иванов И. И."), r.status)
        XCTAssertTrue(r.screen.contains("Иванов Иван Иванович"), "the card names the tutor:\n\(r.terminal.snapshot())")
        // Again: now the picker offers to remove him, and puts the cursor on him.
        r.press("card.tutor")
        XCTAssertTrue(r.screen.contains("— снять тьютора —"), r.terminal.snapshot())
        r.send([.key(.enter)])
        XCTAssertTrue(r.status.contains("Без изменений"), r.status)

        // A completed route gets no tutor: the rule's words, nothing written.
        let c = try robot(f, "coord").open(tab: "people")
        try c.keys("/кузьм<Enter><Enter>")
        c.press("card.tutor")
        try c.keys("иван<Enter>")
        XCTAssertTrue(c.status.contains("Маршрут завершён"), c.status)

        // Without a route, the card names the caseload tutor who will build it.
        let n = try robot(f, "coord", Size(width: 160, height: 48)).open(tab: "people")
        try n.keys("/семён<Enter><Enter>")
        XCTAssertTrue(n.screen.contains("Тьютор     Сидорова Ольга Викторовна — составит маршрут"), n.terminal.snapshot())
    }

    func testOnlyThoseWhoAssignSeeTheAction() throws {
        let f = try fixture()
        // The tutor's card of a person of the caseload has no such key.
        let t = try robot(f, "tutor").open(tab: "people")
        try t.keys("/ёлк<Enter><Enter>")
        XCTAssertFalse(t.screen.contains("t тьютор"), t.terminal.snapshot())
        XCTAssertFalse((t.app.activeView?.bindings ?? []).contains { $0.action == "card.tutor" })
        XCTAssertEqual(t.app.activeView?.perform("card.tutor", t.app.ctx), .unhandled)
    }

    func testThePaletteAndTheHelpReachIt() throws {
        let f = try fixture()
        let r = try robot(f, "methodist").open(tab: "dashboard")
        r.press("dashboard.routes")
        try r.command("Назначить тьютора")
        XCTAssertTrue(r.screen.contains("Тьютор — Волков Денис Олегович"), r.terminal.snapshot())
        r.send([.key(.escape)])
        try r.keys("?")
        XCTAssertTrue(r.screen.contains("Назначить тьютора"), r.terminal.snapshot())
        // On the card opened from the list, too; Enter there still goes on to the route.
        let card = try robot(f, "methodist").open(tab: "dashboard")
        card.press("dashboard.routes").press("worklist.open")
        XCTAssertTrue((card.app.activeView?.bindings ?? []).contains { $0.action == "dashboard.cardRoute" })
        try card.command("Назначить тьютора")
        XCTAssertTrue(card.screen.contains("Тьютор — Волков Денис Олегович"), card.terminal.snapshot())
        // The Russian layout's twin of a: ф.
        let ru = try robot(f, "methodist").open(tab: "dashboard")
        ru.press("dashboard.routes")
        try ru.keys("ф")
        XCTAssertTrue(ru.screen.contains("Тьютор — Волков Денис Олегович"), ru.terminal.snapshot())
    }

    func testDeficitsWithoutARouteGetTheTutorWhoWillBuildIt() throws {
        let f = try fixture()
        let r = try robot(f, "methodist", Size(width: 160, height: 48)).open(tab: "dashboard")
        r.press("dashboard.routes").press("worklist.section")
        XCTAssertTrue(r.screen.contains("Дефициты без маршрута · Копейский ГО"), r.terminal.snapshot())
        let line = try XCTUnwrap(r.screen.split(separator: "\n").first { $0.contains("Семёнов Артём Игоревич") }, r.terminal.snapshot())
        XCTAssertTrue(line.contains("Сидорова Ольга Викторовна"), "his caseload tutor: \(line)")
        r.select("Семёнов").press("worklist.assign")
        XCTAssertTrue(r.screen.contains("— снять тьютора —"), r.terminal.snapshot())
        try r.keys("иван<Enter>")
        XCTAssertTrue(r.status.contains("Семёнов А. И.: тьютор Иванов И. И."), r.status)
        XCTAssertTrue(r.selectedLine?.contains("Семёнов") ?? false, "the cursor stays on him: \(r.selectedLine ?? "")")
        XCTAssertTrue(r.selectedLine?.contains("Иванов Иван Иванович") ?? false, r.selectedLine ?? "")
        let tutor2 = try f.store.viewer(login: "tutor2")
        XCTAssertTrue(try f.store.caseloadPage(tutor2, limit: 10).map(\.login).contains("t_none"))
        XCTAssertFalse(try f.store.caseloadPage(try f.store.viewer(login: "tutor"), limit: 10).map(\.login).contains("t_none"))
        let teacher = try f.screen("t_none", "", size: Size(width: 160, height: 48)).text()
        XCTAssertTrue(teacher.contains("Ваш тьютор Иванов Иван Иванович составит маршрут"), teacher)
    }
}
