import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The «Показатели» tab on DashboardFixture: numbers, bars, trend, the
/// drill-down keys and the worklists, at 80x24 and 200x60.
final class DashboardViewTests: XCTestCase {
    var f: DashboardFixture!
    override func setUpWithError() throws { f = try DashboardFixture() }
    override func tearDown() { f = nil }

    static func trimmed(_ s: String) -> String { String(s.reversed().drop(while: { $0 == " " }).reversed()) }

    /// The rows between the tab bar and the status bar (other tabs may change the tab bar).
    func body(_ t: MemoryTerminal) -> String {
        (1..<(t.size.height - 1)).map { DashboardViewTests.trimmed(t.line($0)) }.joined(separator: "\n")
    }

    func testRegionAt80x24() throws {
        // 4 of 5 teachers diagnosed (Юдина is not); Аша 1/2 is the weakest, first and marked.
        let (t, _) = try f.screen("coord", "", size: Size(width: 80, height: 24))
        XCTAssertEqual(body(t), """
             Челябинская область
            ▸ Доля педагогов, прошедших диагностику                        80 %   4/5 ▁▄█
              Доля педагогов с ИОМ                                         20 %   1/5
              Доля завершённых ИОМ                                          0 %   0/1
              Доля закрытых дефицитов из выявленных                           —   0/0
              Доля молодых педагогов с наставником                          0 %   0/1
              Доля запросов, решённых в срок                                  —   0/0
              Медиана срока решения запроса, дней                             — n = 0
              Доля курсов из ФР ДПП                                         0 %   0/1
              Доля муниципалитетов, участвующих в отборе в РМА              0 %   0/2
            y без наставника 1   t без тьютора 1   o просрочено 1
            Доля педагогов, прошедших диагностику — по муниципалитетам
            ▸! Ашинский МР    ████████████████████████████▌                              50%
               Челябинский ГО █████████████████████████████████████████████████████████ 100%







             ⏎ открыть · ←→ показатель · y t o списки · ? клавиши
            """, body(t))
        // Opening the tab stored this month's values: the trend's last point.
        XCTAssertEqual(try f.store.indicatorHistory(try f.store.viewer(login: "coord"), scope: .region)[.diagnosedShare]?.last?.numerator, 4)
    }

    func testRegionAt200x60() throws {
        let (t, _) = try f.screen("coord", "", size: Size(width: 200, height: 60))
        let lines = (0..<60).map { DashboardViewTests.trimmed(t.line($0)) }
        XCTAssertEqual(lines[1], " Челябинская область")
        XCTAssertTrue(lines[2].hasSuffix("┌─ Доля педагогов, прошедших диагностику — по муниципалитетам " + String(repeating: "─", count: 33) + "┐"),
                      lines[2])
        XCTAssertTrue(lines[3].hasPrefix(" ▸ Доля педагогов, прошедших диагностику "), lines[3])
        XCTAssertTrue(lines[3].contains("80 %   4/5 ▁▄█"), lines[3])
        XCTAssertTrue(lines[3].hasSuffix("│▸! Ашинский МР    " + String(repeating: "█", count: 33) + String(repeating: " ", count: 35)
                                         + "50%  1/2│"), lines[3])
        XCTAssertTrue(lines[4].hasSuffix("│   Челябинский ГО " + String(repeating: "█", count: 66) + " 100%  3/3│"), lines[4])
        XCTAssertTrue(lines.contains(" Требуют работы" + String(repeating: " ", count: 89) + "│" + String(repeating: " ", count: 94) + "│"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("   y  Молодые педагоги без наставника ") && $0.hasSuffix(" 1 │" + String(repeating: " ", count: 94) + "│") },
                      lines.filter { $0.contains("наставника") }.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix(" Методисты РМА по направлениям: 0") })
        XCTAssertEqual(lines[58], " ⏎ открыть · ←→ показатель · y t o списки · ? клавиши")
    }

    func testDrillDownAndBack() throws {
        // Enter: the weakest municipality (Аша), then its school, then its people.
        var (t, _) = try f.screen("coord", "<Enter>", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Челябинская область › Ашинский МР")
        XCTAssertTrue(body(t).contains("Доля педагогов, прошедших диагностику — по организациям"))
        XCTAssertTrue(body(t).contains("▸  МКОУ «СОШ № 1 г. Аши»"), body(t))
        (t, _) = try f.screen("coord", "<Enter><Enter>", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Челябинская область › Ашинский МР › МКОУ «СОШ № 1 г. Аши»")
        XCTAssertTrue(body(t).contains("Работники — Enter: карточка"))
        XCTAssertTrue(body(t).contains("Петрова Мария Сергеевна"))
        XCTAssertTrue(body(t).contains("Юдина Яна Олеговна ★"))
        XCTAssertTrue(body(t).contains("▸ Доля педагогов, прошедших диагностику                               50 %   1/2"), body(t))
        XCTAssertTrue(body(t).contains("y без наставника 1   t без тьютора 0   o просрочено 1"), body(t))
        // Esc goes up to the municipality, Backspace to the region, with the cursor where we came from.
        (t, _) = try f.screen("coord", "<Enter><Enter><Esc>", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Челябинская область › Ашинский МР")
        (t, _) = try f.screen("coord", "<Enter><Enter><Esc><BS>", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Челябинская область")
        XCTAssertTrue(body(t).contains("▸! Ашинский МР"))
    }

    func testEnterBeforeTheSchoolsAreCountedWaitsForThem() throws {
        // A region's schools are counted in the background when a municipality opens; an
        // Enter typed before they arrive must still open the first school, not be lost.
        let (_, app) = try f.screen("coord", "", size: Size(width: 80, height: 24))
        let view = try XCTUnwrap(app.activeView as? DashboardView)
        _ = app.handle(.key(.enter))   // into Аша: its schools are being read
        _ = app.handle(.key(.enter))   // at once, without waiting for the read
        XCTAssertEqual(view.path.map(\.name), ["Ашинский МР", "МКОУ «СОШ № 1 г. Аши»"])
    }

    func testPersonCardThenRoute() throws {
        // ↓ Челябинский ГО, its lyceum, the first person (Ёлкина), the card, then her route.
        var (t, _) = try f.screen("coord", "<Down><Enter><Enter><Enter>", size: Size(width: 80, height: 24))
        XCTAssertTrue(t.snapshot().contains("Ёлкина Анна Петровна"), t.snapshot())
        XCTAssertTrue(t.snapshot().contains("Маршрут    реализуется · 01.09.2023–31.08.2024"), t.snapshot())
        XCTAssertTrue(t.snapshot().contains("Enter — ИОМ"), t.snapshot())
        (t, _) = try f.screen("coord", "<Down><Enter><Enter><Enter><Enter>", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Челябинская область › Челябинский ГО › МАОУ «Лицей № 31» › Ёлкина Анна Петровна")
        XCTAssertTrue(t.snapshot().contains("Курс «Функциональная грамотность»"), t.snapshot())
        // Esc leaves the route for the list of the lyceum's people.
        (t, _) = try f.screen("coord", "<Down><Enter><Enter><Enter><Enter><Esc>", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("Работники — Enter: карточка"))
    }

    func testIndicatorSwitchAndWorklists() throws {
        var (t, _) = try f.screen("coord", "<Right>", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("Доля педагогов с ИОМ — по муниципалитетам"))
        XCTAssertTrue(body(t).contains("▸ Доля педагогов с ИОМ"))
        (t, _) = try f.screen("coord", "<Left><Left>", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("Доля курсов из ФР ДПП — по муниципалитетам"), body(t))
        (t, _) = try f.screen("coord", "y", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("Молодые педагоги без наставника · Челябинская область · 1"), body(t))
        XCTAssertTrue(body(t).contains("Юдина Яна Олеговна"))
        (t, _) = try f.screen("coord", "н<Enter>", size: Size(width: 80, height: 24))
        XCTAssertTrue(t.snapshot().contains("Юдина Яна Олеговна"))
        XCTAssertTrue(t.snapshot().contains("Enter — ИОМ"), t.snapshot())
        (t, _) = try f.screen("coord", "o", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("Нужен семинар по воспитанию"), body(t))
        XCTAssertTrue(body(t).contains("01.03.2024 (+14 дн.)"), body(t))
        (t, _) = try f.screen("coord", "t<Esc>", size: Size(width: 80, height: 24))
        XCTAssertTrue(body(t).contains("▸ Доля педагогов, прошедших диагностику"))
    }

    func testMunicipalMethodistSeesOwnMunicipality() throws {
        let (t, _) = try f.screen("methodist", "", size: Size(width: 80, height: 24))
        XCTAssertEqual(DashboardViewTests.trimmed(t.line(1)), " Ашинский МР")
        XCTAssertTrue(body(t).contains("по организациям"))
        XCTAssertTrue(body(t).contains("МКОУ «СОШ № 1 г. Аши»"))
        XCTAssertFalse(t.snapshot().contains("Челябинский ГО"))
        XCTAssertTrue(body(t).contains("50 %   1/2"))
    }

    func testHelpListsTheKeys() throws {
        let (t, _) = try f.screen("coord", "?", size: Size(width: 120, height: 40))
        let screen = t.snapshot()
        XCTAssertTrue(screen.contains("Список: молодые педагоги без наставника"), screen)
        XCTAssertTrue(screen.contains("Назад на уровень выше"))
        XCTAssertTrue(screen.contains("Следующий показатель для столбцов"))
    }

    func testNoIndicatorsTabForTeachers() throws {
        let app = try f.app("elkina")
        XCTAssertFalse(app.views.contains { $0.id == "dashboard" })
    }
}
