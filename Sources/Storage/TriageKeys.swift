import Domain

/// The stored triage order (`requests.triage_key`, schema v2). The key
/// counts an author as young on a given day, so once a day — the first time
/// a store reads the inbox on a new day — the day moves forward in `meta` and
/// the keys that changed are rewritten. Triggers keep keys right between
/// refreshes for every writer.
extension SQLiteStore {
    /// Makes the stored keys right for `today()`. Cheap when already so: one
    /// comparison in memory, or one `meta` read when another process may have
    /// refreshed meanwhile.
    func ensureTriageKeys() throws {
        let day = today()
        if triageKeysDay == day { return }
        if meta("triage_day") != day.iso {
            try db.write {
                // Re-read inside the transaction: another process may have done it.
                guard meta("triage_day") != day.iso else { return }
                let bornAfter = day.adding(months: -12 * Person.youngTeacherAgeLimit)
                let teachingAfter = day.adding(months: -12 * Person.youngTeacherServiceYears)
                for (key, value) in [("triage_day", day.iso), ("triage_born_after", bornAfter.iso),
                                     ("triage_teaching_after", teachingAfter.iso)] {
                    try db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                   [key, value])
                }
                let key = Schema.triageKey(row: "requests")
                try db.execute("UPDATE requests SET triage_key = \(key) WHERE triage_key IS NOT \(key)")
            }
        }
        triageKeysDay = day
    }
}
