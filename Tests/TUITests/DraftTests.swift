import Domain
import XCTest
@testable import Storage
@testable import TUI

/// Text typed into an open form survives a dropped connection: the hangup
/// saves it, the next start for the same login offers it, Ctrl+R (or
/// opening the same form) brings it back, and submitting or cancelling
/// the form forgets it.
final class DraftTests: XCTestCase {
    var f: TeacherFixture!
    override func setUpWithError() throws { f = try TeacherFixture() }
    override func tearDown() { f = nil }

    let typed = "Нужна помощь с уроком «ёлки»"

    /// Opens «Мои запросы» → new, types, and drops the connection.
    func hangUpWhileTyping(_ login: String = "t_progress") throws {
        let app = try f.app(login)
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("4n<C-u>" + typed) + [.hangup])
        XCTAssertTrue(app.finished, "a hangup ends the session")
    }

    func drafts(_ login: String) throws -> [Draft] { try f.store.loadDrafts(f.store.viewer(login: login)) }

    func testHangupKeepsTheTypedTextAndTheNextStartOffersItBack() throws {
        try hangUpWhileTyping()
        let kept = try drafts("t_progress")
        XCTAssertEqual(kept.count, 1)
        XCTAssertEqual(kept.first?.fields["text"], typed)
        XCTAssertEqual(kept.first?.context["opener"], "myRequests.new")
        XCTAssertEqual(try drafts("t_none"), [], "nobody else gets it")

        // The next start says so, and Ctrl+R reopens the form with the text.
        let (app, start) = try f.run("t_progress", "")
        XCTAssertTrue(start.line(23).contains("черновик"), start.snapshot())
        let t = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-r>")).terminal
        XCTAssertTrue(t.text().contains("Попросить помощи"), t.snapshot())
        XCTAssertTrue(t.text().contains(typed), t.snapshot())
        XCTAssertTrue(t.line(23).contains("Черновик возвращён"), t.snapshot())
        // Its moment is the open form: sent, the form closes and the message with it.
        let sent = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("<C-s>")).terminal
        XCTAssertFalse(sent.text().contains("Попросить помощи"), sent.snapshot())
        XCTAssertFalse(sent.line(23).contains("Черновик возвращён"), "the message went with its form:\n\(sent.snapshot())")
    }

    func testSubmittingTheRestoredFormSendsTheTextAndForgetsTheDraft() throws {
        try hangUpWhileTyping()
        let (_, t) = try f.run("t_progress", "<C-r><C-s>")
        XCTAssertTrue(t.text().contains("Нужна помощь с уроком"), t.snapshot())
        XCTAssertEqual(try drafts("t_progress"), [])
        let sent = try f.store.db.scalarInt("SELECT count(*) FROM requests WHERE text = ?", [typed])
        XCTAssertEqual(sent, 1)
    }

    func testOpeningTheSameFormLaterIsPrefilledAndCancellingForgetsIt() throws {
        try hangUpWhileTyping()
        let (_, opened) = try f.run("t_progress", "4n")
        XCTAssertTrue(opened.text().contains(typed), opened.snapshot())
        XCTAssertEqual(try drafts("t_progress").count, 1, "kept until the form is sent or cancelled")
        // Esc asks (text typed), «да» closes the form: the draft goes.
        _ = try f.run("t_progress", "4n<Esc>y")
        XCTAssertEqual(try drafts("t_progress"), [])
    }

    /// Drafts follow the open form event by event: with no frame drawn at
    /// all, a kept draft fills its form and goes when the form is sent; and
    /// drawing itself writes nothing.
    func testDraftsFollowEventsAndDrawingWritesNothing() throws {
        try hangUpWhileTyping()
        let app = try f.app("t_progress")
        for e in try KeySyntax.parse("<C-r>") { _ = app.handle(e) }
        XCTAssertEqual(app.activeView?.openForm?.draftValues["text"], typed, "filled without a frame drawn")
        let token = f.store.changeToken()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), hasColors: true)
        for _ in 0..<3 { app.render(on: terminal) }
        XCTAssertEqual(f.store.changeToken(), token, "a frame writes nothing")
        for e in try KeySyntax.parse("<C-s>") { _ = app.handle(e) }
        XCTAssertNil(app.activeView?.openForm)
        XCTAssertEqual(try drafts("t_progress"), [], "sent: the draft went, with no frame drawn")
    }

    func testNothingTypedNothingKept() throws {
        let app = try f.app("t_progress")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse("4n") + [.hangup])
        XCTAssertEqual(try drafts("t_progress"), [], "an untouched form is no draft")
        let idle = try f.app("t_progress")
        _ = Headless.run(idle, size: Size(width: 80, height: 24), events: try KeySyntax.parse("4") + [.hangup])
        XCTAssertEqual(try drafts("t_progress"), [])
    }

    func testTheFormKeyNamesTheViewAndFieldsStably() {
        let shelf = FormDrafts()
        shelf.viewID = "my-requests"
        let form = Form(fields: [.note("text", label: "Что нужно"), .choice("direction", label: "Направление", options: [])], language: .ru)
        let key = shelf.key(for: form)
        XCTAssertTrue(key.hasPrefix("my-requests:text,direction#"), key)
        XCTAssertEqual(key, shelf.key(for: form), "the same on every run")
        let other = Form(fields: [.note("text", label: "Причина отказа")], language: .ru)
        XCTAssertNotEqual(shelf.key(for: other), key)
        var named = form
        named.draftKey = "help"
        XCTAssertEqual(shelf.key(for: named), "help")
    }
}
