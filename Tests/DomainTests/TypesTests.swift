import XCTest
@testable import Domain

/// The plain value types: names, labels, small computed properties.
final class TypesTests: XCTestCase {
    func labels<T: CaseIterable & Labelled>(_ type: T.Type, file: StaticString = #filePath, line: UInt = #line) {
        let all = T.allCases.map(\.label)
        XCTAssertFalse(all.isEmpty, file: file, line: line)
        for l in all {
            XCTAssertFalse(l.ru.isEmpty, "\(T.self)", file: file, line: line)
            XCTAssertFalse(l.en.isEmpty, "\(T.self)", file: file, line: line)
        }
        XCTAssertEqual(Set(all.map(\.ru)).count, all.count, "Russian labels of \(T.self) repeat", file: file, line: line)
        XCTAssertEqual(Set(all.map(\.en)).count, all.count, "English labels of \(T.self) repeat", file: file, line: line)
    }

    func testEveryEnumHasDistinctLabelsInBothLanguages() {
        labels(Role.self); labels(QualificationCategory.self); labels(CompetenceArea.self)
        labels(DiagnosticSource.self); labels(DeficitSeverity.self); labels(DeficitStatus.self)
        labels(RouteStatus.self); labels(StepStatus.self); labels(StepKind.self); labels(RequestStatus.self)
        labels(RequestPriority.self); labels(PracticeStatus.self); labels(MentoringStatus.self)
        labels(MentoringForm.self); labels(RoadmapStatus.self); labels(ParticipantCategory.self)
        labels(Executor.self); labels(SelectionCriterion.self); labels(RejectionReason.self)
        labels(ProgrammeKind.self); labels(ProgrammeFormat.self); labels(EventKind.self)
        labels(ConsultationForm.self); labels(OrganizationLevel.self); labels(OrganizationKind.self)
        labels(MunicipalityKind.self); labels(Action.self); labels(RequestField.self)
        labels(RoadmapQuarterColumn.self); labels(RoadmapStatusColumn.self); labels(Indicator.Kind.self)
    }

    func testPhrase() {
        let p = Phrase("черновик", "draft")
        XCTAssertEqual(p.text(.ru), "черновик")
        XCTAssertEqual(p.text(.en), "draft")
        XCTAssertEqual(p.description, "черновик")
        XCTAssertEqual(Language.allCases, [.ru, .en])
    }

    func testPersonNames() {
        let p = Person(id: 1, login: "ivanova", fullName: "Иванова Анна Петровна", organizationID: 1, position: "учитель")
        XCTAssertEqual(p.surname, "Иванова")
        XCTAssertEqual(p.shortName, "Иванова А. П.")
        XCTAssertEqual(p.roles, [.teacher], "a person is a teacher by default")
        var single = p
        single.fullName = "Иванова"
        XCTAssertEqual(single.shortName, "Иванова")
        single.fullName = ""
        XCTAssertEqual(single.shortName, "")
        XCTAssertEqual(single.surname, "")
    }

    func testRoleOrder() {
        XCTAssertEqual([Role.administrator, .mentor, .teacher, .tutor].sorted(), [.teacher, .tutor, .mentor, .administrator])
    }

    func testMunicipalityKindFromSeedNames() {
        XCTAssertEqual(MunicipalityKind.of(name: "Ашинский МР"), .district)
        XCTAssertEqual(MunicipalityKind.of(name: "Копейский ГО"), .cityDistrict)
        XCTAssertEqual(MunicipalityKind.of(name: "Коркинский муниципальный округ"), .municipalDistrict)
        XCTAssertEqual(MunicipalityKind.district.rawValue, "МР")
        XCTAssertEqual(MunicipalityKind.cityDistrict.rawValue, "ГО")
    }

    func testOrganizationLevelsAndFlags() {
        XCTAssertEqual(OrganizationKind.school.level, .institutional)
        XCTAssertEqual(OrganizationKind.kindergarten.level, .institutional)
        XCTAssertEqual(OrganizationKind.methodicalService.level, .municipal)
        XCTAssertEqual(OrganizationKind.cnppm.level, .regional)
        XCTAssertEqual(OrganizationKind.institute.level, .regional)
        let o = Organization(id: 1, name: "МОУ СОШ № 1", kind: .school, municipalityID: 3, flags: [.lowResults, .internshipSite])
        XCTAssertEqual(o.level, .institutional)
        XCTAssertTrue(o.flags.contains(.lowResults))
        XCTAssertFalse(o.flags.contains(.ministrySchool))
        XCTAssertEqual(o.flags.rawValue, 3)
    }

    func testCompetenceFrameworkLookup() {
        let f = CompetenceFramework(competences: [
            Competence(id: 3, code: "М2", name: "Проектирование урока", area: .methodical, direction: 1),
            Competence(id: 8, code: "Ц1", name: "Цифровые инструменты", area: .digital, direction: 11),
        ])
        XCTAssertEqual(f.competence(8)?.code, "Ц1")
        XCTAssertNil(f.competence(4))
        XCTAssertEqual(f.scale, CompetenceScale(minimum: 0, maximum: 100, threshold: 60))
        XCTAssertEqual(CompetenceArea.allCases.count, 7)
    }

    func testStepKindsOfTheDomain() {
        XCTAssertEqual(StepKind.allCases.count, 10)
        XCTAssertEqual(StepKind.course.label.ru, "курс ДПП")
        XCTAssertEqual(StepKind.internship.label.ru, "стажировка")
    }
}
