import Domain
import Foundation
import Storage

// A writer process for the concurrency and crash tests: opens the database
// as one user and edits the same rows as its siblings, through the SQLiteStore
// (version checks, audit, an immediate transaction) exactly as the program does.
//
//   metodist-load --db PATH --as LOGIN [--requests ID,ID] [--steps ID,ID] [--edits N]
//                 [--seed N] [--tag NAME] [--think-us N] [--hold-us N] [--start-file PATH] [--seconds N]
//
// Each edit is a read-modify-write of a counter kept in the row's text
// ("[нагрузка n=17 by=w3.e12]"): the value written is the counter READ
// BEFORE the transaction plus one, so a write that skipped the version check
// would lose updates visibly. A stale read is a conflict: re-read, retry.
// Stdout, one line per event, written (unbuffered) the moment it happens:
//   ACK entity id version counter tag     after the commit returned
//   BEGIN entity id tag                   inside the transaction, before commit
//   CONFLICT entity id expected current who   a stale version was refused, naming who changed it
//   BUSY                                  the write lock was not had in time
//   STOPPED signal / DONE acks conflicts  the end
// SIGTERM, SIGHUP and SIGINT stop it between transactions: never half-way.

nonisolated(unsafe) var caughtSignal: Int32 = 0
for s in [SIGTERM, SIGHUP, SIGINT] { signal(s) { caughtSignal = $0 } }

func emit(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if n <= 0 { if errno == EINTR { continue }; return }
        offset += n
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(("metodist-load: " + message + "\n").data(using: .utf8) ?? Data())
    exit(1)
}

struct Options {
    var databasePath = "", login = "", tag = "w", startFile: String?
    var requests: [Int64] = [], steps: [Int64] = []
    var edits = 100, seed: UInt64 = 1, thinkMicros: UInt32 = 0, holdMicros: UInt32 = 0
    /// Stop after this long whatever the count: a writer never outlives its test for long.
    var seconds = 120.0
}

func parse(_ args: [String]) -> Options {
    var o = Options()
    var i = 0
    func value() -> String {
        i += 1
        guard i < args.count else { fail("\(args[i - 1]) needs a value") }
        return args[i]
    }
    func ids(_ s: String) -> [Int64] { s.split(separator: ",").compactMap { Int64($0) } }
    while i < args.count {
        switch args[i] {
        case "--db": o.databasePath = value()
        case "--as": o.login = value()
        case "--tag": o.tag = value()
        case "--start-file": o.startFile = value()
        case "--requests": o.requests = ids(value())
        case "--steps": o.steps = ids(value())
        case "--edits": o.edits = Int(value()) ?? 0
        case "--seed": o.seed = UInt64(value()) ?? 1
        case "--think-us": o.thinkMicros = UInt32(value()) ?? 0
        case "--hold-us": o.holdMicros = UInt32(value()) ?? 0
        case "--seconds": o.seconds = Double(value()) ?? 120
        default: fail("unknown argument \(args[i])")
        }
        i += 1
    }
    if o.databasePath.isEmpty || o.login.isEmpty { fail("--db and --as are required") }
    if o.requests.isEmpty && o.steps.isEmpty { fail("give --requests or --steps") }
    return o
}

/// SplitMix64: a seeded sequence, so a run can be repeated.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func upTo(_ n: UInt32) -> UInt32 { n == 0 ? 0 : UInt32(next() % UInt64(n + 1)) }
}

/// The counter in a row's text (0 when there is none yet).
func counter(in text: String) -> Int {
    guard let r = text.range(of: "[нагрузка n=") else { return 0 }
    return Int(text[r.upperBound...].prefix { $0.isNumber }) ?? 0
}

func marked(_ n: Int, by tag: String) -> String { "[нагрузка n=\(n) by=\(tag)]" }

let options = parse(Array(CommandLine.arguments.dropFirst()))
var random = Random(state: options.seed)
let store: SQLiteStore
let viewer: Viewer
do {
    store = try SQLiteStore(path: options.databasePath, create: false)
    viewer = try store.viewer(login: options.login)
} catch let e as StoreError {
    fail(e.message.ru)
} catch {
    fail("\(error)")
}
emit("READY")
if let start = options.startFile {
    // All siblings begin together, so their edits really overlap.
    while !FileManager.default.fileExists(atPath: start) && caughtSignal == 0 { usleep(2_000) }
}

enum Target { case request(Int64), step(Int64) }
let targets = options.requests.map(Target.request) + options.steps.map(Target.step)
var acks = 0, conflicts = 0

/// One committed edit of `target` (retrying stale reads and a busy lock), or
/// false when a signal asked to stop first.
@MainActor func edit(_ target: Target, tag: String) throws -> Bool {
    while caughtSignal == 0 {
        do {
            switch target {
            case .request(let id):
                guard let seen = try store.request(viewer, id: id)?.request else { fail("request \(id) is not visible") }
                usleep(random.upTo(options.thinkMicros))
                let n = counter(in: seen.text) + 1
                let hold = random.upTo(options.holdMicros)
                let saved = try store.updateRequest(viewer, id: id, expectedVersion: seen.version) { current in
                    emit("BEGIN request \(id) \(tag)")
                    usleep(hold)
                    var changed = current
                    changed.text = marked(n, by: tag)
                    return .success(changed)
                }
                emit("ACK request \(id) \(saved.version) \(n) \(tag)")
            case .step(let id):
                guard let seen = try store.step(viewer, id: id) else { fail("step \(id) is not visible") }
                usleep(random.upTo(options.thinkMicros))
                let n = counter(in: seen.evidence.note) + 1
                let hold = random.upTo(options.holdMicros)
                let saved = try store.updateStep(viewer, stepID: id, expectedVersion: seen.version) { current, _ in
                    emit("BEGIN step \(id) \(tag)")
                    usleep(hold)
                    var changed = current
                    changed.evidence.note = marked(n, by: tag)
                    return .success(changed)
                }
                emit("ACK step \(id) \(saved.version) \(n) \(tag)")
            }
            return true
        } catch StoreError.conflict(let c) {
            conflicts += 1
            emit("CONFLICT \(c.entity) \(c.id) \(c.expectedVersion) \(c.currentVersion ?? -1) \(c.changedBy ?? "")")
        } catch let e as SQLiteError where e.isBusy {
            emit("BUSY")
        }
    }
    return false
}

let deadline = Date().addingTimeInterval(options.seconds)
do {
    var i = 0
    while i < max(1, options.edits) && caughtSignal == 0 && Date() < deadline {
        i += 1
        let target = targets[Int(random.next() % UInt64(targets.count))]
        if try edit(target, tag: "\(options.tag).e\(i)") { acks += 1 }
    }
} catch let e as StoreError {
    fail(e.message.ru)
} catch {
    fail("\(error)")
}
if caughtSignal != 0 { emit("STOPPED \(caughtSignal)") }
emit("DONE \(acks) \(conflicts)")
