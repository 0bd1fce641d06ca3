import XCTest
@testable import Domain

/// A day from an ISO literal; fails the test (and returns 1970-01-01) if it is not one.
func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> Day {
    guard let d = Day(iso: iso) else {
        XCTFail("not an ISO day: \(iso)", file: file, line: line)
        return Day(ordinal: 0)
    }
    return d
}

/// The value of a success; fails the test on a refusal.
func success<T>(_ result: Result<T, Refusal>, file: StaticString = #filePath, line: UInt = #line) -> T? {
    switch result {
    case .success(let value): return value
    case .failure(let refusal):
        XCTFail("refused: \(refusal.reason.ru) / \(refusal.reason.en)", file: file, line: line)
        return nil
    }
}

/// The refusal of a failure; fails the test on a success.
func refusal<T>(_ result: Result<T, Refusal>, file: StaticString = #filePath, line: UInt = #line) -> Refusal? {
    switch result {
    case .success(let value):
        XCTFail("expected a refusal, got \(value)", file: file, line: line)
        return nil
    case .failure(let refusal): return refusal
    }
}

/// Asserts a refusal whose Russian and English reasons both contain the fragments.
func assertRefused<T>(_ result: Result<T, Refusal>, ru: [String] = [], en: [String] = [],
                      file: StaticString = #filePath, line: UInt = #line) {
    guard let r = refusal(result, file: file, line: line) else { return }
    XCTAssertFalse(r.reason.ru.isEmpty, "empty Russian reason", file: file, line: line)
    XCTAssertFalse(r.reason.en.isEmpty, "empty English reason", file: file, line: line)
    for fragment in ru {
        XCTAssertTrue(r.reason.ru.contains(fragment), "«\(r.reason.ru)» lacks «\(fragment)»", file: file, line: line)
    }
    for fragment in en {
        XCTAssertTrue(r.reason.en.contains(fragment), "“\(r.reason.en)” lacks “\(fragment)”", file: file, line: line)
    }
}
