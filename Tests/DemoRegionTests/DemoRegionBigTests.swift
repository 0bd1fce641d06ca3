import Domain
import Foundation
import XCTest
@testable import DemoRegion
@testable import Storage

/// The national-size demo file, only on request (it takes minutes):
///
///     METODIST_BIG_DEMO=1 swift test -c release --scratch-path .build-demo-rel --filter DemoRegionBigTests
///
/// `METODIST_BIG_DEMO_TEACHERS` changes the size (default 1,000,000);
/// `METODIST_BIG_DEMO_KEEP=1` keeps the file in /tmp. Prints the time, the
/// file size and the peak memory.
final class DemoRegionBigTests: XCTestCase {
    func testBigRegion() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["METODIST_BIG_DEMO"] == "1" else { throw XCTSkip("set METODIST_BIG_DEMO=1 to build the big demo region") }
        let teachers = Int(env["METODIST_BIG_DEMO_TEACHERS"] ?? "") ?? 1_000_000
        let path = "/tmp/metodist-big-demo-\(teachers)-\(UUID().uuidString).db"
        defer {
            if env["METODIST_BIG_DEMO_KEEP"] != "1" {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let store = try SQLiteStore(path: path)
        var lastStage = ""
        var stageStart = Date()
        let summary = try DemoRegion.build(into: store, options: DemoOptions(teachers: teachers)) { done, total, stage in
            if stage != lastStage {
                print(String(format: "  %5.1f %%  %@ (previous stage %.1f s)", Double(done) * 100 / Double(max(total, 1)), stage,
                             Date().timeIntervalSince(stageStart)))
                lastStage = stage
                stageStart = Date()
            }
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.int64Value ?? 0
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        print(summary.lines.joined(separator: "\n"))
        print(String(format: "BIG DEMO: %d teachers in %.1f s, file %.1f MB, peak memory %.0f MB, %@",
                     teachers, summary.seconds, Double(bytes) / 1_048_576, Double(usage.ru_maxrss) / 1024, path))
        XCTAssertEqual([summary.applications, summary.approved, summary.rejected], [629, 458, 171])
        XCTAssertEqual(summary.teachers, teachers)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM people WHERE login IN ('teacher', 'teacher2', 'tutor', 'mentor', 'methodist', 'rma', 'coordinator', 'admin')"), 8)
    }
}
