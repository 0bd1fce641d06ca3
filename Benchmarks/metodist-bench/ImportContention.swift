import Domain
import Foundation
import Storage

/// "Save during a 100,000-row import": the real binary imports 100,000
/// people into a copy of a demo file while this process saves a comment
/// every 100 ms, like a methodist in a live session. What a user feels is
/// the longest a save waits for the import's write lock (goal: under 1 s),
/// and whether any save failed. With `--import-binary`, the same run with
/// another build (the previous commit's) is printed beside it.
struct ImportContention {
    let binary: String
    let rows = 100_000

    /// One import with saves beside it.
    struct Outcome {
        var importSeconds: Double
        var importExit: Int32
        var saves: [Double]
        var failedSaves: Int
    }

    func run(label: String, results: Results) {
        guard let outcome = measure() else {
            results.info("Save during import", "\(label): could not run", nil, "ms")
            return
        }
        let section = "Save during a \(rows / 1000)k-row import"
        results.info(section, "\(label): import (exit \(outcome.importExit))", outcome.importSeconds, "s")
        results.below(section, "\(label): longest save wait", outcome.saves.max().map { $0 * 1000 }, "ms", limit: 1000,
                      note: "\(outcome.saves.count) saves, \(outcome.failedSaves) failed")
        results.info(section, "\(label): median save", Stats.median(outcome.saves).map { $0 * 1000 }, "ms")
    }

    func measure() -> Outcome? {
        let dir = "/tmp/metodist-bench-import-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/region.db"
        guard let built = Spawn.run([binary, "demo", "--db", db, "--teachers", "3000"]), built.exitStatus == 0,
              let saver = PeerProbes.Saver(path: db) else { return nil }
        let organization = saver.firstOrganizationID
        // A save as a session makes one (PeerProbes.Saver: the same connection class, the
        // 30 s interactive wait, checkpoints left to idle moments), without migrating the file.
        func save(_ text: String) throws { try saver.save(text) }
        let csv = dir + "/people.csv"
        var text = "логин;ФИО;организация;должность\n"
        for i in 0..<rows { text += "bench.\(i);Импортова Анна \(i);\(organization);учитель\n" }
        guard (try? text.write(toFile: csv, atomically: true, encoding: .utf8)) != nil else { return nil }

        final class Box: @unchecked Sendable { var outcome: Spawn.Outcome?; var done = false; let lock = NSLock() }
        let box = Box()
        let binary = self.binary
        Thread.detachNewThread {
            let o = Spawn.run([binary, "import", "people", csv, "--db", db, "--as", "admin"], timeout: 600)
            box.lock.lock(); box.outcome = o; box.done = true; box.lock.unlock()
        }
        var saves: [Double] = []
        var failed = 0
        var n = 0
        while true {
            box.lock.lock(); let done = box.done; box.lock.unlock()
            if done { break }
            n += 1
            let start = now()
            do { try save("во время импорта \(n)") } catch { failed += 1 }
            saves.append(now() - start)
            usleep(100_000)
        }
        guard let o = box.outcome else { return nil }
        return Outcome(importSeconds: o.seconds, importExit: o.exitStatus, saves: saves, failedSaves: failed)
    }
}
