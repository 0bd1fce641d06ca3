import Domain
import XCTest
@testable import Storage
@testable import TUI

/// Hint rows are generated from the bindings: a hint shows the key its
/// action is bound to, and a hint whose action the view does not bind
/// (for this login, in this section) is not shown at all.
final class KeyHintRowTests: XCTestCase {
    static let bindings = [
        KeyBinding("a.one", keys: [.char("d")], label: Phrase("Один", "One")),
        KeyBinding("a.forward", keys: [.char(">"), .char(".")], label: Phrase("Вперёд", "Forward")),
        KeyBinding("a.back", keys: [.char("<")], label: Phrase("Назад", "Back")),
        KeyBinding("a.open", keys: [.enter], label: Phrase("Открыть", "Open")),
    ]

    func testAHintShowsTheFirstKeyOfEachOfItsActions() {
        XCTAssertEqual(KeyHintRow.keys(of: KeyHint("a.one", label: Phrase("x", "x")), in: Self.bindings), "d")
        XCTAssertEqual(KeyHintRow.keys(of: KeyHint("a.forward", "a.back", label: Phrase("x", "x")), in: Self.bindings), "> <")
        XCTAssertEqual(KeyHintRow.keys(of: KeyHint("a.open", label: Phrase("x", "x")), in: Self.bindings), "⏎")
        XCTAssertNil(KeyHintRow.keys(of: KeyHint("a.missing", label: Phrase("x", "x")), in: Self.bindings))
        XCTAssertNil(KeyHintRow.keys(of: KeyHint("a.one", "a.missing", label: Phrase("x", "x")), in: Self.bindings))
    }

    func testAHintWithoutABindingIsNotDrawn() {
        let (terminal, painter) = WidgetTest.screen(60, 1)
        let hints = [KeyHint("a.one", label: Phrase("один", "one")), KeyHint("a.missing", label: Phrase("нет", "none")),
                     KeyHint("a.forward", "a.back", label: Phrase("статус", "status"))]
        KeyHintRow.render(hints, bindings: Self.bindings, into: painter, language: .ru)
        XCTAssertEqual(terminal.line(0).trimmingCharacters(in: .whitespaces), "d один  > < статус")
    }

    /// Every hint row of every view of every login, section by section
    /// (Tab walks them): each hint names an action the view binds there,
    /// except the ones the login may not use, which are left out on purpose.
    func testEveryHintOfEveryViewIsBound() throws {
        let f = try RMAFixture()
        var unbound: [String] = [], shown = 0
        for login in KeyCoverageTests.logins {
            let app = try f.app(login)
            for (index, view) in app.views.enumerated() {
                app.switchTo(index)
                _ = app.finishBackground()
                var sections: Set<String> = []
                for _ in 0..<5 {
                    let hints = view.keyHints
                    let id = hints.map { $0.actions.joined(separator: "+") }.joined(separator: ",")
                    guard sections.insert(id).inserted else { break }
                    for hint in hints {
                        if KeyHintRow.keys(of: hint, in: view.bindings) != nil { shown += 1; continue }
                        if Self.leftOutOnPurpose(hint, login) { continue }
                        unbound.append("\(login) · \(view.id): \(hint.actions.joined(separator: " "))")
                    }
                    _ = view.handle(.key(.tab), app.ctx)
                    _ = app.finishBackground()
                }
            }
        }
        XCTAssertGreaterThan(shown, 40, "the inbox, the roadmap board, the selection and the catalogs have hint rows")
        XCTAssertTrue(unbound.isEmpty, "hints naming no binding:\n" + unbound.joined(separator: "\n"))
    }

    /// Catalog editing keys are bound only for those who may edit catalogs,
    /// and the selection's decisions only for those who decide.
    static func leftOutOnPurpose(_ hint: KeyHint, _ login: String) -> Bool {
        let editing: Set<String> = ["cat.new", "cat.edit", "cat.retire", "cat.retiredShown", "cat.toReview", "cat.include", "cat.reject",
                                    "rma.approve", "rma.reject"]
        return hint.actions.allSatisfy(editing.contains) && !["coordinator", "admin"].contains(login)
    }

    /// The РМА methodist sees the selection but does not decide on it: no
    /// «a одобрить · x отклонить» to be answered «Нет прав».
    func testTheRMAMethodistIsNotOfferedTheSelectionsDecisions() throws {
        let f = try RMAFixture()
        for (login, offered) in [("rma", false), ("coordinator", true)] {
            let app = try f.app(login)
            let index = try XCTUnwrap(app.views.firstIndex { $0.id == "rma" })
            app.switchTo(index)
            let t = Headless.run(app, size: Size(width: 120, height: 30), events: try KeySyntax.parse("O")).terminal
            XCTAssertTrue(t.text().contains("критерии"), "\(login): the selection is shown\n" + t.snapshot())
            XCTAssertEqual(t.text().contains("a одобрить"), offered, "\(login)\n" + t.snapshot())
            XCTAssertEqual(app.views[index].bindings.contains { $0.action == "rma.approve" }, offered, login)
            let pressed = Headless.run(app, size: Size(width: 120, height: 30), events: try KeySyntax.parse("a")).terminal
            if !offered { XCTAssertFalse(pressed.text().contains("Нет прав"), "\(login): «a» does nothing it was not offered\n" + pressed.snapshot()) }
        }
    }
}
