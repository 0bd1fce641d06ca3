import Foundation
import DemoRegion
import Storage

/// The kiosk's data: a fresh copy of the demo region in a temporary file,
/// never the user's database. The demo is built once into a pristine
/// template in the user's cache folder; each kiosk start copies it (a second
/// instead of a build) and deletes its copy at exit.
enum KioskDatabase {
    /// `$XDG_CACHE_HOME/metodist`, or `~/.cache/metodist`.
    static func cacheDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/metodist" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/metodist"
    }

    static let tempPrefix = "metodist-kiosk-"

    /// A new temporary file name; the pid in it lets a later kiosk clean up after a killed one.
    static func temporaryPath() -> String {
        let dir = FileManager.default.temporaryDirectory.path
        return dir + "/" + tempPrefix + "\(getpid())-\(UUID().uuidString.prefix(8)).db"
    }

    /// Opens a fresh demo copy: (store, its temporary path). `announce` is
    /// called before a (slow) build, `progress` during it.
    static func open(teachers: Int, seed: UInt64, announce: () -> Void,
                     progress: @escaping (Int, Int, String) -> Void) throws -> (SQLiteStore, String) {
        sweepStaleCopies()
        let path = temporaryPath()
        let template = templatePath(teachers: teachers, seed: seed)
        let fm = FileManager.default
        if let copy = copyOfTemplate(teachers: teachers, seed: seed, to: path) { return copy }
        try? fm.removeItem(atPath: template)   // missing or damaged: build it again
        announce()
        if makeTemplate(template, teachers: teachers, seed: seed, progress: progress),
           (try? fm.copyItem(atPath: template, toPath: path)) != nil {
            _ = chmod(path, 0o600)
            return (try SQLiteStore(path: path, create: false), path)
        }
        // No cache folder to write to: build straight into the temporary file.
        remove(path)
        let store = try SQLiteStore(path: path)
        _ = try DemoRegion.build(into: store, options: DemoOptions(teachers: teachers, seed: seed), progress: progress)
        return (store, path)
    }

    static func templatePath(teachers: Int, seed: UInt64) -> String {
        cacheDirectory() + "/kiosk-demo-schema\(SQLiteStore.supportedSchemaVersion)-t\(teachers)-seed\(seed).db"
    }

    /// A fresh copy of the cached template at `path` (a new temporary file when nil), nil when there is none.
    static func copyOfTemplate(teachers: Int, seed: UInt64, to path: String? = nil) -> (SQLiteStore, String)? {
        let path = path ?? temporaryPath()
        guard (try? FileManager.default.copyItem(atPath: templatePath(teachers: teachers, seed: seed), toPath: path)) != nil else { return nil }
        _ = chmod(path, 0o600)
        if let store = try? SQLiteStore(path: path, create: false), store.hasPeople { return (store, path) }
        remove(path)
        return nil
    }

    /// Builds the template beside its final name and renames it there, so a
    /// half-built template is never taken for a whole one. False when it cannot.
    static func makeTemplate(_ template: String, teachers: Int, seed: UInt64,
                             progress: @escaping (Int, Int, String) -> Void) -> Bool {
        let building = template + ".building-\(getpid())"
        remove(building)
        do {
            // The store closes at the end of this scope: SQLite folds the WAL into the file.
            do {
                let store = try SQLiteStore(path: building)
                _ = try DemoRegion.build(into: store, options: DemoOptions(teachers: teachers, seed: seed), progress: progress)
            }
            guard !FileManager.default.fileExists(atPath: building + "-wal") else { remove(building); return false }
            guard rename(building, template) == 0 else { remove(building); return false }
            return true
        } catch {
            remove(building)
            return false
        }
    }

    /// Deletes a database file with its -wal and -shm.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Copies left by kiosks that were killed (their pid is gone).
    static func sweepStaleCopies() {
        let dir = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(tempPrefix) {
            let rest = name.dropFirst(tempPrefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { try? FileManager.default.removeItem(atPath: dir + "/" + name) }
        }
    }
}
