import Domain
import Foundation
import Storage

/// The loop of a real session: draw, wait for input (a tick a second when
/// idle, so the CPU rests), act, draw again only when something changed.
/// While a view waits for a read in the background, the loop looks for its
/// result every 50 ms instead, without counting those looks as ticks.
public enum AppRunner {
    public static let tickMilliseconds = 1000
    public static let backgroundPollMilliseconds = 50

    public static func run(_ app: App, on terminal: Terminal) {
        app.showBusyWaits(on: terminal, limit: App.interactiveBusyLimit)
        defer { app.stopShowingBusyWaits() }
        app.render(on: terminal)
        var lastTick = milliseconds()
        while !app.finished {
            let waiting = app.isWaitingInBackground
            let event = terminal.nextEvent(timeoutMilliseconds: waiting ? backgroundPollMilliseconds : tickMilliseconds)
            let redraw: Bool
            if case .tick = event, waiting, milliseconds() - lastTick < UInt64(tickMilliseconds) {
                redraw = app.pollBackground()
            } else {
                if case .tick = event { lastTick = milliseconds() }
                redraw = app.handle(event)
            }
            if app.finished { break }
            if redraw { app.render(on: terminal) }
        }
    }

    static func milliseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }
}

/// Runs the app on the in-memory terminal with scripted input and answers
/// the final screen as text: tests, fuzzing, the benchmark, and
/// `metodist --headless`.
public enum Headless {
    public static func run(_ app: App, size: Size, events: [InputEvent]) -> (screen: String, terminal: MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, hasColors: app.ctx.colors)
        app.showBusyWaits(on: terminal)   // the store's own limit: a script's session does not wait 30 s
        defer { app.stopShowingBusyWaits() }
        _ = app.finishBackground()
        app.render(on: terminal)
        for event in events {
            if app.finished { break }
            if case .resize(let s) = event {
                terminal.resize(to: s)
                terminal.pendingEvents.removeAll()
            }
            _ = app.handle(event)
            _ = app.finishBackground()
            app.render(on: terminal)
        }
        return (terminal.snapshot(), terminal)
    }
}
