import XCTest
import Domain
@testable import TUI

final class ProgressBarTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func draw(_ bar: ProgressBar, width: Int) -> MemoryTerminal {
        let (t, p) = WidgetTest.screen(width, 1)
        bar.render(into: p)
        return t
    }

    func testEighthsOfACell() {
        XCTAssertEqual(draw(ProgressBar(fraction: 0.42, showsLabel: false), width: 10).line(0), "████▏░░░░░")
        XCTAssertEqual(draw(ProgressBar(fraction: 0.5), width: 14).line(0), "█████░░░░░ 50%")
        XCTAssertEqual(draw(ProgressBar(fraction: 1), width: 15).line(0), "██████████ 100%")
        XCTAssertEqual(draw(ProgressBar(fraction: 0), width: 13).line(0), "░░░░░░░░░░ 0%")
        XCTAssertEqual(draw(ProgressBar(fraction: 0.0625, showsLabel: false), width: 2).line(0), "▏░")
        XCTAssertEqual(draw(ProgressBar(fraction: 0.999), width: 14).line(0), "█████████▉ 99%", "never 100% before it is done")
        XCTAssertEqual(draw(ProgressBar(fraction: .nan), width: 13).line(0), "░░░░░░░░░░ 0%")
        XCTAssertEqual(draw(ProgressBar(fraction: 7), width: 15).line(0), "██████████ 100%")
    }

    func testASCIIFallbackAndLabels() {
        XCTAssertEqual(draw(ProgressBar(fraction: 0.42, ascii: true), width: 14).line(0), "####...... 42%")
        XCTAssertEqual(draw(ProgressBar(fraction: 0.46, ascii: true), width: 14).line(0), "#####..... 46%", "rounded to the nearer cell")
        XCTAssertEqual(draw(ProgressBar(fraction: 0.7, label: "7 из 10 шагов"), width: 24).line(0), "███████░░░ 7 из 10 шагов")
        let t = draw(ProgressBar(fraction: 0.5), width: 14)
        XCTAssertEqual(WidgetTest.role(t, x: 0, y: 0), .bar)
        XCTAssertEqual(WidgetTest.role(t, x: 6, y: 0), .barEmpty)
    }

    func testStackedParts() {
        let bar = ProgressBar(parts: [.init(0.3, role: .ok), .init(0.2, role: .info), .init(0.25, role: .warning)],
                              label: "3 / 2 / 2,5")
        let t = draw(bar, width: 32)
        XCTAssertEqual(t.line(0), "██████▓▓▓▓▒▒▒▒▒░░░░░ 3 / 2 / 2,5")
        XCTAssertEqual(WidgetTest.role(t, x: 0, y: 0), .ok)
        XCTAssertEqual(WidgetTest.role(t, x: 6, y: 0), .info)
        XCTAssertEqual(WidgetTest.role(t, x: 10, y: 0), .warning)
        XCTAssertEqual(WidgetTest.role(t, x: 15, y: 0), .barEmpty)
        let ascii = ProgressBar(parts: [.init(0.5, role: .ok), .init(0.6, role: .info)], ascii: true)
        XCTAssertEqual(draw(ascii, width: 15).line(0), "#####===== 100%", "parts never exceed the whole")
    }

    func testIn80x24AndWide() {
        let (t, p) = WidgetTest.screen(80, 24)
        p.text("Маршрут Петровой 😀", y: 0)
        ProgressBar(fraction: 0.375).render(into: p.sub(Rect(x: 0, y: 1, width: 80, height: 1)))
        assertScreen(t, """
            Маршрут Петровой 😀
            ████████████████████████████▌░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 37%
            """)
        let (w, wp) = WidgetTest.screen(160, 48)
        ProgressBar(fraction: 0.25, label: "\u{1B}[31m").render(into: wp.sub(Rect(x: 100, y: 47, width: 60, height: 1)))
        XCTAssertEqual(w.line(47).trimmingCharacters(in: .whitespaces).hasSuffix("░ ␛[31m"), true)
        for width in 0...4 { _ = draw(ProgressBar(fraction: 0.5), width: width) }
    }
}
