import XCTest
@testable import Domain

/// The generic change list: `Update(from:to:)` lists exactly the recorded
/// fields that differ, and agrees with the request rules' explicit lists.
final class UpdateTests: XCTestCase {
    let request = HelpRequest(id: 7, text: "Помогите с ФГОС", authorID: 3, organizationID: 2, municipalityID: 1,
                              status: .assigned, assigneeID: 5, createdOn: Day(ordinal: 700_000))

    func testAStatusMoveListsExactlyTheStatusField() throws {
        let started = try request.startWork().get()
        XCTAssertEqual(Update(from: request, to: started.request).changes,
                       [FieldChange(.status, before: "assigned", after: "inProgress")])
        XCTAssertEqual(started.changes, Update(from: request, to: started.request).changes)
    }

    func testPriorityIsRecordedByCaseName() throws {
        let raised = try request.setPriority(.urgent).get()
        XCTAssertEqual(Update(from: request, to: raised.request).changes,
                       [FieldChange(.priority, before: "normal", after: "urgent")])
        XCTAssertEqual(raised.changes, Update(from: request, to: raised.request).changes)
    }

    func testNoChangeIsAnEmptyList() {
        XCTAssertTrue(Update(from: request, to: request).changes.isEmpty)
    }

    func testEveryRecordedFieldHasAStableNameOncePerKind() {
        let names = request.recordedFields.map(\.field)
        // A record of help and a hand-back reason are facts in the history, not fields of the request.
        XCTAssertEqual(names, RequestField.allCases.filter { $0 != .help && $0 != .handBackReason }.map(\.rawValue))
        let standing = CatalogStanding(id: 1, retired: false, version: 1)
        XCTAssertEqual(Update(from: standing, to: try standing.setting(retired: true).get()).changes,
                       [FieldChange(field: "retired", before: "false", after: "true")])
    }

    func testARetiredEntryIsNotRetiredTwice() {
        let standing = CatalogStanding(id: 1, retired: true, version: 1)
        guard case .failure(let refusal) = standing.setting(retired: true) else { return XCTFail("must refuse") }
        XCTAssertTrue(refusal.reason.ru.contains("уже в архиве"))
    }

    func testAPlanChangeIsRecordedOnlyWhileThePlanIsOpen() throws {
        var route = Route(id: 1, personID: 2, tutorID: 3, periodStart: Day(ordinal: 700_000), periodEnd: Day(ordinal: 700_300),
                          status: .draft)
        XCTAssertEqual(try route.replanned("steps+2").get().changes, [FieldChange(field: "plan", before: "", after: "steps+2")])
        route.status = .completed
        guard case .failure = route.replanned("steps+1") else { return XCTFail("a finished route's plan is closed") }
    }
}
