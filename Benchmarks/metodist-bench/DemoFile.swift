import Foundation
import Storage

/// The demo file the benchmark runs on: reused when it already holds N
/// teachers (meta `demo_teachers`), otherwise built by the real binary
/// (`metodist demo --teachers N`), which is also the build-time figure.
enum DemoFile {
    struct Build {
        var seconds: Double
        var bytes: Int
        /// False when the file was reused: the time is the one recorded when it was built.
        var fresh: Bool
    }

    static func teachers(in path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path),
              let store = try? SQLiteStore(path: path, create: false) else { return nil }
        return store.meta("demo_teachers").flatMap(Int.init)
    }

    static func fileSize(_ path: String) -> Int {
        var total = 0
        for p in [path, path + "-wal"] {
            if let n = (try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? NSNumber { total += n.intValue }
        }
        return total
    }

    /// Where the build time of a file is remembered between runs.
    static func sidecar(_ path: String) -> String { path + ".bench-build" }

    static func ensure(path: String, teachers: Int, binary: String) throws -> Build {
        if self.teachers(in: path) == teachers {
            let recorded = (try? String(contentsOfFile: sidecar(path), encoding: .utf8))
                .flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            log("reusing \(path) (\(teachers) teachers)")
            return Build(seconds: recorded ?? 0, bytes: fileSize(path), fresh: false)
        }
        for suffix in ["", "-wal", "-shm", ".bench-build"] { unlink(path + suffix) }
        log("building \(path): metodist demo --teachers \(teachers) …")
        guard let outcome = Spawn.run([binary, "demo", "--db", path, "--teachers", String(teachers)]),
              outcome.exitStatus == 0 else {
            throw BenchOptions.Failure(message: "metodist demo failed for \(path)")
        }
        try? String(format: "%.3f\n", outcome.seconds).write(toFile: sidecar(path), atomically: true, encoding: .utf8)
        return Build(seconds: outcome.seconds, bytes: fileSize(path), fresh: true)
    }
}
