import Domain
import XCTest

final class RMAMonitoringRulesTests: XCTestCase {
    func testShortfallsAgainstTheDocumentedMinimums() {
        var r = MethodistResults(personID: 1, name: "А", directions: [1])
        XCTAssertEqual(RMAMonitoringRules.shortfalls(r), [.events, .consultations, .routes, .practices])
        r.eventsHeld = 2; r.consultations = 5; r.routesSupported = 1; r.practicesFound = 1
        XCTAssertEqual(RMAMonitoringRules.shortfalls(r), [])
        r.requestsResolved = 5; r.requestsOnTime = 3
        XCTAssertEqual(RMAMonitoringRules.shortfalls(r), [.onTime])
        r.requestsOnTime = 4
        XCTAssertEqual(RMAMonitoringRules.shortfalls(r), [])
        let ok = r, bad = MethodistResults(personID: 2, name: "Б", directions: [1])
        XCTAssertEqual(RMAMonitoringRules.ordered([ok, bad]).map(\.personID), [2, 1])
    }
}
