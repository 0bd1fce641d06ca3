import Domain
import Foundation
import XCTest
@testable import Storage
@testable import TUI

/// Ask for help from a deficit or a step, «Мои запросы», «Диагностика»
/// and the export from the command palette.
final class TeacherHelpAndExportTests: XCTestCase {
    var f: TeacherFixture!
    override func setUpWithError() throws { f = try TeacherFixture() }
    override func tearDown() { f = nil }

    func testAskForHelpFromADeficitIsPrefilledWithTheCompetenceAndItsDirection() throws {
        let t = try f.screen("t_progress", "<Tab>jja")
        let text = t.text()
        XCTAssertTrue(text.contains("Попросить помощи"), t.snapshot())
        XCTAssertTrue(text.contains("Компетенция: Ц1 Цифровые образовательные ресурсы"), t.snapshot())
        XCTAssertTrue(text.contains("‹ 11. Проектов цифровизации"), t.snapshot())
        XCTAssertTrue(text.contains("Прошу помочь с дефицитом «Ц1"), t.snapshot())

        _ = try f.screen("t_progress", "<Tab>jjaНужен наставник по ЦОР<C-s>")
        let row = try f.store.db.first("SELECT text, competence_id, direction, status, urgent FROM requests WHERE author_id = ? ORDER BY id DESC",
                                       [f.id("t_progress")]) { ($0.string(0), $0.optInt64(1), $0.optInt(2), $0.string(3), $0.bool(4)) }
        XCTAssertEqual(row?.1, f.id("c_c1"))
        XCTAssertEqual(row?.2, 11)
        XCTAssertEqual(row?.3, "new")
        XCTAssertEqual(row?.4, true, "a young teacher's request is urgent")
        XCTAssertTrue(row?.0.hasSuffix("Нужен наставник по ЦОР") ?? false, row?.0 ?? "")
    }

    /// Pasted text with escape sequences, bidi controls and a BOM is saved clean.
    func testARequestTypedWithControlCharactersIsStoredClean() throws {
        let app = try f.app("t_progress")
        let events = try KeySyntax.parse("<Tab>jja") + [.paste(" \u{1B}]52;c;ZXZpbA==\u{07}Нужен\u{202E} наставник\u{FEFF}\u{2066}\u{9B}2J")]
            + KeySyntax.parse("<C-s>")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: events)
        let text = try XCTUnwrap(f.store.db.first("SELECT text FROM requests WHERE author_id = ? ORDER BY id DESC",
                                                  [f.id("t_progress")]) { $0.string(0) })
        XCTAssertTrue(text.hasSuffix("]52;c;ZXZpbA==Нужен наставник2J"), text.debugDescription)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0xFEFF
            || (0x80..<0xA0).contains($0.value) || Sanitizer.isBidiControl($0.value) }, text.debugDescription)
    }

    func testAskForHelpFromAStepUsesTheStepsDeficit() throws {
        let t = try f.screen("t_progress", "jja")
        XCTAssertTrue(t.text().contains("Шаг: Посещение уроков коллег"), t.snapshot())
        XCTAssertTrue(t.text().contains("Компетенция: М2 Оценивание образовательных результатов"), t.snapshot())
        XCTAssertTrue(t.text().contains("‹ 1. Реализации ФГОС НОО"), t.snapshot())
    }

    func testTheNewRequestAppearsInMyRequestsWithItsStatus() throws {
        let sent = try f.screen("t_none", "a<C-s>")
        XCTAssertTrue(sent.line(23).contains("отправлен — его статус на вкладке «Мои запросы»"), sent.snapshot())
        let t = try f.screen("t_none", "4")
        XCTAssertTrue(t.line(2).contains("15.03.2024 новый      Прошу помочь с дефицито… не назначен"), t.snapshot())
        XCTAssertFalse(t.line(23).contains("отправлен"), "the message stayed with the tab it was said in:\n\(t.snapshot())")
        // Another teacher's list does not show it.
        let other = try f.screen("t_draft", "4")
        XCTAssertTrue(other.text().contains("Вы ещё не просили помощи"), other.snapshot())
    }

    func testMyRequestsAt80x24AndTheHistory() throws {
        let t = try f.screen("t_progress", "4")
        assertScreenLine(t, 1, "    № Создан     Статус     Текст                    Кто помогает     Срок")
        XCTAssertTrue(t.line(2).contains("01.02.2024 назначен   Нужна консультация по ц… Сидорова Ольга … 01.03.2024"), t.line(2))
        XCTAssertTrue(t.text().contains("1 из 1"), t.snapshot())
        let open = try f.screen("t_progress", "4<Enter>")
        XCTAssertTrue(open.text().contains("Запрос №\(f.id("req_old")) от 01.02.2024"), open.snapshot())
        XCTAssertTrue(open.text().contains("Кто помогает: Сидорова Ольга Викторовна"))
    }

    func testDiagnosticsShowAreaScoresAndHowDeficitsMoved() throws {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            let t = try f.screen("t_progress", "3", size: size)
            let text = t.text()
            XCTAssertTrue(text.contains("Баллы по областям компетенций (порог 60)"), t.snapshot())
            XCTAssertTrue(text.contains("! функциональная грамотность"), "the weakest area is marked:\n\(t.snapshot())")
            XCTAssertTrue(text.contains("Что изменила эта диагностика (к прежним баллам)"), t.snapshot())
            XCTAssertTrue(text.contains("✓ закрыт: М2 Оценивание образовательных результатов · 46 → 64"), t.snapshot())
            XCTAssertTrue(text.contains("• сохраняется: Ф2 Математическая грамотность · 33 → 41 · критический"), t.snapshot())
            XCTAssertTrue(text.contains("+ выявлен: П1 Предметные знания · 72 → 58 · умеренный"), t.snapshot())
        }
        let first = try f.screen("t_progress", "3j")
        XCTAssertTrue(first.text().contains("Выявленные дефициты (первая диагностика)"), first.snapshot())
        let none = try f.screen("coord", "")
        XCTAssertFalse(none.text().contains("Диагностика"), "a coordinator without a route gets no teacher tabs")
    }

    func testExportFromThePaletteWritesTheFileAndSaysWhere() throws {
        let t = try f.screen("t_progress", ":markdown<Enter>", size: Size(width: 120, height: 30))
        let path = f.dir.appendingPathComponent("route-t_progress.md").path
        XCTAssertTrue(t.line(29).contains("Маршрут сохранён: \(path)"), t.line(29))
        let md = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(md.hasPrefix("# Индивидуальный образовательный маршрут"))
        XCTAssertTrue(md.contains("| 5 | стажировка | Стажировка: формирующее оценивание |"), md)
        _ = try f.screen("t_progress", "E")
        let csv = try String(contentsOfFile: f.dir.appendingPathComponent("route-t_progress.csv").path, encoding: .utf8)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 7, csv)
    }

    func testExportWithoutARouteSaysThereIsNothingToExport() throws {
        let t = try f.screen("t_none", "e")
        XCTAssertTrue(t.line(23).contains("пока нет индивидуального"), t.line(23))
    }
}
