import XCTest
@testable import Domain

final class DeficitRulesTests: XCTestCase {
    let framework = CompetenceFramework(competences: (1...7).map {
        Competence(id: CompetenceID($0), code: "К\($0)", name: "Компетенция \($0)", area: .methodical, direction: 1)
    })

    func testSeverityBandsOnStandardScale() {
        let s = CompetenceScale.standard
        XCTAssertEqual(s.threshold, 60)
        XCTAssertNil(DeficitRules.severity(score: 60, scale: s))
        XCTAssertNil(DeficitRules.severity(score: 100, scale: s))
        XCTAssertEqual(DeficitRules.severity(score: 59, scale: s), .mild)
        XCTAssertEqual(DeficitRules.severity(score: 51, scale: s), .mild)
        XCTAssertEqual(DeficitRules.severity(score: 50, scale: s), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 42, scale: s), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 41, scale: s), .severe)
        XCTAssertEqual(DeficitRules.severity(score: 0, scale: s), .severe)
        XCTAssertEqual(DeficitRules.severity(score: -5, scale: s), .severe)
    }

    func testSeverityBandsAreMeasuredFromTheScaleMinimum() {
        // span = 70 - 20 = 50; severe under 20 + 35 = 55; moderate under 20 + 42.5.
        let s = CompetenceScale(minimum: 20, maximum: 100, threshold: 70)
        XCTAssertEqual(DeficitRules.severity(score: 54, scale: s), .severe)
        XCTAssertEqual(DeficitRules.severity(score: 55, scale: s), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 62, scale: s), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 63, scale: s), .mild)
        XCTAssertEqual(DeficitRules.severity(score: 69, scale: s), .mild)
        XCTAssertNil(DeficitRules.severity(score: 70, scale: s))
        // Threshold 100: the percentages are the scores themselves.
        let hundred = CompetenceScale(minimum: 0, maximum: 100, threshold: 100)
        XCTAssertEqual(DeficitRules.severity(score: 69, scale: hundred), .severe)
        XCTAssertEqual(DeficitRules.severity(score: 70, scale: hundred), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 84, scale: hundred), .moderate)
        XCTAssertEqual(DeficitRules.severity(score: 85, scale: hundred), .mild)
        XCTAssertEqual(DeficitRules.severity(score: 99, scale: hundred), .mild)
        let flat = CompetenceScale(minimum: 10, maximum: 20, threshold: 10)
        XCTAssertEqual(DeficitRules.severity(score: 9, scale: flat), .severe)
        XCTAssertNil(DeficitRules.severity(score: 10, scale: flat))
    }

    func testFindingsFollowTheFrameworkAndSkipUnknownCompetences() {
        let reordered = CompetenceFramework(competences: [framework.competences[2], framework.competences[0],
                                                          framework.competences[1]])
        let d = Diagnostic(id: 1, personID: 7, date: day("2024-01-15"), source: .regional,
                           scores: [1: 30, 2: 60, 3: 59, 99: 5])
        XCTAssertEqual(DeficitRules.deficits(from: d, framework: reordered), [
            DeficitFinding(competenceID: 3, score: 59, severity: .mild),
            DeficitFinding(competenceID: 1, score: 30, severity: .severe),
        ])
    }

    func testValidateDiagnostic() {
        func diag(_ scores: [CompetenceID: Int]) -> Diagnostic {
            Diagnostic(id: 1, personID: 7, date: day("2024-01-15"), source: .selfAssessment, scores: scores)
        }
        XCTAssertNil(DeficitRules.validate(diag([1: 0, 2: 100]), framework: framework))
        XCTAssertNotNil(DeficitRules.validate(diag([:]), framework: framework))
        XCTAssertEqual(DeficitRules.validate(diag([1: 50, 99: 50]), framework: framework)?.reason.ru.contains("№99"), true)
        let outside = DeficitRules.validate(diag([1: 101]), framework: framework)
        XCTAssertEqual(outside?.reason.ru.contains("0–100"), true)
        XCTAssertEqual(outside?.reason.en.contains("101"), true)
        XCTAssertNotNil(DeficitRules.validate(diag([1: -1]), framework: framework))
    }

    // The scenario of a person 7: diagnostic 10 (15.01.2024) found deficits;
    // diagnostic 11 (20.05.2024) re-diagnoses.
    let a = Deficit(id: 100, personID: 7, competenceID: 1, severity: .severe, status: .inWork, diagnosticID: 10, score: 40)
    let b = Deficit(id: 101, personID: 7, competenceID: 2, severity: .mild, diagnosticID: 10, score: 55)
    let c = Deficit(id: 102, personID: 7, competenceID: 3, severity: .moderate, diagnosticID: 10, score: 45)
    let e = Deficit(id: 104, personID: 7, competenceID: 4, severity: .mild, status: .closed, diagnosticID: 10,
                    closedByDiagnosticID: 9, score: 58)
    /// Found by diagnostic 12, dated after diagnostic 11.
    let f = Deficit(id: 105, personID: 7, competenceID: 6, severity: .mild, diagnosticID: 12, score: 59)
    /// Another person's.
    let g = Deficit(id: 106, personID: 8, competenceID: 1, severity: .mild, diagnosticID: 10, score: 59)
    /// Found by diagnostic 13, whose date is unknown.
    let h = Deficit(id: 107, personID: 7, competenceID: 7, severity: .mild, diagnosticID: 13, score: 59)
    var foundOn: [DiagnosticID: Day] { [10: day("2024-01-15"), 12: day("2024-06-01")] }

    func testReconcile() {
        let later = Diagnostic(id: 11, personID: 7, date: day("2024-05-20"), source: .regional,
                               scores: [1: 65, 2: 41, 5: 30, 6: 80, 7: 20, 99: 10])
        let r = DeficitRules.reconcile(open: [a, b, c, e, f, g, h], with: later, framework: framework, foundOn: foundOn)

        var closedA = a
        closedA.status = .closed
        closedA.closedByDiagnosticID = 11
        XCTAssertEqual(r.closed, [closedA], "score and severity stay as found")

        var persistingB = b
        persistingB.status = .persisting
        persistingB.score = 41
        persistingB.severity = .severe
        XCTAssertEqual(r.persisting, [persistingB])

        XCTAssertEqual(r.new, [DeficitFinding(competenceID: 5, score: 30, severity: .severe)],
                       "competence 7 has an open deficit (ignored), competence 6 is above, 99 is unknown")
        XCTAssertEqual(r.unchanged, [c, e])
        XCTAssertEqual(r.ignored, [f, g, h])
        XCTAssertEqual(r.changed, [closedA, persistingB])
        XCTAssertEqual(r.closed.first?.version, 1, "the version is Storage's to bump")
    }

    func testEarlierDiagnosticClosesNothing() {
        let earlier = Diagnostic(id: 9, personID: 7, date: day("2023-12-01"), source: .selfAssessment,
                                 scores: [1: 70, 2: 20, 3: 10])
        let r = DeficitRules.reconcile(open: [a, b, c], with: earlier, framework: framework, foundOn: foundOn)
        XCTAssertEqual(r.closed, [])
        XCTAssertEqual(r.persisting, [])
        XCTAssertEqual(r.ignored, [a, b, c])
        XCTAssertEqual(r.new, [], "open deficits exist in 2 and 3")
    }

    func testTheFindingDiagnosticDoesNotJudgeItsOwnDeficits() {
        let same = Diagnostic(id: 10, personID: 7, date: day("2024-01-15"), source: .regional, scores: [1: 40, 2: 55, 5: 50])
        let r = DeficitRules.reconcile(open: [a, b], with: same, framework: framework, foundOn: foundOn)
        XCTAssertEqual(r.ignored, [a, b])
        XCTAssertEqual(r.new, [DeficitFinding(competenceID: 5, score: 50, severity: .moderate)])
    }

    func testSameDayOtherDiagnosticMayClose() {
        let sameDay = Diagnostic(id: 14, personID: 7, date: day("2024-01-15"), source: .lessonObservation, scores: [1: 80])
        let r = DeficitRules.reconcile(open: [a], with: sameDay, framework: framework, foundOn: foundOn)
        XCTAssertEqual(r.closed.map(\.id), [100])
        XCTAssertEqual(r.closed.first?.closedByDiagnosticID, 14)
    }

    func testNoOpenDeficitsGivesAllFindingsAsNew() {
        let first = Diagnostic(id: 20, personID: 7, date: day("2024-01-15"), source: .federal, scores: [1: 59, 2: 60, 3: 41])
        let r = DeficitRules.reconcile(open: [], with: first, framework: framework, foundOn: [:])
        XCTAssertEqual(r.new.map(\.competenceID), [1, 3])
        XCTAssertEqual(r.new.map(\.severity), [.mild, .severe])
        XCTAssertTrue(r.closed.isEmpty && r.persisting.isEmpty && r.unchanged.isEmpty && r.ignored.isEmpty)
    }

    func testMarkInWork() {
        XCTAssertEqual(success(DeficitRules.markInWork(b))?.status, .inWork)
        var persisting = b
        persisting.status = .persisting
        XCTAssertEqual(success(DeficitRules.markInWork(persisting))?.status, .inWork)
        assertRefused(DeficitRules.markInWork(a), ru: ["в работе"], en: ["in work"])
        assertRefused(DeficitRules.markInWork(e), ru: ["закрыт"], en: ["closed"])
    }

    func testSeverityOrderAndStatusOpenness() {
        XCTAssertTrue(DeficitSeverity.mild < .moderate)
        XCTAssertTrue(DeficitSeverity.moderate < .severe)
        XCTAssertEqual([DeficitSeverity.severe, .mild, .moderate].sorted(), [.mild, .moderate, .severe])
        XCTAssertEqual(DeficitStatus.allCases.filter(\.isOpen), [.identified, .inWork, .persisting])
    }
}
