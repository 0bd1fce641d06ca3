import Domain
import Foundation
import Storage

/// Counts the dashboard on a thread of its own, with its own connection: on
/// a region of a million teachers the reading takes seconds. A keystroke
/// never waits for it: the tab shows «Считаю показатели…» and picks the
/// result up on the idle tick.
final class DashboardLoader: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<IndicatorDashboard, Error>?

    /// Starts counting for `viewer` as of `today` in the database at `path`.
    static func start(path: String, viewer: Viewer, today: Day) -> DashboardLoader {
        let loader = DashboardLoader()
        Thread.detachNewThread {
            let outcome = Result<IndicatorDashboard, Error> {
                let store = try Store(path: path, create: false)
                store.today = { today }
                return try store.indicatorDashboard(viewer)
            }
            loader.condition.lock()
            loader.result = outcome
            loader.condition.broadcast()
            loader.condition.unlock()
        }
        return loader
    }

    /// The result, waiting for it when the count is still running.
    func wait() -> Result<IndicatorDashboard, Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }

    /// The result if the count has finished, without waiting.
    func poll() -> Result<IndicatorDashboard, Error>? {
        condition.lock()
        defer { condition.unlock() }
        return result
    }
}
