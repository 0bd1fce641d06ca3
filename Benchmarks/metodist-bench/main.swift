import Foundation
import Storage
import TUI

// metodist-bench: builds (or reuses) a demo file of N teachers, measures the
// real binary and the app in process, prints one table and writes it as JSON.

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch let e as BenchOptions.Failure {
    log(e.message); exit(2)
} catch { log("\(error)"); exit(2) }

_ = LocaleSetup.ensureUTF8()
guard let binary = Spawn.metodistBinary() else {
    log("metodist-bench: no release `metodist` next to this executable; build the package: swift build -c release")
    exit(1)
}

let results = Results()
let wallStart = now()
let path = options.databasePath
results.header["teachers"] = String(options.teachers)
results.header["file"] = path
results.header["binary"] = binary
results.header["date"] = ISO8601DateFormatter().string(from: Date())
results.header["cpus"] = String(ProcessInfo.processInfo.activeProcessorCount)
results.header["memory"] = String(format: "%.0f GiB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)

do {
    let build = try DemoFile.ensure(path: path, teachers: options.teachers, binary: binary)
    let when = build.fresh ? "this run" : "recorded when the file was built (reused)"
    results.info("Build", "metodist demo --teachers \(options.teachers)", build.seconds > 0 ? build.seconds : nil, "s", note: when)
    results.info("Build", "file size", Double(build.bytes) / 1_048_576, "MB")
} catch let e as BenchOptions.Failure {
    log(e.message); exit(1)
}

let store: SQLiteStore
do { store = try SQLiteStore(path: path, create: false) } catch { log("metodist-bench: cannot open \(path): \(error)"); exit(1) }
results.info("Build", "people in the file", Double(store.peopleCount), "rows")

let surname = "Кузнец"
if options.parts.contains(.latency) {
    log("keystroke latency (in process) …")
    let samples = Latency.measure(store: store, logins: options.logins ?? Latency.logins, surname: surname,
                                  searchWords: "Кузнецов математика", requestWord: "урок",
                                  printKeys: options.printKeys)
    Latency.report(samples, into: results)
}

if options.parts.contains(.input) {
    log("long input: the «from whom» picker, a 4000-character note …")
    let login = options.logins?.first ?? "methodist"
    InputLatency.report(InputLatency.measure(store: store, login: login, printKeys: options.printKeys), login: login, into: results)
}

if options.parts.contains(.terminal) {
    log("the real binary in a pseudo-terminal …")
    let pty = PtyBench(binary: binary, store: store, path: path)
    pty.startAndMemory(runs: options.runs, results: results)
    pty.bytesAndIdle(idleSeconds: options.idleSeconds, results: results)
}

let peers = Peers(store: store, path: path, binary: binary, surname: surname, runs: options.runs)
if options.parts.contains(.sqlite) {
    log("peer: sqlite3 …")
    peers.compareSQLite(results: results)
}
if options.parts.contains(.visidata) {
    log("peer: VisiData …")
    peers.compareVisiData(results: results)
}

if options.parts.contains(.importing) {
    log("a save during a 100,000-row import …")
    ImportContention(binary: binary).run(label: "this build", results: results)
    if let other = options.importBinary { ImportContention(binary: other).run(label: "other build", results: results) }
}

results.header["bench wall time"] = String(format: "%.0f s", now() - wallStart)
print(results.table())
do {
    try results.json().write(to: URL(fileURLWithPath: options.json))
    print("\nJSON: \(options.json)")
} catch {
    log("metodist-bench: cannot write \(options.json): \(error)"); exit(1)
}
