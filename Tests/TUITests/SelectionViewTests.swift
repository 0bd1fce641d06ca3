import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The selection to the РМА, the directions and the monitoring on the in-memory terminal.
final class SelectionViewTests: XCTestCase {
    func testTheTotalsOfTheDemoRegionAreTheSeeds() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "O")
        assertScreenLine(t, 2, "Подано: 629   Одобрено: 458   Отклонено: 171")
        XCTAssertTrue(t.line(3).contains("█ утверждены ▓ отклонены"), "each part after its own glyph: \(t.line(3))")
        XCTAssertTrue(t.line(4).hasPrefix("Муниципалитеты: участвуют 36 из 43 (84%), без заявок 7 (16%): Варненский МР"), t.line(4))
        // The seven without applications, in full, above the list.
        let head = try XCTUnwrap((0..<24).first { t.line($0).contains("Кандидат") })
        let above = (4..<head).map { t.line($0) }.joined(separator: " ")
        for name in ["Варненский МР", "Кизильский МР", "Локомотивный ГО", "Нагайбакский МР", "Пластовский МР", "Троицкий МР", "Уйский МР"] {
            XCTAssertTrue(above.contains(name), above)
        }
        XCTAssertTrue(t.line(head).contains("Критерии") && t.line(head).contains("Решение"), t.line(head))
        XCTAssertTrue(t.line(head + 1).hasPrefix("1 "), t.line(head + 1))
    }

    /// Without colours (NO_COLOR) the two parts and their legend still differ.
    func testTheLegendDiffersWithoutColour() throws {
        let f = try RMAFixture()
        let viewer = try f.store.viewer(login: "coordinator")
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: false)
        let app = ViewCatalog.app(for: AppContext(store: f.store, viewer: viewer, language: .ru, theme: theme, colors: false))
        let t = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse(try f.rmaTab("coordinator") + " O")).terminal
        let bar = t.line(3)
        XCTAssertTrue(bar.contains("# утверждены = отклонены"), bar)
        XCTAssertTrue(bar.contains("#") && bar.contains("="), "the bar draws the two parts differently: \(bar)")
    }

    func testTheApplicationsArePagedAsTheCursorGoesDown() throws {
        let f = try RMAFixture()
        let (t, app) = try f.run("coordinator", "OG")
        let view = try XCTUnwrap(app.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertEqual(view.selection.rows.count, 629)
        XCTAssertEqual(view.selection.selected?.application.id, 629)
        XCTAssertTrue(f.text(t).contains("заявка 629 из 629"), f.text(t))
        let (_, app2) = try f.run("coordinator", "O<PgDn><PgDn>")
        let v2 = try XCTUnwrap(app2.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertEqual(v2.selection.rows.count, SelectionPanel.pageSize)
    }

    func testARejectionWithoutAReasonIsRefused() throws {
        let f = try RMAFixture()
        let coordinator = try f.store.viewer(login: "coordinator")
        // Reopen application 1 so it can be decided again.
        let first = try XCTUnwrap(try f.store.selectionRow(coordinator, id: 1))
        try f.store.decideApplication(coordinator, id: 1, expectedVersion: first.application.version, .pending)
        // x opens the three reasons; Esc without one: refused, still pending.
        let (t, _) = try f.run("coordinator", "Ox<Esc>")
        XCTAssertEqual(try f.store.selectionRow(coordinator, id: 1)?.application.decision, .pending)
        XCTAssertTrue(f.text(t).contains("Отклонить без причины нельзя"), f.text(t))
        // With a reason it goes through.
        let (r, _) = try f.run("coordinator", "Oxопыт<Enter>")
        XCTAssertEqual(try f.store.selectionRow(coordinator, id: 1)?.application.decision, .rejected(.noExperience))
        XCTAssertTrue(r.line(2).hasPrefix("Подано: 629   Одобрено: 457   Отклонено: 172"), r.line(2))
    }

    func testTheReasonsAreTheSeedsThreeAndARMAMethodistCannotDecide() throws {
        let f = try RMAFixture()
        let coordinator = try f.store.viewer(login: "coordinator")
        let first = try XCTUnwrap(try f.store.selectionRow(coordinator, id: 1))
        try f.store.decideApplication(coordinator, id: 1, expectedVersion: first.application.version, .pending)
        let (t, _) = try f.run("coordinator", "Ox", size: Size(width: 120, height: 30))
        let screen = f.text(t)
        XCTAssertTrue(screen.contains("Низкий результат оценки"), screen)
        XCTAssertTrue(screen.contains("Отсутствие опыта работы"), screen)
        XCTAssertTrue(screen.contains("Несоответствие/множественность выбора"), screen)
        // The РМА methodist is not offered the decision at all (the store refuses it too: PermissionMatrixTests).
        let (m, _) = try f.run("rma", "Oa")
        XCTAssertFalse(f.text(m).contains("a одобрить"), f.text(m))
        XCTAssertEqual(try f.store.selectionRow(coordinator, id: 1)?.application.decision, .pending)
    }

    func testTooManyDirectionsAreFlaggedAndApprovalRefused() throws {
        let f = try RMAFixture()
        let coordinator = try f.store.viewer(login: "coordinator")
        try f.store.db.execute("UPDATE rma_applications SET directions = '1,2,3,4', decision = 'pending', reason = NULL, criteria = 63 WHERE id = 1")
        let (t, _) = try f.run("coordinator", "Oa", size: Size(width: 120, height: 30))
        let head = try XCTUnwrap((0..<30).first { t.line($0).contains("Кандидат") })
        XCTAssertTrue(t.line(head + 1).contains("1,2,3,4 ⚠"), t.line(head + 1))
        XCTAssertTrue(f.text(t).contains("выбрано направлений — 4"), f.text(t))
        XCTAssertEqual(try f.store.selectionRow(coordinator, id: 1)?.application.decision, .pending)
        // The detail: the six criteria as a checklist.
        let (d, _) = try f.run("coordinator", "O<Enter>", size: Size(width: 120, height: 30))
        let detail = f.text(d)
        XCTAssertEqual(detail.components(separatedBy: "[✓]").count - 1, 6, detail)
        XCTAssertTrue(detail.contains("⚠ выбрано 4 направлений"), detail)
    }

    func testDirectionsOpenTheFilteredBoardAndMonitoring() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "N")
        XCTAssertTrue(t.line(2).contains("Направление") && t.line(2).contains("Запросы"), t.line(2))
        XCTAssertTrue(t.line(3).hasPrefix("1 "), t.line(3))
        XCTAssertTrue(t.line(21).hasPrefix("19 "), t.line(21))
        let (b, _) = try f.run("coordinator", "Njjjjj<Enter>")
        assertScreenLine(b, 2, "По кварталам · напр.: №6")
        let (m, app) = try f.run("coordinator", "Njjjjjm")
        let view = try XCTUnwrap(app.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertEqual(view.sub, .monitoring)
        XCTAssertTrue(view.monitoring.rows.allSatisfy { $0.directions.contains(6) })
        XCTAssertTrue(m.line(2).contains("направление №6"), m.line(2))
    }

    func testMonitoringMarksWhoFallsShort() throws {
        let f = try RMAFixture()
        let (t, app) = try f.run("coordinator", "M", size: Size(width: 120, height: 30))
        XCTAssertTrue(t.line(3).hasPrefix("Минимум за год: мероприятий 2, консультаций 5"), t.line(3))
        let view = try XCTUnwrap(app.views.first { $0.id == "rma" } as? RMAView)
        let short = view.monitoring.rows.filter { !RMAMonitoringRules.shortfalls($0).isEmpty }
        XCTAssertFalse(short.isEmpty)
        XCTAssertTrue(t.line(5).hasPrefix("✗ "), t.line(5))
        XCTAssertTrue(t.line(5).contains("мало: "), t.line(5))
        let (o, app2) = try f.run("coordinator", "Mf", size: Size(width: 120, height: 30))
        let v2 = try XCTUnwrap(app2.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertEqual(v2.monitoring.shown.count, short.count)
        XCTAssertTrue(o.line(2).contains("только не дотягивающие"), o.line(2))
    }
}
