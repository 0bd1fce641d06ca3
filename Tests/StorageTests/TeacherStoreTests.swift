import Domain
import XCTest
import Exchange
@testable import Storage

/// The teacher's reads and writes: scoped to the viewer (another teacher
/// sees nothing), version-checked and audited; the route export.
final class TeacherStoreTests: XCTestCase {
    var f: ContractFixture!
    override func setUpWithError() throws {
        f = try ContractFixture(stepProgramme: true)   // the course step is of «prog», teaching М1
        try f.store.loadingAtOnce {
            try f.store.loadMentoringPair(MentoringPair(id: 0, mentorID: f.id("rma"), menteeID: f.id("elkina"), form: .teacherTeacher,
                                                        start: Day(iso: "2023-09-01")!, status: .active))
            f.ids["step2"] = try f.store.loadStep(RouteStep(id: 0, routeID: f.id("route"), kind: .practiceTransfer,
                                                            title: "Открытый урок, \"формирующее\" оценивание",
                                                            plannedStart: Day(iso: "2024-04-01")!, plannedEnd: Day(iso: "2024-04-10")!,
                                                            hours: 2, status: .planned),
                                                  position: 2)
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
        /// A teacher of the lyceum with an agreed route of one planned step.
        func agreed(_ login: String, _ name: String) throws -> (Viewer, RouteID, StepID) {
            try f.person(name, login: login, org: "lyceum", roles: [.teacher], born: Day(year: 1980, month: 1, day: 1)!)
            let route = try f.store.loadRoute(Route(id: 0, personID: f.id(login), tutorID: f.id("tutor"), periodStart: Day(iso: "2023-09-01")!,
                                                    periodEnd: Day(iso: "2024-08-31")!, status: .agreed))
            let step = try f.store.loadStep(RouteStep(id: 0, routeID: route, kind: .practiceTransfer, title: "Открытый урок",
                                                      plannedStart: Day(iso: "2024-04-01")!, plannedEnd: Day(iso: "2024-04-10")!, hours: 2),
                                            position: 1)
            return (try f.viewer(login), route, step)
        }
        let (me, route, step) = try agreed("agreed1", "Агеева Анна Ивановна")
        try f.store.startMyStep(me, stepID: step, expectedVersion: 1)
        XCTAssertEqual(try f.store.route(me, id: route)?.status, .inProgress)
        XCTAssertEqual(try f.store.auditTrail(entity: "route", id: route).first?.after, "status=inProgress")
        // Skipping does not start a route.
        let (other, route2, step2) = try agreed("agreed2", "Агапова Вера Ильинична")
        try f.store.askToSkipMyStep(other, stepID: step2, expectedVersion: 1, reason: "Болезнь")
        XCTAssertEqual(try f.store.route(other, id: route2)?.status, .agreed)
    }

    func testOwnRequestsArePagedNewestFirstByKeyset() throws {
        let me = try f.viewer("elkina")
        for day in 2...6 {
            try f.store.loadRequest(HelpRequest(id: 0, text: "Запрос \(day)", authorID: me.personID, organizationID: f.id("lyceum"),
                                                municipalityID: f.id("chel"), createdOn: Day(iso: "2024-03-0\(day)")!),
                                    urgent: false, at: StandardRegion.requestsCreatedAt)
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
        // A formula and a line break in the evidence, as a teacher may type them.
        try f.store.markMyStepDone(f.viewer("elkina"), stepID: f.id("step"), expectedVersion: 1,
                                   evidence: Evidence(note: "=HYPERLINK(\"x\")\nвторая строка"))
        let csv = try RouteExport.render(f.store, viewer: f.viewer("elkina"), format: .csv)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("Логин,ФИО,Начало периода,Конец периода,Статус маршрута,№,Вид,Шаг,"), lines[0])
        XCTAssertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\nвторая строка\","), csv)
        XCTAssertTrue(csv.contains(",\"Открытый урок, \"\"формирующее\"\" оценивание\","), csv)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count, 4, "header, two steps, and the final line break")
    }
}
