import Foundation

/// What is at a database path, learned with `stat` alone.
///
/// Never open the database file (or its `-wal`/`-shm`) with a descriptor of
/// our own, not even to read its header: on Linux a POSIX `close()` drops
/// every advisory lock the process holds on that file — SQLite's included,
/// from any thread. Another process then believes it is alone, checkpoints
/// and deletes the WAL under the live sessions, and the file is corrupted
/// ("How To Corrupt An SQLite Database File", section 2.2). That is exactly
/// what a header check on a background read's thread did (issue 15). The
/// header is SQLite's to read: a foreign file answers SQLITE_NOTADB.
enum DatabaseFile {
    enum State: Equatable {
        case missing
        /// stat failed for another reason (a folder on the way not readable).
        case inaccessible(reason: String)
        case directory
        /// A device, a socket, a pipe: nothing SQLite can use.
        case notRegular
        case empty
        case regular(bytes: Int64)
    }

    static func state(_ path: String) -> State {
        var st = stat()
        guard stat(path, &st) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .inaccessible(reason: String(cString: strerror(errno)))
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return st.st_size == 0 ? .empty : .regular(bytes: Int64(st.st_size))
        default: return .notRegular
        }
    }

    /// Whether this process may write the file (and so create its -wal/-shm).
    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }
}
