import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The cursor rule of every list (issue 19): after an action the selection
/// stays on the item worked on, wherever it now is; an item that left the
/// list gives its line to its neighbour and the status bar says so. Each
/// case starts a few rows down (so a jump to the top would show), runs one
/// write action by its keys, and reads the selected item's id from the view.
final class CursorStaysTests: XCTestCase {
    struct Case {
        let name: String
        let login: String
        let tab: String
        /// Keys that reach the list and move the cursor off its first row.
        let reach: String
        /// The action, with whatever its dialog needs to finish.
        let action: String
        /// The item leaves the list by this action (the filter no longer holds it).
        var leaves = false
        let selected: (App) -> Int64?
    }

    static func view<V>(_ app: App, _ id: String, as: V.Type) -> V? { app.views.first { $0.id == id } as? V }
    static func request(_ app: App) -> Int64? { view(app, "requests", as: TriageInboxView.self)?.table.selectedRow?.id }
    static func assigned(_ app: App) -> Int64? { view(app, "assigned", as: RequestsView.self)?.table.selectedRow?.id }
    static func programme(_ app: App) -> Int64? { view(app, "catalogs", as: CatalogView.self)?.programmes.selected?.id }
    static func practice(_ app: App) -> Int64? { view(app, "catalogs", as: CatalogView.self)?.practices.selected?.id }
    static func pair(_ app: App) -> Int64? { view(app, "mentoring", as: MentoringView.self)?.pairs.selectedRow?.id }
    static func mentee(_ app: App) -> Int64? { view(app, "mentoring", as: MentoringView.self)?.worklist.selectedRow?.id }
    static func application(_ app: App) -> Int64? { view(app, "rma", as: RMAView.self)?.selection.selected?.application.id }
    static func roadmapItem(_ app: App) -> Int64? {
        view(app, "rma", as: RMAView.self).flatMap { $0.board.selected(today: app.ctx.today)?.id }
    }

    var cases: [Case] { [
        Case(name: "inbox: priority up", login: "methodist", tab: "requests", reach: "jjj", action: "+", selected: Self.request),
        Case(name: "inbox: priority down", login: "methodist", tab: "requests", reach: "jjj", action: "-", selected: Self.request),
        Case(name: "inbox: due date", login: "methodist", tab: "requests", reach: "jj", action: "t+30<Enter>", selected: Self.request),
        Case(name: "inbox: comment", login: "methodist", tab: "requests", reach: "jj", action: "cПозвонить автору<C-s>", selected: Self.request),
        Case(name: "inbox: decline", login: "methodist", tab: "requests", reach: "jj", action: "xДубликат запроса №3<C-s>", leaves: true, selected: Self.request),
        // The РМА methodist's «Поручено мне»: her work keys; a request handed back is no longer hers.
        Case(name: "assigned: take into work", login: "rma", tab: "assigned", reach: "j", action: "w", selected: Self.assigned),
        Case(name: "assigned: help given", login: "rma", tab: "assigned", reach: "jj", action: "p<Tab><Tab>Подобрали материалы<C-s>",
             selected: Self.assigned),
        Case(name: "assigned: hand back", login: "rma", tab: "assigned", reach: "jj", action: "bНе моё направление<C-s>", leaves: true,
             selected: Self.assigned),
        Case(name: "catalog: edit", login: "coordinator", tab: "catalogs", reach: "jj", action: "e<C-s>", selected: Self.programme),
        Case(name: "catalog: retire", login: "coordinator", tab: "catalogs", reach: "jj", action: "xy", leaves: true, selected: Self.programme),
        Case(name: "practices: to review", login: "coordinator", tab: "catalogs", reach: "Bjj", action: "w", selected: Self.practice),
        // Only current pairs are listed at first: the ended one leaves.
        Case(name: "mentoring: end a pair", login: "coordinator", tab: "mentoring", reach: "jj", action: "xy", leaves: true, selected: Self.pair),
        Case(name: "mentoring: end a pair, all shown", login: "coordinator", tab: "mentoring", reach: "ajj", action: "xy", selected: Self.pair),
        Case(name: "mentoring: assign a mentor", login: "coordinator", tab: "mentoring", reach: "wjj", action: "n<Enter><Enter>",
             leaves: true, selected: Self.mentee),
        Case(name: "selection: reopen", login: "coordinator", tab: "rma", reach: "Ojj", action: "r", selected: Self.application),
        Case(name: "selection: decide again", login: "coordinator", tab: "rma", reach: "Ojj", action: "rxопыт<Enter>", selected: Self.application),
        Case(name: "roadmap: status forward", login: "coordinator", tab: "rma", reach: "Kjj", action: ">", selected: Self.roadmapItem),
    ] }

    func testTheSelectionStaysWithTheWorkedItemInEveryList() throws {
        let f = try RMAFixture()
        for c in cases {
            let app = try f.app(c.login)
            let robot = Robot(app, size: Size(width: 120, height: 32))
            robot.open(tab: c.tab)
            try robot.keys(c.reach)
            let before = try XCTUnwrap(c.selected(app), "\(c.name): nothing selected\n\(robot.terminal.snapshot())")
            try robot.keys(c.action)
            let after = c.selected(app)
            let screen = robot.terminal.snapshot()
            if c.leaves {
                XCTAssertNotEqual(after, before, "\(c.name): the item should have left the list\n\(screen)")
                XCTAssertNotNil(after, "\(c.name): the neighbour takes the line\n\(screen)")
                XCTAssertTrue(robot.status.contains("строка ушла из списка"), "\(c.name): the status bar says the item left\n\(screen)")
            } else {
                XCTAssertEqual(after, before, "\(c.name): the selection moved off the worked item\n\(screen)")
                XCTAssertFalse(robot.status.contains("Нет прав") || robot.status.contains("нельзя"), "\(c.name): refused\n\(screen)")
            }
        }
    }
}
