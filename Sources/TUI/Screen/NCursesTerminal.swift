#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses

/// Why the ncurses terminal could not start.
public struct TerminalStartError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The real terminal: ncursesw's wide API on stdin/stdout.
///
/// Every call must come from one thread (ncurses is not thread-safe): the app
/// loop owns this object. `shutdown()` restores the terminal; it is
/// idempotent and also runs on deinit.
public final class NCursesTerminal: Terminal {
    // MARK: State

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var isShutDown = false
    /// The terminal type in use (after the fallback to xterm-256color).
    public let terminalName: String
    /// Colours are used: the terminal has them, and NO_COLOR is not set.
    public let hasColors: Bool
    /// How many colours the terminal has (0 without colours).
    public let colorCount: Int
    /// `use_default_colors` worked: -1 is the terminal's own foreground/background.
    private var defaultColorsWork = false
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int = 1
    private var maxPairs: Int = 0
    private var wantedCursor: (x: Int, y: Int)?
    /// Last value given to curs_set (nil: unknown).
    private var cursorVisible: Bool?
    private var currentTimeout: Int32 = Int32.min
    /// Consecutive reads that failed early with no recognisable cause.
    private var earlyFailures = 0
    /// Consecutive reads interrupted by a signal that is not ours.
    private var interruptions = 0
    private var repeatedHangups = 0
    /// Set once the terminal is gone: every later read says so at once.
    public private(set) var hangupReason: String?

    private struct PairKey: Hashable { let fg: Int16; let bg: Int16 }

    // MARK: Start and stop

    /// Starts ncurses on the controlling terminal.
    /// - Parameters:
    ///   - termName: a terminal type to use instead of `$TERM`.
    ///   - noColor: forces attributes only; by default, true when `NO_COLOR` is set (and not empty).
    ///   - mouse: reports clicks and the wheel.
    /// - Throws: `TerminalStartError` when stdin/stdout is not a terminal, the
    ///   terminal type is unknown (even xterm-256color), or it cannot move the cursor.
    public init(termName: String? = nil, noColor: Bool? = nil, mouse: Bool = true) throws {
        LocaleSetup.ensureUTF8()
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalStartError("metodist: стандартный ввод и вывод должны быть терминалом (для работы без терминала: --headless). "
                                     + "stdin and stdout must be a terminal (use --headless to run without one).")
        }
        // Our handlers first: ncurses then leaves SIGINT/SIGTERM alone (it only
        // takes signals that are at their default) and our cleanup runs.
        cn_install_signal_handlers()

        var used = termName ?? NCursesTerminal.environment("TERM") ?? ""
        var scr: OpaquePointer? = nil
        if !used.isEmpty {
            scr = used.withCString { newterm($0, cn_stdout(), cn_stdin()) }
        }
        if scr == nil {
            let fallback = "xterm-256color"
            scr = newterm(fallback, cn_stdout(), cn_stdin())
            if scr == nil {
                cn_restore_default_signals()
                throw TerminalStartError("metodist: не удалось открыть терминал типа «\(used)» и запасной «\(fallback)» "
                                         + "(нет описания terminfo). Cannot open terminal type '\(used)' nor '\(fallback)': "
                                         + "no terminfo entry (install ncurses-term or set TERM).")
            }
            used = fallback
        }
        guard let window = cn_stdscr() else {
            endwin()
            if let scr { delscreen(scr) }
            cn_restore_default_signals()
            throw TerminalStartError("metodist: ncurses did not create a screen for '\(used)'.")
        }
        // TERM=dumb and friends cannot address the cursor: a full-screen program cannot work there.
        if cn_has_string_capability("cup") == 0 {
            endwin()
            if let scr { delscreen(scr) }
            cn_restore_default_signals()
            throw TerminalStartError("metodist: терминал «\(used)» не умеет перемещать курсор; задайте TERM (например xterm-256color) "
                                     + "или используйте --headless. Terminal '\(used)' cannot move the cursor; set TERM or use --headless.")
        }
        self.screen = scr
        self.window = window
        self.terminalName = used

        cbreak()
        NCursesTerminal.disableFlowControl()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        _ = cn_set_escdelay(25)
        leaveok(window, false)
        NCursesTerminal.defineCommonKeySequences()

        let noColorWanted = noColor ?? NCursesTerminal.noColorRequested()
        if !noColorWanted && has_colors() {
            start_color()
            defaultColorsWork = use_default_colors() == OK
            hasColors = true
            colorCount = Int(cn_colors())
            // init_pair takes a short; pair 0 is the terminal's default.
            maxPairs = min(Int(cn_color_pairs()), Int(Int16.max))
        } else {
            hasColors = false
            colorCount = 0
        }

        if mouse {
            var old: mmask_t = 0
            _ = mousemask(cn_click_and_wheel_mask(), &old)
            _ = mouseinterval(0)
        }
        cursorVisible = nil
        werase(window)
    }

    deinit { shutdown() }

    /// Restores the terminal (endwin) and frees the screen. Safe to call more
    /// than once; after it every drawing call does nothing and reads report `.hangup`.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if window != nil {
            var old: mmask_t = 0
            _ = mousemask(0, &old)
            _ = curs_set(1)
            endwin()
        }
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        pairs = [:]
        if hangupReason == nil { hangupReason = "shut down" }
    }

    /// Whether `shutdown()` has run.
    public var isActive: Bool { !isShutDown }

    // MARK: Terminal

    public var size: Size {
        guard !isShutDown else { return Size(width: 0, height: 0) }
        return Size(width: Int(cn_cols()), height: Int(cn_lines()))
    }

    public func beginFrame() {
        guard let window else { return }
        werase(window)
        wantedCursor = nil
    }

    public func put(_ text: String, x: Int, y: Int, style: Style) {
        guard let window else { return }
        let size = self.size
        guard y >= 0, y < size.height, x < size.width, !text.isEmpty else { return }
        // Painter already sanitizes; a direct caller must not reach the terminal with controls either.
        let safe = text.unicodeScalars.contains(where: Sanitizer.needsReplacement) ? Sanitizer.clean(text) : text
        // Clip to the screen by cell width, never splitting a character.
        var col = x
        var clipped = ""
        var fitsWhole = x >= 0
        for ch in safe {
            let w = TextWidth.of(character: ch)
            if col + w > size.width { fitsWhole = false; break }
            if col < 0 {
                // Left of the screen: skip; a wide character cut by the edge leaves a blank.
                if col + w > 0 { clipped.append(" ") }
                fitsWhole = false
            } else {
                clipped.append(ch)
            }
            col += w
        }
        let startX = max(0, x)
        let drawn = fitsWhole ? safe : clipped
        guard !drawn.isEmpty else { return }
        let (attrs, pair) = attributes(for: style)
        _ = wattr_set(window, attrs, pair, nil)
        _ = mvwaddstr(window, Int32(y), Int32(startX), drawn)
        _ = wattr_set(window, cn_a_normal(), 0, nil)
    }

    public func setCursor(x: Int, y: Int) { wantedCursor = (x, y) }
    public func hideCursor() { wantedCursor = nil }

    public func present() {
        guard let window else { return }
        let size = self.size
        if let c = wantedCursor, c.x >= 0, c.y >= 0, c.x < size.width, c.y < size.height {
            leaveok(window, false)
            _ = wmove(window, Int32(c.y), Int32(c.x))
            wnoutrefresh(window)
            doupdate()
            if cursorVisible != true { _ = curs_set(1); cursorVisible = true }
        } else {
            if cursorVisible != false { _ = curs_set(0); cursorVisible = false }
            leaveok(window, true)  // no cursor movement bytes for a hidden cursor
            wnoutrefresh(window)
            doupdate()
        }
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        guard let window, hangupReason == nil else {
            // Asked again after the end: answer the same, but never let a caller spin.
            if repeatedHangups > 0 { usleep(50_000) }
            repeatedHangups += 1
            return .hangup
        }
        if let event = pendingAfterEscape {
            pendingAfterEscape = nil
            return event
        }
        let started = NCursesTerminal.nowMilliseconds()
        let deadline: Int? = timeoutMilliseconds < 0 ? nil : started + timeoutMilliseconds
        while true {
            if let event = signalEvent() { return event }
            let remaining: Int32
            if let deadline {
                remaining = Int32(clamping: max(0, deadline - NCursesTerminal.nowMilliseconds()))
            } else {
                remaining = -1
            }
            setTimeout(remaining, window)
            let before = NCursesTerminal.nowMilliseconds()
            var wch: wint_t = 0
            errno = 0
            let rc = wget_wch(window, &wch)
            let err = errno
            if rc == OK {
                earlyFailures = 0
                interruptions = 0
                if let event = decodeCharacter(UInt32(wch), window) { return event }
                continue  // a code we do not use: keep waiting for the rest of the timeout
            }
            if rc == KEY_CODE_YES {
                earlyFailures = 0
                interruptions = 0
                if let event = decodeKeyCode(Int32(wch)) { return event }
                continue
            }
            // ERR: a timeout, a signal, or the terminal is gone.
            if let event = signalEvent() { return event }
            if err == EIO || err == EBADF || err == ENXIO || err == ENOTTY {
                return hangup("read error (errno \(err))")
            }
            if inputIsGone() { return hangup("input closed") }
            let elapsed = NCursesTerminal.nowMilliseconds() - before
            let waitedOut = remaining >= 0 && elapsed + 5 >= Int(remaining)
            if waitedOut {
                earlyFailures = 0
                interruptions = 0
                return .tick
            }
            // ERR long before the timeout with no signal of ours: EINTR from a
            // harmless signal (SIGCONT after Ctrl+Z, SIGCHLD) just means read again;
            // a read that keeps failing at once is a dead terminal (EOF) and must
            // not spin at 100% CPU.
            if err == EINTR {
                interruptions += 1
                if interruptions > 100 { return hangup("input keeps being interrupted") }
            } else {
                earlyFailures += 1
                if earlyFailures >= 3 { return hangup("input keeps failing (errno \(err))") }
                usleep(20_000)  // never busy-loop while deciding
            }
            if let deadline, NCursesTerminal.nowMilliseconds() >= deadline { return .tick }
        }
    }

    // MARK: Input decoding

    /// Escape sequences of common terminals for keys the terminfo entry in use
    /// may not list (a wrong TERM is common over SSH and inside tmux/screen):
    /// Home/End as ESC[1~ ESC[4~ (screen, tmux), ESC[7~ ESC[8~ (rxvt), ESC[H
    /// ESC[F, ESCOH ESCOF (xterm modes), and the other editing and arrow keys.
    /// Only sequences the entry does not already bind are added.
    private static func defineCommonKeySequences() {
        let e = "\u{1B}"
        let table: [(String, Int32)] = [
            (e + "[1~", KEY_HOME), (e + "[7~", KEY_HOME), (e + "[H", KEY_HOME), (e + "OH", KEY_HOME),
            (e + "[4~", KEY_END), (e + "[8~", KEY_END), (e + "[F", KEY_END), (e + "OF", KEY_END),
            (e + "[2~", KEY_IC), (e + "[3~", KEY_DC), (e + "[5~", KEY_PPAGE), (e + "[6~", KEY_NPAGE),
            (e + "[A", KEY_UP), (e + "[B", KEY_DOWN), (e + "[C", KEY_RIGHT), (e + "[D", KEY_LEFT),
            (e + "OA", KEY_UP), (e + "OB", KEY_DOWN), (e + "OC", KEY_RIGHT), (e + "OD", KEY_LEFT),
            (e + "[Z", KEY_BTAB),
            (e + "OP", cn_key_f(1)), (e + "OQ", cn_key_f(2)), (e + "OR", cn_key_f(3)), (e + "OS", cn_key_f(4)),
            (e + "[11~", cn_key_f(1)), (e + "[12~", cn_key_f(2)), (e + "[13~", cn_key_f(3)), (e + "[14~", cn_key_f(4)),
            (e + "[15~", cn_key_f(5)), (e + "[17~", cn_key_f(6)), (e + "[18~", cn_key_f(7)), (e + "[19~", cn_key_f(8)),
            (e + "[20~", cn_key_f(9)), (e + "[21~", cn_key_f(10)), (e + "[23~", cn_key_f(11)), (e + "[24~", cn_key_f(12)),
        ]
        for (sequence, code) in table where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// Ctrl+S / Ctrl+Q are the terminal's XON/XOFF under cbreak: Ctrl+S would
    /// freeze the screen instead of reaching a form. Turn flow control off
    /// (ncurses restores the saved modes at endwin).
    private static func disableFlowControl() {
        var t = termios()
        guard tcgetattr(0, &t) == 0 else { return }
        t.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(0, TCSANOW, &t)
        _ = def_prog_mode()
    }

    private func hangup(_ reason: String) -> InputEvent {
        hangupReason = reason
        return .hangup
    }

    /// A signal that arrived, as an event. Ctrl+C (SIGINT under cbreak) is a
    /// key like any other: the app asks before typed text is lost, where a
    /// hang-up would only save it as a draft. The others end the session.
    private func signalEvent() -> InputEvent? {
        if cn_pending_signal() == SIGINT {
            cn_clear_signal()
            return .key(.ctrl("c"))
        }
        return signalReason().map(hangup)
    }

    private func signalReason() -> String? {
        let sig = cn_pending_signal()
        guard sig != 0 else { return nil }
        switch sig {
        case SIGHUP: return "SIGHUP"
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGQUIT: return "SIGQUIT"
        default: return "signal \(sig)"
        }
    }

    /// The signal that ended input (SIGHUP, SIGINT, SIGTERM, SIGQUIT), 0 when none.
    public static var pendingSignal: Int32 { cn_pending_signal() }

    /// Whether stdin reports a hang-up or is no longer valid (checked without waiting).
    private func inputIsGone() -> Bool {
        var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        let n = poll(&p, 1, 0)
        if n < 0 { return errno == EBADF }
        if n == 0 { return false }
        let bad = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
        if p.revents & bad != 0 { return true }
        return false
    }

    private func setTimeout(_ ms: Int32, _ window: UnsafeMutablePointer<WINDOW>) {
        if ms != currentTimeout {
            wtimeout(window, ms)
            currentTimeout = ms
        }
    }

    private func decodeCharacter(_ code: UInt32, _ window: UnsafeMutablePointer<WINDOW>) -> InputEvent? {
        switch code {
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        case 127, 8: return .key(.backspace)
        case 27:
            // Alt+key arrives as ESC followed at once by the key.
            setTimeout(0, window)
            var next: wint_t = 0
            let rc = wget_wch(window, &next)
            if rc == OK {
                if next == 27 {
                    _ = unget_wch(wchar_t(bitPattern: 27))
                    return .key(.escape)
                }
                if case .key(let k)? = decodeCharacter(UInt32(next), window) { return .key(.alt(k)) }
                return .key(.escape)
            }
            if rc == KEY_CODE_YES {
                if case .key(let k)? = decodeKeyCode(Int32(next)) { return .key(.alt(k)) }
                if let other = decodeKeyCode(Int32(next)) {
                    // A resize or mouse event right after ESC: keep it for the next read.
                    pendingAfterEscape = other
                }
            }
            return .key(.escape)
        case 1...26:
            guard let s = Unicode.Scalar(UInt32(96) + code) else { return nil }
            return .key(.ctrl(Character(s)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(s)))
        }
    }

    /// An event read while looking for an Alt+key, handed out next.
    private var pendingAfterEscape: InputEvent?

    private func decodeKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_A3: return .key(.pageUp)
        case KEY_C3: return .key(.pageDown)
        case KEY_RESIZE:
            return .resize(size)
        case KEY_MOUSE:
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return nil }
            let b = ev.bstate
            let button: MouseButton
            if b & (cn_button4_pressed() | cn_button4_clicked()) != 0 { button = .wheelUp }
            else if b & (cn_button5_pressed() | cn_button5_clicked()) != 0 { button = .wheelDown }
            else if b & (cn_button1_pressed() | cn_button1_clicked()) != 0 { button = .left }
            else if b & (cn_button2_pressed() | cn_button2_clicked()) != 0 { button = .middle }
            else if b & (cn_button3_pressed() | cn_button3_clicked()) != 0 { button = .right }
            else { return nil }
            return .mouse(MouseEvent(x: Int(ev.x), y: Int(ev.y), button: button))
        default:
            let f0 = cn_key_f(0)
            if code > f0 && code <= f0 + 12 { return .key(.function(Int(code - f0))) }
            return nil
        }
    }

    // MARK: Colours

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var a = cn_a_normal()
        if style.bold { a |= cn_a_bold() }
        if style.dim { a |= cn_a_dim() }
        if style.reverse { a |= cn_a_reverse() }
        if style.underline { a |= cn_a_underline() }
        if style.italic { a |= cn_a_italic() }
        guard hasColors else { return (a, 0) }
        let fg = colorNumber(style.foreground, isForeground: true)
        let bg = colorNumber(style.background, isForeground: false)
        return (a, pair(fg: fg, bg: bg))
    }

    private func colorNumber(_ color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .default:
            if defaultColorsWork { return -1 }
            return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
        case .index(let n):
            return Int16(ColorMapping.map(n, colors: colorCount, foreground: isForeground))
        }
    }

    private func pair(fg: Int16, bg: Int16) -> Int16 {
        if fg == -1 && bg == -1 { return 0 }
        if !defaultColorsWork && fg == Int16(COLOR_WHITE) && bg == Int16(COLOR_BLACK) { return 0 }  // pair 0 is white on black then
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        guard nextPair < maxPairs else { return 0 }  // out of pairs: the default colours
        let p = Int16(nextPair)
        guard init_pair(p, fg, bg) == OK else { pairs[key] = 0; return 0 }
        nextPair += 1
        pairs[key] = p
        return p
    }

    // MARK: Helpers

    static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }

    /// NO_COLOR set to anything but the empty string (https://no-color.org).
    public static func noColorRequested() -> Bool {
        guard let v = environment("NO_COLOR") else { return false }
        return !v.isEmpty
    }

    static func nowMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}

/// Maps 256-colour palette indices to what a terminal has.
public enum ColorMapping {
    /// `index` (0-255) for a terminal with `colors` colours: unchanged when it
    /// fits; otherwise the nearest (by RGB) of the first min(colors, 16)
    /// colours. Greys go by lightness instead, so that a grey text colour
    /// (borders, muted text) never turns black on a dark screen.
    public static func map(_ index: Int, colors: Int, foreground: Bool = true) -> Int {
        let n = max(0, min(255, index))
        if n < colors { return n }
        let candidates = max(1, min(colors, 16))
        let target = rgb(n)
        let hi = max(target.0, target.1, target.2), lo = min(target.0, target.1, target.2)
        if hi - lo < 30 && candidates >= 8 {
            let light = (target.0 + target.1 + target.2) / 3
            if candidates >= 16 {
                if light < 60 { return 0 }
                if light < 150 { return 8 }
                return light < (foreground ? 235 : 240) ? 7 : 15
            }
            if foreground { return light < 60 ? 0 : 7 }
            return light < 128 ? 0 : 7
        }
        var best = 0
        var bestDistance = Int.max
        for c in 0..<candidates {
            let p = rgb(c)
            let d = (p.0 - target.0) * (p.0 - target.0) + (p.1 - target.1) * (p.1 - target.1)
                + (p.2 - target.2) * (p.2 - target.2)
            if d < bestDistance { bestDistance = d; best = c }
        }
        return best
    }

    /// The xterm default RGB of a 256-colour palette index.
    public static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let n = max(0, min(255, index))
        if n < 16 { return basic[n] }
        if n < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        }
        let g = 8 + (n - 232) * 10
        return (g, g, g)
    }
}
