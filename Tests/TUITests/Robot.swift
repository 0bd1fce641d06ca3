import Domain
import XCTest
@testable import TUI

/// A view-aware driver for screen tests, in the spirit of lazygit's
/// integration tests: press an action by its name (the key comes from the
/// bindings the view shows in `?`, so a test breaks when a key and its help
/// drift apart), pick a row by its text, read a region of the screen.
/// Every step draws a frame on one in-memory terminal, as a user would see it.
final class Robot {
    let app: App
    let terminal: MemoryTerminal
    let file: StaticString
    let line: UInt

    init(_ app: App, size: Size = Size(width: 80, height: 24), file: StaticString = #filePath, line: UInt = #line) {
        self.app = app
        self.terminal = MemoryTerminal(size: size, hasColors: app.ctx.colors)
        self.file = file; self.line = line
        _ = app.finishBackground()
        app.render(on: terminal)
    }

    /// The screen as text, one line per row.
    var screen: String { terminal.text() }

    /// Sends events and draws after each, as `Headless.run` does.
    @discardableResult
    func send(_ events: [InputEvent]) -> Robot {
        for e in events where !app.finished {
            _ = app.handle(e)
            _ = app.finishBackground()
            app.render(on: terminal)
        }
        return self
    }

    /// Keys in the `--keys` syntax (`<Enter>`, `<C-s>`, text).
    @discardableResult
    func keys(_ text: String) throws -> Robot { send(try KeySyntax.parse(text)) }

    /// Presses the first key of the binding `action` of the visible view (or
    /// of the app's own keys); fails when no binding of that name is shown.
    @discardableResult
    func press(_ action: String) -> Robot {
        let bindings = (app.activeView?.bindings ?? []) + app.globalBindings
        guard let key = bindings.first(where: { $0.action == action })?.keys.first else {
            XCTFail("no key for «\(action)» on \(app.activeView?.id ?? "no view"): \(bindings.map(\.action))", file: file, line: line)
            return self
        }
        return send([.key(key)])
    }

    /// Runs a command by its name through the `:` palette, as a user who knows the name would.
    @discardableResult
    func command(_ name: String) throws -> Robot {
        try keys(":" + name)
        guard case .palette(let p) = app.overlay, let chosen = p.selectedCommand else {
            XCTFail("the palette found nothing for «\(name)»:\n\(terminal.snapshot())", file: file, line: line)
            return self
        }
        XCTAssertTrue(chosen.name.ru.localizedCaseInsensitiveContains(name) || chosen.name.en.localizedCaseInsensitiveContains(name),
                      "«\(name)» ran «\(chosen.name.ru)»", file: file, line: line)
        return send([.key(.enter)])
    }

    /// Opens the tab with this view id.
    @discardableResult
    func open(tab id: String) -> Robot {
        guard let i = app.views.firstIndex(where: { $0.id == id }) else {
            XCTFail("no tab «\(id)» among \(app.views.map(\.id))", file: file, line: line)
            return self
        }
        app.switchTo(i)
        _ = app.finishBackground()
        app.render(on: terminal)
        return self
    }

    /// The row drawn as the selection (the selection style at its first cell).
    var selectedLine: String? {
        let selection = [app.ctx.theme.style(.selection), app.ctx.theme.style(.selectionInactive)]
        for y in 0..<terminal.size.height where selection.contains(terminal.style(x: 0, y: y) ?? Style()) {
            return terminal.line(y)
        }
        return nil
    }

    /// Moves the selection down (then from the top) until its row shows `text`.
    @discardableResult
    func select(_ text: String, limit: Int = 200) -> Robot {
        send([.key(.home)])
        for _ in 0..<limit {
            if selectedLine?.contains(text) == true { return self }
            let before = selectedLine
            send([.key(.down)])
            if selectedLine == before { break }
        }
        XCTFail("no row shows «\(text)»:\n\(terminal.snapshot())", file: file, line: line)
        return self
    }

    /// Rows `rows` of the screen as text (a region to assert on).
    func region(_ rows: Range<Int>) -> String {
        rows.clamped(to: 0..<terminal.size.height).map { terminal.line($0) }.joined(separator: "\n")
    }

    /// The status bar (the last row).
    var status: String { terminal.line(terminal.size.height - 1) }
}
