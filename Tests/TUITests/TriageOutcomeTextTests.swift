import Domain
import Storage
@testable import TUI
import XCTest

/// The status bar's words for what a bulk triage action did.
final class TriageOutcomeTextTests: XCTestCase {
    func testSummaryCountsAndTheFirstReasons() {
        var outcome = TriageOutcome()
        outcome.changed = [1, 2]
        outcome.unchanged = [3]
        outcome.refused = [.init(id: 12, reason: Phrase("Не найдено", "Not found")),
                           .init(id: 15, reason: Phrase("Закрыт", "Closed")),
                           .init(id: 16, reason: Phrase("Закрыт", "Closed"))]
        XCTAssertEqual(outcome.summary(.ru), "Изменено 2, без изменений 1, отказано 3: №12 — Не найдено; №15 — Закрыт; и ещё 1")
        XCTAssertEqual(outcome.summary(.en, limit: 1), "Changed 2, unchanged 1, refused 3: №12 — Not found; and 2 more")
    }
}
