import Domain

/// Whole-file care of a region's data, for the command line: a consistent
/// copy taken while people work. (Starting a region and putting a copy back
/// concern a file no session holds: `SQLiteStore.initRegion`, `SQLiteStore.restore`.)
public protocol BackupSource: AnyObject {
    /// Copies the data as of one moment to `path`, which must not exist,
    /// checks the copy (it opens as this program's file of this schema, and
    /// SQLite's integrity check passes) and only then names it `path`.
    /// - Parameter progress: pages copied, pages in all.
    func backup(to path: String, progress: (_ done: Int, _ total: Int) -> Void) throws -> BackupReport
}

public struct BackupReport: Sendable, Equatable {
    public let path: String
    public let bytes: Int64
}

public struct RestoreReport: Sendable, Equatable {
    public let path: String
    /// Where the file that was there is kept (nil: there was none).
    public let previousKeptAs: String?
}
