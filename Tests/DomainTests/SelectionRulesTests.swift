import XCTest
@testable import Domain

final class SelectionRulesTests: XCTestCase {
    let full = Set(SelectionCriterion.allCases)

    func application(_ directions: [Int] = [1], criteria: Set<SelectionCriterion>? = nil,
                     decision: SelectionDecision = .pending) -> RMAApplication {
        RMAApplication(id: 1, personID: 7, year: 2023, directions: directions, criteria: criteria ?? full, decision: decision)
    }

    func testSixCriteriaAndThreeReasonsOfTheSeed() {
        XCTAssertEqual(SelectionRules.criteria.count, 6)
        XCTAssertEqual(SelectionRules.criteria, [.methodicalPractice, .category, .experience, .trainingDocument,
                                                 .assessmentResult, .documentsReady])
        XCTAssertEqual(SelectionCriterion.category.label.ru, "Квалификационная категория")
        XCTAssertTrue(SelectionCriterion.methodicalPractice.label.ru.hasPrefix("Практика методической работы"))
        XCTAssertTrue(SelectionCriterion.documentsReady.label.ru.contains("подтверждающие документы"))
        XCTAssertEqual(SelectionRules.rejectionReasons, [.lowAssessment, .noExperience, .directionMismatch])
        XCTAssertTrue(RejectionReason.lowAssessment.label.ru.hasPrefix("Низкий результат оценки"))
        XCTAssertTrue(RejectionReason.noExperience.label.ru.hasPrefix("Отсутствие опыта"))
        XCTAssertTrue(RejectionReason.directionMismatch.label.ru.hasPrefix("Несоответствие/множественность"))
    }

    func testTooManyDirections() {
        XCTAssertEqual(SelectionRules.maxDirections, 3)
        XCTAssertFalse(application([1, 2, 3]).tooManyDirections)
        XCTAssertTrue(application([1, 2, 3, 4]).tooManyDirections)
        XCTAssertFalse(application([1, 2, 2, 3, 3]).tooManyDirections, "repeats count once")
        XCTAssertFalse(application([]).tooManyDirections)
    }

    func testApprove() {
        XCTAssertEqual(success(application([1, 19]).approve())?.decision, .approved)
        XCTAssertEqual(success(application(criteria: full.subtracting([.category, .trainingDocument])).approve())?.decision,
                       .approved, "category and training document are not required")
    }

    func testApproveRefusals() {
        assertRefused(application(criteria: full.subtracting([.experience])).approve(),
                      ru: ["Опыт работы"], en: ["Experience"])
        assertRefused(application(criteria: full.subtracting([.assessmentResult, .documentsReady])).approve(),
                      ru: ["Результат оценочной процедуры", "и ещё 1"], en: ["and 1 more"])
        assertRefused(application([1, 2, 3, 4]).approve(), ru: ["4", "не больше 3"], en: ["at most 3"])
        assertRefused(application([20]).approve(), ru: ["№20"])
        assertRefused(application([]).approve(), en: ["no direction"])
    }

    func testCannotDecideTwiceUnlessReopened() {
        let approved = application(decision: .approved)
        assertRefused(approved.approve(), ru: ["уже принято", "«одобрена»"], en: ["Reopen"])
        assertRefused(approved.reject(reason: .lowAssessment), en: ["already decided"])
        let rejected = application(decision: .rejected(.noExperience))
        assertRefused(rejected.approve(), ru: ["«отклонена»"])
        let reopened = success(rejected.reopen())
        XCTAssertEqual(reopened?.decision, .pending)
        XCTAssertEqual(reopened.flatMap { success($0.approve()) }?.decision, .approved)
        assertRefused(application().reopen(), en: ["already pending"])
    }

    func testRejectAlwaysCarriesAReason() {
        for reason in RejectionReason.allCases {
            XCTAssertEqual(success(application().reject(reason: reason))?.decision, .rejected(reason))
        }
        XCTAssertEqual(success(application(criteria: []).reject(reason: .noExperience))?.decision,
                       .rejected(.noExperience), "the commission may reject anyone")
    }

    func testDecideDispatches() {
        XCTAssertEqual(success(application().decide(.approved))?.decision, .approved)
        XCTAssertEqual(success(application().decide(.rejected(.directionMismatch)))?.decision, .rejected(.directionMismatch))
        XCTAssertEqual(success(application(decision: .approved).decide(.pending))?.decision, .pending)
    }

    func testMissingCriteriaAndSuggestedReason() {
        let a = application(criteria: [.category, .documentsReady])
        XCTAssertEqual(a.missingCriteria, [.methodicalPractice, .experience, .trainingDocument, .assessmentResult])
        XCTAssertEqual(a.missingRequiredCriteria, [.methodicalPractice, .experience, .assessmentResult])
        XCTAssertEqual(a.suggestedRejectionReason, .lowAssessment)
        XCTAssertEqual(application(criteria: full.subtracting([.experience])).suggestedRejectionReason, .noExperience)
        XCTAssertEqual(application([1, 2, 3, 4]).suggestedRejectionReason, .directionMismatch)
        XCTAssertEqual(application(criteria: full.subtracting([.methodicalPractice])).suggestedRejectionReason, .directionMismatch)
        XCTAssertNil(application().suggestedRejectionReason)
        XCTAssertEqual(application([0, 5, 25]).invalidDirections, [0, 25])
    }

    func testTotalsOfTheSeed() {
        var applications: [RMAApplication] = []
        for i in 0..<629 {
            let decision: SelectionDecision
            switch i {
            case ..<458: decision = .approved
            case ..<558: decision = .rejected(.lowAssessment)
            case ..<608: decision = .rejected(.noExperience)
            default: decision = .rejected(.directionMismatch)
            }
            applications.append(RMAApplication(id: ApplicationID(i), personID: PersonID(i), year: 2023, directions: [1],
                                               criteria: [], decision: decision))
        }
        applications.append(application())
        let t = SelectionRules.totals(applications)
        XCTAssertEqual(t.applied, 630)
        XCTAssertEqual(t.approved, 458)
        XCTAssertEqual(t.rejected, 171)
        XCTAssertEqual(t.pending, 1)
        XCTAssertEqual(t.byReason, [.lowAssessment: 100, .noExperience: 50, .directionMismatch: 21])
        XCTAssertEqual(SelectionRules.totals([]), SelectionTotals())
    }

    func testMunicipalParticipation() {
        // Seed: 7 of the 43 municipalities (16 %) did not take part.
        let share = SelectionRules.participationShare(municipalitiesWithApplications: 36, allMunicipalities: 43)
        XCTAssertEqual(share ?? -1, 36.0 / 43.0, accuracy: 1e-12)
        XCTAssertEqual(Int(((1 - (share ?? 0)) * 100).rounded()), 16)
        XCTAssertNil(SelectionRules.participationShare(municipalitiesWithApplications: 0, allMunicipalities: 0))
        let all = (1...4).map { Municipality(id: MunicipalityID($0), name: "М\($0)", kind: .district) }
        XCTAssertEqual(SelectionRules.participationShare(applicantMunicipalities: [1, 3, 99], all: all), 0.5)
    }

    func testDecisionLabels() {
        XCTAssertEqual(SelectionDecision.pending.label.ru, "на рассмотрении")
        XCTAssertEqual(SelectionDecision.rejected(.lowAssessment).label.en, "rejected")
        XCTAssertTrue(SelectionDecision.pending.isPending)
        XCTAssertFalse(SelectionDecision.approved.isPending)
    }
}
