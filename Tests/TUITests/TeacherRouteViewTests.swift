import Domain
import XCTest
@testable import Storage
@testable import TUI

/// «Мой маршрут» on the in-memory terminal: every route status at 80x24 and
/// 160x48, no route, the panes' links, and what a refused move says.
final class TeacherRouteViewTests: XCTestCase {
    var f: TeacherFixture!
    override func setUpWithError() throws { f = try TeacherFixture() }
    override func tearDown() { f = nil }

    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// Every row is exactly the screen's width: nothing overruns.
    func assertFits(_ t: MemoryTerminal, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<t.size.height {
            XCTAssertEqual(TextWidth.of(t.line(y)), t.size.width, "row \(y): \(t.line(y))", file: file, line: line)
        }
    }

    func testATeacherLandsOnTheRouteAfterOverview() throws {
        let t = try f.screen("t_progress")
        assertScreenLine(t, 0, " 1 Обзор   2 Мой маршрут   3 Диагностика   4 Мои запросы")
        XCTAssertTrue(t.text().contains("│ Мой маршрут │"), t.snapshot())
    }

    func testRouteInProgressAt80x24() throws {
        let t = try f.screen("t_progress")
        assertScreen(t, """
         1 Обзор   2 Мой маршрут   3 Диагностика   4 Мои запросы
         Ёлкина Алёна Сергеевна  ★ молодой педагог
         учитель математики · без категории · МОУ «СОШ № 7» · Копейский ГО
         Тьютор: Сидорова Ольга Викторовна   Наставник: Петров Иван Ильич
         ИОМ на 01.09.2023–31.08.2024 · реализуется
         ██████▓▓▓▓▓▓░░░░░░░░░░░░░░░░░░ выполнено 2 из 5 (подтверждено 1) · 42 из 80 ч
         Просрочено шагов: 1 (обсудите срок с тьютором) · ждут подтверждения тьютора: 1
          Мои дефициты · 3
          Код  Компетенция                                        Уровень     Балл Шаги
        ◆ Ф2   Математическая грамотность                         критический   33 1,2,6
          М2   Оценивание образовательных результатов             выраженный    46 3,5,6
          Ц1   Цифровые образовательные ресурсы                   выраженный    54 4
        ▶ Шаги маршрута · 6                                              Tab → дефициты
           № Шаг                                        Сроки         Ч Статус       Док
           1 Курс «Функциональная грамотность»          13.11–08.12  36 подтверждён  ✓
           2 Семинар «Задания PISA»                     16.11–16.11   4 пропущен
           3 Посещение уроков коллег                    15.01–16.02   6 выполнен     ✓
           4 Самообразование: ФГИС «Моя школа»          22.01–29.02  12 ! просрочен
           5 Стажировка: формирующее оценивание         04.03–22.03  24 выполняется
           6 Открытый урок                              15.04–26.04   2 запланирован


         Tab дефициты · ⏎ подробно · s начать · d выполнено · x пропустить · a помощь
         Ёлкина Алёна Сергеевна · педагог │ Мой маршрут │ шаг 1 из 6           ? помощь
        """)
    }

    func testRouteInProgressAt160x48ShowsThreePanesWithTheDetail() throws {
        let t = try f.screen("t_progress", size: Size(width: 160, height: 48))
        assertFits(t)
        let text = t.text()
        for expected in ["Мои дефициты · 3", "Шаги маршрута · 6", "Подробно", "Программа ДПП: Формирование функциональной",
                         "✓ в федеральном реестре ДПП", "Комментарий тьютора:", "Удостоверение № 742419853107",
                         "Подтверждён тьютором — шаг закрыт.", "a помощь · e экспорт"] {
            XCTAssertTrue(text.contains(expected), "«\(expected)» missing:\n\(t.snapshot())")
        }
        // Side by side: the deficits and the steps share rows.
        XCTAssertTrue(t.snapshot().split(separator: "\n").contains { $0.contains("Ф2") && $0.contains("Курс «Функциональная") })
    }

    func testEveryRouteStatusAtBothSizesSaysWhatHappensNext() throws {
        let cases: [(String, String, String)] = [
            ("t_draft", "черновик", "Черновик без тьютора: тьютора назначит методист ММС"),
            ("t_agreed", "согласован", "Маршрут согласован. Начните первый шаг"),
            ("t_progress", "реализуется", "Просрочено шагов: 1"),
            ("t_done", "завершён", "Маршрут завершён. Закрытие дефицитов подтвердит следующая диагностика."),
            ("t_cancel", "отменён", "Маршрут отменён: Переход в другую школу."),
        ]
        for size in TeacherRouteViewTests.sizes {
            for (login, status, next) in cases {
                let t = try f.screen(login, size: size)
                assertFits(t)
                let text = t.text().replacingOccurrences(of: "\n", with: " ")
                XCTAssertTrue(t.text().contains("ИОМ на 01.09.2023–31.08.2024 · \(status)"), "\(login) \(size):\n\(t.snapshot())")
                XCTAssertTrue(text.contains(next) || t.snapshot().contains(String(next.prefix(40))), "\(login) \(size):\n\(t.snapshot())")
                XCTAssertTrue(t.text().contains("Шаги маршрута"), "\(login) \(size)")
            }
        }
        let done = try f.screen("t_done")
        XCTAssertTrue(done.text().contains("выполнено 2 из 2 (подтверждено 2) · 38 из 38 ч"), done.snapshot())
        XCTAssertTrue(done.text().contains("1 открыто") == false && done.text().contains("закрыто"), done.snapshot())
    }

    func testATeacherWithoutARouteIsToldWhatHappensNextAndSeesTheDeficits() throws {
        for size in TeacherRouteViewTests.sizes {
            let t = try f.screen("t_none", size: size)
            assertFits(t)
            let text = t.text()
            XCTAssertTrue(text.contains("Индивидуального образовательного маршрута (ИОМ) у вас пока нет."), t.snapshot())
            XCTAssertTrue(text.contains("Ваш тьютор Сидорова Ольга Викторовна составит маршрут"), t.snapshot())
            XCTAssertTrue(text.contains("Ц1   Цифровые образовательные ресурсы"), t.snapshot())
            XCTAssertTrue(text.contains("маршрута нет"), "the status bar says so")
        }
        // Tab has no steps to go to, and says so instead of doing nothing.
        let tab = try f.screen("t_none", "<Tab>")
        XCTAssertTrue(tab.line(23).contains("Маршрута пока нет: шагов нет"), tab.snapshot())
    }

    func testADraftWithoutATutorAndItsRefusedStepSayWhy() throws {
        let t = try f.screen("t_draft", "d")
        XCTAssertTrue(t.text().contains("Тьютор: не назначен"), t.snapshot())
        XCTAssertTrue(t.line(23).contains("Нельзя: Маршрут в статусе «черновик»"), t.snapshot())
        XCTAssertFalse(t.text().contains("Шаг выполнен"), "no form opens for a step that cannot take it")
        XCTAssertEqual(try f.stepRow("s1_t_draft").status, "planned")
    }

    func testStartingAConfirmedStepIsRefusedWithTheRulesReason() throws {
        let t = try f.screen("t_progress", "s")
        XCTAssertTrue(t.line(23).contains("Нельзя: Из статуса «подтверждён» переходов нет"), t.line(23))
        XCTAssertEqual(try f.stepRow("s_course").status, "confirmed")
    }

    func testMarkingDoneWithoutEvidenceIsRefusedInsideTheForm() throws {
        let t = try f.screen("t_progress", "jjjjd<C-s>")
        XCTAssertTrue(t.text().contains("Шаг выполнен"), "the form stays open:\n\(t.snapshot())")
        XCTAssertTrue(t.text().contains("✗ Чтобы отметить шаг выполненным, приложите"), t.snapshot())
        XCTAssertEqual(try f.stepRow("s_intern").status, "inProgress")
    }

    func testEvidenceTypedInCyrillicMarksTheStepDone() throws {
        let (app, t) = try f.run("t_progress", "jjjjdУД-2024/17 № 5<Tab>https://школа.рф/урок<Tab>Провела урок; ёлочки «в работе»<C-s>")
        XCTAssertTrue(t.line(23).contains("Шаг 5 выполнен — ждёт подтверждения тьютора"), t.line(23))
        let row = try f.stepRow("s_intern")
        XCTAssertEqual(row.status, "done")
        XCTAssertEqual(row.certificate, "УД-2024/17 № 5")
        XCTAssertEqual(row.link, "https://школа.рф/урок")
        XCTAssertEqual(row.note, "Провела урок; ёлочки «в работе»")
        XCTAssertEqual(row.version, 2)
        let audit = try f.store.auditTrail(entity: "step", id: f.id("s_intern"))
        XCTAssertEqual(audit.first?.actorLogin, "t_progress")
        XCTAssertTrue(audit.first?.after.contains("status=done") ?? false)
        // The list shows it done with evidence, and the progress moved.
        XCTAssertTrue(t.text().contains("5 Стажировка: формирующее оценивание         04.03–22.03  24 выполнен     ✓"), t.snapshot())
        XCTAssertTrue(t.text().contains("выполнено 3 из 5 (подтверждено 1) · 66 из 80 ч"), t.snapshot())
        XCTAssertFalse(app.views.contains { $0.hasUnsavedInput })
    }

    func testEscapeWithTypedEvidenceAsksBeforeDiscarding() throws {
        let t = try f.screen("t_progress", "jjjjdсертификат<Esc>")
        XCTAssertTrue(t.text().contains("Введённый текст не сохранён. Закрыть форму?"), t.snapshot())
        let kept = try f.screen("t_progress", "jjjjdсертификат<Esc>н")
        XCTAssertTrue(kept.text().contains("сертификат"), "«н» keeps the form:\n\(kept.snapshot())")
        let gone = try f.screen("t_progress", "jjjjdсертификат<Esc>д")
        XCTAssertFalse(gone.text().contains("Шаг выполнен"), gone.snapshot())
    }

    func testAskingToSkipNeedsAReasonAndKeepsIt() throws {
        let t = try f.screen("t_progress", "jjjjjxБолезнь, перенесу на осень<C-s>")
        XCTAssertTrue(t.line(23).contains("Шаг 6 пропущен; причину увидит тьютор"), t.line(23))
        let row = try f.stepRow("s_lesson")
        XCTAssertEqual(row.status, "skipped")
        XCTAssertEqual(row.skip, "Болезнь, перенесу на осень")
        let empty = try f.screen("t_progress", "jjjx<C-s>")
        XCTAssertTrue(empty.text().contains("Заполните это поле"), empty.snapshot())
    }

    /// `u` takes back the last move on a step — evidence and all — as a change
    /// of its own in the audit; a second `u` has nothing left to take back.
    func testUndoTakesBackTheStepJustMarkedDone() throws {
        let t = try f.screen("t_progress", "jjjjdУД-2024/17<C-s>u")
        XCTAssertTrue(t.line(23).contains("Отменено: шаг 5 снова «выполняется»"), t.line(23))
        let row = try f.stepRow("s_intern")
        XCTAssertEqual(row.status, "inProgress")
        XCTAssertEqual(row.certificate, "")
        XCTAssertEqual(row.version, 3)
        XCTAssertEqual(try f.store.auditTrail(entity: "step", id: f.id("s_intern")).first?.action, "undo")
        XCTAssertTrue(t.text().contains("выполнено 2 из 5"), t.snapshot())
        let again = try f.screen("t_progress", "jjjjdУД-2024/17<C-s>uu")
        XCTAssertTrue(again.line(23).contains("Отменять нечего"), again.line(23))
    }

    /// Someone else's change since the move (the tutor returns the step) makes the undo a refusal naming them.
    func testUndoAfterSomeoneElsesChangeIsRefused() throws {
        let app = try f.app("t_progress")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("jjjjdУД-2024/17<C-s>"))
        let step = try XCTUnwrap(f.store.step(f.store.viewer(login: "t_progress"), id: f.id("s_intern")))
        try f.store.returnStep(f.store.viewer(login: "tutor"), stepID: step.id, expectedVersion: step.version, comment: "Нужна ссылка")
        let t = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("u")).terminal
        XCTAssertTrue(t.line(23).contains("Отменить нельзя"), t.line(23))
        XCTAssertTrue(t.line(23).contains("Сидорова"), "names who changed it: " + t.line(23))
        XCTAssertEqual(try f.stepRow("s_intern").status, "inProgress")
        XCTAssertEqual(try f.stepRow("s_intern").certificate, "УД-2024/17", "the tutor's return is kept as it was")
    }

    func testStartingTheFirstStepOfAnAgreedRouteStartsTheRoute() throws {
        let t = try f.screen("t_agreed", "s")
        XCTAssertTrue(t.line(23).contains("Шаг 1 начат: «Курс «Современное оценивание»»"), t.line(23))
        XCTAssertEqual(try f.stepRow("s1_t_agreed").status, "inProgress")
        XCTAssertTrue(t.text().contains("ИОМ на 01.09.2023–31.08.2024 · реализуется"), t.snapshot())
        XCTAssertEqual(try f.store.auditTrail(entity: "route", id: f.id("r_t_agreed")).first?.after, "status=inProgress")
    }

    func testSelectingADeficitHighlightsItsStepsAndTheOtherWayRound() throws {
        // Steps pane, step 4 (self-education) -> its deficit Ц1 is marked.
        let s = try f.screen("t_progress", "jjj")
        let deficitRows = s.snapshot().split(separator: "\n").filter { $0.contains("Ц1") || $0.contains("М2") || $0.contains("Ф2") }
        XCTAssertEqual(deficitRows.filter { $0.hasPrefix("◆") }.map { String($0.dropFirst(2).prefix(2)) }, ["Ц1"], s.snapshot())
        // Deficits pane, М2 -> steps 3, 5 and 6 are marked.
        let d = try f.screen("t_progress", "<Tab>j")
        let marked = d.snapshot().split(separator: "\n").filter { $0.hasPrefix("◆") }.compactMap { line in
            line.dropFirst(1).split(separator: " ").first.flatMap { Int($0) }
        }
        XCTAssertEqual(marked, [3, 5, 6], d.snapshot())
        XCTAssertTrue(d.text().contains("дефицит 2 из 3"))
    }

    func testEnterShowsTheStepDetailWithItsInternshipSite() throws {
        let t = try f.screen("t_progress", "jjjj<Enter>")
        let text = t.text()
        XCTAssertTrue(text.contains("Стажировочная площадка: МАОУ «Гимназия № 1»"), t.snapshot())
        XCTAssertTrue(text.contains("Тема: Формирующее оценивание на уроке"))
        XCTAssertTrue(text.contains("Дальше: d — отметить выполненным"))
        let closed = try f.screen("t_progress", "jjjj<Enter><Esc>")
        XCTAssertFalse(closed.text().contains("Стажировочная площадка"))
    }

    func testEnglishLabels() throws {
        let t = try f.screen("t_progress", language: .en)
        XCTAssertTrue(t.text().contains("2 My route"), t.snapshot())
        XCTAssertTrue(t.text().contains("Route for 01.09.2023–31.08.2024 · in progress"), t.snapshot())
    }
}
