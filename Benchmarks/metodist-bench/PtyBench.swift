import Foundation
import Storage
import TUI

/// Measurements on the real binary in a pseudo-terminal: start, bytes per
/// key (beside the cells that changed), idle CPU and wake-ups, peak RSS.
struct PtyBench {
    let binary: String
    let store: SQLiteStore
    let path: String
    let columns = 200, rows = 60

    func argv(_ login: String) -> [String] { [binary, "--db", path, "--as", login] }

    /// The app as it will look, in process: for the marker and the cell diffs.
    func headlessApp(_ login: String) -> (App, MemoryTerminal)? {
        guard let ctx = try? Latency.context(store: store, login: login) else { return nil }
        let app = ViewCatalog.app(for: ctx)
        let terminal = MemoryTerminal(size: Size(width: columns, height: rows), hasColors: true)
        app.render(on: terminal)
        return (app, terminal)
    }

    /// A word of the status bar (the last row): its arrival means the frame is complete.
    func marker(_ login: String) -> [UInt8] {
        guard let (_, terminal) = headlessApp(login) else { return [] }
        let words = terminal.line(rows - 1).split(whereSeparator: { !$0.isLetter }).map(String.init)
        return Array((words.filter { $0.count >= 3 }.max { $0.count < $1.count } ?? "").utf8)
    }

    /// Start time per login (median of `runs`); the last run also walks every tab and reads VmHWM.
    func startAndMemory(runs: Int, results: Results) {
        var peaks: [(String, Int)] = []
        var starts: [Double] = []
        for login in Latency.logins {
            let mark = marker(login)
            let tabs = headlessApp(login).map { $0.0.views.count } ?? 1
            var times: [Double] = []
            for run in 0..<runs {
                guard let pty = try? PtyRunner(argv(login), columns: columns, rows: rows) else { continue }
                if let t = pty.firstScreen(marker: mark) { times.append(t * 1000) }
                if run == runs - 1 {
                    for tab in 1...max(1, min(9, tabs)) {
                        _ = pty.send(KeyBytes.text(String(tab)), quiet: 0.05, firstByte: 1)
                        for key in [KeyBytes.down, KeyBytes.pageDown, KeyBytes.end, KeyBytes.enter, KeyBytes.escape] {
                            _ = pty.send(key, quiet: 0.05, firstByte: 0.5)
                        }
                    }
                    _ = pty.drain(quiet: 0.5)
                    if let hwm = ProcStat.status(pty.pid, "VmHWM") { peaks.append((login, hwm)) }
                }
                pty.finish()
            }
            let median = Stats.median(times)
            if let m = median { starts.append(m) }
            results.below("Start", "first screen, \(login) (200x60, median of \(times.count))", median, "ms", limit: 150)
        }
        if let worst = peaks.max(by: { $0.1 < $1.1 }) {
            let all = peaks.map { "\($0.0) \($0.1 / 1024)" }.joined(separator: ", ")
            results.below("Memory", "peak RSS after walking every view (VmHWM)", Double(worst.1) / 1024, "MB", limit: 64,
                          note: "max: \(worst.0); MB per login: \(all)")
        } else {
            results.info("Memory", "peak RSS after walking every view", nil, "MB", note: "VmHWM not readable")
        }
    }

    /// Cells that differ between two grids (a cell outside the smaller grid counts when not blank).
    static func changedCells(_ a: [[MemoryTerminal.Cell]], _ b: [[MemoryTerminal.Cell]]) -> Int {
        var n = 0
        for y in 0..<max(a.count, b.count) {
            let ra = y < a.count ? a[y] : [], rb = y < b.count ? b[y] : []
            for x in 0..<max(ra.count, rb.count) {
                let ca = x < ra.count ? ra[x] : .blank, cb = x < rb.count ? rb[x] : .blank
                if ca != cb { n += 1 }
            }
        }
        return n
    }

    /// Bytes per key on the admin's people list, beside the changed cells; then idle CPU and wake-ups.
    func bytesAndIdle(idleSeconds: Double, results: Results) {
        let login = "admin"
        guard let (app, terminal) = headlessApp(login),
              let peopleIndex = app.views.firstIndex(where: { $0.id == "people" }), peopleIndex < 9 else {
            results.info("Bytes", "admin has no people tab", nil, "B"); return
        }
        let tabKey = String(peopleIndex + 1)
        func cells(_ event: InputEvent) -> Int {
            let before = terminal.cells
            if case .resize(let s) = event { terminal.resize(to: s); terminal.pendingEvents.removeAll() }
            _ = app.handle(event)
            app.render(on: terminal)
            return PtyBench.changedCells(before, terminal.cells)
        }
        _ = cells(.key(.char(Character(tabKey))))
        guard let pty = try? PtyRunner(argv(login), columns: columns, rows: rows) else {
            results.info("Bytes", "cannot start the binary in a pty", nil, "B"); return
        }
        defer { pty.finish() }
        _ = pty.firstScreen(marker: marker(login))
        _ = pty.send(KeyBytes.text(tabKey), quiet: 0.15)
        let steps: [(String, [UInt8]?, InputEvent, Double?)] = [
            ("cursor move (Down) at 200x60", KeyBytes.down, .key(.down), 300),
            ("page down", KeyBytes.pageDown, .key(.pageDown), nil),
            ("tab switch (])", KeyBytes.text("]"), .key(.char("]")), nil),
            ("resize 200x60 -> 160x50", nil, .resize(Size(width: 160, height: 50)), nil),
        ]
        for (name, bytes, event, limit) in steps {
            let sent = bytes.map { pty.send($0, quiet: 0.15) } ?? pty.resize(columns: 160, rows: 50, quiet: 0.2)
            let changed = cells(event)
            let ratio = changed > 0 ? String(format: "%.1f B per changed cell", Double(sent) / Double(changed)) : "no cell changed"
            let note = "\(changed) cells changed; \(ratio)"
            if let l = limit { results.below("Bytes", name, Double(sent), "B", limit: l, note: note) }
            else { results.info("Bytes", name, Double(sent), "B", note: note) }
        }
        // Idle: nothing typed for idleSeconds.
        _ = pty.drain(quiet: 0.3)
        let cpu0 = ProcStat.cpuSeconds(pty.pid), sw0 = ProcStat.switches(pty.pid)
        let begin = now()
        var idleBytes = 0
        while now() - begin < idleSeconds { idleBytes += pty.pump(timeout: 0.5) }
        let elapsed = now() - begin
        let cpu1 = ProcStat.cpuSeconds(pty.pid), sw1 = ProcStat.switches(pty.pid)
        let cpu = cpu0.flatMap { a in cpu1.map { ($0 - a) * 10 / elapsed } }
        results.below("Idle", "CPU per 10 s idle", cpu, "s", limit: 0.05, note: "\(idleBytes) B written while idle")
        let wakes = sw0.flatMap { a in sw1.map { Double($0 - a) / elapsed } }
        results.info("Idle", "wake-ups (context switches)", wakes, "/s")
    }
}
