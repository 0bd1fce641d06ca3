import Domain
import XCTest
import Exchange
@testable import Storage

/// The teacher's reads and writes: scoped to the viewer (another teacher
/// sees nothing), version-checked and audited; the route export.
final class TeacherStoreTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws {
        f = try Fixture()
        try f.store.db.write {
            try f.insert("INSERT INTO programmes(title, provider, kind, hours, format, in_registry) VALUES ('Современный урок', 'ЧИППКРО', 'upskilling', 36, 'blended', 1)",
                         [], as: "prog")
            try f.store.db.execute("INSERT INTO programme_competences(programme_id, competence_id) VALUES (?, ?)", [f.id("prog"), f.id("c1")])
            try f.store.db.execute("UPDATE steps SET programme_id = ? WHERE id = ?", [f.id("prog"), f.id("step")])
            try f.store.db.execute("INSERT INTO mentoring(mentor_id, mentee_id, form, start, status) VALUES (?, ?, 'teacherTeacher', '2023-09-01', 'active')",
                                   [f.id("rma"), f.id("elkina")])
            try f.insert("""
                INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status)
                VALUES (?, 2, 'practiceTransfer', 'Открытый урок, "формирующее" оценивание', '2024-04-01', '2024-04-10', 2, 'planned')
                """, [f.id("route")], as: "step2")
        }
    }
    override func tearDown() { f = nil }

    func testTheProfileNamesTheTutorAndTheMentorThroughTheRoute() throws {
        let me = try f.viewer("elkina")
        let p = try XCTUnwrap(f.store.teacherProfile(me, personID: me.personID))
        XCTAssertEqual(p.person.fullName, "Ёлкина Анна Петровна")
        XCTAssertEqual(p.organizationName, "Лицей № 31")
        XCTAssertEqual(p.municipalityName, "Челябинский ГО")
        XCTAssertEqual(p.route?.status, .inProgress)
        XCTAssertEqual(p.tutorName, "Сидорова Ольга Викторовна")
        XCTAssertEqual(p.mentorName, "Васильев Олег Юрьевич")
        XCTAssertEqual(p.mentoringStatus, .active)
        XCTAssertTrue(try f.store.hasOwnLearning(me))
        XCTAssertFalse(try f.store.hasOwnLearning(f.viewer("coord")))
    }

    func testAnotherTeacherSeesNothingOfTheRoute() throws {
        let other = try f.viewer("ivanov")
        let elkina = f.id("elkina")
        XCTAssertNil(try f.store.teacherProfile(other, personID: elkina))
        XCTAssertNil(try f.store.currentRoute(other, personID: elkina))
        XCTAssertEqual(try f.store.diagnostics(other, personID: elkina), [])
        XCTAssertEqual(try f.store.deficits(other, personID: elkina), [])
        XCTAssertNil(try f.store.stepCatalogItem(other, stepID: f.id("step")))
        XCTAssertEqual(try f.store.ownRequestsPage(other, limit: 10).map(\.id), [])
        XCTAssertThrowsError(try f.store.markMyStepDone(other, stepID: f.id("step"), expectedVersion: 1, evidence: Evidence(note: "чужое"))) {
            XCTAssertEqual($0 as? StoreError, .notFound(entity: "step", id: self.f.id("step")))
        }
        XCTAssertThrowsError(try RouteExport.render(f.store, viewer: other, format: .markdown)) { e in
            guard case .invalid = e as? StoreError else { return XCTFail("\(e)") }
        }
    }

    func testATutorCannotMarkTheTeachersStepAsIfItWereTheirOwn() throws {
        XCTAssertThrowsError(try f.store.markMyStepDone(f.viewer("tutor"), stepID: f.id("step"), expectedVersion: 1,
                                                        evidence: Evidence(note: "за неё"))) { e in
            guard case .forbidden = e as? StoreError else { return XCTFail("\(e)") }
        }
    }

    func testCatalogItemAndDiagnosticsOfTheOwnRoute() throws {
        let me = try f.viewer("elkina")
        guard case .programme(let p)? = try f.store.stepCatalogItem(me, stepID: f.id("step")) else { return XCTFail("no programme") }
        XCTAssertEqual(p.title, "Современный урок")
        XCTAssertEqual(p.format, .blended)
        XCTAssertTrue(p.inFederalRegistry)
        XCTAssertEqual(p.competenceIDs, [f.id("c1")])
        let diagnostics = try f.store.diagnostics(me, personID: me.personID)
        XCTAssertEqual(diagnostics.map(\.date.iso), ["2023-10-01"])
        XCTAssertEqual(diagnostics.first?.scores[f.id("c1")], 40)
        XCTAssertEqual(try f.store.competenceFramework().competences.map(\.code), ["М1", "Ц1"])
    }

    func testMarkDoneIsVersionCheckedAndAudited() throws {
        let me = try f.viewer("elkina")
        let done = try f.store.markMyStepDone(me, stepID: f.id("step"), expectedVersion: 1,
                                              evidence: Evidence(certificate: " 7700-12 ", note: "Итоговая работа сдана"))
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.evidence.certificate, "7700-12")
        XCTAssertEqual(done.version, 2)
        let audit = try f.store.auditTrail(entity: "step", id: f.id("step"))
        XCTAssertEqual(audit.first?.actorLogin, "elkina")
        XCTAssertEqual(audit.first?.after, "status=done; certificate=7700-12; note=Итоговая работа сдана")
        // The same stale version again: a conflict, nothing written.
        XCTAssertThrowsError(try f.store.askToSkipMyStep(me, stepID: f.id("step"), expectedVersion: 1, reason: "передумала")) { e in
            guard case .conflict(let c) = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertEqual(c.currentVersion, 2)
        }
        // A refused rule: nothing written, the reason is the domain's.
        XCTAssertThrowsError(try f.store.startMyStep(me, stepID: f.id("step"), expectedVersion: 2)) { e in
            guard case .refused(let r) = e as? StoreError else { return XCTFail("\(e)") }
            XCTAssertTrue(r.reason.ru.contains("может только тьютор"), r.reason.ru)
        }
        XCTAssertEqual(try f.store.step(me, id: f.id("step"))?.status, .done)
    }

    func testStartingAStepOfAnAgreedRouteStartsTheRouteInTheSameTransaction() throws {
        try f.store.db.execute("UPDATE routes SET status = 'agreed' WHERE id = ?", [f.id("route")])
        let me = try f.viewer("elkina")
        try f.store.startMyStep(me, stepID: f.id("step2"), expectedVersion: 1)
        XCTAssertEqual(try f.store.route(me, id: f.id("route"))?.status, .inProgress)
        XCTAssertEqual(try f.store.auditTrail(entity: "route", id: f.id("route")).first?.after, "status=inProgress")
        // Skipping does not start a route.
        try f.store.db.execute("UPDATE routes SET status = 'agreed' WHERE id = ?", [f.id("route")])
        try f.store.db.execute("UPDATE steps SET status = 'planned' WHERE id = ?", [f.id("step2")])
        try f.store.askToSkipMyStep(me, stepID: f.id("step2"), expectedVersion: 2, reason: "Болезнь")
        XCTAssertEqual(try f.store.route(me, id: f.id("route"))?.status, .agreed)
    }

    func testOwnRequestsArePagedNewestFirstByKeyset() throws {
        let me = try f.viewer("elkina")
        for day in 2...6 {
            try f.store.db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, status, created_on) VALUES (?, ?, ?, ?, 'new', ?)
                """, ["Запрос \(day)", me.personID, f.id("lyceum"), f.id("chel"), "2024-03-0\(day)"])
        }
        let first = try f.store.ownRequestsPage(me, limit: 3)
        XCTAssertEqual(first.map(\.request.text), ["Запрос 6", "Запрос 5", "Запрос 4"])
        let second = try f.store.ownRequestsPage(me, after: first.last?.ownKey, limit: 3)
        XCTAssertEqual(second.map(\.request.text), ["Запрос 3", "Запрос 2", "Помогите с функциональной грамотностью"])
        let back = try f.store.ownRequestsPage(me, before: second.first?.ownKey, limit: 2)
        XCTAssertEqual(back.map(\.request.text), ["Запрос 5", "Запрос 4"])
        let last = try f.store.ownRequestsPage(me, lastPage: true, limit: 2)
        XCTAssertEqual(last.map(\.request.text), ["Запрос 2", "Помогите с функциональной грамотностью"])
        XCTAssertEqual(try f.store.ownRequestCount(me), 6)
        XCTAssertFalse(try f.store.ownRequestsPage(f.viewer("tutor"), limit: 50).contains { $0.request.authorID == me.personID },
                       "«my requests» are the author's own, even for a tutor who may see them elsewhere")
    }

    func testMarkdownExportIsAPrintableDocument() throws {
        let md = try RouteExport.render(f.store, viewer: f.viewer("elkina"), format: .markdown)
        XCTAssertTrue(md.hasPrefix("# Индивидуальный образовательный маршрут\n"), md)
        for expected in ["- **Педагог:** Ёлкина Анна Петровна (молодой педагог)", "- **Тьютор:** Сидорова Ольга Викторовна",
                         "- **Статус:** реализуется", "| М1 | Проектирование урока | методические | выраженный | 40 | 01.10.2023, региональная диагностика | в работе |",
                         "| 1 | курс ДПП | Курс «Современный урок» | 01.10.2023 – 01.12.2023 | 36 | М1 | выполняется, просрочен |",
                         "0 из 2 шагов"] {
            XCTAssertTrue(md.contains(expected), "«\(expected)» missing:\n\(md)")
        }
        let en = try RouteExport.render(f.store, viewer: f.viewer("elkina"), format: .markdown, language: .en)
        XCTAssertTrue(en.hasPrefix("# Individual educational route"))
    }

    func testCSVExportQuotesByRFC4180AndGuardsFormulas() throws {
        try f.store.db.execute("UPDATE steps SET evidence_note = ? WHERE id = ?", ["=HYPERLINK(\"x\")\nвторая строка", f.id("step")])
        let csv = try RouteExport.render(f.store, viewer: f.viewer("elkina"), format: .csv)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("Логин,ФИО,Начало периода,Конец периода,Статус маршрута,№,Вид,Шаг,"), lines[0])
        XCTAssertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\nвторая строка\","), csv)
        XCTAssertTrue(csv.contains(",\"Открытый урок, \"\"формирующее\"\" оценивание\","), csv)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count, 4, "header, two steps, and the final line break")
    }
}
