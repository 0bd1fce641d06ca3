import Domain
import Storage

/// The loop of a real session: draw, wait for input (a tick a second when
/// idle, so the CPU rests), act, draw again only when something changed.
public enum AppRunner {
    public static let tickMilliseconds = 1000

    public static func run(_ app: App, on terminal: Terminal) {
        app.render(on: terminal)
        while !app.finished {
            let event = terminal.nextEvent(timeoutMilliseconds: tickMilliseconds)
            let redraw = app.handle(event)
            if app.finished { break }
            if redraw { app.render(on: terminal) }
        }
    }
}

/// Runs the app on the in-memory terminal with scripted input and answers
/// the final screen as text: tests, fuzzing, the benchmark, and
/// `metodist --headless`.
public enum Headless {
    public static func run(_ app: App, size: Size, events: [InputEvent]) -> (screen: String, terminal: MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, hasColors: app.ctx.colors)
        app.render(on: terminal)
        for event in events {
            if app.finished { break }
            if case .resize(let s) = event {
                terminal.resize(to: s)
                terminal.pendingEvents.removeAll()
            }
            _ = app.handle(event)
            app.render(on: terminal)
        }
        return (terminal.snapshot(), terminal)
    }
}
