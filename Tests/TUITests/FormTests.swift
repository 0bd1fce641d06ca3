import XCTest
import Domain
@testable import TUI

final class FormTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func requestForm(_ language: Language = .ru) -> Form {
        Form(fields: [
            .text("topic", label: "Тема", required: true, placeholder: "о чём запрос"),
            .choice("priority", label: "Приоритет", options: [
                FormChoice(id: "low", label: "Низкий"), FormChoice(id: "normal", label: "Обычный"),
                FormChoice(id: "high", label: "Высокий"),
            ], selected: "normal"),
            .date("due", label: "Срок"),
            .text("count", label: "Участников", validator: { Int($0) == nil ? "Введите число" : nil }),
            .note("note", label: "Комментарий", lines: 2),
        ], language: language)
    }

    func type(_ f: inout Form, _ text: String) { for ev in typing(text) { _ = f.handle(ev) } }

    func testSubmitReturnsValuesByIDWithDatesAsISO() {
        var f = requestForm()
        type(&f, "  Помощь с ИОМ ")
        _ = f.handle(.key(.tab))
        _ = f.handle(.key(.right))                      // Обычный -> Высокий
        _ = f.handle(.key(.tab))
        type(&f, "1.3.2027")
        _ = f.handle(.key(.tab))
        type(&f, "12")
        _ = f.handle(.key(.tab))
        _ = f.handle(.paste("строка 1\nстрока 2"))
        XCTAssertEqual(f.handle(.key(.ctrl("s"))), .submitted([
            "topic": "Помощь с ИОМ", "priority": "high", "due": "2027-03-01", "count": "12", "note": "строка 1\nстрока 2",
        ]))
    }

    func testRequiredAndFormatMessages() {
        var f = requestForm()
        _ = f.handle(.key(.tab))
        XCTAssertNil(f.fields[0].error, "leaving an empty required field does not shout yet")
        _ = f.handle(.key(.tab))
        type(&f, "31.02.2026")
        _ = f.handle(.key(.down))
        XCTAssertEqual(f.fields[2].error, "Дата в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД", "checked when left")
        type(&f, "много")
        XCTAssertEqual(f.handle(.key(.ctrl("s"))), .invalid)
        XCTAssertEqual(f.focus, 0, "the first bad field gets the focus")
        XCTAssertEqual(f.fields[0].error, "Заполните это поле")
        XCTAssertEqual(f.fields[3].error, "Введите число")
        type(&f, "Т")
        XCTAssertNil(f.fields[0].error, "the message goes as soon as the input is fixed")
        _ = f.handle(.key(.tab)); _ = f.handle(.key(.tab))
        for _ in 0..<10 { _ = f.handle(.key(.backspace)) }
        type(&f, "2026-02-28")
        XCTAssertNil(f.fields[2].error)
        _ = f.handle(.key(.tab))
        _ = f.handle(.key(.ctrl("u")))
        type(&f, "3")
        XCTAssertEqual(f.handle(.key(.ctrl("s"))), .submitted([
            "topic": "Т", "priority": "normal", "due": "2026-02-28", "count": "3", "note": "",
        ]))
    }

    func testDates() {
        XCTAssertEqual(Form.parseDate("29.02.2028")?.iso, "2028-02-29")
        XCTAssertNil(Form.parseDate("29.02.2027"))
        XCTAssertEqual(Form.parseDate("2027-12-31")?.iso, "2027-12-31")
        XCTAssertEqual(Form.parseDate(" 5.1.2027 ")?.iso, "2027-01-05")
        XCTAssertNil(Form.parseDate("2027-1-5"))
        XCTAssertNil(Form.parseDate("01.13.2027"))
        XCTAssertNil(Form.parseDate("１.01.2027"), "fullwidth digits are not ASCII digits")
        XCTAssertNil(Form.parseDate("завтра"))
    }

    func testNavigationEnterAndEscape() {
        var f = requestForm()
        XCTAssertEqual(f.handle(.key(.escape)), .cancelled, "nothing typed: just close")
        _ = f.handle(.key(.backTab))
        XCTAssertEqual(f.focus, 0)
        _ = f.handle(.key(.enter))
        XCTAssertEqual(f.focus, 1, "Enter moves on")
        type(&f, "н")                                    // first letter picks Низкий
        XCTAssertEqual(f.values["priority"], "low")
        XCTAssertEqual(f.handle(.key(.escape)), .confirmDiscard, "a change: ask first")
        _ = f.handle(.key(.left)); _ = f.handle(.key(.left))
        XCTAssertEqual(f.values["priority"], "normal")
        XCTAssertFalse(f.isDirty, "changed back is not a change")
        for _ in 0..<3 { _ = f.handle(.key(.down)) }
        XCTAssertEqual(f.focus, 4)
        _ = f.handle(.key(.down))
        XCTAssertEqual(f.focus, 4, "stops at the last field")
        XCTAssertEqual(f.handle(.key(.enter)), .handled, "Enter in a note breaks the line, it does not submit")
        XCTAssertEqual(f.fields[4].editor.text, "\n")
        XCTAssertEqual(f.handle(.key(.ctrl("s"))), .invalid, "Ctrl+S submits (the topic is missing)")
        XCTAssertEqual(f.focus, 0, "to the missing field")
        _ = f.handle(.key(.down))
        XCTAssertEqual(f.handle(.key(.enter)), .handled, "Enter on a field before the last moves on")
        XCTAssertEqual(f.focus, 2)
    }

    func testSnapshot80x24() {
        var f = requestForm()
        type(&f, "Наставничество \u{1B}[31m 😀 中文")
        _ = f.handle(.key(.tab)); _ = f.handle(.key(.tab))
        type(&f, "32.01.2027")
        _ = f.handle(.key(.tab))
        let (t, p) = WidgetTest.screen(80, 24)
        f.render(into: p.sub(Rect(x: 2, y: 1, width: 76, height: 12)))
        assertScreen(t, """

              Тема *       Наставничество [31m 😀 中文
              Приоритет    ‹ Обычный ›
              Срок         32.01.2027
                           ↳ Дата в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД
              Участников
              Комментарий





              Tab — следующее поле · Ctrl+S — сохранить · Esc — отмена
            """)
        XCTAssertEqual(t.cursor?.y, 5, "the cursor is in the focused field")
        XCTAssertEqual(WidgetTest.role(t, x: 2, y: 5), .accent, "the focused label")
        XCTAssertEqual(WidgetTest.role(t, x: 17, y: 4), .danger)
    }

    func testWideAndEnglish() {
        var f = requestForm(.en)
        let (t, p) = WidgetTest.screen(160, 48)
        f.render(into: p)
        assertScreen(t, """
            Тема *       о чём запрос
            Приоритет    ‹ Обычный ›
            Срок         DD.MM.YYYY
            Участников
            Комментарий










































            Tab next field · Ctrl+S save · Esc cancel
            """)
    }

    func testScrollsToTheFocusedField() {
        var f = Form(fields: (1...20).map { .text("f\($0)", label: "Поле \($0)") }, language: .ru)
        for _ in 0..<15 { _ = f.handle(.key(.tab)) }
        let (t, p) = WidgetTest.screen(80, 24)
        f.render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 8)))
        XCTAssertTrue(t.line(5).hasPrefix("Поле 16"), t.line(5))
        XCTAssertEqual(t.cursor?.y, 5)
        XCTAssertTrue(t.line(7).contains("Ctrl+S"))
        // A click on a field focuses it.
        _ = f.handle(.mouse(MouseEvent(x: 30, y: 2, button: .left)))
        XCTAssertEqual(f.focus, 12)
    }
}
