import Domain
import XCTest
@testable import Storage
@testable import TUI

/// Esc in any form holding typed text asks one question, worded the same
/// everywhere; «н» (or Enter: it starts on «Нет») keeps the text, «д» closes.
final class DiscardQuestionTests: XCTestCase {
    static let question = "Введённый текст не сохранён. Закрыть форму?"

    /// Forms of every kind, by login, tab and the keys that open them.
    static let forms: [(login: String, tab: String, opens: String)] = [
        ("methodist", "requests", "c"),      // a comment to a request
        ("coordinator", "rma", "n"),         // a roadmap item
        ("coordinator", "catalogs", "n"),    // a catalog entry
        ("teacher", "myRequests", "n"),      // a request for help
    ]

    func testEveryFormAsksTheSameQuestionAndKeepsTheText() throws {
        let f = try RMAFixture()
        for (login, tab, opens) in Self.forms {
            let app = try f.app(login)
            let index = try XCTUnwrap(app.views.firstIndex { $0.id == tab }, "\(login) has \(tab)")
            app.switchTo(index)
            let size = Size(width: 100, height: 30)
            let asked = Headless.run(app, size: size, events: try KeySyntax.parse(opens + "Черновик ёлки<Esc>")).terminal
            XCTAssertTrue(asked.text().contains(Self.question), "\(login) · \(tab): \n" + asked.snapshot())
            let kept = Headless.run(app, size: size, events: try KeySyntax.parse("н")).terminal
            XCTAssertTrue(kept.text().contains("Черновик ёлки"), "\(login) · \(tab): «н» keeps the text\n" + kept.snapshot())
            XCTAssertTrue(app.views[index].hasUnsavedInput, "\(login) · \(tab)")
            _ = Headless.run(app, size: size, events: try KeySyntax.parse("<Esc>д"))
            XCTAssertFalse(app.views[index].hasUnsavedInput, "\(login) · \(tab): «д» closes the form")
            XCTAssertNil(app.views[index].openForm, "\(login) · \(tab)")
        }
    }
}
