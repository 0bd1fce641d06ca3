import XCTest
import Domain
@testable import TUI

final class BarChartTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    static let items: [BarChart.Item] = [
        .init("Аргаяшский муниципальный район", value: 63, valueText: "63%"),
        .init("Ашинский", value: 41, valueText: "41%"),
        .init("Брединский", value: 17, valueText: "17%"),
        .init("中文 😀", value: 100, valueText: "100%"),
        .init("\u{1B}[31mEvil", value: 50),
    ]

    func testSnapshot80() {
        let (t, p) = WidgetTest.screen(80, 24)
        BarChart(items: BarChartTests.items).render(into: p.sub(Rect(x: 0, y: 0, width: 80, height: 6)))
        assertScreen(t, """
              Аргаяшский муниципальный район ██████████████████████████▍                 63%
              Ашинский                       █████████████████▏                          41%
            ! Брединский                     ███████▏                                    17%
              中文 😀                        ██████████████████████████████████████████ 100%
              ␛[31mEvil                      █████████████████████                        50
            """)
        XCTAssertEqual(WidgetTest.role(t, x: 0, y: 2), .warning, "the weakest is marked")
        XCTAssertEqual(WidgetTest.role(t, x: 4, y: 2), .warning)
        XCTAssertEqual(WidgetTest.role(t, x: 4, y: 1), .text)
    }

    func testWideAndASCII() {
        let (t, p) = WidgetTest.screen(160, 48)
        BarChart(items: BarChartTests.items, ascii: true, maximum: 100).render(into: p.sub(Rect(x: 0, y: 0, width: 160, height: 8)))
        assertScreen(t, """
              Аргаяшский муниципальный район #############################################################################                                               63%
              Ашинский                       ##################################################                                                                          41%
            ! Брединский                     #####################                                                                                                       17%
              中文 😀                        ########################################################################################################################## 100%
              ␛[31mEvil                      #############################################################                                                                50
            """)
    }

    func testWeakestAndScroll() {
        let chart = BarChart(items: BarChartTests.items)
        XCTAssertEqual(chart.weakestIndex, 2)
        XCTAssertNil(BarChart(items: []).weakestIndex)
        let (t, p) = WidgetTest.screen(40, 2)
        BarChart(items: BarChartTests.items, highlightsWeakest: false, scroll: 3).render(into: p)
        XCTAssertTrue(t.line(0).hasPrefix("中文 😀"), t.line(0))
        XCTAssertTrue(t.line(1).hasPrefix("␛[31mEvil"), t.line(1))
        XCTAssertTrue(t.line(1).hasSuffix(" 50"), t.line(1))
        // Narrow: the labels are cut by cell width with …, the values stay whole at the right edge.
        let (n, np) = WidgetTest.screen(40, 5)
        chart.render(into: np)
        XCTAssertEqual(n.line(0), "  Аргаяшский мун… ██████████▋        63%")
        XCTAssertEqual(n.line(3), "  中文 😀         █████████████████ 100%")
        for w in 0...6 { let (_, tiny) = WidgetTest.screen(w, 2); chart.render(into: tiny) }
    }
}

final class SparklineTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func testLevels() {
        XCTAssertEqual(Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).line(width: 20), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline(values: [0, 7, 3.5], ascii: true).line(width: 20), "_#=")
        XCTAssertEqual(Sparkline(values: [5, 5, 5]).line(width: 20), "▅▅▅", "flat is a middle line")
        XCTAssertEqual(Sparkline(values: [1, 2, 3, 4, 5]).line(width: 3), "▁▅█", "the most recent values when narrow")
        XCTAssertEqual(Sparkline(values: []).line(width: 3), "")
        XCTAssertEqual(Sparkline(values: [1, .nan, 2]).line(width: 3), "▁ █")
        XCTAssertEqual(Sparkline(values: [1, 2]).line(width: 0), "")
    }

    func testRender() {
        let (t, p) = WidgetTest.screen(80, 24)
        p.text("Заявки за 8 недель:", y: 0)
        Sparkline(values: [3, 9, 4, 12, 0, 7, 7, 15]).render(into: p.sub(Rect(x: 20, y: 0, width: 60, height: 1)))
        assertScreen(t, "Заявки за 8 недель: ▂▅▃▇▁▄▄█")
        XCTAssertEqual(WidgetTest.role(t, x: 20, y: 0), .accent)
    }
}
