import XCTest
import Domain
@testable import TUI

final class SizeGuardTests: XCTestCase {
    override class func setUp() { setUpUTF8Locale() }

    func testTooSmall() {
        XCTAssertFalse(SizeGuard.isTooSmall(Size(width: 80, height: 24)))
        XCTAssertTrue(SizeGuard.isTooSmall(Size(width: 79, height: 24)))
        XCTAssertTrue(SizeGuard.isTooSmall(Size(width: 200, height: 23)))
        XCTAssertTrue(SizeGuard.isTooSmall(Size(width: 0, height: 0)))
    }

    func testMessageInRussianAndEnglish() {
        let (t, p) = WidgetTest.screen(60, 20)
        SizeGuard.render(into: p, size: t.size, language: .ru)
        assertScreen(t, String(repeating: "\n", count: 10) + "    Увеличьте окно: нужно не меньше 80×24, сейчас 60×20")
        XCTAssertEqual(WidgetTest.role(t, x: 30, y: 10), .warning)
        let (e, ep) = WidgetTest.screen(79, 24)
        SizeGuard.render(into: ep, size: e.size, language: .en)
        assertScreen(e, String(repeating: "\n", count: 12) + "            Enlarge the window: at least 80×24 is needed, now 79×24")
    }

    func testShorterWordingsAsTheWidthShrinks() {
        let size = Size(width: 30, height: 5)
        XCTAssertEqual(SizeGuard.message(for: size, width: 30, language: .ru), "Увеличьте окно до 80×24")
        XCTAssertEqual(SizeGuard.message(for: size, width: 23, language: .ru), "Увеличьте окно до 80×24")
        XCTAssertEqual(SizeGuard.message(for: size, width: 22, language: .ru), "Нужно 80×24")
        XCTAssertEqual(SizeGuard.message(for: size, width: 46, language: .en), "Enlarge the window: need 80×24, now 30×5")
        XCTAssertEqual(SizeGuard.message(for: size, width: 11, language: .ru), "Нужно 80×24")
        XCTAssertEqual(SizeGuard.message(for: size, width: 5, language: .ru), "80×24")
        XCTAssertEqual(SizeGuard.message(for: size, width: 3, language: .ru), "80…")
        XCTAssertEqual(SizeGuard.message(for: size, width: 0, language: .ru), "")
    }

    func testEverySizeDownToZeroDrawsInsideTheScreen() {
        for w in 0...82 {
            for h in [0, 1, 2, 3, 23, 24] {
                let (t, p) = WidgetTest.screen(w, h)
                SizeGuard.render(into: p, size: t.size, language: .ru)
                if w > 0 && h > 0 {
                    let line = t.line(h / 2)
                    XCTAssertFalse(line.trimmingCharacters(in: .whitespaces).isEmpty, "\(w)x\(h)")
                    XCTAssertLessThanOrEqual(TextWidth.of(line), w)
                }
            }
        }
    }
}
