import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// Every importer fed the numbers and dates a hostile or careless file
/// holds: each is refused with the field named, nothing is written, and
/// nothing traps (a trap would end the test process).
final class ImportFuzzTests: XCTestCase {
    var f: Fixture!
    override func setUpWithError() throws { f = try Fixture() }
    override func tearDown() { f = nil }

    /// Numbers no field of the domain takes (besides `0`, which some do).
    static let numbers = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-1",
                          String(repeating: "9", count: 400), "1e308", "-1e308", "NaN", "inf", "1.5", "12,5",
                          "0x10", "１２", "٣", "+-3", "--1", "1 0 0 0 0", "∞"]
    /// Dates outside 1900–2100, in the future (today is 15.03.2024), or not dates.
    static let dates = ["9999-12-31", "0001-01-01", "31.12.9999", "01.01.0001", "1899-12-31", "0000-00-00",
                        "2024-02-30", "99999-01-01", "2024-13-01", "32.01.2000", "9223372036854775807",
                        "-1", "0", "1e308", "NaN", "2100-12-31"]

    func counts() throws -> [Int] {
        try ["people", "diagnostics", "deficits", "programmes", "requests", "audit"].map {
            try f.store.db.scalarInt("SELECT count(*) FROM \($0)")
        }
    }

    /// Runs one file, answers its report text after checking it was refused
    /// whole and named `field`.
    @discardableResult
    func refused(_ run: (Data) -> ExchangeReport, _ csv: String, field: String, value: String,
                 file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = try counts()
        let report = run(Data(csv.utf8))
        let text = report.lines.joined(separator: "\n")
        XCTAssertNotEqual(report.exitCode, 0, "«\(value)» in «\(field)» was accepted:\n\(text)", file: file, line: line)
        XCTAssertTrue(text.contains(field), "«\(value)»: the field «\(field)» is not named:\n\(text)", file: file, line: line)
        XCTAssertEqual(try counts(), before, "«\(value)»: something was written", file: file, line: line)
        return text
    }

    func testProgrammeHours() throws {
        let coord = try f.viewer("coord")
        let run = { (d: Data) in ProgrammeImport.run(self.f.store, actor: coord, data: d, fileName: "p.csv") }
        // Each row its own title: an accepted value must not make the next one a duplicate.
        for (i, value) in (Self.numbers + ["0", "1001", "15"]).enumerated() {
            try refused(run, "название,организатор,часы,формат\nКурс \(i),ЧИППКРО,\"\(value)\",очно\n", field: "поле «часы»", value: value)
        }
        let text = try refused(run, "название,организатор,часы,формат\nКурс,ЧИППКРО,9223372036854775807,очно\n",
                               field: "поле «часы»", value: "max")
        XCTAssertTrue(text.contains("Часы программы: от 1 до 1000, а указано 9223372036854775807"), text)
        let long = try refused(run, "название,организатор,часы,формат\nКурс,ЧИППКРО,\(String(repeating: "9", count: 400)),очно\n",
                               field: "поле «часы»", value: "400 nines")
        XCTAssertLessThan(long.count, 300, "a huge value is quoted short: \(long)")
        // The range's ends are fine.
        let ok = run(Data("название,организатор,вид,часы,формат\nДлинная переподготовка,ЧИППКРО,ПП,1 000,очно\n".utf8))
        XCTAssertEqual(ok.exitCode, 0, ok.lines.joined(separator: "\n"))
    }

    func testDiagnosticScoresAndDates() throws {
        let coord = try f.viewer("coord")
        let run = { (d: Data) in DiagnosticsImport.run(self.f.store, actor: coord, data: d, fileName: "d.csv") }
        for (i, value) in (Self.numbers + ["101", "-0.5"]).enumerated() {   // each row its own date: no duplicates
            try refused(run, "логин,дата,М1\nelkina,\(i + 1).02.2024,\"\(value)\"\n", field: "поле «М1»", value: value)
        }
        for value in Self.dates {
            try refused(run, "логин,дата,М1\nelkina,\"\(value)\",70\n", field: "поле «дата»", value: value)
        }
    }

    func testPeopleDatesAndDirections() throws {
        let admin = try f.viewer("admin")
        let run = { (d: Data) in PeopleImport.run(self.f.store, actor: admin, data: d, fileName: "people.csv") }
        for column in ["дата рождения", "стаж с"] {
            for (i, value) in Self.dates.enumerated() {
                try refused(run, "логин,ФИО,\(column)\nnew.\(i),Новый Человек,\"\(value)\"\n", field: "поле «\(column)»", value: value)
            }
        }
        for (i, value) in (Self.numbers.filter({ $0 != "12,5" }) + ["0", "20"]).enumerated() {   // `12,5` is a list: 12 and 5
            try refused(run, "логин,ФИО,роли,направления\nnew.rma\(i),Новый Методист,методист РМА,\"\(value)\"\n",
                        field: "поле «направления»", value: value)
        }
    }

    func testRequestDatesAndDirections() throws {
        let run = { (d: Data) in RequestImport.run(self.f.store, actor: nil, data: d, fileName: "r.csv") }
        for (i, value) in Self.dates.enumerated() {   // each row its own text: no duplicates
            try refused(run, "логин,текст,дата\nelkina,Помогите \(i),\"\(value)\"\n", field: "дата", value: value)
        }
        for (i, value) in (Self.numbers + ["0", "20"]).enumerated() {
            try refused(run, "логин,текст,направление\nelkina,Помогите \(i),\"\(value)\"\n", field: "направление", value: value)
        }
        // The organization by number: a number too big for any id is a name that is not found.
        for value in ["9223372036854775807", String(repeating: "9", count: 400), "-1", "0", "1e308"] {
            try refused(run, "организация,текст\n\"\(value)\",Помогите\n", field: "организаци", value: value)
        }
    }
}
