import Domain
import Foundation
import XCTest
@testable import Exchange
@testable import Storage

/// The CSV reader: encodings, delimiters, quotes, line numbers.
final class CSVTests: XCTestCase {
    func parse(_ text: String) throws -> CSVTable { try CSV.parse(Data(text.utf8)) }

    func testCommaFileWithHeader() throws {
        let t = try parse("логин,текст\nelkina,Помогите\nivanov,Ещё\n")
        XCTAssertEqual(t.delimiter, ",")
        XCTAssertEqual(t.header, ["логин", "текст"])
        XCTAssertEqual(t.records.map(\.fields), [["elkina", "Помогите"], ["ivanov", "Ещё"]])
        XCTAssertEqual(t.records.map(\.line), [2, 3])
        XCTAssertFalse(t.hadBOM)
    }

    func testBOMSemicolonsAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("логин;текст;направление\r\nelkina;Нужна помощь, срочно;3\r\n".utf8)
        let t = try CSV.parse(data)
        XCTAssertTrue(t.hadBOM)
        XCTAssertEqual(t.delimiter, ";")
        XCTAssertEqual(t.header, ["логин", "текст", "направление"], "the BOM is not part of the first column's name")
        XCTAssertEqual(t.records.first?.fields, ["elkina", "Нужна помощь, срочно", "3"])
    }

    func testQuotedFieldsWithNewlinesDelimitersAndDoubledQuotes() throws {
        let t = try parse("логин,текст\nelkina,\"Первая строка\nвторая, с запятой\nи «кавычки» \"\"внутри\"\"\"\nivanov,простой\n\npetrova,\"\",")
        XCTAssertEqual(t.records.count, 3)
        XCTAssertEqual(t.records[0].fields[1], "Первая строка\nвторая, с запятой\nи «кавычки» \"внутри\"")
        XCTAssertEqual(t.records[0].line, 2)
        XCTAssertEqual(t.records[1].line, 5, "line numbers count the lines inside quotes")
        XCTAssertEqual(t.records[2].line, 7, "blank lines are skipped but counted")
        XCTAssertEqual(t.records[2].fields, ["petrova", "", ""])
    }

    func testAnUnclosedQuoteNamesItsLine() {
        XCTAssertThrowsError(try parse("логин,текст\nelkina,ok\nivanov,\"не закрыто\nи дальше\n")) { error in
            let e = error as? CSVError
            XCTAssertEqual(e?.line, 3)
            XCTAssertTrue(e?.message.ru.contains("кавычка") ?? false)
        }
    }

    func testEmptyBinaryAndNonUTF8InputAreRefusedClearly() {
        XCTAssertThrowsError(try CSV.parse(Data())) { XCTAssertTrue(($0 as? CSVError)?.message.ru.contains("пуст") ?? false) }
        XCTAssertThrowsError(try CSV.parse(Data([0xEF, 0xBB, 0xBF, 0x0A, 0x0A]))) {
            XCTAssertTrue(($0 as? CSVError)?.message.ru.contains("пуст") ?? false)
        }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        XCTAssertThrowsError(try CSV.parse(png)) { error in
            XCTAssertTrue((error as? CSVError)?.message.ru.contains("двоичные") ?? false, "\(error)")
        }
        // «текст» in Windows-1251.
        let cp1251 = Data("login,".utf8) + Data([0xF2, 0xE5, 0xEA, 0xF1, 0xF2]) + Data("\n".utf8)
        XCTAssertThrowsError(try CSV.parse(cp1251)) { error in
            let e = error as? CSVError
            XCTAssertEqual(e?.line, 1)
            XCTAssertTrue(e?.message.ru.contains("UTF-8") ?? false)
        }
    }

    func testWritingQuotesWhatNeedsItAndGuardsFormulas() {
        XCTAssertEqual(CSV.record(["a", "b,c", "d\"e", "f\ng"]), "a,\"b,c\",\"d\"\"e\",\"f\ng\"")
        XCTAssertEqual(CSV.record(["=1+2", "-x", "ok"], delimiter: ";", guardFormulas: true), "'=1+2;'-x;ok")
        // What is written reads back the same.
        let fields = ["Первая\r\nвторая", "с ; точкой", "\"цитата\"", " пробелы "]
        let back = try? CSV.split(CSV.record(fields, delimiter: ";"), delimiter: ";")
        XCTAssertEqual(back?.first?.fields, ["Первая\nвторая", "с ; точкой", "\"цитата\"", " пробелы "])
    }
}
