import Foundation

/// The real release binary in a pseudo-terminal: we are the terminal. Counts
/// every byte the program writes, times its first frame, resizes the window.
final class PtyRunner {
    let pid: pid_t
    let master: Int32
    let started: Double
    private(set) var received: [UInt8] = []
    /// When the last byte arrived (monotonic seconds).
    private(set) var lastByteAt: Double

    struct Failure: Error { let message: String }

    /// Starts `argv` on a new pty of `size` (columns, rows) as a session leader
    /// whose controlling terminal is the pty.
    init(_ argv: [String], columns: Int, rows: Int) throws {
        // posix_openpt/unlockpt/ptsname do not import into Swift here: the Linux
        // ioctls they wrap (TIOCSPTLCK, TIOCGPTN; _IOW/_IOR macros) are spelled out.
        let m = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard m >= 0 else { throw Failure(message: "open /dev/ptmx failed: errno \(errno)") }
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(m, PtyRunner.tiocsptlck, &unlock) == 0, ioctl(m, PtyRunner.tiocgptn, &number) == 0 else {
            close(m); throw Failure(message: "cannot unlock the pty: errno \(errno)")
        }
        let slavePath = "/dev/pts/\(number)"
        PtyRunner.setSize(m, columns: columns, rows: rows)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawn_file_actions_destroy(&actions); posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc): a new session, so opening the pty makes it the controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(0x80))
        posix_spawn_file_actions_addclose(&actions, m)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let start = now()
        guard let p = Spawn.spawn(argv, env: Spawn.environment(),
                                  actions: &actions, attributes: &attributes) else {
            close(m); throw Failure(message: "cannot start \(argv[0])")
        }
        pid = p; master = m; started = start; lastByteAt = start
        _ = fcntl(m, F_SETFL, fcntl(m, F_GETFL) | O_NONBLOCK)
    }

    static let tiocsptlck: UInt = 0x4004_5431
    static let tiocgptn: UInt = 0x8004_5430

    static func setSize(_ fd: Int32, columns: Int, rows: Int) {
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &ws)
    }

    /// Reads what is there now, waiting up to `timeout` seconds for something.
    /// Answers the number of bytes read.
    @discardableResult
    func pump(timeout: Double) -> Int {
        var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let rc = poll(&pfd, 1, Int32(max(0, timeout * 1000)))
        guard rc > 0 else { return 0 }
        var total = 0
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(master, &buf, buf.count)
            if n <= 0 { break }
            received.append(contentsOf: buf[0..<n])
            total += n
            lastByteAt = now()
        }
        return total
    }

    /// Reads until nothing arrives for `quiet` seconds (or `limit` passes).
    /// Answers the bytes read in that span.
    @discardableResult
    func drain(quiet: Double, limit: Double = 10) -> Int {
        let begin = now()
        var total = 0
        var lastActivity = begin
        while now() - begin < limit {
            let n = pump(timeout: quiet / 4)
            if n > 0 { total += n; lastActivity = now() } else if now() - lastActivity >= quiet { break }
        }
        return total
    }

    /// Waits for the first complete screen: the marker text has arrived and
    /// the output has gone quiet. Answers seconds from exec to its last byte.
    func firstScreen(marker: [UInt8], quiet: Double = 0.05, limit: Double = 15) -> Double? {
        let begin = now()
        while now() - begin < limit {
            pump(timeout: 0.01)
            let sawMarker = marker.isEmpty || PtyRunner.contains(received, marker)
            if !received.isEmpty, now() - lastByteAt >= (sawMarker ? quiet : 1.0) {
                return lastByteAt - started
            }
        }
        return nil
    }

    /// Sends bytes as if typed; answers the bytes the program wrote in reply
    /// (read until `quiet` seconds pass with nothing).
    /// The reply is awaited up to `firstByte` seconds (a slow key still counts
    /// whole); `quiet` then closes it.
    func send(_ bytes: [UInt8], quiet: Double = 0.08, firstByte: Double = 5) -> Int {
        bytes.withUnsafeBufferPointer { b in _ = write(master, b.baseAddress, b.count) }
        return awaitReply(quiet: quiet, firstByte: firstByte)
    }

    func awaitReply(quiet: Double, firstByte: Double) -> Int {
        let first = pump(timeout: firstByte)
        return first == 0 ? 0 : first + drain(quiet: quiet)
    }

    /// Resizes the window: TIOCSWINSZ (the kernel signals the foreground
    /// group) and an explicit SIGWINCH; answers the bytes of the redraw.
    func resize(columns: Int, rows: Int, quiet: Double = 0.1) -> Int {
        PtyRunner.setSize(master, columns: columns, rows: rows)
        kill(pid, SIGWINCH)
        return awaitReply(quiet: quiet, firstByte: 5)
    }

    /// Asks the program to quit with `q`, then signals it if it lingers; reaps it.
    func finish(quitKeys: [UInt8] = Array("q".utf8)) {
        quitKeys.withUnsafeBufferPointer { b in _ = write(master, b.baseAddress, b.count) }
        let begin = now()
        var status: Int32 = 0
        var signalled = false
        while true {
            pump(timeout: 0.02)
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || r < 0 { break }
            if now() - begin > 2 && !signalled { kill(pid, SIGTERM); signalled = true }
            if now() - begin > 4 { kill(pid, SIGKILL); _ = waitpid(pid, &status, 0); break }
        }
        close(master)
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, hay.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && Array(hay[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}

/// The bytes a terminal sends for keys.
enum KeyBytes {
    static let down: [UInt8] = Array("\u{1B}[B".utf8)
    static let pageDown: [UInt8] = Array("\u{1B}[6~".utf8)
    static let end: [UInt8] = Array("\u{1B}[F".utf8)
    static let enter: [UInt8] = [13]
    static let escape: [UInt8] = [27]
    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }
}
