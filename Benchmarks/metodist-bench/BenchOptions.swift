import Foundation

/// The command line of `metodist-bench`.
struct BenchOptions {
    var teachers = 1_000_000
    var quick = false
    var db: String?
    var json = "bench-results.json"
    /// Runs per median (start, peer queries).
    var runs = 5
    /// Seconds the idle measurement lasts.
    var idleSeconds = 10.0

    static let usage = """
    metodist-bench [--teachers N] [--quick] [--db PATH] [--json PATH]
      --teachers N   teachers in the demo file (default 1000000)
      --quick        20000 teachers, fewer runs: a fast look (under 2 minutes)
      --db PATH      the demo file (default /tmp/metodist-bench-N.db; built if missing)
      --json PATH    where the JSON copy of the table goes (default ./bench-results.json)
    """

    struct Failure: Error { let message: String }

    static func parse(_ argv: [String]) throws -> BenchOptions {
        var o = BenchOptions()
        var teachersGiven = false
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < argv.count else { throw Failure(message: "\(argv[i - 1]) needs a value") }
            return argv[i]
        }
        while i < argv.count {
            switch argv[i] {
            case "--teachers":
                let v = try value()
                guard let n = Int(v), n >= 50, n <= 5_000_000 else { throw Failure(message: "--teachers: 50...5000000, not \(v)") }
                o.teachers = n; teachersGiven = true
            case "--quick": o.quick = true
            case "--db": o.db = try value()
            case "--json": o.json = try value()
            case "--help", "-h": throw Failure(message: usage)
            default: throw Failure(message: "unknown argument \(argv[i])\n\n\(usage)")
            }
            i += 1
        }
        if o.quick {
            if !teachersGiven { o.teachers = 20_000 }
            o.runs = 3
        }
        return o
    }

    var databasePath: String { db ?? "/tmp/metodist-bench-\(teachers).db" }
}
