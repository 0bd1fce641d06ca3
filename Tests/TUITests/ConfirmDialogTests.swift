import XCTest
import Domain
@testable import TUI

final class ConfirmDialogTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func dialog(destructive: Bool = false) -> ConfirmDialog {
        ConfirmDialog(question: "Закрыть заявку №123?", title: "Подтверждение", destructive: destructive, language: .ru)
    }

    func testLetterKeysInBothLanguages() {
        for c: Character in ["y", "Y", "д", "Д"] {
            var d = dialog(destructive: true)
            XCTAssertEqual(d.handle(.key(.char(c))), .confirmed, "\(c)")
        }
        for c: Character in ["n", "N", "н", "Н"] {
            var d = dialog()
            XCTAssertEqual(d.handle(.key(.char(c))), .declined, "\(c)")
        }
        var d = dialog()
        XCTAssertEqual(d.handle(.key(.escape)), .declined)
        XCTAssertEqual(d.handle(.key(.char("x"))), .pending)
    }

    func testEnterPressesTheFocusedButtonAndDestructiveStartsOnNo() {
        var d = dialog()
        XCTAssertTrue(d.yesFocused)
        XCTAssertEqual(d.handle(.key(.enter)), .confirmed)
        var danger = dialog(destructive: true)
        XCTAssertFalse(danger.yesFocused, "a habitual Enter must not destroy")
        XCTAssertEqual(danger.handle(.key(.enter)), .declined)
        XCTAssertEqual(danger.handle(.key(.left)), .pending)
        XCTAssertTrue(danger.yesFocused)
        XCTAssertEqual(danger.handle(.key(.enter)), .confirmed)
        XCTAssertEqual(danger.handle(.key(.tab)), .pending)
        XCTAssertFalse(danger.yesFocused)
    }

    func testSnapshot80x24() {
        var d = dialog()
        let (t, p) = WidgetTest.screen(80, 24)
        d.render(into: p)
        assertScreen(t, """









                                        ┌─ Подтверждение ──────┐
                                        │ Закрыть заявку №123? │
                                        │                      │
                                        │   [ Да ]   [ Нет ]   │
                                        └──────────────────────┘
            """)
        XCTAssertEqual(WidgetTest.role(t, x: 28, y: 9), .border)
        XCTAssertEqual(WidgetTest.role(t, x: 33, y: 12), .selection, "Да has the focus")
        XCTAssertEqual(t.cursor?.y, 12)
    }

    func testDestructiveSnapshotWideAndMouse() {
        var d = ConfirmDialog(question: "Удалить 3 отмеченные заявки без возможности восстановления? Это действие нельзя отменить, и история изменений тоже будет удалена.",
                              destructive: true, language: .en)
        let (t, p) = WidgetTest.screen(160, 48)
        d.render(into: p)
        assertScreen(t, """




















                                                            ┌──────────────────────────────────────────────────────────────┐
                                                            │ Удалить 3 отмеченные заявки без возможности восстановления?  │
                                                            │ Это действие нельзя отменить, и история изменений тоже будет │
                                                            │ удалена.                                                     │
                                                            │                                                              │
                                                            │                       [ Yes ]   [ No ]                       │
                                                            └──────────────────────────────────────────────────────────────┘
            """)
        let top = (0..<48).first { t.line($0).contains("┌") } ?? 0
        let left = Array(t.line(top)).firstIndex(of: "┌") ?? 0
        XCTAssertEqual(WidgetTest.role(t, x: left, y: top), .danger, "a destructive dialog is drawn in danger")
        let buttons = (0..<48).first { t.line($0).contains("[ Yes ]") } ?? 0
        let noX = Array(t.line(buttons)).firstIndex(of: "N") ?? 0
        XCTAssertEqual(WidgetTest.role(t, x: noX, y: buttons), .selection, "focus on No")
        XCTAssertEqual(t.cursor?.y, buttons)
        XCTAssertEqual(d.handle(.mouse(MouseEvent(x: noX, y: buttons, button: .left))), .declined)
        let yesX = Array(t.line(buttons)).firstIndex(of: "Y") ?? 0
        XCTAssertEqual(d.handle(.mouse(MouseEvent(x: yesX, y: buttons, button: .left))), .confirmed)
    }

    func testTinyScreensDoNotCrash() {
        for w in 0...12 { for h in 0...6 {
            var d = dialog(destructive: true)
            let (_, p) = WidgetTest.screen(w, h)
            d.render(into: p)
        } }
    }
}
