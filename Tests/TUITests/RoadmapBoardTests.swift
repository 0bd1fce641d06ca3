import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The roadmap board of the РМА tab on the in-memory terminal.
final class RoadmapBoardTests: XCTestCase {
    func testTheCoordinatorHasOneRMATabThatFitsAt80Columns() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "")
        assertScreenLine(t, 0, " 1 Обзор   2 Рабо…   3 Запр…   4 РМА   5 Пока…   6 Наст…   7 Ката…   8 Журн…")
        assertScreenLine(t, 1, " K Дорожная карта   O Отбор   N Направления   M Мониторинг")
        // A teacher gets no РМА tab; a РМА methodist gets it without deciding the selection.
        XCTAssertNil(try f.app("teacher").views.first { $0.id == "rma" })
        XCTAssertNotNil(try f.app("rma").views.first { $0.id == "rma" })
    }

    func testTheBoardByQuarterAt80x24ScrollsColumnByColumn() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "")
        assertScreenLine(t, 2, "По кварталам · напр.: все")
        assertScreenLine(t, 3, "I квартал (11)            │II квартал (7)            │III квартал (4)         4▶")
        assertScreenLine(t, 4, "◐ Формирование комплекта …│○ Региональный банк откры…│○ Мониторинг результатов …")
        assertScreenLine(t, 5, "  2024 · Общее для всех н…│  2024 · №1 Реализации ФГ…│  2024 · №6 Профилактики …")
        // Right, right, right: the fourth column comes in, the first goes out.
        let (t2, _) = try f.run("coordinator", "lll")
        XCTAssertTrue(t2.line(3).hasPrefix("◀1"), t2.line(3))
        XCTAssertTrue(t2.line(3).contains("IV квартал"), t2.line(3))
        XCTAssertFalse(t2.line(3).contains(" I квартал"), t2.line(3))
        // To the last column: «По плану мероприятий».
        let (t3, _) = try f.run("coordinator", "llllllll")
        XCTAssertTrue(t3.line(3).contains("По плану мероприятий"), t3.line(3))
        XCTAssertFalse(t3.line(3).contains("▶"), t3.line(3))
    }

    func testTheBoardAt200x60ShowsAllColumns() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "", size: Size(width: 200, height: 60))
        let head = t.line(3)
        for name in ["I квартал", "II квартал", "III квартал", "IV квартал", "В течение года", "По учебным графикам", "По плану мероприятий"] {
            XCTAssertTrue(head.contains(name), "\(name) missing in: \(head)")
        }
        XCTAssertFalse(head.contains("▶"))
        let (s, _) = try f.run("coordinator", "v", size: Size(width: 200, height: 60))
        let statusHead = s.line(3)
        for name in ["запланировано (", "выполняется (", "выполнено (", "просрочено ("] {
            XCTAssertTrue(statusHead.contains(name), "\(name) missing in: \(statusHead)")
        }
    }

    func testTheBoardByStatusAt80x24() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "v")
        assertScreenLine(t, 2, "По статусам · напр.: все")
        XCTAssertTrue(t.line(3).hasPrefix("запланировано ("), t.line(3))
        XCTAssertTrue(t.line(3).contains("│выполняется ("), t.line(3))
        XCTAssertTrue(t.line(3).hasSuffix("1▶") || t.line(3).trimmingCharacters(in: .whitespaces).hasSuffix("1▶"), t.line(3))
        // The overdue column, scrolled to: every card in it is marked.
        let (o, _) = try f.run("coordinator", "vlll")
        XCTAssertTrue(o.line(3).contains("просрочено ("), o.line(3))
        let screen = f.text(o)
        XCTAssertTrue(o.line(3).hasPrefix("◀1 выполняется"), o.line(3))
        XCTAssertTrue(screen.contains("│! Сетевые пары"), screen)
        XCTAssertTrue(screen.contains("ПРОСРОЧЕНО"), screen)
    }

    func testAnOverdueCardStandsOut() throws {
        let f = try RMAFixture()
        let item = try XCTUnwrap(f.item("Мониторинг закрепления"))
        XCTAssertTrue(item.isOverdue(on: f.store.today()))
        let (t, _) = try f.run("coordinator", "")
        let screen = f.text(t)
        XCTAssertTrue(screen.contains("! Мониторинг закрепления"), screen)
        guard let y = (0..<t.size.height).first(where: { t.line($0).contains("! Мониторинг закрепления") }),
              let x = t.line(y).range(of: "! Мониторинг").map({ t.line(y).distance(from: t.line(y).startIndex, to: $0.lowerBound) })
        else { return XCTFail("no overdue card") }
        let danger = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true).style(.danger)
        XCTAssertEqual(t.style(x: x, y: y), danger)
        XCTAssertTrue(t.line(y + 2).contains("ПРОСРОЧЕНО"))
    }

    func testTheDirectionFilterTypeToFind() throws {
        let f = try RMAFixture()
        let (t, app) = try f.run("coordinator", "dшнор<Enter>")
        assertScreenLine(t, 2, "По кварталам · напр.: №6")
        let view = try XCTUnwrap(app.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertFalse(view.board.filtered.isEmpty)
        XCTAssertTrue(view.board.filtered.allSatisfy { $0.direction == 6 || $0.direction == nil })
        XCTAssertFalse(f.text(t).contains("№1 Реализации"))
        XCTAssertTrue(f.text(t).contains("№6 Профилактики"))
        // The section key leaves only the direction's own items; `*` clears.
        let (s, app2) = try f.run("coordinator", "dшнор<Enter>r")
        XCTAssertTrue(s.line(2).contains("общие"), s.line(2))
        let v2 = try XCTUnwrap(app2.views.first { $0.id == "rma" } as? RMAView)
        XCTAssertTrue(v2.board.filtered.allSatisfy { $0.direction == nil })
        let (c, _) = try f.run("coordinator", "dшнор<Enter>*")
        assertScreenLine(c, 2, "По кварталам · напр.: все")
    }

    func testMovingACardToDoneByKeys() throws {
        let f = try RMAFixture()
        let before = try XCTUnwrap(f.item("Мониторинг результатов"))
        XCTAssertEqual(before.status, .planned)
        // Direction 6, by status: the planned column holds that one card. > twice: in progress, then done.
        let (t, _) = try f.run("coordinator", "dшнор<Enter>vh>>")
        XCTAssertEqual(try f.item("Мониторинг результатов")?.status, .done)
        XCTAssertTrue(t.line(3).contains("запланировано (0)"), t.line(3))
        XCTAssertTrue(f.text(t).contains("— выполнено"), f.text(t))
        // Done has nowhere to go forward: refused with a message, nothing written.
        let (r, _) = try f.run("coordinator", "dшнор<Enter>vlll")
        XCTAssertTrue(r.line(3).contains("выполнено (1)"), r.line(3))
        let (again, _) = try f.run("coordinator", "dшнор<Enter>vl>")
        XCTAssertTrue(f.text(again).contains("Пункт уже выполнен"), f.text(again))
        let history = try f.store.roadmapHistory(try f.store.viewer(login: "coordinator"), id: before.id)
        XCTAssertEqual(history.map(\.after), ["status=done", "status=inProgress"])
    }

    func testAMoveTheLifecycleForbidsIsRefusedOnScreen() throws {
        let f = try RMAFixture()
        // The status picker: planned -> planned is not a move.
        let item = try XCTUnwrap(f.item("Мониторинг результатов"))
        let (t, _) = try f.run("coordinator", "dшнор<Enter>vhsзапл<Enter>")
        XCTAssertEqual(try f.item("Мониторинг результатов")?.version, item.version)
        XCTAssertTrue(try f.store.roadmapHistory(try f.store.viewer(login: "coordinator"), id: item.id).isEmpty)
        let bottom = t.line(t.size.height - 1)
        XCTAssertFalse(bottom.contains("— запланировано"), bottom)
        XCTAssertTrue(bottom.contains("Статус уже «запланировано»"), bottom)
    }

    func testTheCardDetailShowsEverythingAndHistory() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "<Enter>", size: Size(width: 120, height: 40))
        let screen = f.text(t)
        for part in ["Пункт дорожной карты №", "Участники", "Исполнители", "Соисполнители", "Сроки", "I квартал 2024 (февраль–март)",
                     "Ожидаемый результат", "История"] {
            XCTAssertTrue(screen.contains(part), "\(part) missing:\n\(screen)")
        }
    }

    func testTableModeHasTheSeedsColumns() throws {
        let f = try RMAFixture()
        let (t, _) = try f.run("coordinator", "t", size: Size(width: 200, height: 30))
        assertScreenLine(t, 2, "Таблица · напр.: все")
        let head = t.line(3)
        var at = head.startIndex
        for name in ["Наименование мероприятия/события", "Участники", "Исполнители/соисполнители", "Сроки", "Ожидаемый результат"] {
            guard let r = head.range(of: name, range: at..<head.endIndex) else { return XCTFail("\(name) missing or out of order: \(head)") }
            at = r.upperBound
        }
        XCTAssertTrue(t.line(4).contains("Формирование комплекта распорядительных документов"), t.line(4))
        XCTAssertTrue(t.line(4).contains("I квартал 2024 (февраль–март)"), t.line(4))
        // At 80 columns the same five heads, cut.
        let (n, _) = try f.run("coordinator", "t")
        XCTAssertTrue(n.line(3).hasPrefix("  Наименование"), n.line(3))
    }

    func testCreatingAnItemInTheForm() throws {
        let f = try RMAFixture()
        let (_, _) = try f.run("coordinator", "nВебинар для наставников<C-s>")
        let item = try XCTUnwrap(f.item("Вебинар для наставников"))
        XCTAssertEqual(item.status, .planned)
        XCTAssertEqual(item.timing, .quarter(year: 2024, quarter: 1, months: []))
    }
}
