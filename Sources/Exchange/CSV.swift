import Domain
import Foundation
import Storage

/// Why a file could not be read as CSV, with the 1-based line where it went wrong.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: Phrase
    public var description: String { message.ru }
}

/// One record of a CSV file: its fields and the 1-based line of the file it starts on.
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]
}

/// A parsed CSV file: the header and the records after it.
public struct CSVTable: Hashable, Sendable {
    public var delimiter: Character
    public var header: [String]
    public var records: [CSVRecord]
    public var hadBOM: Bool
}

/// RFC 4180 CSV, as spreadsheets in Russia write it: UTF-8 with or without
/// a BOM, comma or semicolon (Excel with a Russian locale writes `;`),
/// fields in double quotes may hold the delimiter, line breaks and doubled
/// quotes (`""`). CRLF, LF and CR line ends. Blank lines are skipped.
public enum CSV {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Parses a whole file. Binary (NUL bytes) and non-UTF-8 input (e.g. a
    /// Windows-1251 export) are refused with a clear message, never guessed.
    public static func parse(_ data: Data) throws(CSVError) -> CSVTable {
        var bytes = [UInt8](data)
        let hadBOM = bytes.starts(with: bom)
        if hadBOM { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw CSVError(line: line, message: Phrase(
                "Это не текстовый файл CSV (двоичные данные, строка \(line)). Сохраните таблицу как «CSV UTF-8».",
                "This is not a CSV text file (binary data, line \(line)). Save the table as “CSV UTF-8”."))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            throw CSVError(line: line, message: Phrase(
                "Файл не в кодировке UTF-8 (строка \(line)); возможно, это Windows-1251. Сохраните таблицу как «CSV UTF-8».",
                "The file is not UTF-8 (line \(line)); it may be Windows-1251. Save the table as “CSV UTF-8”."))
        }
        let delimiter = detectDelimiter(text)
        let records = try split(text, delimiter: delimiter)
        guard let first = records.first else {
            throw CSVError(line: nil, message: Phrase("Файл пуст: нет ни заголовка, ни строк.",
                                                      "The file is empty: no header and no rows."))
        }
        return CSVTable(delimiter: delimiter, header: first.fields.map { $0.trimmingCharacters(in: .whitespaces) },
                        records: Array(records.dropFirst()), hadBOM: hadBOM)
    }

    /// The delimiter of the first record: the most frequent of `;`, `,` and
    /// tab outside quotes; a comma when none occurs.
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if c == "\n" || c == "\r" || c == "\r\n" { break }
            if counts[c] != nil { counts[c, default: 0] += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }
        guard let best, best.value > 0 else { return "," }
        return best.key
    }

    /// Splits into records; a quote left open at the end is an error naming
    /// the line where the field began.
    static func split(_ text: String, delimiter: Character) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false      // the closing quote of a field was seen
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var recordHasContent = false
        func endField() { fields.append(field); field = ""; afterQuote = false }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []; recordHasContent = false
        }
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            let isNewline = c == "\n" || c == "\r" || c == "\r\n"
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                    } else {
                        quoted = false; afterQuote = true
                    }
                } else {
                    if isNewline { line += 1; field.append("\n") } else { field.append(c) }
                }
                continue
            }
            if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true; quoteLine = line; recordHasContent = true
            } else if c == delimiter {
                endField(); recordHasContent = true
            } else if isNewline {
                endRecord()
                line += 1
                recordLine = line
            } else if !afterQuote || !c.isWhitespace {
                field.append(c)
            }
        }
        if quoted {
            throw CSVError(line: quoteLine, message: Phrase(
                "Строка \(quoteLine): кавычка открыта и не закрыта до конца файла.",
                "Line \(quoteLine): a quote is opened and never closed."))
        }
        endRecord()
        return records
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            if i + length > bytes.count { return line }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return line }
            if b == 0x0A { line += 1 }
            i += length
        }
        return line
    }

    // MARK: Writing

    /// One record, quoted where needed (delimiter, quote, line break, edge
    /// spaces). With `guardFormulas`, a field starting with `=`, `+`, `-` or
    /// `@` gets a leading `'`, so a spreadsheet shows it instead of running it.
    public static func record(_ fields: [String], delimiter: Character = ",", guardFormulas: Bool = false) -> String {
        fields.map { raw -> String in
            var f = raw
            if guardFormulas, let first = f.first, "=+-@".contains(first) { f = "'" + f }
            let needsQuotes = f.contains(delimiter) || f.contains("\"") || f.contains("\n") || f.contains("\r")
                || f.first == " " || f.last == " "
            return needsQuotes ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: String(delimiter))
    }
}
