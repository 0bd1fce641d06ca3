import Domain
import Foundation
import Storage

/// A read that runs on a thread of its own, with its own connection to the
/// file, so that a keystroke never waits for it: the dashboard's indicators
/// (seconds on a national file), the inbox's filter counts (a pass over a
/// region's requests). The view shows what it had, and takes the result on
/// a later tick; while a read runs, the app ticks faster (`App`) so the
/// result shows within a frame or two rather than a second.
final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Value, Error>?

    /// Starts `read` on a reader of the session's data of its own, as of `today`.
    static func start(_ session: any Session, today: Day, _ read: @escaping @Sendable (any Backend) throws -> Value) -> BackgroundRead {
        let background = BackgroundRead()
        let openReader = session.readerFactory()
        Thread.detachNewThread {
            let outcome = Result<Value, Error> { try read(try openReader(today)) }
            background.condition.lock()
            background.result = outcome
            background.condition.broadcast()
            background.condition.unlock()
        }
        return background
    }

    /// The result, waiting for it when the read is still running.
    func wait() -> Result<Value, Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }

    /// The result if the read has finished, without waiting.
    func poll() -> Result<Value, Error>? {
        condition.lock()
        defer { condition.unlock() }
        return result
    }
}
