import XCTest
import Domain
@testable import Storage

/// A diagnostic entered on screen: who may record which source for whom,
/// the deficits it closes and opens (the import's rule), and its same-day
/// withdrawal that puts the deficits back exactly.
final class DiagnosticEntryTests: XCTestCase {
    var f: ContractFixture!
    var tutor: Viewer!

    override func setUpWithError() throws {
        f = try ContractFixture()
        tutor = try f.viewer("tutor")
    }

    private func observation(_ scores: [String: Int], of login: String = "elkina", on iso: String = "2024-03-14",
                             source: DiagnosticSource = .lessonObservation) -> Diagnostic {
        Diagnostic(id: 0, personID: f.id(login), date: Day(iso: iso)!, source: source,
                   scores: Dictionary(uniqueKeysWithValues: scores.map { (f.id($0.key), $0.value) }), note: "Урок в 7 «Б»")
    }

    private func deficits(_ login: String = "elkina") throws -> [Deficit] {
        try f.store.deficits(try f.viewer("coord"), personID: f.id(login), openOnly: false).map(\.deficit).sorted { $0.id < $1.id }
    }

    func testALessonObservationClosesOneDeficitAndOpensAnother() throws {
        let outcome = try f.store.recordDiagnostic(tutor, observation(["c1": 70, "c2": 50]))
        XCTAssertEqual(outcome.closed, [f.id("c1")])
        XCTAssertEqual(outcome.found, [f.id("c2")])
        XCTAssertEqual(outcome.persisting, [])
        let after = try deficits()
        XCTAssertEqual(after.map(\.status), [.closed, .identified])
        XCTAssertEqual(after[0].closedByDiagnosticID, outcome.id)
        XCTAssertEqual(after[1].severity, .moderate)
        let stored = try XCTUnwrap(try f.store.diagnostics(tutor, personID: f.id("elkina")).first)
        XCTAssertEqual(stored.source, .lessonObservation)
        XCTAssertEqual(stored.note, "Урок в 7 «Б»")
        XCTAssertEqual(stored.authorID, tutor.personID)
        XCTAssertEqual(stored.recordedOn, Day(iso: "2024-03-15"))
        XCTAssertEqual(try f.probe.auditCount(entity: "diagnostic"), 1)
    }

    func testATeacherRecordsHerOwnSelfAssessmentOnly() throws {
        let elkina = try f.viewer("elkina")
        let own = try f.store.recordDiagnostic(elkina, observation(["c1": 45], source: .selfAssessment))
        XCTAssertEqual(own.persisting, [f.id("c1")])
        XCTAssertEqual(try deficits().first?.score, 45)
        assertRefused(try f.store.recordDiagnostic(elkina, observation(["c1": 70])), "О себе вносится только самооценка")
        XCTAssertThrowsError(try f.store.recordDiagnostic(elkina, observation(["c1": 70], of: "ivanov", source: .selfAssessment))) {
            guard case StoreError.forbidden = $0 else { return XCTFail("\($0)") }
        }
    }

    func testRefusals() throws {
        let before = try f.probe.fingerprint()
        assertRefused(try f.store.recordDiagnostic(tutor, observation(["c1": 70], source: .selfAssessment)), "Самооценку вносит сам педагог")
        assertRefused(try f.store.recordDiagnostic(tutor, observation([:])), "нет ни одной оценки")
        assertRefused(try f.store.recordDiagnostic(tutor, observation(["c1": 170])), "вне шкалы")
        assertRefused(try f.store.recordDiagnostic(tutor, observation(["c1": 70], on: "2024-03-16")), "в будущем")
        // Out of reach: Иванов is not in her caseload.
        XCTAssertThrowsError(try f.store.recordDiagnostic(tutor, observation(["c1": 70], of: "ivanov"))) {
            guard case StoreError.forbidden = $0 else { return XCTFail("\($0)") }
        }
        // A teacher has no right to observe a colleague.
        XCTAssertThrowsError(try f.store.recordDiagnostic(try f.viewer("ivanov"), observation(["c1": 70]))) {
            guard case StoreError.forbidden = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try f.probe.fingerprint(), before, "a refusal writes nothing")
    }

    func testTheAuthorWithdrawsItTheSameDayAndTheDeficitsComeBack() throws {
        let was = try deficits()
        let outcome = try f.store.recordDiagnostic(tutor, observation(["c1": 70, "c2": 50]))
        let back = try f.store.withdrawDiagnostic(tutor, id: outcome.id)
        XCTAssertEqual(back.closed, [f.id("c1")], "the closing is undone")
        XCTAssertEqual(back.found, [f.id("c2")], "the found deficit is removed")
        let now = try deficits()
        XCTAssertEqual(now.count, 1)
        XCTAssertEqual(now[0].status, was[0].status)
        XCTAssertEqual(now[0].score, was[0].score)
        XCTAssertNil(now[0].closedByDiagnosticID)
        XCTAssertFalse(try f.store.diagnostics(tutor, personID: f.id("elkina")).contains { $0.id == outcome.id })
    }

    func testWithdrawalRefusals() throws {
        let outcome = try f.store.recordDiagnostic(tutor, observation(["c1": 45]))
        // Not the author.
        assertRefused(try f.store.withdrawDiagnostic(try f.viewer("coord"), id: outcome.id), "только тот, кто её внёс")
        // A later diagnostic judged the same competence: this one cannot be taken back from under it.
        let later = try f.store.recordDiagnostic(tutor, observation(["c1": 50], on: "2024-03-15"))
        assertRefused(try f.store.withdrawDiagnostic(tutor, id: outcome.id), "после этой диагностики внесена ещё одна")
        _ = try f.store.withdrawDiagnostic(tutor, id: later.id)
        // Something else moved the deficit on (here: its severity edited by hand): refused too.
        try f.sqlite("a row changed under the diagnostic").db.execute("UPDATE deficits SET version = version + 1 WHERE id = ?", [f.id("deficit")])
        assertRefused(try f.store.withdrawDiagnostic(tutor, id: outcome.id), "уже менялся после этой диагностики")
        try f.sqlite("put back").db.execute("UPDATE deficits SET version = version - 1 WHERE id = ?", [f.id("deficit")])
        // The next day it stays.
        f.store.today = { Day(iso: "2024-03-16")! }
        assertRefused(try f.store.withdrawDiagnostic(tutor, id: outcome.id), "только в день внесения (внесена 15.03.2024)")
        // Outside one's reach it is not there at all.
        XCTAssertThrowsError(try f.store.withdrawDiagnostic(try f.viewer("petrova"), id: outcome.id)) {
            guard case StoreError.notFound = $0 else { return XCTFail("\($0)") }
        }
    }

    /// A closed deficit and a new one beside it after a later observation: withdrawing the
    /// closing one would leave two open deficits in one competence.
    func testAClosingThatALaterDiagnosticBuiltOnStays() throws {
        let closing = try f.store.recordDiagnostic(tutor, observation(["c1": 70]))
        let later = try f.store.recordDiagnostic(tutor, observation(["c1": 45], on: "2024-03-15"))
        XCTAssertEqual(later.found, [f.id("c1")])
        assertRefused(try f.store.withdrawDiagnostic(tutor, id: closing.id), "после этой диагностики внесена ещё одна")
        XCTAssertEqual(try deficits().filter { $0.status.isOpen }.count, 1)
    }

    /// What the withdrawal rule above protects, `metodist check` finds in a file another tool wrote.
    func testCheckFindsTwoOpenDeficitsOfOneCompetence() throws {
        let sqlite = try f.sqlite("metodist check reads the SQLite file")
        let rule = "два открытых дефицита одной компетенции"
        XCTAssertFalse(try sqlite.check().findings.contains { $0.message.ru.contains(rule) })
        try sqlite.db.execute("INSERT INTO deficits(person_id, competence_id, severity, status, diagnostic_id, score) VALUES (?, ?, 'mild', 'identified', ?, 55)",
                              [f.id("elkina"), f.id("c1"), f.id("diag")])
        XCTAssertTrue(try sqlite.check().findings.contains { $0.message.ru.contains(rule) && $0.count == 1 })
    }

    func testAFoundDeficitAlreadyInAStepKeepsItsDiagnostic() throws {
        let outcome = try f.store.recordDiagnostic(tutor, observation(["c2": 50]))
        let found = try XCTUnwrap(try deficits().first { $0.competenceID == f.id("c2") })
        let route = try XCTUnwrap(try f.store.route(tutor, id: f.id("route")))
        try f.store.addSteps(tutor, routeID: route.id, expectedRouteVersion: route.version,
                             [RouteStep(id: 0, routeID: route.id, kind: .selfEducation, title: "Цифровые инструменты", deficitIDs: [found.id],
                                        plannedStart: Day(iso: "2024-04-01")!, plannedEnd: Day(iso: "2024-04-30")!, hours: 4)])
        assertRefused(try f.store.withdrawDiagnostic(tutor, id: outcome.id), "уже в шаге маршрута")
    }

    private func assertRefused<T>(_ body: @autoclosure () throws -> T, _ text: String, line: UInt = #line) {
        XCTAssertThrowsError(try body(), line: line) { error in
            guard case StoreError.refused(let r) = error else { return XCTFail("\(error)", line: line) }
            XCTAssertTrue(r.reason.ru.contains(text), r.reason.ru, line: line)
        }
    }
}
