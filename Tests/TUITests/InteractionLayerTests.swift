import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The app's part of the interaction layer: a palette that reaches every
/// tab's actions, tabs that re-read after any write (their own session's
/// too), keys that answer in the Russian layout, and Ctrl+C that asks
/// before typed text is lost.
final class InteractionLayerTests: XCTestCase {
    var f: AppFixture!
    override func setUpWithError() throws { f = try AppFixture() }
    override func tearDown() { f = nil }

    /// Every role the program has, one login each, on the fixture's school.
    func everyRole() throws -> [String] {
        let roles: [(String, Set<Role>)] = [
            ("methodist", [.municipalMethodist]), ("rma", [.regionalMethodist, .teacher]), ("mentor", [.mentor, .teacher]),
            ("admin", [.administrator]), ("tutoronly", [.tutor]),
        ]
        for (login, set) in roles {
            try f.store.loadPerson(Person(id: 0, login: login, fullName: "Проверкина \(login)", organizationID: 1, position: "",
                                          roles: set))
        }
        return ["coord", "elkina", "ivanov"] + roles.map(\.0)
    }

    // MARK: The palette

    func testPaletteOnTheOverviewReachesTheSelectionOfAnotherTab() throws {
        let robot = Robot(try f.app("coord"))
        XCTAssertEqual(robot.app.activeView?.id, "overview")
        try robot.command("Отбор в РМА")
        XCTAssertEqual(robot.app.activeView?.id, "rma", "the command went to the РМА tab")
        XCTAssertEqual((robot.app.activeView as? RMAView)?.sub, .selection, "and opened its selection")
        XCTAssertTrue(robot.region(1..<2).contains("O Отбор"), robot.screen)
    }

    func testPaletteRanksTheWordStartFirstAndShowsWhereAnotherTabsActionIs() throws {
        let app = try f.app("coord")
        _ = app.handle(.key(.char(":")))
        guard case .palette(var p) = app.overlay else { return XCTFail("the palette is open") }
        p.setQuery("отбор")
        XCTAssertEqual(p.selectedCommand?.name.ru, "Отбор в РМА")
        XCTAssertEqual(p.selectedCommand?.keyHint, "O · РМА", "its key and its tab")
        p.setQuery("запрос")
        XCTAssertEqual(p.selectedCommand?.name.ru, "Открыть: Запросы", "a tab by its name before another tab's action")
    }

    func testAnEmptyPaletteListsTheRecentCommandsFirst() throws {
        let app = try f.app("coord")
        _ = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse(":отбор<Enter>:журнал<Enter>:"))
        guard case .palette(let p) = app.overlay else { return XCTFail("the palette is open") }
        XCTAssertEqual(p.matches.prefix(2).map(\.command.name.ru), ["Открыть: Журнал", "Отбор в РМА"])
    }

    // MARK: Every tab reflects every write

    func testOwnWriteInOneTabIsSeenInAnotherWhenItIsShownAgain() throws {
        let writer = RecordingView(id: "writer"), reader = RecordingView(id: "reader")
        writer.onKey = { [f] in try? f!.store.setMeta("probe", "\(Int.random(in: 0...1_000_000))") }
        let app = try self.app(with: [writer, reader])
        _ = app.handle(.key(.char("2")))
        _ = app.handle(.key(.char("1")))
        XCTAssertEqual(reader.reloads, 0, "nothing changed: no re-read on showing it again")
        _ = app.handle(.key(.char("w")))        // the writer tab writes
        XCTAssertEqual(writer.reloads, 0, "the writing tab shows its own write itself")
        _ = app.handle(.tick)
        XCTAssertEqual(writer.reloads, 0, "its own write is not news on the next tick")
        _ = app.handle(.key(.char("2")))
        XCTAssertEqual(reader.reloads, 1, "the other tab re-reads when shown")
        _ = app.handle(.key(.char("1")))
        _ = app.handle(.key(.char("2")))
        XCTAssertEqual(reader.reloads, 1, "and only once")
    }

    func testAnotherSessionsWriteReloadsTheVisibleTabAtOnceAndAHiddenOneWhenShown() throws {
        let first = RecordingView(id: "first"), second = RecordingView(id: "second")
        let app = try self.app(with: [first, second])
        _ = app.handle(.key(.char("2")))
        _ = app.handle(.key(.char("1")))
        let other = try SQLiteStore(path: f.store.path)
        try other.setMeta("probe", "other")
        XCTAssertTrue(app.handle(.tick))
        XCTAssertEqual(first.reloads, 1, "the visible tab at once")
        XCTAssertEqual(second.reloads, 0)
        _ = app.handle(.key(.char("2")))
        XCTAssertEqual(second.reloads, 1, "the hidden one when shown")
    }

    func testAPriorityChangedInThisSessionIsSeenInTheInboxWhenShownAgain() throws {
        _ = try everyRole()
        let app = try f.app("coord")
        let size = Size(width: 120, height: 24)
        let requests = try XCTUnwrap(app.views.firstIndex { $0.id == "requests" })
        app.switchTo(requests)
        let before = Headless.run(app, size: size, events: []).terminal
        XCTAssertFalse(before.text().contains(" !! "), "no urgent request yet:\n\(before.snapshot())")
        app.switchTo(0)
        // The same session (its connection) changes a priority, as another tab of it would.
        let methodist = try f.store.viewer(login: "methodist")
        let request = try XCTUnwrap(f.store.triagePage(methodist, RequestQuery(), limit: 10).first { $0.summary.request.priority != .urgent })
        let outcome = try f.store.applyTriage(methodist, [TriageTarget(id: request.summary.request.id, version: request.summary.request.version)],
                                              .priority(.urgent))
        XCTAssertEqual(outcome.changed.count, 1)
        app.switchTo(requests)
        let after = Headless.run(app, size: size, events: []).terminal
        XCTAssertTrue(after.text().contains(" !! "), "the tab re-read what was written since it was loaded:\n\(after.snapshot())")
    }

    func testAMessageBelongsToTheViewItWasSaidIn() throws {
        let robot = Robot(try f.app("coord"))
        robot.app.showMessage("Нет прав на это действие", kind: .error)
        robot.app.render(on: robot.terminal)
        XCTAssertTrue(robot.status.contains("Нет прав"), robot.screen)
        try robot.keys("2")
        XCTAssertFalse(robot.status.contains("Нет прав"), "a tab switch takes the message away:\n\(robot.screen)")
    }

    // MARK: Keys in the Russian layout

    func testEveryLetterBindingOfEveryViewAnswersItsRussianTwin() throws {
        for login in try everyRole() {
            let app = try f.app(login)
            for view in app.views + [nil] as [AppView?] {
                let bindings = (view?.bindings ?? []) + app.globalBindings
                for b in bindings {
                    for key in b.keys {
                        guard let twin = KeyboardLayout.twin(of: key) else { continue }
                        XCTAssertEqual(KeyBinding.action(for: twin, in: bindings), KeyBinding.action(for: key, in: bindings),
                                       "\(login) · \(view?.id ?? "app"): \(KeySyntax.describe(twin)) must do what \(KeySyntax.describe(key)) does")
                    }
                    for case .char(let c) in b.keys where KeyboardLayout.latinTwin[c] != nil {
                        XCTFail("\(login) · \(view?.id ?? "app"): «\(c)» in \(b.action) is written by hand; twins are derived")
                    }
                }
            }
        }
    }

    func testQuittingWithUnsavedTextAsksForCtrlCAndForQInTheRussianLayout() throws {
        for key: Key in [.ctrl("c"), .char("й"), .char("q")] {
            let view = RecordingView(id: "form")
            view.unsaved = true
            let app = try self.app(with: [view])
            _ = app.handle(.key(key))
            XCTAssertFalse(app.finished, "\(KeySyntax.describe(key)) with typed text does not quit at once")
            guard case .confirmQuit = app.overlay else { return XCTFail("\(KeySyntax.describe(key)) asks first") }
            _ = app.handle(.key(.char("н")))
            XCTAssertFalse(app.finished, "«н» (нет) keeps the text")
            _ = app.handle(.key(key))
            _ = app.handle(.key(.char("д")))
            XCTAssertTrue(app.finished, "«д» (да) quits")
        }
        let clean = try self.app(with: [RecordingView(id: "plain")])
        _ = clean.handle(.key(.char("й")))
        XCTAssertTrue(clean.finished, "nothing typed: «й» quits like q")
    }

    func testCtrlCInAFormTakingTextAsksAndKeepsTheText() throws {
        let app = try f.app("elkina")
        let tab = try XCTUnwrap(app.views.firstIndex { $0.id == "myRequests" })
        let keys = "\(tab + 1)nПрошу помочь<C-c>"
        var t = Headless.run(app, size: Size(width: 80, height: 24), events: try KeySyntax.parse(keys)).terminal
        XCTAssertFalse(app.finished, "typed text: Ctrl+C does not quit at once")
        XCTAssertTrue(t.text().contains("Введённый текст не сохранён"), t.snapshot())
        t = Headless.run(app, size: Size(width: 80, height: 24), events: [.key(.char("н"))]).terminal
        XCTAssertFalse(app.finished)
        XCTAssertTrue(t.text().contains("Прошу помочь"), "the text is still in the form:\n\(t.snapshot())")
    }

    /// The tmux check of the issue, on the in-memory terminal: text typed in
    /// «Что нужно», the focus on the direction (a choice no option of which
    /// starts with «й»): «й» is the Russian layout's `q`, and the app asks.
    func testRussianQOnAChoiceFieldAsksBeforeQuittingWithTheTypedText() throws {
        let app = try f.app("elkina")
        let tab = try XCTUnwrap(app.views.firstIndex { $0.id == "myRequests" })
        let robot = Robot(app)
        try robot.keys("\(tab + 1)nПрошу помочь<Tab>й")
        XCTAssertFalse(app.finished)
        XCTAssertTrue(robot.screen.contains("Введённый текст не сохранён. Выйти всё равно?"), robot.screen)
        try robot.keys("н")
        XCTAssertTrue(robot.screen.contains("Прошу помочь"), "declined: the form and its text stay:\n\(robot.screen)")
        try robot.keys("й")
        try robot.keys("д")
        XCTAssertTrue(app.finished, "confirmed: the program ends")
    }

    // MARK: Helpers

    func app(with views: [AppView]) throws -> App {
        let viewer = try f.store.viewer(login: "coord")
        return App(context: AppContext(store: f.store, viewer: viewer, language: .ru, theme: ThemeLoader.defaultTheme), views: views)
    }
}

/// A tab that counts its re-reads and can write on a key.
final class RecordingView: AppView {
    let id: String
    var title: Phrase { Phrase(id, id) }
    var reloads = 0
    var unsaved = false
    var onKey: (() -> Void)?
    init(id: String) { self.id = id }
    var bindings: [KeyBinding] { [KeyBinding("write", keys: [.char("w")], label: Phrase("Записать", "Write"))] }
    var hasUnsavedInput: Bool { unsaved }
    func render(_ painter: Painter, _ ctx: AppContext) { painter.text(id, x: 0, y: 0) }
    func handle(_ event: InputEvent, _ ctx: AppContext) -> ViewResult { dispatch(event, ctx) }
    func perform(_ action: String, _ ctx: AppContext) -> ViewResult {
        guard action == "write" else { return .unhandled }
        onKey?()
        return .handled
    }
    func reload(_ ctx: AppContext) { reloads += 1 }
}
