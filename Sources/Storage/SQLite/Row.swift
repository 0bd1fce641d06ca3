import CSQLite
import Domain

/// The current row of a stepping statement. Valid only inside the closure
/// that receives it.
public struct Row {
    let stmt: OpaquePointer

    public var columnCount: Int { Int(sqlite3_column_count(stmt)) }

    public func isNull(_ i: Int) -> Bool { sqlite3_column_type(stmt, Int32(i)) == SQLITE_NULL }

    public func int(_ i: Int) -> Int { Int(sqlite3_column_int64(stmt, Int32(i))) }
    public func int64(_ i: Int) -> Int64 { sqlite3_column_int64(stmt, Int32(i)) }
    public func optInt64(_ i: Int) -> Int64? { isNull(i) ? nil : int64(i) }
    public func optInt(_ i: Int) -> Int? { isNull(i) ? nil : int(i) }
    public func double(_ i: Int) -> Double { sqlite3_column_double(stmt, Int32(i)) }
    public func bool(_ i: Int) -> Bool { int64(i) != 0 }

    public func string(_ i: Int) -> String {
        guard let p = sqlite3_column_text(stmt, Int32(i)) else { return "" }
        let n = Int(sqlite3_column_bytes(stmt, Int32(i)))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    public func optString(_ i: Int) -> String? { isNull(i) ? nil : string(i) }

    /// A `YYYY-MM-DD` column, read from its bytes: a page of people parses
    /// two dates a row, and going through String and Character costs more
    /// than the query itself.
    public func day(_ i: Int) -> Day? {
        guard let p = sqlite3_column_text(stmt, Int32(i)), sqlite3_column_bytes(stmt, Int32(i)) == 10,
              p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in from..<(from + count) {
                let digit = Int(p[k]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public func value(_ i: Int) -> SQLValue {
        switch sqlite3_column_type(stmt, Int32(i)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int(int64(i))
        case SQLITE_FLOAT: return .double(double(i))
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(stmt, Int32(i)))
            guard n > 0, let p = sqlite3_column_blob(stmt, Int32(i)) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
        default: return .text(string(i))
        }
    }
}
