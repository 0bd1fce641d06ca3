import XCTest
@testable import Domain

final class StepRulesTests: XCTestCase {
    func step(_ status: StepStatus = .planned, end: String = "2024-11-30", evidence: Evidence = Evidence(),
              comment: String = "") -> RouteStep {
        RouteStep(id: 1, routeID: 2, kind: .course, title: "Курс «Функциональная грамотность»",
                  plannedStart: day("2024-10-01"), plannedEnd: day(end), hours: 36, status: status,
                  evidence: evidence, tutorComment: comment)
    }
    let proof = Evidence(certificate: "  ПК-2024-0117 ", link: "", note: "")

    func testStart() {
        XCTAssertEqual(success(step().start(routeStatus: .agreed))?.status, .inProgress)
        XCTAssertEqual(success(step().start(routeStatus: .inProgress))?.status, .inProgress)
        assertRefused(step(.inProgress).start(routeStatus: .inProgress), ru: ["уже «выполняется»"])
        assertRefused(step(.confirmed).start(routeStatus: .inProgress), ru: ["«подтверждён»"], en: ["final"])
        assertRefused(step(.done).start(routeStatus: .inProgress), ru: ["тьютор"], en: ["tutor"])
    }

    func testStepsOfARouteNotAgreedCannotMove() {
        for routeStatus in [RouteStatus.draft, .completed, .cancelled] {
            assertRefused(step().start(routeStatus: routeStatus), ru: ["«\(routeStatus.label.ru)»"], en: ["“\(routeStatus.label.en)”"])
            assertRefused(step(.inProgress).markDone(evidence: proof, routeStatus: routeStatus), ru: ["«\(routeStatus.label.ru)»"])
            assertRefused(step().askSkip(reason: "болезнь", routeStatus: routeStatus))
            assertRefused(step(.done).confirm(routeStatus: routeStatus))
            assertRefused(step(.done).returnToWork(comment: "доработать", routeStatus: routeStatus))
        }
    }

    func testMarkDoneNeedsEvidence() {
        assertRefused(step(.inProgress).markDone(evidence: Evidence(), routeStatus: .inProgress),
                      ru: ["подтверждение"], en: ["evidence"])
        assertRefused(step(.inProgress).markDone(evidence: Evidence(certificate: "  ", link: "\t", note: "\n"),
                                                 routeStatus: .inProgress), en: ["evidence"])
        let done = success(step(.inProgress).markDone(evidence: proof, routeStatus: .inProgress))
        XCTAssertEqual(done?.status, .done)
        XCTAssertEqual(done?.evidence, Evidence(certificate: "ПК-2024-0117"), "evidence is stored trimmed")
        XCTAssertEqual(done?.version, 1)
    }

    func testMarkDoneFromPlannedPassesThroughInProgress() {
        XCTAssertEqual(success(step().markDone(evidence: Evidence(link: "https://example.org/x"), routeStatus: .agreed))?.status, .done)
        assertRefused(step().markDone(evidence: Evidence(), routeStatus: .agreed), en: ["evidence"])
    }

    func testMarkDoneRefusedFromFinalOrDone() {
        assertRefused(step(.skipped).markDone(evidence: proof, routeStatus: .inProgress), en: ["final"])
        // The status is checked before the evidence.
        assertRefused(step(.confirmed).markDone(evidence: Evidence(), routeStatus: .inProgress), en: ["final"])
        assertRefused(step(.done).markDone(evidence: proof, routeStatus: .inProgress), en: ["already “done”"])
    }

    func testAskSkip() {
        let skipped = success(step().askSkip(reason: "  курс отменён провайдером ", routeStatus: .agreed))
        XCTAssertEqual(skipped?.status, .skipped)
        XCTAssertEqual(skipped?.skipReason, "курс отменён провайдером")
        XCTAssertEqual(success(step(.inProgress).askSkip(reason: "болезнь", routeStatus: .inProgress))?.status, .skipped)
        assertRefused(step().askSkip(reason: " \n ", routeStatus: .agreed), ru: ["причину"], en: ["reason"])
        assertRefused(step(.done).askSkip(reason: "поздно", routeStatus: .inProgress), ru: ["«выполнен»", "«пропущен»"])
    }

    func testConfirm() {
        let confirmed = success(step(.done, comment: "старый").confirm(comment: " Удостоверение проверено ", routeStatus: .inProgress))
        XCTAssertEqual(confirmed?.status, .confirmed)
        XCTAssertEqual(confirmed?.tutorComment, "Удостоверение проверено")
        XCTAssertEqual(success(step(.done, comment: "старый").confirm(routeStatus: .inProgress))?.tutorComment, "старый")
        assertRefused(step(.inProgress).confirm(routeStatus: .inProgress), ru: ["«выполняется»", "«подтверждён»"])
        assertRefused(step(.planned).confirm(routeStatus: .inProgress), en: ["“planned”", "“confirmed”"])
    }

    func testReturnToWork() {
        let returned = success(step(.done, evidence: proof).returnToWork(comment: " Приложите скан ", routeStatus: .inProgress))
        XCTAssertEqual(returned?.status, .inProgress)
        XCTAssertEqual(returned?.tutorComment, "Приложите скан")
        XCTAssertEqual(returned?.evidence, proof, "evidence is kept for the teacher to amend")
        assertRefused(step(.done).returnToWork(comment: "", routeStatus: .inProgress), ru: ["комментарий"], en: ["comment"])
        assertRefused(step(.planned).returnToWork(comment: "x", routeStatus: .inProgress), ru: ["«запланирован»"])
        assertRefused(step(.confirmed).returnToWork(comment: "x", routeStatus: .inProgress), ru: ["«подтверждён»"])
    }

    func testIsOverdue() {
        let end = "2024-11-30"
        XCTAssertFalse(step(.planned, end: end).isOverdue(on: day("2024-11-30")), "the end day itself is not overdue")
        XCTAssertTrue(step(.planned, end: end).isOverdue(on: day("2024-12-01")))
        XCTAssertTrue(step(.inProgress, end: end).isOverdue(on: day("2025-01-01")))
        for status in [StepStatus.done, .confirmed, .skipped] {
            XCTAssertFalse(step(status, end: end).isOverdue(on: day("2025-01-01")), "\(status)")
        }
    }

    func testAwaitsConfirmation() {
        XCTAssertEqual(StepStatus.allCases.filter { step($0).awaitsConfirmation }, [.done])
    }

    func testValidate() {
        XCTAssertNil(step().validate())
        var s = step()
        s.title = "  "
        XCTAssertNotNil(s.validate())
        s = step()
        s.plannedEnd = day("2024-09-30")
        XCTAssertEqual(s.validate()?.reason.ru.contains("30.09.2024"), true)
        s = step()
        s.hours = -1
        XCTAssertNotNil(s.validate())
    }

    func testEvidenceEmptiness() {
        XCTAssertTrue(Evidence().isEmpty)
        XCTAssertTrue(Evidence(certificate: " ", link: "\t", note: "\n").isEmpty)
        XCTAssertFalse(Evidence(note: "открытый урок 12.03").isEmpty)
    }
}
