import XCTest
@testable import Domain

final class LifecycleTests: XCTestCase {
    /// Every allowed move succeeds; every other move is refused, with a reason
    /// naming both statuses (or, from a final status, saying it is final).
    func checkTable<S: Lifecycle>(_ type: S.Type, file: StaticString = #filePath, line: UInt = #line) {
        for from in S.allCases {
            XCTAssertNotNil(S.transitions[from], "\(S.self).\(from) has no row", file: file, line: line)
            for to in S.allCases {
                let result = from.move(to: to)
                if from.next.contains(to) {
                    XCTAssertEqual(try? result.get(), to, "\(from) -> \(to) should be allowed", file: file, line: line)
                    XCTAssertTrue(from.canMove(to: to), file: file, line: line)
                    continue
                }
                XCTAssertFalse(from.canMove(to: to), file: file, line: line)
                guard case .failure(let refusal) = result else {
                    XCTFail("\(from) -> \(to) should be refused", file: file, line: line); continue
                }
                XCTAssertTrue(refusal.reason.ru.contains(from.label.ru), "«\(refusal.reason.ru)»", file: file, line: line)
                XCTAssertTrue(refusal.reason.en.contains(from.label.en), "“\(refusal.reason.en)”", file: file, line: line)
                if !from.isFinal && from != to {
                    XCTAssertTrue(refusal.reason.ru.contains(to.label.ru), "«\(refusal.reason.ru)»", file: file, line: line)
                    XCTAssertTrue(refusal.reason.en.contains(to.label.en), "“\(refusal.reason.en)”", file: file, line: line)
                }
            }
        }
        XCTAssertFalse(S.initial.isFinal, "\(S.self) must not start final", file: file, line: line)
    }

    func testAllTablesAreConsistent() {
        checkTable(RouteStatus.self)
        checkTable(StepStatus.self)
        checkTable(RequestStatus.self)
        checkTable(PracticeStatus.self)
        checkTable(MentoringStatus.self)
        checkTable(RoadmapStatus.self)
    }

    func testRouteTable() {
        XCTAssertEqual(RouteStatus.initial, .draft)
        XCTAssertEqual(RouteStatus.draft.next, [.agreed, .cancelled])
        XCTAssertEqual(RouteStatus.agreed.next, [.inProgress, .draft, .cancelled])
        XCTAssertEqual(RouteStatus.inProgress.next, [.completed, .cancelled])
        XCTAssertTrue(RouteStatus.completed.isFinal)
        XCTAssertTrue(RouteStatus.cancelled.isFinal)
        XCTAssertFalse(RouteStatus.draft.canMove(to: .inProgress))
        XCTAssertFalse(RouteStatus.draft.canMove(to: .completed))
    }

    func testStepTable() {
        XCTAssertEqual(StepStatus.initial, .planned)
        XCTAssertEqual(StepStatus.planned.next, [.inProgress, .skipped])
        XCTAssertEqual(StepStatus.inProgress.next, [.done, .skipped])
        XCTAssertEqual(StepStatus.done.next, [.confirmed, .inProgress])
        XCTAssertTrue(StepStatus.confirmed.isFinal)
        XCTAssertTrue(StepStatus.skipped.isFinal)
    }

    func testRequestTable() {
        XCTAssertEqual(RequestStatus.initial, .new)
        XCTAssertEqual(RequestStatus.new.next, [.triaged, .assigned, .declined])
        XCTAssertEqual(RequestStatus.triaged.next, [.assigned, .declined])
        XCTAssertEqual(RequestStatus.assigned.next, [.inProgress, .triaged, .declined])
        XCTAssertEqual(RequestStatus.inProgress.next, [.resolved, .assigned, .triaged, .declined])
        XCTAssertTrue(RequestStatus.resolved.isFinal)
        XCTAssertTrue(RequestStatus.declined.isFinal)
        XCTAssertEqual(RequestStatus.allCases.filter(\.isOpen), [.new, .triaged, .assigned, .inProgress])
    }

    func testPracticeMentoringRoadmapTables() {
        XCTAssertEqual(PracticeStatus.submitted.next, [.review])
        XCTAssertEqual(PracticeStatus.review.next, [.included, .rejected])
        XCTAssertEqual(MentoringStatus.planned.next, [.active, .ended])
        XCTAssertEqual(MentoringStatus.active.next, [.completed, .ended])
        XCTAssertEqual(MentoringStatus.allCases.filter(\.isCurrent), [.planned, .active])
        XCTAssertEqual(RoadmapStatus.planned.next, [.inProgress, .done])
        XCTAssertEqual(RoadmapStatus.inProgress.next, [.done, .planned])
        XCTAssertEqual(RoadmapStatus.done.next, [.inProgress])
    }

    func testRefusalTexts() {
        let refused = RouteStatus.draft.move(to: .completed)
        assertRefused(refused, ru: ["«черновик»", "«завершён»", "«согласован»"], en: ["“draft”", "“completed”", "“agreed”"])
        assertRefused(RouteStatus.completed.move(to: .draft), ru: ["окончательный"], en: ["final"])
        assertRefused(StepStatus.done.move(to: .done), ru: ["уже «выполнен»"], en: ["already “done”"])
        let r = Refusal("причина", "reason")
        XCTAssertEqual(r.description, "причина")
        XCTAssertEqual(r.reason.text(.en), "reason")
    }
}
