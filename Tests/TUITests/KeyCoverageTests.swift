import Domain
import XCTest
@testable import Storage
@testable import TUI

/// The `?` help lists exactly the keys that work: for every role, every
/// view, and every sub-panel a binding opens (two steps deep: the RMA
/// selection's application card, a row's detail), every key a view
/// handles while not taking typed text is one of its bindings (read
/// before the key) or one of the app's global keys.
final class KeyCoverageTests: XCTestCase {
    /// Printable ASCII, the Cyrillic letters, the named keys, F1–F12, Ctrl+a…z.
    static let universe: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { Key.char(Character(Unicode.Scalar($0)!)) }
        keys += "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ".map { Key.char($0) }
        keys += [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace, .delete]
        keys += (1...12).map { Key.function($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) }
        return keys
    }()

    /// Digits 1–9 switch tabs (the app's, whatever a view does with them).
    static func exempt(_ key: Key) -> Bool {
        if case .char(let c) = key, c.isASCII, let d = c.wholeNumberValue, d >= 1 { return true }
        return false
    }

    static let logins = ["teacher", "teacher2", "tutor", "mentor", "methodist", "rma", "coordinator", "admin"]
    static let size = Size(width: 100, height: 30)

    /// One view of a fresh app, shown (its background reads done, drawn once), after `path` went to it.
    struct Probe {
        let app: App
        let view: AppView
        let terminal: MemoryTerminal
    }

    func probe(_ f: RMAFixture, _ login: String, _ index: Int, _ path: [Key]) throws -> Probe {
        let app = try f.app(login)
        app.switchTo(index)
        let view = app.views[index]
        let terminal = MemoryTerminal(size: Self.size, hasColors: true)
        _ = app.finishBackground()
        app.render(on: terminal)
        for key in path {
            _ = view.handle(.key(key), app.ctx)
            _ = app.finishBackground()
            app.render(on: terminal)
        }
        return Probe(app: app, view: view, terminal: terminal)
    }

    /// What tells states of a view apart: the actions its bindings offer and whether it takes text.
    static func signature(_ view: AppView) -> String {
        view.bindings.map(\.action).joined(separator: ",") + (view.isEditing ? "|editing" : "")
    }

    func testEveryKeyAViewHandlesIsInItsHelp() throws {
        let f = try RMAFixture()
        var misses: [String] = [], explored = 0
        // A view in a state another login already had (same bindings, same text-taking)
        // answers its keys alike: walk its keys once (half the time of the test).
        var covered: Set<String> = []
        for login in Self.logins {
            let first = try f.app(login)
            for index in first.views.indices {
                let viewID = first.views[index].id
                // The states: the view as shown, and what a binding's key opens there (two steps deep).
                var states: [[Key]] = [[]]
                var seen: Set<String> = []
                var frontier: [[Key]] = [[]]
                for depth in 0..<3 {
                    var next: [[Key]] = []
                    for path in frontier {
                        let p = try probe(f, login, index, path)
                        let signature = Self.signature(p.view)
                        guard !seen.contains(signature) else { continue }
                        seen.insert(signature)
                        if path != [] { states.append(path) }
                        guard depth < 2, !p.view.isEditing else { continue }
                        let global = p.app.globalBindings
                        for b in p.view.bindings {
                            guard let key = b.keys.first, KeyBinding.action(for: key, in: global) == nil, !b.action.contains("export") else { continue }
                            next.append(path + [key])
                        }
                    }
                    frontier = next
                }
                explored += states.count
                for path in states {
                    let state = path.isEmpty ? "as shown" : "after " + path.map(KeySyntax.describe).joined(separator: " ")
                    var p = try probe(f, login, index, path)
                    guard covered.insert(viewID + "#" + Self.signature(p.view)).inserted else { continue }
                    for key in Self.universe where !Self.exempt(key) {
                        let editing = p.view.isEditing
                        let bindings = p.view.bindings + p.app.globalBindings
                        // Exports write files where the tests run: not here.
                        if KeyBinding.action(for: key, in: bindings)?.contains("export") == true { continue }
                        let token = f.store.changeToken()
                        let result = p.view.handle(.key(key), p.app.ctx)
                        let wrote = f.store.changeToken() != token   // then doing it again is not the same
                        let action = KeyBinding.action(for: key, in: bindings)
                        if !editing, result != .unhandled, action == nil {
                            misses.append("\(login) · \(viewID) · \(state): \(KeySyntax.describe(key)) works but is not in `?`")
                        }
                        // A key of the view's bindings does what its action does (the help names what it does);
                        // a table's keys are the table's own (it has no entry by action).
                        if !editing, !wrote, result != .unhandled, let action, !action.hasPrefix("table."),
                           KeyBinding.action(for: key, in: p.app.globalBindings) == nil {
                            _ = p.app.finishBackground()
                            p.app.render(on: p.terminal)
                            let byAction = try probe(f, login, index, path)
                            let other = byAction.view.perform(action, byAction.app.ctx)
                            _ = byAction.app.finishBackground()
                            byAction.app.render(on: byAction.terminal)
                            if other != result || byAction.terminal.snapshot() != p.terminal.snapshot() {
                                misses.append("\(login) · \(viewID) · \(state): \(KeySyntax.describe(key)) does not do what `?` says (\(action))")
                            }
                        }
                        if result != .unhandled { p = try probe(f, login, index, path) }
                    }
                }
            }
        }
        print("key coverage: \(explored) states")
        XCTAssertTrue(misses.isEmpty, "\(misses.count) keys handled but missing from the help:\n" + misses.joined(separator: "\n"))
    }
}
