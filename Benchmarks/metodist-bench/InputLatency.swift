import Foundation
import Storage
import TUI

/// Keystroke latency of the two long input paths, in process (the app on
/// the in-memory terminal, per key the time from `handle` to the frame
/// drawn): typing a long filter into the new-request «from whom» picker
/// (every person and school of the region), and typing a note up to its
/// 4,000 characters into the inbox's comment form.
enum InputLatency {
    struct Run {
        var label: String
        var ms: [Double]
        /// What the screen held at the end (items, characters).
        var note: String
    }

    /// The inbox of `login` with the new-request picker open, or nil.
    static func inbox(store: SQLiteStore, login: String) -> (App, MemoryTerminal)? {
        guard let ctx = try? Latency.context(store: store, login: login),
              let index = TUIViews.index(of: "requests", ctx) else { return nil }
        let app = ViewCatalog.app(for: ctx)
        let terminal = MemoryTerminal(size: Latency.size, hasColors: true)
        app.render(on: terminal)
        if index != app.active { _ = app.handle(.key(.char(Character(String(index + 1))))) }
        app.finishBackground(allTabs: true)
        app.render(on: terminal)
        return (app, terminal)
    }

    static func press(_ app: App, _ terminal: MemoryTerminal, _ event: InputEvent) -> Double {
        let t0 = now()
        _ = app.handle(event)
        app.render(on: terminal)
        return (now() - t0) * 1000
    }

    /// The picker's line: "N из M" in its bottom border.
    static func pickerCount(_ terminal: MemoryTerminal) -> String {
        for y in 0..<terminal.size.height {
            let line = terminal.cells[y].map(\.text).joined()
            if let r = line.range(of: #"\d+ из \d+"#, options: .regularExpression) { return String(line[r]) }
        }
        return "?"
    }

    /// Types `filter` into a fresh picker, then deletes it key by key.
    static func picker(store: SQLiteStore, login: String, filter: String, label: String) -> [Run] {
        guard let (app, terminal) = inbox(store: store, login: login) else { log("input: no inbox for \(login)"); return [] }
        _ = press(app, terminal, .key(.char("n")))
        let opened = pickerCount(terminal)
        var typing: [Double] = [], counts: [String] = []
        for ch in filter {
            typing.append(press(app, terminal, .key(.char(ch))))
            counts.append(pickerCount(terminal))
        }
        var deleting: [Double] = []
        for _ in filter { deleting.append(press(app, terminal, .key(.backspace))) }
        let back = pickerCount(terminal)
        _ = press(app, terminal, .key(.escape))
        let keys = filter.count
        return [
            Run(label: "picker: type \(label) (\(keys) keys)", ms: typing,
                note: "opened \(opened); after 10 keys \(counts.dropFirst(9).first ?? "?"), after \(keys) \(counts.last ?? "?")"),
            Run(label: "picker: delete it (\(keys) backspaces)", ms: deleting, note: "back to \(back)"),
        ]
    }

    /// Types a note of `length` characters (Cyrillic words, a line break
    /// every few hundred) into the inbox's comment form.
    static func note(store: SQLiteStore, login: String, length: Int) -> [Run] {
        guard let (app, terminal) = inbox(store: store, login: login) else { log("input: no inbox for \(login)"); return [] }
        _ = press(app, terminal, .key(.char("c")))
        let words = ["учитель", "просит", "помочь", "с", "рабочей", "программой", "по", "математике", "для", "7", "класса,"]
        var text = ""
        var w = 0
        while text.count < length {
            text += words[w % words.count]
            w += 1
            text += w % 40 == 0 ? "\n" : " "
        }
        text = String(text.prefix(length))
        var ms: [Double] = []
        for ch in text {
            ms.append(press(app, terminal, ch == "\n" ? .key(.ctrl("j")) : .key(.char(ch))))
        }
        // Editing in the middle of the long text: the cursor up to the start, a word typed there.
        var middle: [Double] = []
        for _ in 0..<200 { middle.append(press(app, terminal, .key(.left))) }
        for ch in "вставка " { middle.append(press(app, terminal, .key(.char(ch)))) }
        _ = press(app, terminal, .key(.escape)); _ = press(app, terminal, .key(.escape))
        let lastPart = Array(ms.suffix(max(1, length / 8)))
        return [
            Run(label: "note: type \(length) characters", ms: ms, note: "Cyrillic words, a line break every 40"),
            Run(label: "note: keys \(length - lastPart.count + 1)…\(length)", ms: lastPart, note: "the end of the long note"),
            Run(label: "note: edit 200 characters before the end", ms: middle, note: "200 × Left, then a word typed"),
        ]
    }

    static func measure(store: SQLiteStore, login: String, printKeys: Bool) -> [Run] {
        // A name that keeps matching as it is typed again and again (each word must match, repeats
        // match the same person), and a letter most names hold: the worst a long filter can do.
        let name = (try? store.viewer(login: login)).flatMap { v in (try? store.requesters(v))?.last?.name } ?? "Иванова Анна"
        let repeatedName = String(String(repeating: name + " ", count: 200 / (name.count + 1) + 1).prefix(200))
        let letters = String(String(repeating: "а ", count: 100).prefix(200))
        var runs: [Run] = []
        runs += picker(store: store, login: login, filter: repeatedName, label: "a name again and again")
        runs += picker(store: store, login: login, filter: letters, label: "«а а а …»")
        runs += note(store: store, login: login, length: 4000)
        if printKeys {
            for r in runs { log(r.label + ": " + r.ms.map { String(format: "%.1f", $0) }.joined(separator: " ")) }
        }
        return runs
    }

    static func report(_ runs: [Run], login: String, into results: Results) {
        let section = "Input"
        for r in runs {
            let mean = r.ms.isEmpty ? nil : r.ms.reduce(0, +) / Double(r.ms.count)
            results.below(section, r.label + ", mean", mean, "ms", limit: 16, note: "\(login); " + r.note)
            results.below(section, r.label + ", worst", r.ms.max(), "ms", limit: 16,
                          note: String(format: "p50 %.1f ms, p99 %.1f ms; total %.2f s", Stats.median(r.ms) ?? 0,
                                       Stats.percentile(r.ms, 99) ?? 0, r.ms.reduce(0, +) / 1000))
        }
    }
}
