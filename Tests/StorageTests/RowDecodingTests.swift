import Domain
import XCTest
@testable import Storage

/// Columns decoded straight from SQLite's bytes must mean what the domain's
/// parsers mean: a date is exactly `YYYY-MM-DD` of a real day, or nothing.
final class RowDecodingTests: XCTestCase {
    func testDatesAreReadFromTheirBytesOrRefused() throws {
        let db = try Database(path: ":memory:")
        let cases: [(String?, Day?)] = [
            ("2024-02-29", Day(year: 2024, month: 2, day: 29)), ("1970-01-01", Day(year: 1970, month: 1, day: 1)),
            ("2023-02-29", nil), ("2024-13-01", nil), ("2024-1-05", nil), ("2024-01-5 ", nil), ("20240105", nil),
            ("2024-03-15x", nil), ("２０２４-03-15", nil), ("abcd-ef-gh", nil), ("", nil), (nil, nil),
        ]
        for (text, expected) in cases {
            let day = try db.first("SELECT ?", [text]) { $0.day(0) } ?? nil
            XCTAssertEqual(day, expected, text ?? "NULL")
            XCTAssertEqual(day, text.flatMap(Day.init(iso:)), "the same as Day(iso:) for \(text ?? "NULL")")
        }
    }

    func testRoleBitsRoundTrip() {
        for bits in 0..<(1 << Role.allCases.count) {
            XCTAssertEqual(Codecs.roleBits(Codecs.roles(bits)), bits)
        }
    }
}
