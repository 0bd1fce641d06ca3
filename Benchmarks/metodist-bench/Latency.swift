import Foundation
import Storage
import TUI

/// Keystroke latency in process: the app on the in-memory terminal; per key
/// the time from `handle` to the frame drawn.
enum Latency {
    enum Kind: String, CaseIterable {
        case navigation = "navigation", filter = "filter typing", search = "full-text search", triage = "triage action"
        case assignTutor = "assign a tutor"
        case saveDiagnostic = "save a diagnostic"
        case resolveRequest = "resolve a request"
        /// Not a keystroke: from «a» until the picker's candidates, read in the background, are on screen.
        case pickerFilled = "tutor picker filled"
    }

    struct Sample {
        var kind: Kind
        var login: String
        var key: String
        var ms: Double
    }

    static let logins = ["teacher", "tutor", "methodist", "rma", "coordinator", "admin"]
    static let size = Size(width: 200, height: 60)

    static func context(store: SQLiteStore, login: String) throws -> AppContext {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.load(name: ThemeLoader.defaultName).theme, hasColors: true)
        return AppContext(store: store, viewer: viewer, language: .ru, theme: theme, colors: true)
    }

    /// One session per demo login: every tab walked, the filter and search typed, a triage action.
    static func measure(store: SQLiteStore, logins: [String], surname: String, searchWords: String, requestWord: String,
                        printKeys: Bool = false) -> [Sample] {
        var samples: [Sample] = []
        for login in logins {
            guard let ctx = try? context(store: store, login: login) else { log("latency: no login \(login)"); continue }
            let app = ViewCatalog.app(for: ctx)
            let terminal = MemoryTerminal(size: size, hasColors: true)
            app.render(on: terminal)
            func press(_ kind: Kind, _ event: InputEvent, _ label: String) {
                let t0 = now()
                _ = app.handle(event)
                app.render(on: terminal)
                let sample = Sample(kind: kind, login: login, key: label, ms: (now() - t0) * 1000)
                samples.append(sample)
                if printKeys { log(String(format: "%8.1f ms  ", sample.ms) + "\(login) \(label)") }
            }
            func typeText(_ text: String, _ kindFor: (String) -> Kind) {
                var typed = ""
                for ch in text {
                    typed.append(ch)
                    press(kindFor(typed), .key(.char(ch)), "'\(typed)'")
                }
            }
            let home = app.active
            let order = [home] + app.views.indices.filter { $0 != home }
            for index in order where index < 9 {
                if index != app.active { press(.navigation, .key(.char(Character(String(index + 1)))), "tab \(index + 1)") }
                let view = app.views[index].id
                for _ in 0..<5 { press(.navigation, .key(.down), "\(view) down") }
                for _ in 0..<3 { press(.navigation, .key(.pageDown), "\(view) pgdn") }
                press(.navigation, .key(.end), "\(view) end")
                press(.navigation, .key(.home), "\(view) home")
                press(.navigation, .key(.enter), "\(view) open")
                press(.navigation, .key(.escape), "\(view) back")
                switch view {
                case "people":
                    press(.filter, .key(.char("/")), "people /")
                    typeText(surname) { _ in .filter }
                    press(.filter, .key(.escape), "people esc"); press(.filter, .key(.escape), "people esc")
                    press(.search, .key(.char("/")), "people /")
                    typeText(searchWords) { $0.contains(" ") ? .search : .filter }
                    press(.search, .key(.escape), "people esc"); press(.search, .key(.escape), "people esc")
                case _ where app.views[index].bindings.contains { $0.action == "triage.raise" }:
                    for _ in 0..<5 {   // five requests: raise one, lower the next (the cursor moves on)
                        press(.triage, .key(.char("+")), "triage +")
                        press(.triage, .key(.char("-")), "triage -")
                    }
                    press(.search, .key(.char("/")), "triage /")
                    typeText(requestWord) { _ in .search }
                    press(.search, .key(.escape), "triage esc"); press(.search, .key(.escape), "triage esc")
                case "dashboard" where ctx.viewer.can(.assignTutors):
                    // The worklist needs the dashboard's count (read in the background): not a key's cost.
                    app.finishBackground()
                    press(.assignTutor, .key(.char("t")), "worklist t")
                    for _ in 0..<3 {   // the picker on the first untutored route, then the first tutor offered
                        let opened = now()
                        press(.assignTutor, .key(.char("a")), "assign a")
                        // The candidates come from a background read: the box is up at once, the list a moment later.
                        app.finishBackground()
                        app.render(on: terminal)
                        samples.append(Sample(kind: .pickerFilled, login: login, key: "candidates", ms: (now() - opened) * 1000))
                        press(.assignTutor, .key(.enter), "assign enter")
                    }
                    press(.assignTutor, .key(.escape), "worklist esc")
                case _ where app.views[index].bindings.contains { $0.action == "requests.take" }:
                    // The assignee's own first request worked to the end: taken, the help recorded, resolved with the answer.
                    func keys(_ text: String) throws -> [InputEvent] { try KeySyntax.parse(text) }
                    let steps: [(String, String)] = [("w", "take w"), ("p", "help p"), ("<Tab><Tab>Разобрали урок", "help fields"),
                                                     ("<C-s>", "help save"), ("r", "resolve r"), ("Рекомендации даны", "answer"),
                                                     ("<C-s>", "resolve save")]
                    for (text, label) in steps {
                        for event in (try? keys(text)) ?? [] { press(.resolveRequest, event, label) }
                    }
                case "caseload" where ctx.viewer.can(.recordDiagnostics):
                    // A lesson observation of the first person: the form, two scores, the save and its reconciliation.
                    press(.saveDiagnostic, .key(.enter), "caseload open")
                    press(.saveDiagnostic, .key(.char("o")), "observe o")
                    for key in [InputEvent.key(.tab), .key(.tab), .key(.char("7")), .key(.char("0")), .key(.tab), .key(.char("4")),
                                .key(.char("0"))] {
                        press(.saveDiagnostic, key, "observe field")
                    }
                    press(.saveDiagnostic, .key(.ctrl("s")), "observe save")
                    press(.saveDiagnostic, .key(.escape), "person back")
                default: break
                }
            }
            // The session ends with its reads in the background (a real session is a process
            // of its own): they must not run into the next login's keys.
            app.finishBackground(allTabs: true)
            store.checkpointWhenIdle()   // what its first idle second does
        }
        return samples
    }

    static func report(_ samples: [Sample], into results: Results) {
        for kind in Kind.allCases {
            let xs = samples.filter { $0.kind == kind }
            let ms = xs.map(\.ms)
            guard !ms.isEmpty else { results.info("Keystroke", "\(kind.rawValue): no keys", nil, "ms"); continue }
            guard kind != .pickerFilled else {   // a background read: how long the list takes to come, no keystroke's limit
                results.info("Background", "\(kind.rawValue) p50 (\(ms.count) pickers)", Stats.percentile(ms, 50), "ms")
                results.info("Background", "\(kind.rawValue) max", ms.max(), "ms")
                continue
            }
            let limit = kind == .navigation ? 16.0 : 50.0
            let slowest = xs.sorted { $0.ms > $1.ms }.prefix(3)
            let worst = "slowest: " + slowest.map { "\($0.login) \($0.key) " + String(format: "%.1f", $0.ms) }.joined(separator: "; ")
            results.info("Keystroke", "\(kind.rawValue) p50 (\(ms.count) keys)", Stats.percentile(ms, 50), "ms")
            let perLogin = Latency.logins.compactMap { l -> String? in
                Stats.percentile(xs.filter { $0.login == l }.map(\.ms), 99).map { l + " " + String(format: "%.1f", $0) }
            }.joined(separator: ", ")
            results.below("Keystroke", "\(kind.rawValue) p99", Stats.percentile(ms, 99), "ms", limit: limit,
                          note: "p99 ms by login: " + perLogin)
            results.info("Keystroke", "\(kind.rawValue) max", ms.max(), "ms", note: worst)
        }
    }
}

/// Where a view sits among a user's tabs.
enum TUIViews {
    static func index(of id: String, _ ctx: AppContext) -> Int? {
        ViewCatalog.views(for: ctx).firstIndex { $0.id == id }
    }
}
