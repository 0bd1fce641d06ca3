import Domain
import Foundation
import XCTest
@testable import Storage

/// Every read answers only what the viewer may see.
final class ViewerScopingTests: XCTestCase {
    var f: ContractFixture!
    override func setUpWithError() throws { f = try ContractFixture() }
    override func tearDown() { f = nil }

    func visiblePeople(_ login: String) throws -> Set<String> {
        Set(try f.store.peoplePage(try f.viewer(login), PeopleQuery(), limit: 100).map(\.login))
    }

    func testUnknownLoginIsRefused() {
        XCTAssertThrowsError(try f.store.viewer(login: "nobody")) { error in
            guard case .unknownLogin(let login, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(login, "nobody")
        }
    }

    func testATeacherSeesOnlyThemselves() throws {
        XCTAssertEqual(try visiblePeople("ivanov"), ["ivanov"])
        XCTAssertNil(try f.store.person(try f.viewer("ivanov"), id: f.id("elkina")))
    }

    func testATeacherNeverSeesAnotherTeachersRoute() throws {
        let ivanov = try f.viewer("ivanov")
        XCTAssertNil(try f.store.currentRoute(ivanov, personID: f.id("elkina")))
        XCTAssertTrue(try f.store.steps(ivanov, routeID: f.id("route")).isEmpty)
        XCTAssertTrue(try f.store.deficits(ivanov, personID: f.id("elkina")).isEmpty)
        let own = try f.viewer("elkina")
        XCTAssertEqual(try f.store.currentRoute(own, personID: f.id("elkina"))?.id, f.id("route"))
        XCTAssertEqual(try f.store.steps(own, routeID: f.id("route")).count, 1)
        XCTAssertEqual(try f.store.deficits(own, personID: f.id("elkina")).first?.competenceName, "Проектирование урока")
    }

    func testATutorSeesTheirCaseload() throws {
        XCTAssertEqual(try visiblePeople("tutor"), ["tutor", "elkina"])
        let tutor = try f.viewer("tutor")
        XCTAssertEqual(try f.store.currentRoute(tutor, personID: f.id("elkina"))?.id, f.id("route"))
        XCTAssertNil(try f.store.currentRoute(tutor, personID: f.id("petrova")))
    }

    func testAMunicipalMethodistSeesTheirMunicipality() throws {
        XCTAssertEqual(try visiblePeople("methodist"), ["elkina", "ivanov", "tutor", "methodist"])
        let m = try f.viewer("methodist")
        let requests = try f.store.requestsPage(m, RequestQuery(), limit: 10).map(\.id)
        XCTAssertEqual(Set(requests), [f.id("req1"), f.id("req3")], "not the request of Аша")
        XCTAssertNil(try f.store.request(m, id: f.id("req2")))
    }

    func testCoordinatorAndAdministratorSeeTheRegion() throws {
        XCTAssertEqual(try visiblePeople("coord").count, 8)
        XCTAssertEqual(try visiblePeople("admin").count, 8)
        XCTAssertEqual(try f.store.requestsPage(try f.viewer("coord"), RequestQuery(), limit: 10).count, 3)
    }

    func testATeacherSeesOnlyTheirOwnRequests() throws {
        XCTAssertEqual(try f.store.requestsPage(try f.viewer("elkina"), RequestQuery(), limit: 10).map(\.id), [f.id("req1")])
        XCTAssertTrue(try f.store.requestsPage(try f.viewer("ivanov"), RequestQuery(), limit: 10).isEmpty)
    }

    func testARegionalMethodistSeesRequestsOfTheirDirections() throws {
        let ids = Set(try f.store.requestsPage(try f.viewer("rma"), RequestQuery(), limit: 10).map(\.id))
        XCTAssertEqual(ids, [f.id("req1")], "direction 3 is theirs; 1 and 7 are not")
    }

    func testATeacherCannotTriage() throws {
        XCTAssertThrowsError(try f.store.applyTriage(try f.viewer("elkina"), [TriageTarget(id: f.id("req1"), version: 1)], .priority(.high)))
    }

    func testOnlyAnAdministratorEditsRoles() throws {
        XCTAssertThrowsError(try f.store.setRoles(try f.viewer("coord"), personID: f.id("ivanov"), expectedVersion: 1, roles: [.tutor]))
        try f.store.setRoles(try f.viewer("admin"), personID: f.id("ivanov"), expectedVersion: 1, roles: [.teacher, .tutor])
        XCTAssertEqual(try f.viewer("ivanov").roles, [.teacher, .tutor])
    }

    func testCreatingARequestFixesItsUrgency() throws {
        let young = try f.viewer("elkina")
        let id = try f.store.createRequest(young, text: "  Как оформить ИОМ?  ", authorID: young.personID, organizationID: nil,
                                           direction: 17, isYoungAuthor: true)
        let r = try XCTUnwrap(try f.store.request(young, id: id))
        XCTAssertEqual(r.request.text, "Как оформить ИОМ?")
        XCTAssertTrue(r.urgent)
        XCTAssertEqual(r.request.municipalityID, f.id("chel"))
        XCTAssertEqual(r.request.createdOn, Day(year: 2024, month: 3, day: 15))
        XCTAssertThrowsError(try f.store.createRequest(young, text: "   ", authorID: young.personID, organizationID: nil, isYoungAuthor: true))
        XCTAssertThrowsError(try f.store.createRequest(young, text: "от имени другого", authorID: f.id("ivanov"), organizationID: nil,
                                                       isYoungAuthor: false))
    }
}
