@testable import Domain
import XCTest

/// What `metodist init` may found a region with.
final class RegionCharterTests: XCTestCase {
    func testANameAndALoginByTheLoginRuleFoundARegion() {
        let c = RegionCharter(regionName: "  Тюменская область\t", adminLogin: "petrova.a", adminName: " Петрова Анна Ивановна ")
        XCTAssertNil(c.refusal)
        XCTAssertEqual(c.regionName, "Тюменская область", "stored on one line, trimmed")
        XCTAssertEqual(c.adminName, "Петрова Анна Ивановна")
    }

    func testEachBadPartIsNamed() {
        func why(_ c: RegionCharter) -> String { c.refusal?.reason.ru ?? "" }
        XCTAssertTrue(why(RegionCharter(regionName: " \u{1B} ", adminLogin: "a", adminName: "Б")).contains("--region"))
        XCTAssertTrue(why(RegionCharter(regionName: String(repeating: "я", count: 201), adminLogin: "a", adminName: "Б")).contains("длиннее 200"))
        XCTAssertTrue(why(RegionCharter(regionName: "Регион", adminLogin: "adm\u{0456}n", adminName: "Б")).contains("--admin: в логине"))
        XCTAssertTrue(why(RegionCharter(regionName: "Регион", adminLogin: "", adminName: "Б")).contains("пустой логин"))
        XCTAssertTrue(why(RegionCharter(regionName: "Регион", adminLogin: "a", adminName: "\n")).contains("--admin-name"))
        XCTAssertEqual(RegionCharter(regionName: "", adminLogin: "a", adminName: "Б").refusal?.reason.en, "the region's name is empty (--region)")
    }
}
