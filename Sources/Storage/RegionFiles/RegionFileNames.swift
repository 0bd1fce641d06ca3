import Foundation

/// Making a database file appear whole or not at all: it is written under a
/// temporary name beside its final one (same folder, same file system) and
/// then linked to the final name, which fails if that name exists — so a
/// file that appeared meanwhile is never replaced, and a failure leaves only
/// the temporary name, which is removed.
///
/// Only names are handled here (`link`, `unlink`, `stat`): no descriptor of
/// ours is ever opened on a database file (`DatabaseFile`).
enum RegionFileNames {
    static func temporary(beside path: String, purpose: String) -> String {
        "\(path).\(purpose)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// `temporary` (closed, its WAL folded in) becomes `path`.
    static func publish(_ temporary: String, as path: String) throws {
        guard DatabaseFile.state(temporary + "-wal") == .missing || DatabaseFile.state(temporary + "-wal") == .empty else {
            throw StoreError.cannotOpen(path: path, reason: "the copy still has a WAL file")
        }
        if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST { throw StoreError.alreadyExists(path: path) }
            // A file system without hard links: rename, after a last look (a tiny race, not a silent overwrite).
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV else {
                throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(code)))
            }
            guard DatabaseFile.state(path) == .missing else { throw StoreError.alreadyExists(path: path) }
            guard rename(temporary, path) == 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        } else {
            unlink(temporary)
        }
        for suffix in ["-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        syncFolder(of: path)
    }

    /// The new name survives a power cut once its folder is synced.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Whether two names are one file (a path written twice, a link): `stat` only.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// A database file's name with its -wal, -shm and -journal.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// `PATH.before-restore-20240315-104200`: where restore keeps the file it replaces.
    static func beforeRestore(_ path: String, at now: Date = Date()) -> String {
        var t = time_t(now.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let stamp = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
        return path + ".before-restore-" + stamp
    }
}
