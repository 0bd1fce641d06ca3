import XCTest
@testable import Domain

/// The rule of assigning a tutor (`Route.assigningTutor`) and the picker's ranking (`TutorCandidate.ranked`).
final class TutorAssignmentTests: XCTestCase {
    let a: MunicipalityID = 1, b: MunicipalityID = 2

    func route(_ status: RouteStatus = .draft, tutor: PersonID? = nil) -> Route {
        Route(id: 7, personID: 100, tutorID: tutor, periodStart: day("2023-09-01"), periodEnd: day("2024-08-31"), status: status)
    }
    func viewer(_ roles: Set<Role>, municipality: MunicipalityID?) -> Viewer {
        Viewer(personID: 1, login: "v", fullName: "Методистова Нина", roles: roles, organizationID: nil, municipalityID: municipality)
    }
    func tutor(_ id: PersonID = 200, roles: Set<Role> = [.teacher, .tutor], municipality: MunicipalityID? = 1) -> TutorChoice {
        TutorChoice(id: id, fullName: "Тьюторова Ольга", roles: roles, municipalityID: municipality)
    }
    var methodist: Viewer { viewer([.municipalMethodist], municipality: a) }
    var coordinator: Viewer { viewer([.coordinator], municipality: nil) }

    func testAMethodistAssignsChangesAndRemovesInTheirMunicipality() {
        XCTAssertEqual(success(route().assigningTutor(tutor(), by: methodist, personMunicipality: a))?.tutorID, 200)
        XCTAssertEqual(success(route(.inProgress, tutor: 200).assigningTutor(tutor(201), by: methodist, personMunicipality: a))?.tutorID, 201)
        let removed = success(route(.agreed, tutor: 200).assigningTutor(nil, by: methodist, personMunicipality: a))
        XCTAssertEqual(removed?.tutorID, nil)
        XCTAssertEqual(removed?.status, .agreed, "the status stays")
    }

    func testTheSameTutorAgainChangesNothing() throws {
        let r = route(tutor: 200)
        let update = try XCTUnwrap(success(r.assigningTutor(tutor(200), by: methodist, personMunicipality: a).update(from: r)))
        XCTAssertTrue(update.changes.isEmpty)
        let changed = try XCTUnwrap(success(r.assigningTutor(tutor(201), by: methodist, personMunicipality: a).update(from: r)))
        XCTAssertEqual(changed.changes, [FieldChange(field: "tutor", before: "200", after: "201")])
    }

    func testACoordinatorAssignsAcrossTheRegion() {
        XCTAssertEqual(success(route().assigningTutor(tutor(municipality: b), by: coordinator, personMunicipality: a))?.tutorID, 200)
        XCTAssertEqual(success(route().assigningTutor(tutor(), by: viewer([.administrator], municipality: nil), personMunicipality: b))?.tutorID, 200)
    }

    func testRefusals() {
        assertRefused(route().assigningTutor(tutor(), by: viewer([.tutor], municipality: a), personMunicipality: a), ru: ["методист ММС", "координатор"])
        assertRefused(route().assigningTutor(tutor(), by: viewer([.regionalMethodist], municipality: a), personMunicipality: a), ru: ["Назначать тьюторов"])
        assertRefused(route(.completed).assigningTutor(tutor(), by: methodist, personMunicipality: a), ru: ["завершён"])
        assertRefused(route(.cancelled, tutor: 200).assigningTutor(nil, by: coordinator, personMunicipality: a), ru: ["отменён"])
        assertRefused(route().assigningTutor(tutor(), by: methodist, personMunicipality: b), ru: ["другого муниципалитета"])
        assertRefused(route(tutor: 200).assigningTutor(nil, by: methodist, personMunicipality: b), ru: ["другого муниципалитета"])
        assertRefused(route().assigningTutor(tutor(municipality: b), by: methodist, personMunicipality: a), ru: ["Тьюторова Ольга", "другом муниципалитете"])
        assertRefused(route().assigningTutor(tutor(roles: [.teacher]), by: coordinator, personMunicipality: a), ru: ["не тьютор"])
        assertRefused(route().assigningTutor(tutor(100), by: coordinator, personMunicipality: a), ru: ["собственный маршрут"])
    }

    /// The same rule for a person without a route (their caseload tutor).
    func testTheRuleWithoutARoute() {
        XCTAssertNil(TutorAssignmentRule.check(tutor(), for: 100, personMunicipality: a, by: methodist))
        XCTAssertNil(TutorAssignmentRule.check(nil, for: 100, personMunicipality: a, by: methodist), "removing")
        XCTAssertEqual(TutorAssignmentRule.check(tutor(), for: 100, personMunicipality: a, by: viewer([.tutor], municipality: a)),
                       TutorAssignmentRule.noRight)
        XCTAssertNotNil(TutorAssignmentRule.check(nil, for: 100, personMunicipality: b, by: methodist))
        XCTAssertNotNil(TutorAssignmentRule.check(tutor(100), for: 100, personMunicipality: a, by: coordinator))
        XCTAssertNil(TutorAssignmentRule.check(tutor(municipality: b), for: 100, personMunicipality: a, by: coordinator))
    }

    func testRefusalsNameNoKeys() {
        let results = [route(.completed).assigningTutor(tutor(), by: methodist, personMunicipality: a),
                       route().assigningTutor(tutor(roles: [.teacher]), by: methodist, personMunicipality: a),
                       route().assigningTutor(tutor(), by: viewer([.teacher], municipality: a), personMunicipality: a)]
        for result in results {
            guard case .failure(let r) = result else { XCTFail("not refused"); continue }
            for key in ["Enter", "Ctrl", "Esc", " t ", "(t)", "Space"] { XCTAssertFalse(r.reason.ru.contains(key), r.reason.ru) }
        }
    }

    func testRankingMunicipalityThenLoadThenDirections() {
        let c = [
            TutorCandidate(id: 1, fullName: "Далёкова", municipalityID: b, caseload: 0, directions: [3]),
            TutorCandidate(id: 2, fullName: "Загруженова", municipalityID: a, caseload: 9, directions: [3]),
            TutorCandidate(id: 3, fullName: "Свободова", municipalityID: a, caseload: 2),
            TutorCandidate(id: 4, fullName: "Знатокова", municipalityID: a, caseload: 2, directions: [3, 11]),
            TutorCandidate(id: 5, fullName: "Алфавитова", municipalityID: a, caseload: 2),
        ]
        let ranked = TutorCandidate.ranked(c, personMunicipality: a, deficitDirections: [3, 11])
        XCTAssertEqual(ranked.map(\.id), [4, 5, 3, 2, 1])
        XCTAssertEqual(TutorCandidate.ranked(c, personMunicipality: b, deficitDirections: []).first?.id, 1)
    }

    func testLoadText() {
        XCTAssertEqual(TutorCandidate(id: 1, fullName: "", municipalityID: nil, caseload: 1).loadText.ru, "1 сопровождаемый")
        XCTAssertEqual(TutorCandidate(id: 1, fullName: "", municipalityID: nil, caseload: 3).loadText.ru, "3 сопровождаемых")
        XCTAssertEqual(TutorCandidate(id: 1, fullName: "", municipalityID: nil, caseload: 21).loadText.ru, "21 сопровождаемый")
        XCTAssertEqual(TutorCandidate(id: 1, fullName: "", municipalityID: nil, caseload: 0).loadText.ru, "нет сопровождаемых")
        XCTAssertEqual(TutorCandidate(id: 1, fullName: "", municipalityID: nil, caseload: 12).loadShort.ru, "нагрузка 12")
    }
}
