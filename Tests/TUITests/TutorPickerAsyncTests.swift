import XCTest
import Domain
@testable import Storage
@testable import TUI

/// The tutor picker reads its candidates in the background: it opens at
/// once saying so, and keys typed before the list comes are replayed on it
/// in order, so a quick «Сид⏎» assigns exactly as a slow one would.
final class TutorPickerAsyncTests: XCTestCase {
    func testKeysTypedBeforeTheCandidatesComeAreReplayed() throws {
        let f = try TeacherFixture()
        let app = try f.app("coord")
        let route = try XCTUnwrap(try f.store.route(app.ctx.viewer, id: f.id("r_t_draft")))
        let target = TutorTarget(routeID: route.id, version: route.version, personID: f.id("t_draft"), personName: "Волков Денис Олегович",
                                 tutorID: nil)
        var assigner = try TutorAssigner.open([target], app.ctx).get()
        var outcome: TutorAssigner.Outcome = .pending
        for event in try KeySyntax.parse("Сид<Enter>") where outcome == .pending { outcome = assigner.handle(event, app.ctx) }
        while outcome == .pending {
            assigner.waitForCandidates()
            guard let next = assigner.idle(app.ctx) else { break }
            outcome = next
        }
        guard case .done(.message(let text, _), let changed) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(changed)
        XCTAssertEqual(text, "Волков Д. О.: тьютор Сидорова О. В.")
        XCTAssertEqual(try f.store.route(app.ctx.viewer, id: route.id)?.tutorID, f.id("tutor"))
    }

    func testEscClosesThePickerWhetherOrNotTheCandidatesCame() throws {
        let f = try TeacherFixture()
        let app = try f.app("coord")
        let target = TutorTarget(routeID: f.id("r_t_draft"), version: 1, personID: f.id("t_draft"), personName: "Волков Денис Олегович",
                                 tutorID: nil)
        var assigner = try TutorAssigner.open([target], app.ctx).get()
        XCTAssertEqual(assigner.handle(.key(.char("С")), app.ctx), .pending)
        XCTAssertEqual(assigner.handle(.key(.escape), app.ctx), .cancelled, "as on the list, typed filter or not")
        XCTAssertNil(try f.store.route(app.ctx.viewer, id: f.id("r_t_draft"))?.tutorID)
    }
}
