import Foundation

/// The command line of `metodist-bench`.
struct BenchOptions {
    var teachers = 1_000_000
    var quick = false
    var databaseOption: String?
    var json = "bench-results.json"
    /// Runs per median (start, peer queries).
    var runs = 5
    /// Seconds the idle measurement lasts.
    var idleSeconds = 10.0
    /// The parts to run (all by default): a faster loop while fixing one figure.
    var parts: Set<Part> = Set(Part.allCases)
    /// The logins whose keystrokes are measured (all demo roles by default).
    var logins: [String]?
    /// Print every key's time as it is measured.
    var printKeys = false

    enum Part: String, CaseIterable {
        case latency, terminal, sqlite, visidata, input
        /// A save beside a 100,000-row import (its own demo copy).
        case importing = "import"
    }
    /// Another build's `metodist` (the previous commit's) for the import part, side by side.
    var importBinary: String?

    static let usage = """
    metodist-bench [--teachers N] [--quick] [--db PATH] [--json PATH]
      --teachers N   teachers in the demo file (default 1000000)
      --quick        20000 teachers, fewer runs: a fast look (under 2 minutes)
      --db PATH      the demo file (default /tmp/metodist-bench-N.db; built if missing)
      --json PATH    where the JSON copy of the table goes (default ./bench-results.json)
      --only PARTS   run only these parts, comma-separated: latency, terminal, sqlite, visidata, input, import
      --import-binary PATH  also run the import part with this metodist (e.g. the previous commit's build)
      --login LOGIN  measure the keystrokes of this demo login only (repeatable)
      --keys         print each measured key's time
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
            case "--db": o.databaseOption = try value()
            case "--json": o.json = try value()
            case "--only":
                let v = try value()
                let parts = v.split(separator: ",").map { Part(rawValue: String($0)) }
                guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else {
                    throw Failure(message: "--only: latency, terminal, sqlite, visidata, input, import (comma-separated), not \(v)")
                }
                o.parts = Set(parts.compactMap { $0 })
            case "--keys": o.printKeys = true
            case "--import-binary": o.importBinary = try value()
            case "--login": o.logins = (o.logins ?? []) + [try value()]
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

    var databasePath: String { databaseOption ?? "/tmp/metodist-bench-\(teachers).db" }
}
