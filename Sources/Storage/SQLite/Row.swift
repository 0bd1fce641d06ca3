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

    public func day(_ i: Int) -> Day? { isNull(i) ? nil : Day(iso: string(i)) }

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
