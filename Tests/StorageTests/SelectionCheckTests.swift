import XCTest
import Domain
@testable import Storage

/// `metodist check` holds the РМА selection to the program's own rules: an
/// approved application meets every criterion the approval requires, and
/// «Квалификационная категория» is ticked only for someone who has one.
final class SelectionCheckTests: XCTestCase {
    func testCheckFindsApprovalsTheRuleWouldRefuseAndCategoriesNobodyHas() throws {
        let f = try ContractFixture()
        let sqlite = try f.sqlite("metodist check reads the SQLite file")
        func findings() throws -> [String: Int] {
            Dictionary(try sqlite.check().findings.map { ($0.message.ru, $0.count) }, uniquingKeysWith: +)
        }
        let required = "одобренные заявки РМА без обязательного критерия"
        let category = "заявки РМА с критерием «Квалификационная категория» у работника без категории"
        // Сидорова and Васильев have the highest category; Ёлкина none.
        try sqlite.db.execute("UPDATE people SET category = 'highest' WHERE login IN ('tutor', 'rma')")
        try sqlite.db.execute("UPDATE people SET category = 'none' WHERE login = 'elkina'")
        let full = Set(SelectionCriterion.allCases)
        try f.store.loadApplication(RMAApplication(id: 0, personID: f.id("tutor"), year: 2023, directions: [1], criteria: full, decision: .approved))
        XCTAssertNil(try findings()[required])
        XCTAssertNil(try findings()[category])
        try f.store.loadApplication(RMAApplication(id: 0, personID: f.id("rma"), year: 2023, directions: [3],
                                                   criteria: full.subtracting([.experience]), decision: .approved))
        try f.store.loadApplication(RMAApplication(id: 0, personID: f.id("elkina"), year: 2023, directions: [1], criteria: [.category],
                                                   decision: .rejected(.lowAssessment)))
        XCTAssertEqual(try findings()[required], 1)
        XCTAssertEqual(try findings()[category], 1)
    }
}
