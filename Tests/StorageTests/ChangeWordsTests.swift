import XCTest
import Domain
@testable import Storage

/// What a user reads in the audit log and in a request's history, after
/// real writes of many kinds: labels, statuses and names — no code
/// identifier («assignee», «inProgress», «noExperience», «steps+1») and no
/// bare id where a name belongs. Logins are proper names and may show.
final class ChangeWordsTests: XCTestCase {
    func testAuditAndHistoryReadInWordsAfterRealWrites() throws {
        let f = try ContractFixture()
        let sqlite = try f.sqlite("the audit of a real file")
        let coord = try f.viewer("coord"), methodist = try f.viewer("methodist"), teacher = try f.viewer("elkina"), tutor = try f.viewer("tutor")
        func version(_ id: RequestID) throws -> Int { try XCTUnwrap(f.store.request(methodist, id: id)?.request.version) }
        let req = f.id("req1")
        for change: TriageChange in [.direction(6), .priority(.high), .assignee(f.id("tutor")), .due(Day(iso: "2024-04-14")!)] {
            _ = try f.store.applyTriage(methodist, [TriageTarget(id: req, version: try version(req))], change)
        }
        let step = try XCTUnwrap(f.store.step(teacher, id: f.id("step")))
        let done = try f.store.markMyStepDone(teacher, stepID: step.id, expectedVersion: step.version, evidence: Evidence(note: "сдан"))
        _ = try f.store.undoStepMove(teacher, stepID: step.id, expectedVersion: done.version, restoring: step, by: .owner)
        try f.store.logConsultation(tutor, personID: f.id("elkina"), date: f.store.today(), form: .remote, topic: "План")
        let route2 = try XCTUnwrap(f.store.route(coord, id: f.id("route2")))
        _ = try f.store.assignTutor(coord, routeID: route2.id, expectedVersion: route2.version, tutorID: f.id("tutor"))
        let pair = try f.store.createPair(coord, menteeID: f.id("ivanov"), mentorID: f.id("tutor"))
        let created = try XCTUnwrap(f.store.mentoringPair(coord, id: pair))
        try f.store.endPair(coord, id: pair, expectedVersion: created.version)
        try f.store.undoPairEnd(coord, id: pair, expectedVersion: created.version + 1, restoring: created)
        let person = try XCTUnwrap(f.store.person(coord, id: f.id("ivanov")))
        try f.store.setRoles(try f.viewer("admin"), personID: person.id, expectedVersion: person.version, roles: [.teacher, .tutor, .municipalMethodist])
        // Diagnostics entered on screen: a deficit closed and one found, then withdrawn (both put back).
        let observed = try f.store.recordDiagnostic(tutor, Diagnostic(id: 0, personID: f.id("elkina"), date: f.store.today(),
                                                                      source: .lessonObservation, scores: [f.id("c1"): 70, f.id("c2"): 50]))
        _ = try f.store.withdrawDiagnostic(tutor, id: observed.id)
        _ = try f.store.recordDiagnostic(tutor, Diagnostic(id: 0, personID: f.id("elkina"), date: f.store.today(),
                                                           source: .lessonObservation, scores: [f.id("c1"): 45]))
        // The plan of a route: a step added, edited and removed; a draft agreed; a route cancelled.
        let route = try XCTUnwrap(f.store.route(tutor, id: f.id("route")))
        let added = try f.store.addSteps(tutor, routeID: route.id, expectedRouteVersion: route.version,
                                         [RouteStep(id: 0, routeID: route.id, kind: .selfEducation, title: "Чтение", plannedStart: Day(iso: "2024-04-01")!,
                                                    plannedEnd: Day(iso: "2024-04-30")!, hours: 4)])
        let addedStep = try XCTUnwrap(f.store.step(tutor, id: added[0]))
        try f.store.editStepPlan(tutor, stepID: addedStep.id, expectedVersion: addedStep.version, title: "Чтение статей",
                                 start: addedStep.plannedStart, end: addedStep.plannedEnd, hours: 6)

        // Rows an older file holds, in the free-text forms written then.
        for (entity, after) in [("diagnostic", "elkina 2023-10-01 regional: \(f.id("c1"))=40;\(f.id("c2"))=75"),
                                ("deficit", "diagnostic \(f.id("diag")): 40 (moderate)")] {
            try sqlite.db.execute("INSERT INTO audit(at, actor_login, entity, entity_id, action, before, after) VALUES (1600000000, 'system', ?, 1, 'import', '', ?)",
                                  [entity, after])
        }

        let logins = Set(try sqlite.db.query("SELECT login FROM people") { $0.string(0) })
        var leaks: [String] = []
        for row in try f.store.auditLog(coord, AuditQuery(), after: nil, limit: 200) {
            let text = AuditText.entity(row.entry.entity).ru + " · " + AuditText.action(row.entry.action).ru + " · " + row.summary.ru
            let ids = ChangeWordsTests.identifiers(text, allowing: logins)
            if !ids.isEmpty { leaks.append("audit \(row.entry.entity)/\(row.entry.action): «\(text)» — \(ids.joined(separator: ", "))") }
        }
        for entry in try f.store.requestLog(methodist, id: req) {
            let ids = ChangeWordsTests.identifiers(entry.line.ru, allowing: logins)
            if !ids.isEmpty { leaks.append("history: «\(entry.line.ru)» — \(ids.joined(separator: ", "))") }
        }
        XCTAssertTrue(leaks.isEmpty, leaks.joined(separator: "\n"))
        let audit = try f.store.auditLog(coord, AuditQuery(), after: nil, limit: 200).map(\.summary.ru)
        for line in ["логин: elkina; дата: 01.10.2023; источник: региональная диагностика; баллы: М1 40, Ц1 75",
                     "диагностика: №\(f.id("diag")); балл: 40; уровень: выраженный",
                     "работник: Ёлкина Анна Петровна; дата: 15.03.2024; источник: наблюдение урока; баллы: М1 70, Ц1 50"] {
            XCTAssertTrue(audit.contains(line), "\(line)\n" + audit.joined(separator: "\n"))
        }
        let lines = try f.store.requestLog(methodist, id: req).map(\.line.ru)
        XCTAssertTrue(lines.contains("исполнитель: — → Сидорова Ольга Викторовна"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("срок: — → 14.04.2024"), lines.joined(separator: "\n"))
    }

    /// Every write the permission matrix probes (one of each action), done by an
    /// administrator: every audit row it leaves reads in words.
    func testEveryProbedWriteReadsInWords() throws {
        let w = try PermissionWorld()
        let admin = try w.actor(.administrator)
        for probe in PermissionMatrixTests.probes where probe.kind == .write {
            XCTAssertTrue(try probe.act(w, admin, try probe.setup(w, admin)), probe.name)
        }
        let sqlite = try w.fixture.sqlite("the audit of a real file")
        let logins = Set(try sqlite.db.query("SELECT login FROM people") { $0.string(0) })
        let rows = try w.store.auditLog(admin, AuditQuery(), after: nil, limit: 500)
        XCTAssertGreaterThan(rows.count, 10)
        // The whole line as the log shows it: what kind of thing, what was done, what changed.
        let leaks = rows.compactMap { row -> String? in
            let line = AuditText.entity(row.entry.entity).ru + " · " + AuditText.action(row.entry.action).ru + " · " + row.summary.ru
            let ids = ChangeWordsTests.identifiers(line, allowing: logins)
            return ids.isEmpty ? nil : "audit \(row.entry.entity)/\(row.entry.action): «\(line)» — \(ids.joined(separator: ", "))"
        }
        XCTAssertTrue(leaks.isEmpty, leaks.joined(separator: "\n"))
    }

    /// ASCII words of two letters or more, other than the allowed proper names.
    static func identifiers(_ text: String, allowing proper: Set<String>) -> [String] {
        var found: [String] = [], word = ""
        for ch in text + " " {
            if ch.isASCII && (ch.isLetter || ch == "_" || ch == "." || ch == "-" || ch.isNumber) && !(word.isEmpty && !ch.isLetter) {
                word.append(ch); continue
            }
            if word.filter(\.isLetter).count >= 2 && !proper.contains(word) { found.append(word) }
            word = ""
        }
        return found
    }
}
