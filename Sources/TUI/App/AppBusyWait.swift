import Domain
import Storage

/// A write that waits for another session's lock says so at once: the
/// status line shows «база занята, повторяю…» while SQLite keeps retrying
/// (Storage's `BusyWait`), instead of a frozen screen or a failed save.
extension App {
    /// How long an interactive session's write waits for a lock before it
    /// fails (with a message, the form still open).
    public static let interactiveBusyLimit: Double = 30

    /// Paints the notice on `terminal` whenever a write of this session
    /// has waited a moment; with `limit`, writes also wait that long.
    public func showBusyWaits(on terminal: Terminal, limit: Double? = nil) {
        let wait = ctx.store.busyWait
        if let limit { wait.limit = limit }
        wait.onWait = { [weak self, weak terminal] in
            guard let self, let terminal else { return }
            self.paintBusyNotice(on: terminal)
        }
    }

    public func stopShowingBusyWaits() { ctx.store.busyWait.onWait = nil }

    /// Called inside the waiting statement: only the status line is drawn
    /// (a whole frame would read through the busy connection, which SQLite
    /// forbids from its busy handler), and presented at once.
    func paintBusyNotice(on terminal: Terminal) {
        status.show(ctx.t(AppContext.busyNotice), kind: .warning)
        let size = terminal.size
        guard !SizeGuard.isTooSmall(size) else { return }
        let bottom = Rect(size: size).splitBottom(1).1
        status.render(into: Painter(terminal: terminal, rect: bottom, theme: ctx.theme))
        terminal.present()
    }

    /// The write that waited is over: its own message, if any, follows.
    func clearBusyNotice() {
        if status.message?.text == ctx.t(AppContext.busyNotice) { status.clearMessage() }
    }
}
