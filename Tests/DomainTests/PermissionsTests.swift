import XCTest
@testable import Domain

final class PermissionsTests: XCTestCase {
    func viewer(_ roles: Set<Role>) -> Viewer {
        Viewer(personID: 1, login: "u", fullName: "Пользователь", roles: roles, organizationID: nil, municipalityID: nil)
    }

    func testEveryRoleHasARow() {
        for role in Role.allCases { XCTAssertNotNil(Permissions.matrix[role], "\(role)") }
    }

    func testTeacher() {
        let t: Set<Role> = [.teacher]
        XCTAssertTrue(Permissions.allows(t, .seeOwnRoute))
        XCTAssertTrue(Permissions.allows(t, .editOwnSteps))
        XCTAssertTrue(Permissions.allows(t, .askForHelp))
        XCTAssertFalse(Permissions.allows(t, .confirmSteps))
        XCTAssertFalse(Permissions.allows(t, .triageRequests))
        XCTAssertFalse(Permissions.allows(t, .seeIndicators))
        XCTAssertEqual(Permissions.matrix[.teacher]?.count, 3)
    }

    func testRoleSpecificActions() {
        XCTAssertTrue(Permissions.allows([.tutor], .confirmSteps))
        XCTAssertTrue(Permissions.allows([.tutor], .editRoutes))
        XCTAssertFalse(Permissions.allows([.tutor], .triageRequests))
        XCTAssertTrue(Permissions.allows([.municipalMethodist], .triageRequests))
        XCTAssertTrue(Permissions.allows([.regionalMethodist], .editRoadmap))
        XCTAssertFalse(Permissions.allows([.regionalMethodist], .decideSelection))
        XCTAssertTrue(Permissions.allows([.coordinator], .decideSelection))
        XCTAssertFalse(Permissions.allows([.coordinator], .confirmSteps))
        XCTAssertFalse(Permissions.allows([.mentor], .editRoutes))
        XCTAssertTrue(Permissions.allows([.mentor], .seeCaseload))
    }

    func testOnlyCoordinatorsAndAdministratorsSeeAudit() {
        let who = Role.allCases.filter { Permissions.allows([$0], .seeAudit) }
        XCTAssertEqual(who, [.coordinator, .administrator])
        XCTAssertEqual(Role.allCases.filter { Permissions.allows([$0], .editRoles) }, [.administrator])
    }

    func testAdministratorMayDoEverything() {
        for action in Action.allCases { XCTAssertTrue(Permissions.allows([.administrator], action), "\(action)") }
    }

    func testRolesCombine() {
        XCTAssertFalse(Permissions.allows([.teacher], .editMentoring))
        XCTAssertTrue(Permissions.allows([.teacher, .coordinator], .editMentoring))
        XCTAssertTrue(Permissions.allows([.teacher, .coordinator], .editOwnSteps))
        XCTAssertFalse(Permissions.allows([], .seeOwnRoute))
    }

    func testViewer() {
        XCTAssertFalse(viewer([.teacher]).seesRegion)
        XCTAssertFalse(viewer([.tutor, .municipalMethodist]).seesRegion)
        XCTAssertTrue(viewer([.regionalMethodist]).seesRegion)
        XCTAssertTrue(viewer([.teacher, .coordinator]).seesRegion)
        XCTAssertTrue(viewer([.administrator]).seesRegion)
        XCTAssertTrue(viewer([.tutor]).can(.confirmSteps))
        XCTAssertFalse(viewer([.teacher]).can(.confirmSteps))
    }
}
