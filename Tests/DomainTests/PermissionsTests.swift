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
        XCTAssertTrue(Permissions.allows(t, .assessSelf))
        XCTAssertFalse(Permissions.allows(t, .recordDiagnostics))
        XCTAssertEqual(Permissions.matrix[.teacher]?.count, 4)
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

/// Rules of the matrix's shape that Storage relies on.
final class PermissionsShapeTests: XCTestCase {
    /// Everyone works on their own route and may ask for help; Storage
    /// therefore shows each person their own route whatever else they do.
    func testEveryRoleSeesTheirOwnRouteAndMayAskForHelp() {
        for role in Role.allCases {
            XCTAssertTrue(Permissions.allows([role], .seeOwnRoute), "\(role)")
            XCTAssertTrue(Permissions.allows([role], .askForHelp), "\(role)")
        }
    }

    /// An action that changes something implies seeing it: Storage reads the
    /// row with the viewer's scope before changing it.
    func testEveryEditImpliesSeeingWhatIsEdited() {
        let needs: [(Action, Action)] = [
            (.editOwnSteps, .seeOwnRoute), (.editRoutes, .seeCaseload), (.confirmSteps, .editRoutes),
            (.logConsultations, .seeCaseload), (.triageRequests, .seeRequests), (.editRoadmap, .seeRoadmap),
            (.decideSelection, .seeSelection), (.editRoles, .seePeople), (.importData, .seePeople),
        ]
        for role in Role.allCases {
            for (action, needed) in needs where Permissions.allows([role], action) {
                XCTAssertTrue(Permissions.allows([role], needed), "\(role): \(action) needs \(needed)")
            }
        }
    }

    /// Several roles allow the union of their rows, for every pair.
    func testRolesCombineAsTheUnionOfTheirRows() {
        for a in Role.allCases {
            for b in Role.allCases {
                let union = (Permissions.matrix[a] ?? []).union(Permissions.matrix[b] ?? [])
                for action in Action.allCases {
                    XCTAssertEqual(Permissions.allows([a, b], action), union.contains(action), "\(a)+\(b): \(action)")
                }
            }
        }
    }

    /// No row is empty, and every action but changing roles belongs to some
    /// role besides the administrator (nothing is reachable only by accident).
    func testNoActionIsUnreachableAndNoRoleIsEmpty() {
        for role in Role.allCases { XCTAssertFalse(Permissions.matrix[role]?.isEmpty ?? true, "\(role)") }
        let everyoneElse = Role.allCases.filter { $0 != .administrator }.reduce(into: Set<Action>()) {
            $0.formUnion(Permissions.matrix[$1] ?? [])
        }
        XCTAssertEqual(Set(Action.allCases).subtracting(everyoneElse), [.editRoles], "only roles are the administrator's alone")
    }
}
