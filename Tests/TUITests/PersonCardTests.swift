import XCTest
import Domain
@testable import Storage
@testable import TUI

/// The person's card (TeacherFixture: Ёлкина has a route in progress with
/// six steps, three open deficits, a mentor and a request), opened from the
/// people list by the coordinator, at 80x24 and 200x60; and roles editing.
final class PersonCardTests: XCTestCase {
    /// The app of `login` on the tab `tabID`, after `keys`.
    static func run(_ f: TeacherFixture, _ login: String, tab tabID: String, _ keys: String,
                    size: Size = Size(width: 80, height: 24), language: Language = .ru) throws -> (App, MemoryTerminal) {
        let app = try f.app(login, language: language)
        let index = try XCTUnwrap(app.views.firstIndex { $0.id == tabID }, "\(login) has no tab \(tabID)")
        app.switchTo(index)
        return (app, Headless.run(app, size: size, events: try KeySyntax.parse(keys)).terminal)
    }

    private func addAdmin(_ f: TeacherFixture) throws {
        try f.store.loadPerson(Person(id: 0, login: "admin", fullName: "Админова Ада Адамовна", organizationID: 1,
                                      position: "администратор", roles: [.administrator]))
    }

    func testCardAt80x24ShowsEverything() throws {
        let f = try TeacherFixture()
        let (_, t) = try Self.run(f, "coord", tab: "people", "/ёлк<Enter><Enter>")
        let s = t.snapshot()
        for piece in ["Ёлкина Алёна Сергеевна", "учитель математики", "МОУ «СОШ № 7» · Копейский ГО", "Роли", "педагог",
                      "молодой педагог", "реализуется · 01.09.2023–31.08.2024", "Тьютор", "Сидорова Ольга Викторовна",
                      "Наставник", "Петров Иван Ильич · с 01.09.2023 · действует", "Открытые дефициты: 3", "Ф2 Математическая грамотность",
                      "Запросы: 1", "Нужна консультация по цифровым ресурсам", "Esc"] {
            XCTAssertTrue(s.contains(piece), "\(piece)\n\(s)")
        }
        // Progress: 2 of 5 non-skipped steps done (confirmed + done), 42 of 80 hours.
        XCTAssertTrue(s.contains("2 из 5 шагов · 42 из 80 ч"), s)
        // The card, row by row (the tab bar above it belongs to the app).
        let expected = """
            ┌─ Ёлкина Алёна Сергеевна ─────────────────────────────────────────────────────┐
            │ Должность  учитель математики                                                │
            │ Место      МОУ «СОШ № 7» · Копейский ГО                                      │
            │ Роли       педагог                                                           │
            │ Категория  без категории · род. 14.05.1999 · стаж с 01.09.2022               │
            │ ★          молодой педагог                                                   │
            │ Маршрут    реализуется · 01.09.2023–31.08.2024                               │
            │ Прогресс   ████████▍░░░░░░░░░░░░ 40%  2 из 5 шагов · 42 из 80 ч              │
            │            ждут подтверждения: 1                                             │
            │ Тьютор     Сидорова Ольга Викторовна                                         │
            │ Наставник  Петров Иван Ильич · с 01.09.2023 · действует                      │
            │                                                                              │
            │ Открытые дефициты: 3                                                         │
            │ • Ф2 Математическая грамотность — критический, в работе (33)                 │
            │ • М2 Оценивание образовательных результатов — выраженный, в работе (46)      │
            │ • Ц1 Цифровые образовательные ресурсы — выраженный, в работе (54)            │
            │                                                                              │
            │ Запросы: 1                                                                   │
            │ • 01.02.2024 назначен · Нужна консультация по цифровым ресурсам              │
            │                                                                              │
            │ Esc закрыть · t тьютор                                                       │
            └──────────────────────────────────────────────────────────────────────────────┘
            """
        for (i, row) in expected.split(separator: "\n").enumerated() { assertScreenLine(t, i + 1, String(row)) }
        // Every line fits the screen and the box is closed.
        XCTAssertEqual(t.snapshot().split(separator: "\n", omittingEmptySubsequences: false).count, 24)
        XCTAssertFalse(s.contains("\u{1B}"))
        // Esc closes the card back to the list.
        let (_, closed) = try Self.run(f, "coord", tab: "people", "/ёлк<Enter><Enter><Esc>")
        XCTAssertTrue(closed.snapshot().contains("ФИО"), closed.snapshot())
        XCTAssertFalse(closed.snapshot().contains("Открытые дефициты"))
    }

    func testCardAt200x60IsTwoColumns() throws {
        let f = try TeacherFixture()
        let (_, t) = try Self.run(f, "coord", tab: "people", "/ёлк<Enter><Enter>", size: Size(width: 200, height: 60))
        let s = t.snapshot()
        let lines = s.split(separator: "\n").map(String.init)
        // The deficits stand beside the person, not under them.
        let roles = try XCTUnwrap(lines.first { $0.contains("Роли") })
        XCTAssertTrue(lines.contains { $0.contains("Должность") && $0.contains("Открытые дефициты: 3") }, s)
        XCTAssertTrue(roles.contains("педагог"), roles)
        for piece in ["Маршрут (ИОМ)", "Наставничество", "Петров Иван Ильич", "М2 Оценивание образовательных результатов",
                      "Ц1 Цифровые образовательные ресурсы", "Нужна консультация по цифровым ресурсам", "ждут подтверждения: 1"] {
            XCTAssertTrue(s.contains(piece), "\(piece)\n\(s)")
        }
    }

    func testCardInEnglish() throws {
        let f = try TeacherFixture()
        let s = try Self.run(f, "coord", tab: "people", "/ёлк<Enter><Enter>", language: .en).1.snapshot()
        for piece in ["Roles", "teacher", "young teacher", "in progress", "2 of 5 steps · 42 of 80 h", "Mentor", "Open deficits: 3",
                      "Requests: 1", "Esc close"] {
            XCTAssertTrue(s.contains(piece), "\(piece)\n\(s)")
        }
    }

    func testAMentorSeesTheirMenteesOnTheirCard() throws {
        let f = try TeacherFixture()
        let (_, t) = try Self.run(f, "coord", tab: "people", "/петров<Enter><Enter>")
        XCTAssertTrue(t.snapshot().contains("Наставляет"), t.snapshot())
        XCTAssertTrue(t.snapshot().contains("Ёлкина Алёна Сергеевна"), t.snapshot())
    }

    func testRolesAreEditedByAnAdministratorOnly() throws {
        let f = try TeacherFixture()
        try addAdmin(f)
        // The coordinator gets a clear refusal and nothing changes.
        let (_, refused) = try Self.run(f, "coord", tab: "people", "/семён<Enter><Enter>r")
        XCTAssertTrue(refused.snapshot().contains("Роли меняет только администратор"), refused.snapshot())
        XCTAssertEqual(try f.store.person(try f.store.viewer(login: "coord"), id: f.id("t_none"))?.roles, [.teacher])
        // The administrator ticks «наставник» (6) and saves.
        let (_, picker) = try Self.run(f, "admin", tab: "people", "/семён<Enter><Enter>r")
        XCTAssertTrue(picker.snapshot().contains("[x] педагог"), picker.snapshot())
        XCTAssertTrue(picker.snapshot().contains("[ ] наставник"), picker.snapshot())
        let (_, saved) = try Self.run(f, "admin", tab: "people", "/семён<Enter><Enter>r6<Enter>")
        XCTAssertTrue(saved.snapshot().contains("Роли сохранены"), saved.snapshot())
        XCTAssertTrue(saved.snapshot().contains("педагог, наставник"), saved.snapshot())
        let admin = try f.store.viewer(login: "admin")
        XCTAssertEqual(try f.store.person(admin, id: f.id("t_none"))?.roles, [.teacher, .mentor])
        XCTAssertEqual(try f.store.auditTrail(entity: "person", id: f.id("t_none")).first?.actorLogin, "admin")
        // Esc in the picker leaves the roles alone.
        _ = try Self.run(f, "admin", tab: "people", "/семён<Enter><Enter>r1<Esc>")
        XCTAssertEqual(try f.store.person(admin, id: f.id("t_none"))?.roles, [.teacher, .mentor])
    }

    func testTheRoleTicksStayWhenTheDatabaseIsBusy() throws {
        let f = try TeacherFixture()
        try addAdmin(f)
        let (app, _) = try Self.run(f, "admin", tab: "people", "/семён<Enter><Enter>r6")
        f.store.db.busyWait.limit = 0.05
        let other = try Database(path: f.store.db.path)
        try other.execute("BEGIN IMMEDIATE")
        let busy = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<Enter>")).screen
        XCTAssertTrue(busy.contains("[x] наставник"), "the editor is still open with the tick:\n\(busy)")
        XCTAssertTrue(busy.contains("База занята другой сессией"), busy)
        try other.execute("ROLLBACK")
        let saved = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<Enter>")).screen
        XCTAssertTrue(saved.contains("Роли сохранены"), saved)
        XCTAssertEqual(try f.store.person(try f.store.viewer(login: "admin"), id: f.id("t_none"))?.roles, [.teacher, .mentor])
    }

    func testNarrowingByMunicipalityThenOrganization() throws {
        let f = try TeacherFixture()
        try f.store.loadMunicipality(Municipality(id: 2, name: "Ашинский МР", kind: .district))
        try f.store.loadOrganization(Organization(id: 3, name: "СОШ № 1 г. Аши", kind: .school, municipalityID: 2))
        try f.store.loadPerson(Person(id: 0, login: "asha", fullName: "Ашина Ольга", organizationID: 3, position: "учитель", roles: [.teacher]))
        try f.store.db.execute("UPDATE people SET organization_id = 2 WHERE login = 't_agreed'")
        let (_, region) = try Self.run(f, "coord", tab: "people", "")
        XCTAssertTrue(region.snapshot().contains("Регион"), region.snapshot())
        XCTAssertTrue(region.snapshot().contains("Ашина Ольга"))
        // m, type «коп», Enter: Копейский ГО only.
        let (_, muni) = try Self.run(f, "coord", tab: "people", "mкоп<Enter>")
        XCTAssertTrue(muni.snapshot().contains("Регион › Копейский ГО"), muni.snapshot())
        XCTAssertFalse(muni.snapshot().contains("Ашина Ольга"), muni.snapshot())
        // o lists the organizations with counts; type «гимн», Enter: only Орлова.
        let (_, orgPicker) = try Self.run(f, "coord", tab: "people", "mкоп<Enter>o")
        XCTAssertTrue(orgPicker.snapshot().contains("Копейский ГО (пед. · мол. · ИОМ)"), orgPicker.snapshot())
        XCTAssertTrue(orgPicker.snapshot().contains("7 · 2 · 2"), orgPicker.snapshot())
        let (_, org) = try Self.run(f, "coord", tab: "people", "mкоп<Enter>oгимн<Enter>")
        let s = org.snapshot()
        XCTAssertTrue(s.contains("Регион › Копейский ГО › МАОУ «Гимназия № 1»"), s)
        XCTAssertTrue(s.contains("Орлова Мария Андреевна"), s)
        XCTAssertFalse(s.contains("Ёлкина"), s)
        // Esc widens one level at a time.
        let (_, back) = try Self.run(f, "coord", tab: "people", "mкоп<Enter>oгимн<Enter><Esc>")
        XCTAssertTrue(back.snapshot().contains("Ёлкина"), back.snapshot())
        XCTAssertFalse(back.snapshot().contains("Ашина"), back.snapshot())
        let (_, all) = try Self.run(f, "coord", tab: "people", "mкоп<Enter>oгимн<Enter><Esc><Esc>")
        XCTAssertTrue(all.snapshot().contains("Ашина Ольга"), all.snapshot())
    }
}
