import XCTest
@testable import TUI

final class LayoutTests: XCTestCase {
    func testDistributeAddsUpExactly() {
        XCTAssertEqual(Layout.distribute(80, weights: [1, 1, 1]), [27, 27, 26])
        XCTAssertEqual(Layout.distribute(80, weights: [2, 1], gap: 1), [53, 26])
        XCTAssertEqual(Layout.distribute(5, weights: [0, 1]), [0, 5])
        XCTAssertEqual(Layout.distribute(0, weights: [1, 1], gap: 3), [0, 0])
        XCTAssertEqual(Layout.distribute(10, weights: [0, 0]), [0, 0])
        XCTAssertEqual(Layout.distribute(10, weights: []), [])
        for total in 0...200 {
            let parts = Layout.distribute(total, weights: [3, 1, 2], gap: 1)
            XCTAssertEqual(parts.reduce(0, +), max(0, total - 2), "parts and gaps fill \(total) exactly")
            XCTAssertTrue(parts.allSatisfy { $0 >= 0 })
        }
    }

    func testColumnsRowsAndCentering() {
        let cols = Layout.columns(Rect(x: 2, y: 1, width: 81, height: 20), weights: [1, 2], gap: 1)
        XCTAssertEqual(cols, [Rect(x: 2, y: 1, width: 27, height: 20), Rect(x: 30, y: 1, width: 53, height: 20)])
        let rows = Layout.rows(Rect(x: 0, y: 0, width: 10, height: 10), weights: [1, 1])
        XCTAssertEqual(rows.map(\.y), [0, 5])
        XCTAssertEqual(Layout.centered(in: Rect(x: 0, y: 0, width: 80, height: 24), width: 40, height: 10),
                       Rect(x: 20, y: 7, width: 40, height: 10))
        XCTAssertEqual(Layout.centered(in: Rect(x: 0, y: 0, width: 20, height: 5), width: 40, height: 10),
                       Rect(x: 0, y: 0, width: 20, height: 5))
    }
}
