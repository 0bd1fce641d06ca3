#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import Domain

/// The rules of a demo kiosk in a public hall: no quitting, nothing written
/// to files, Esc or F10 back to the start screen. The operator leaves with
/// Ctrl+X then Ctrl+C on the start screen, or SIGTERM from another terminal.
public enum KioskMode {
    /// Actions a visitor must not reach: they leave the program or write files.
    static func forbids(_ action: String) -> Bool {
        let a = action.lowercased()
        return a == "app.quit" || a.contains("export")
    }

    /// The status bar's key hints in a kiosk (instead of «q выход»).
    static func hints(_ language: Language) -> [StatusHint] {
        language == .ru
            ? [StatusHint("?", "помощь"), StatusHint(":", "команды"), StatusHint("Esc", "выбор роли")]
            : [StatusHint("?", "help"), StatusHint(":", "commands"), StatusHint("Esc", "choose a role")]
    }

    /// The operator's exit on the start screen: these keys one after another.
    public static let operatorExit: [Key] = [.ctrl("x"), .ctrl("c")]

    /// The loop of a kiosk: like `AppRunner`, one tick a second when idle
    /// (the idle reset and the attract loop count those ticks).
    public static func run(_ session: KioskSession, on terminal: Terminal) {
        session.render(on: terminal)
        while !session.finished {
            let event = terminal.nextEvent(timeoutMilliseconds: AppRunner.tickMilliseconds)
            let redraw = session.handle(event)
            if session.finished { break }
            if redraw { session.render(on: terminal) }
        }
    }

    /// Ctrl+C, Ctrl+\ and Ctrl+Z arrive as plain keys (ISIG off) and their
    /// signals are ignored, so a visitor can neither end nor suspend the
    /// kiosk. Call after the terminal has started; SIGTERM and SIGHUP still end it
    /// cleanly. `endwin` restores the shell's own modes at exit.
    public static func lockTerminalSignals() {
        var t = termios()
        if tcgetattr(0, &t) == 0 {
            t.c_lflag &= ~tcflag_t(ISIG)
            _ = tcsetattr(0, TCSANOW, &t)
            _ = def_prog_mode()
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
    }
}

extension App {
    /// Kiosk keys in place of quitting: Esc/F10 go to the start screen; q and
    /// Ctrl+C only say that there is no way out here.
    var kioskBindings: [KeyBinding] {
        let g = KeyBinding.Groups.general
        return [
            KeyBinding("kiosk.home", keys: [.escape, .function(10)],
                       label: Phrase("К выбору роли (начальный экран киоска)", "Back to choosing a role (the kiosk's start screen)"), group: g),
            KeyBinding("kiosk.noQuit", keys: [.char("q"), .ctrl("c")],
                       label: Phrase("Выхода из киоска нет", "There is no quitting a kiosk"), group: g, inPalette: false),
        ]
    }

    /// Runs a kiosk action; false when `action` is not one.
    func performKiosk(_ action: String) -> Bool {
        switch action {
        case "kiosk.home":
            kioskHomeRequested = true
            return true
        case "kiosk.noQuit":
            status.show(ctx.t("Это демо-киоск: выхода нет. Esc или F10 — к выбору роли",
                              "This is a demo kiosk: no quitting. Esc or F10 — choose a role"), kind: .info)
            return true
        default:
            return false
        }
    }
}
