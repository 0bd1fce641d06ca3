import XCTest
@testable import Domain

final class RequestRulesTests: XCTestCase {
    func request(_ id: RequestID = 1, _ status: RequestStatus = .new, priority: RequestPriority = .normal,
                 created: String = "2024-10-01", due: String? = nil, assignee: PersonID? = nil) -> HelpRequest {
        HelpRequest(id: id, text: "Помогите с рабочей программой", authorID: 7, organizationID: 3, municipalityID: 1,
                    priority: priority, status: status, assigneeID: assignee, due: due.map { day($0) },
                    createdOn: day(created))
    }

    // MARK: triage order

    func testTriageOrder() {
        let today = day("2024-10-20")
        let urgentOld = request(1, priority: .urgent, created: "2024-10-01")
        let urgentNew = request(2, priority: .urgent, created: "2024-10-15")
        let normalBoth = request(3, created: "2024-10-19")
        let normalShnor = request(4, created: "2024-10-18")
        let normalYoung = request(5, created: "2024-10-02")
        let normalNone = request(6, created: "2024-09-01")
        let lowShnor = request(7, priority: .low, created: "2024-01-01")
        let resolvedUrgent = request(8, .resolved, priority: .urgent, created: "2024-01-01")
        let flags: [RequestID: (Bool, Bool)] = [3: (true, true), 4: (true, false), 5: (false, true), 7: (true, false)]
        let all = [resolvedUrgent, lowShnor, normalNone, normalYoung, normalShnor, normalBoth, urgentNew, urgentOld]
        let sorted = RequestRules.sortedForTriage(all, today: today) { r in
            let f = flags[r.id] ?? (false, false)
            return (f.0, f.1)
        }
        // Urgent first (older first), then normal with both reasons, then with one
        // (older first: 5 from 02.10 before 4 from 18.10), then none, then low, closed last.
        XCTAssertEqual(sorted.map(\.id), [1, 2, 3, 5, 4, 6, 7, 8])
    }

    func testTriageKeyFields() {
        let key = request(9, priority: .high, created: "2024-10-01").triageKey(isLowResultsSchool: true, isYoungTeacher: true,
                                                                              today: day("2024-10-31"))
        XCTAssertEqual(key, TriageKey(isOpen: true, priority: .high, reasons: 2, ageDays: 30, requestID: 9))
        let a = TriageKey(isOpen: true, priority: .normal, reasons: 0, ageDays: 3, requestID: 2)
        let b = TriageKey(isOpen: true, priority: .normal, reasons: 0, ageDays: 3, requestID: 1)
        XCTAssertTrue(b < a, "ties by number")
        XCTAssertTrue(TriageKey(isOpen: true, priority: .low, reasons: 0, ageDays: 0, requestID: 1)
                      < TriageKey(isOpen: false, priority: .urgent, reasons: 2, ageDays: 99, requestID: 1))
        XCTAssertTrue(RequestRules.triageOrder.ru.contains("ШНОР"))
        XCTAssertTrue(RequestRules.triageOrder.en.contains("young teachers"))
    }

    // MARK: field edits

    func testSetPriorityTriagesANewRequest() {
        let u = success(request().setPriority(.high))
        XCTAssertEqual(u?.request.priority, .high)
        XCTAssertEqual(u?.request.status, .triaged)
        XCTAssertEqual(u?.changes, [FieldChange(field: "status", before: "new", after: "triaged"),
                                    FieldChange(field: "priority", before: "normal", after: "high")])
    }

    func testSetPriorityOnAssignedKeepsStatus() {
        let u = success(request(1, .assigned, assignee: 5).setPriority(.urgent))
        XCTAssertEqual(u?.request.status, .assigned)
        XCTAssertEqual(u?.changes, [FieldChange(.priority, before: "normal", after: "urgent")])
    }

    func testUnchangedValueChangesNothing() {
        let u = success(request().setPriority(.normal))
        XCTAssertEqual(u?.changes, [])
        XCTAssertEqual(u?.request, request(), "a new request stays new when nothing changed")
    }

    func testSetDirection() {
        let u = success(request(1, .triaged).setDirection(6))
        XCTAssertEqual(u?.request.direction, 6)
        XCTAssertEqual(u?.changes, [FieldChange(.direction, before: "", after: "6")])
        assertRefused(request().setDirection(20), ru: ["№20", "19"], en: ["#20"])
        assertRefused(request().setDirection(0), en: ["#0"])
        var withDirection = request(1, .triaged)
        withDirection.direction = 3
        XCTAssertEqual(success(withDirection.setDirection(nil))?.changes, [FieldChange(.direction, before: "3", after: "")])
    }

    func testSetDue() {
        let u = success(request(1, .triaged).setDue(day("2024-10-15")))
        XCTAssertEqual(u?.request.due, day("2024-10-15"))
        XCTAssertEqual(u?.changes, [FieldChange(.due, before: "", after: "2024-10-15")])
        assertRefused(request().setDue(day("2024-09-30")), ru: ["30.09.2024", "01.10.2024"])
        XCTAssertEqual(success(request(1, .triaged, due: "2024-10-15").setDue(nil))?.changes,
                       [FieldChange(.due, before: "2024-10-15", after: "")])
    }

    func testClosedRequestsCannotChange() {
        for status in [RequestStatus.resolved, .declined] {
            let r = request(1, status, assignee: 5)
            assertRefused(r.setPriority(.high), ru: ["«\(status.label.ru)»", "закрыт"], en: ["closed"])
            assertRefused(r.setDirection(1))
            assertRefused(r.setDue(day("2024-12-01")))
            assertRefused(r.assign(to: 6))
            assertRefused(r.unassign())
            assertRefused(r.startWork())
            assertRefused(r.resolve(on: day("2024-12-01")))
            assertRefused(r.decline(reason: "x"))
        }
    }

    // MARK: status moves

    func testAssign() {
        let u = success(request().assign(to: 5))
        XCTAssertEqual(u?.request.status, .assigned)
        XCTAssertEqual(u?.request.assigneeID, 5)
        XCTAssertEqual(u?.changes, [FieldChange(.status, before: "new", after: "assigned"),
                                    FieldChange(.assignee, before: "", after: "5")])
        assertRefused(request().assign(to: nil), ru: ["кому"], en: ["whom"])
        XCTAssertEqual(success(request(1, .triaged).assign(to: 5))?.request.status, .assigned)
    }

    func testReassign() {
        let u = success(request(1, .assigned, assignee: 5).assign(to: 6))
        XCTAssertEqual(u?.request.status, .assigned)
        XCTAssertEqual(u?.changes, [FieldChange(.assignee, before: "5", after: "6")])
        let fromWork = success(request(1, .inProgress, assignee: 5).assign(to: 6))
        XCTAssertEqual(fromWork?.request.status, .assigned)
        XCTAssertEqual(fromWork?.changes, [FieldChange(.status, before: "inProgress", after: "assigned"),
                                           FieldChange(.assignee, before: "5", after: "6")])
        XCTAssertEqual(success(request(1, .inProgress, assignee: 5).assign(to: 5))?.changes, [])
    }

    func testUnassign() {
        let u = success(request(1, .assigned, assignee: 5).unassign())
        XCTAssertEqual(u?.request.status, .triaged)
        XCTAssertNil(u?.request.assigneeID)
        XCTAssertEqual(u?.changes, [FieldChange(.status, before: "assigned", after: "triaged"),
                                    FieldChange(.assignee, before: "5", after: "")])
        // In work, too: back to triage (the assignee hands it back, or the methodist takes it off).
        XCTAssertEqual(success(request(1, .inProgress, assignee: 5).unassign())?.request.status, .triaged)
        assertRefused(request(1, .resolved, assignee: 5).unassign(), ru: ["закрыт"])
    }

    func testStartWork() {
        let u = success(request(1, .assigned, assignee: 5).startWork())
        XCTAssertEqual(u?.request.status, .inProgress)
        XCTAssertEqual(u?.changes, [FieldChange(.status, before: "assigned", after: "inProgress")])
        assertRefused(request(1, .assigned).startWork(), en: ["no assignee"])
        assertRefused(request(1, .triaged).startWork(), ru: ["«разобран»", "«в работе»"])
    }

    func testResolve() {
        let u = success(request(1, .inProgress, assignee: 5).resolve(on: day("2024-10-11")))
        XCTAssertEqual(u?.request.status, .resolved)
        XCTAssertEqual(u?.request.resolvedOn, day("2024-10-11"))
        XCTAssertEqual(u?.changes, [FieldChange(.status, before: "inProgress", after: "resolved"),
                                    FieldChange(.resolvedOn, before: "", after: "2024-10-11")])
        let direct = success(request(1, .assigned, assignee: 5).resolve(on: day("2024-10-02")))
        XCTAssertEqual(direct?.request.status, .resolved)
        XCTAssertEqual(direct?.changes.first, FieldChange(.status, before: "assigned", after: "resolved"))
        assertRefused(request(1, .triaged).resolve(on: day("2024-10-11")), ru: ["«разобран»"])
        assertRefused(request(1, .inProgress, assignee: 5).resolve(on: day("2024-09-30")), ru: ["30.09.2024"])
    }

    func testDecline() {
        let u = success(request(1, .inProgress, assignee: 5).decline(reason: " не по профилю "))
        XCTAssertEqual(u?.request.status, .declined)
        XCTAssertEqual(u?.request.declineReason, "не по профилю")
        XCTAssertEqual(u?.changes, [FieldChange(.status, before: "inProgress", after: "declined"),
                                    FieldChange(.declineReason, before: "", after: "не по профилю")])
        assertRefused(request().decline(reason: "   "), ru: ["причину"], en: ["reason"])
    }

    func testFieldChangeRecord() {
        let change = FieldChange(.status, before: "new", after: "triaged").record(requestID: 4, actorID: 9, at: 1_700_000_000)
        XCTAssertEqual(change, RequestChange(requestID: 4, actorID: 9, at: 1_700_000_000, field: "status",
                                             before: "new", after: "triaged"))
        XCTAssertEqual(RequestPriority.allCases.map(\.historyName), ["low", "normal", "high", "urgent"])
        XCTAssertEqual(RequestField.allCases.count, 12)
    }

    // MARK: deadlines

    func testIsOverdue() {
        XCTAssertFalse(request(1, .assigned, due: "2024-10-10").isOverdue(on: day("2024-10-10")))
        XCTAssertTrue(request(1, .assigned, due: "2024-10-10").isOverdue(on: day("2024-10-11")))
        XCTAssertTrue(request(1, .new, due: "2024-10-10").isOverdue(on: day("2024-10-11")))
        XCTAssertFalse(request(1, .resolved, due: "2024-10-10").isOverdue(on: day("2024-10-11")))
        XCTAssertFalse(request(1, .declined, due: "2024-10-10").isOverdue(on: day("2024-10-11")))
        XCTAssertFalse(request(1, .assigned).isOverdue(on: day("2030-01-01")), "no due date, never overdue")
    }

    func testResolutionTiming() {
        var r = request(1, .resolved, due: "2024-10-10")
        r.resolvedOn = day("2024-10-10")
        XCTAssertEqual(r.resolutionDays, 9)
        XCTAssertTrue(r.isResolvedOnTime)
        r.resolvedOn = day("2024-10-11")
        XCTAssertFalse(r.isResolvedOnTime)
        var noDue = request(1, .resolved)
        noDue.resolvedOn = day("2024-12-01")
        XCTAssertTrue(noDue.isResolvedOnTime)
        XCTAssertNil(request(1, .inProgress).resolutionDays)
        XCTAssertFalse(request(1, .inProgress).isResolvedOnTime)
    }

    func testPriorityOrder() {
        XCTAssertEqual(RequestPriority.allCases.sorted(by: >), [.urgent, .high, .normal, .low])
    }
}

/// The triage inbox's undo: each change's inverse from the request as it was.
final class TriageUndoRuleTests: XCTestCase {
    func testEachChangeIsUndoneToTheValueBeforeAndALifecycleMoveIsNot() {
        var r = HelpRequest(id: 1, text: "т", authorID: 1, organizationID: 1, municipalityID: 1, direction: 3,
                            createdOn: Day(iso: "2024-03-01")!)
        r.priority = .high
        r.assigneeID = 9
        r.due = Day(iso: "2024-04-01")
        XCTAssertEqual(TriageChange.direction(7).undoing(r), .direction(3))
        XCTAssertEqual(TriageChange.priority(.urgent).undoing(r), .priority(.high))
        XCTAssertEqual(TriageChange.priorityStep(-1).undoing(r), .priority(.high))
        XCTAssertEqual(TriageChange.assignee(4).undoing(r), .assignee(9))
        XCTAssertEqual(TriageChange.due(nil).undoing(r), .due(Day(iso: "2024-04-01")))
        XCTAssertNil(TriageChange.status(.declined, reason: "дубль").undoing(r))
    }
}
