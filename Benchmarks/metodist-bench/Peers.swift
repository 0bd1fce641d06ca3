import Foundation
import Storage

/// Side by side with peers on the same file: (a) the sqlite3 CLI answering
/// the same query as SQLiteStore.peoplePage; (b) VisiData opening the people table
/// and selecting a surname prefix, against our open-and-filter.
struct Peers {
    let store: SQLiteStore
    let path: String
    let binary: String
    let surname: String
    let runs: Int
    let pageSize = 58  // the rows of a 200x60 screen's list

    var sql: String { PeerProbes.peopleBySurnameSQL(surname, limit: pageSize) }

    /// Wall seconds of `sqlite3 FILE < script` where the script runs the query `times` times.
    func sqliteRun(_ sqlite: String, times: Int) -> Double? {
        let script = "/tmp/metodist-bench-q\(times).sql"
        let text = String(repeating: sql + "\n", count: times)
        guard (try? text.write(toFile: script, atomically: true, encoding: .utf8)) != nil else { return nil }
        defer { unlink(script) }
        guard let o = Spawn.run([sqlite, "-readonly", path], stdinPath: script), o.exitStatus == 0 else { return nil }
        return o.seconds
    }

    func sqliteBinary() -> String? {
        if let s = Spawn.which("sqlite3") { return s }
        log("sqlite3 not found: trying apt-get install -y sqlite3")
        _ = Spawn.run(["apt-get", "install", "-y", "sqlite3"])
        return Spawn.which("sqlite3")
    }

    func compareSQLite(results: Results) {
        let section = "Peer sqlite3"
        guard let sqlite = sqliteBinary() else {
            results.info(section, "skipped", nil, "ms", note: "sqlite3 CLI not installed and apt-get failed"); return
        }
        // Per query: (time of K queries - time of 1) / (K - 1): process start and file open cancel out.
        let k = 201
        var theirs: [Double] = []
        var oneShot: [Double] = []
        for _ in 0..<runs {
            guard let one = sqliteRun(sqlite, times: 1), let many = sqliteRun(sqlite, times: k) else { continue }
            oneShot.append(one * 1000)
            theirs.append(max(0, many - one) / Double(k - 1) * 1000)
        }
        var ours: [Double] = []
        var rowsSeen = 0
        if let viewer = try? store.viewer(login: "admin") {
            let query = PeopleQuery(namePrefix: surname)
            for _ in 0..<runs {
                let t0 = now()
                for _ in 0..<(k - 1) { rowsSeen = (try? store.peoplePage(viewer, query, limit: pageSize).count) ?? 0 }
                ours.append((now() - t0) / Double(k - 1) * 1000)
            }
        }
        let t = Stats.median(theirs), o = Stats.median(ours)
        results.info(section, "sqlite3 CLI: surname «\(surname)», first \(pageSize) rows", t, "ms",
                     note: "per query, median of \(theirs.count) runs of \(k - 1); one-shot process \(String(format: "%.1f", Stats.median(oneShot) ?? 0)) ms")
        results.info(section, "SQLiteStore.peoplePage, same question", o, "ms", note: "\(rowsSeen) rows; in process, warm")
        let ratio = t.flatMap { tt in o.map { tt > 0 ? $0 / tt : .infinity } }
        results.below(section, "ours / sqlite3", ratio, "x", limit: 1.5)
    }

    /// The index VisiData gives the table `people` on its sheet of tables (sqlite_master in rowid order, no indexes).
    func visidataRowIndex() -> Int? {
        PeerProbes.visidataPeopleRow(store)
    }

    func visidataBinary() -> String? {
        for candidate in [Spawn.which("vd"), "/tmp/metodist-bench-vd/bin/vd"].compactMap({ $0 }) where access(candidate, X_OK) == 0 {
            return candidate
        }
        log("VisiData not found: pip install visidata into /tmp/metodist-bench-vd")
        _ = Spawn.run(["python3", "-m", "venv", "/tmp/metodist-bench-vd"])
        _ = Spawn.run(["/tmp/metodist-bench-vd/bin/pip", "install", "-q", "visidata"])
        return access("/tmp/metodist-bench-vd/bin/vd", X_OK) == 0 ? "/tmp/metodist-bench-vd/bin/vd" : nil
    }

    func compareVisiData(results: Results) {
        let section = "Peer VisiData"
        guard let vd = visidataBinary() else {
            results.info(section, "skipped", nil, "s", note: "visidata could not be installed (pip)"); return
        }
        guard let row = visidataRowIndex() else { results.info(section, "skipped", nil, "s", note: "no people table"); return }
        // A command log replayed in batch mode: open the table, select the names matching ^prefix, keep them.
        let sheet = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        func json(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") }
        let replay = """
        #!vd -p
        {"sheet": "\(json(sheet))", "col": "", "row": \(row), "longname": "open-row", "input": "", "keystrokes": "Enter"}
        {"sheet": "people", "col": "full_name", "row": "", "longname": "select-col-regex", "input": "^\(json(surname))", "keystrokes": "|"}
        {"sheet": "people", "col": "", "row": "", "longname": "dup-selected", "input": "", "keystrokes": "\\""}
        """
        let script = "/tmp/metodist-bench-filter.vdj", out = "/tmp/metodist-bench-vd-out.tsv"
        guard (try? replay.write(toFile: script, atomically: true, encoding: .utf8)) != nil else { return }
        unlink(out)
        let limit = 300.0
        guard let theirs = Spawn.run([vd, "-b", "-p", script, path, "-o", out], extraEnv: ["HOME": "/tmp"], timeout: limit) else {
            results.info(section, "skipped", nil, "s", note: "vd did not start"); return
        }
        let lines = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").count
        let vdNote = theirs.timedOut
            ? "vd -b -p filter.vdj: killed after \(Int(limit)) s (time is a lower bound), \(theirs.maxRSSKB / 1024) MB peak RSS by then"
            : "vd -b -p filter.vdj: exit \(theirs.exitStatus), \(max(0, lines - 1)) rows selected, \(theirs.maxRSSKB / 1024) MB peak RSS"
        // Ours: open the file, go to the people tab, filter by the prefix, print the screen.
        var ourTimes: [Double] = [], ourRSS: [Int] = []
        let keys = peopleTabKey().map { $0 + "/" + surname } ?? ("/" + surname)
        for _ in 0..<runs {
            guard let o = Spawn.run([binary, "--headless", "--size", "200x60", "--as", "admin", "--db", path, "--keys", keys]),
                  o.exitStatus == 0 else { continue }
            ourTimes.append(o.seconds); ourRSS.append(o.maxRSSKB)
        }
        let ours = Stats.median(ourTimes)
        results.info(section, "VisiData: open people + select prefix", theirs.seconds, "s", note: vdNote)
        results.info(section, "metodist --headless: open + filter", ours, "s",
                     note: "median of \(ourTimes.count); \((ourRSS.max() ?? 0) / 1024) MB peak RSS")
        let ratio = ours.map { $0 > 0 ? theirs.seconds / $0 : 0 }
        results.atLeast(section, "VisiData time / ours", ratio, "x", limit: 50)
        let rssRatio = (ourRSS.max() ?? 0) > 0 ? Double(theirs.maxRSSKB) / Double(ourRSS.max() ?? 1) : nil
        results.info(section, "VisiData RSS / ours", rssRatio, "x")
    }

    func peopleTabKey() -> String? {
        guard let ctx = try? Latency.context(store: store, login: "admin") else { return nil }
        return TUIViews.index(of: "people", ctx).map { String($0 + 1) }
    }
}
