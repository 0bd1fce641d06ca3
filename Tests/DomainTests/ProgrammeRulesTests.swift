import XCTest
@testable import Domain

final class ProgrammeRulesTests: XCTestCase {
    func programme(_ title: String = "Формирование функциональной грамотности", kind: ProgrammeKind = .upskilling,
                   hours: Int) -> Programme {
        Programme(id: 1, title: title, provider: "ЧИППКРО", kind: kind, hours: hours, format: .blended,
                  inFederalRegistry: true, competenceIDs: [1])
    }

    func testMinimumHours() {
        XCTAssertEqual(ProgrammeKind.upskilling.minimumHours, 16)
        XCTAssertEqual(ProgrammeKind.retraining.minimumHours, 250)
        XCTAssertNil(programme(hours: 16).validate())
        XCTAssertNil(programme(hours: 72).validate())
        XCTAssertEqual(programme(hours: 15).validate()?.reason.ru.contains("не меньше 16"), true)
        XCTAssertNil(programme(kind: .retraining, hours: 250).validate())
        let short = programme(kind: .retraining, hours: 249).validate()
        XCTAssertEqual(short?.reason.en, "retraining: at least 250 hours, but 249 given")
    }

    func testTitle() {
        XCTAssertEqual(programme(" \t", hours: 36).validate()?.reason.ru, "У программы должно быть название")
        XCTAssertNotNil(programme("", hours: 36).validate())
    }
}
