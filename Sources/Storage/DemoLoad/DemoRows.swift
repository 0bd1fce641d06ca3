import CSQLite

/// A value the demo binds straight to a statement parameter: no
/// `[SQLBindable]` array and no existential per value, which at ten million
/// rows is a noticeable share of the build.
protocol DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32
}

extension Int64: DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32 { sqlite3_bind_int64(stmt, index, self) }
}

extension Int: DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32 { sqlite3_bind_int64(stmt, index, Int64(self)) }
}

extension Bool: DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32 { sqlite3_bind_int64(stmt, index, self ? 1 : 0) }
}

extension String: DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32 {
        withCString { sqlite3_bind_text(stmt, index, $0, -1, SQLITE_TRANSIENT) }
    }
}

extension Optional: DemoValue where Wrapped: DemoValue {
    func bind(_ stmt: OpaquePointer, _ index: Int32) -> Int32 {
        switch self {
        case .some(let value): return value.bind(stmt, index)
        case .none: return sqlite3_bind_null(stmt, index)
        }
    }
}

extension SQLiteDemoWriter {
    /// Inserts one row through the statement cached for `sql` (the
    /// `Database` cache, the same as `db.execute`), binding `values` in order.
    func row<each V: DemoValue>(_ sql: String, _ values: repeat each V) throws {
        let stmt = try db.statement(sql)
        var index: Int32 = 0
        var failed: Int32 = SQLITE_OK
        func bindNext<T: DemoValue>(_ value: T) {
            index += 1
            let rc = value.bind(stmt, index)
            if rc != SQLITE_OK && failed == SQLITE_OK { failed = rc }
        }
        repeat bindNext(each values)
        guard failed == SQLITE_OK, index == sqlite3_bind_parameter_count(stmt) else {
            let error = failed != SQLITE_OK ? db.error(failed, sql)
                : SQLiteError(code: SQLITE_RANGE, message: "expected \(sqlite3_bind_parameter_count(stmt)) parameters, got \(index)", sql: sql)
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
            throw error
        }
        let rc = sqlite3_step(stmt)
        if rc != SQLITE_DONE {
            let error = db.error(rc, sql)
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
            throw error
        }
        sqlite3_reset(stmt)
        rowsInTransaction += 1
    }
}
