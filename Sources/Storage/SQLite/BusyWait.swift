import CSQLite
import Foundation

/// How a connection waits for another connection's lock — SQLite's busy
/// handler, in place of `busy_timeout`: it keeps retrying with short sleeps
/// up to `limit` seconds in all, then the statement fails with SQLITE_BUSY.
/// Once a wait has lasted `noticeAfter`, it calls `onWait` (once per wait),
/// so an interactive session can say that it is waiting instead of looking
/// frozen. Storage knows nothing of screens: the observer is the caller's.
///
/// `onWait` runs on the connection's thread in the middle of a statement:
/// it must not use this connection (SQLite's busy handler is not
/// re-entrant) — paint, do not query.
public final class BusyWait {
    /// Seconds a statement waits for a lock before it fails.
    public var limit: Double = 5
    /// Seconds of waiting before `onWait` is called.
    public var noticeAfter: Double = 0.2
    public var onWait: (() -> Void)?
    private var startedAt: UInt64 = 0
    private var noticed = false

    /// The longest sleep between two tries: a wait costs at most a hundred
    /// wake-ups a second, and only while it waits.
    static let longestSleepMilliseconds = 10

    init() {}

    /// Installs the handler on `handle`; this object must outlive the
    /// connection (the Database holds it).
    func attach(to handle: OpaquePointer) {
        sqlite3_busy_handler(handle, { context, count in
            guard let context else { return 0 }
            return Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue().retry(count: Int(count)) ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Sleeps short at first, then `longestSleep` at a time, and answers
    /// false (give up) once `limit` has passed. The sleeps stay short so a
    /// waiting save gets in between the short steps of a long writer (an
    /// import's search fill pauses `PeopleSearchFill.pause` between them);
    /// SQLite's own 100 ms sleeps kept missing those gaps.
    /// `count` is 0 at the start of each wait.
    func retry(count: Int) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        if count == 0 { startedAt = now; noticed = false }
        let waited = Double(now - startedAt) / 1e9
        guard waited < limit else { return false }
        if !noticed, waited >= noticeAfter {
            noticed = true
            onWait?()
        }
        let delays = [1, 2, 5]
        let step = Double(count < delays.count ? delays[count] : BusyWait.longestSleepMilliseconds) / 1000
        usleep(UInt32(min(step, limit - waited) * 1_000_000))
        return true
    }
}
