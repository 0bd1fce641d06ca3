import Domain
import Foundation

/// The one clock of a store: the day the screens call today and the time
/// history, audit entries and drafts are stamped with come from here
/// together, so what was done "today" is recorded on the day the screens
/// show and the audit filter for that day finds it.
///
/// A real region runs on the system clock. A demo lives on a fixed day
/// (stored in the file as data): its entries get that day, at the real time
/// of day, so they still follow one another within a session (past midnight
/// they start again at 00:00 of the same demo day).
enum RegionClock {
    static func system() -> (today: () -> Day, now: () -> Int64) {
        ({ SQLiteStore.systemToday() }, { Int64(Date().timeIntervalSince1970) })
    }

    static func fixed(on day: Day) -> (today: () -> Day, now: () -> Int64) {
        let start = SQLiteStore.startOfDay(day)
        return ({ day }, {
            let now = Int64(Date().timeIntervalSince1970)
            let sinceMidnight = now - SQLiteStore.startOfDay(SQLiteStore.systemToday())
            return start + min(max(0, sinceMidnight), 86_399)
        })
    }
}
