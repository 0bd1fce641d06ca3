import Domain
import XCTest
@testable import Storage
@testable import TUI

/// Every state a row can be in — selected, marked, overdue, and selected
/// while marked — is told apart in the high-contrast theme and without
/// colour (monochrome), by attributes and by glyphs, not by hue alone.
final class ThemeStatesTests: XCTestCase {
    /// The inbox's rows (`TriageFixture`), found by their text: the overdue one
    /// first («Просьба о наставнике»), then «Как подготовиться» (marked),
    /// «Нужна консультация» (selected), «Школа просит семинар» (plain).
    struct Rows {
        let t: MemoryTerminal
        func y(_ text: String) -> Int {
            (1..<t.size.height).first { t.line($0).contains(text) } ?? -1
        }
        /// The first column's style (the request's number), where every row state is drawn.
        func style(_ y: Int) -> Style? { t.style(x: 2, y: y) }
    }

    func states(_ theme: Theme, colors: Bool) throws -> (marked: Rows, selectedMarked: Rows) {
        let f = try TriageFixture(.memory)
        // j: to the second row; Space marks it (and moves on); k back onto the marked row for the second screen.
        let app = try f.app(theme: theme, colors: colors)
        let tab = app.views.firstIndex { $0.id == "requests" }.map { String($0 + 1) } ?? ""
        let first = Headless.run(app, size: Size(width: 120, height: 24), events: try KeySyntax.parse(tab + "j ")).terminal
        let marked = Rows(t: first)
        let second = Headless.run(app, size: Size(width: 120, height: 24), events: try KeySyntax.parse("k")).terminal
        return (marked, Rows(t: second))
    }

    func check(_ name: String, _ theme: Theme, colors: Bool) throws {
        let (r, sm) = try states(theme, colors: colors)
        let overdue = r.y("Просьба о наставнике"), marked = r.y("Как подготовиться"), selected = r.y("Нужна консультация"),
            plain = r.y("Школа просит семинар")
        XCTAssertFalse([overdue, marked, selected, plain].contains(-1), "\(name): rows found\n" + r.t.snapshot())
        let styles = [("selected", r.style(selected)), ("marked", r.style(marked)), ("plain", r.style(plain))]
        for i in styles.indices {
            for j in styles.indices where j > i {
                XCTAssertNotEqual(styles[i].1, styles[j].1, "\(name): \(styles[i].0) and \(styles[j].0) rows look the same")
            }
        }
        // Marks and lateness have glyphs of their own, so they read without any colour or attribute.
        XCTAssertTrue(r.t.line(marked).hasPrefix("✓"), "\(name): the marked row has its ✓\n" + r.t.line(marked))
        XCTAssertFalse(r.t.line(plain).hasPrefix("✓"), "\(name)")
        XCTAssertTrue(r.t.line(overdue).contains("!"), "\(name): the overdue due date has its !\n" + r.t.line(overdue))
        // The overdue date itself stands out from ordinary text (a plain row's name).
        let dateX = r.t.line(overdue).distance(of: "10.03.2024!") ?? 0
        let nameX = r.t.line(plain).distance(of: "◆ СОШ № 5") ?? 0
        XCTAssertNotEqual(r.t.style(x: dateX, y: overdue), r.t.style(x: nameX, y: plain), "\(name): the overdue date looks like any text")
        // Selected and marked at once: the selection shows, and so does the ✓.
        let both = sm.y("Как подготовиться")
        XCTAssertTrue(sm.t.line(both).hasPrefix("✓"), "\(name): a selected marked row keeps its ✓\n" + sm.t.line(both))
        XCTAssertEqual(sm.style(both), r.style(selected), "\(name): the selection is drawn on the marked row")
        if !colors {
            for y in 0..<r.t.size.height {
                for x in 0..<r.t.size.width where (r.t.style(x: x, y: y)?.foreground ?? .default) != .default {
                    XCTFail("\(name): a colour at \(x),\(y) without colours"); return
                }
            }
        }
    }

    func testHighContrastTellsEveryRowStateApart() throws {
        try check("high-contrast", Theme.builtinNamed("high-contrast"), colors: true)
    }

    func testWithoutColourEveryRowStateIsStillApart() throws {
        try check("high-contrast, no colour", Theme.builtinNamed("high-contrast"), colors: false)
        try check("default, no colour", ThemeLoader.defaultTheme, colors: false)
        try check("monochrome", Theme.builtinNamed("monochrome"), colors: false)
    }
}

private extension Theme {
    static func builtinNamed(_ name: String) -> Theme {
        guard let t = ThemeLoader.builtin(name) else { fatalError("no built-in theme \(name)") }
        return t
    }
}

private extension String {
    /// The cell column where `needle` starts (cells, not characters).
    func distance(of needle: String) -> Int? {
        guard let r = range(of: needle) else { return nil }
        return TextWidth.of(String(self[..<r.lowerBound]))
    }
}
