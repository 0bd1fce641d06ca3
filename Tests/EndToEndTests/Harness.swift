import Foundation
import XCTest

/// Runs the real `metodist` binary: as a command (exit code, output) or
/// inside tmux (keys in, screen text out).
enum Harness {
    /// The folder with this build's products: the one holding the running
    /// test bundle (so `--scratch-path` builds test their own binary), else
    /// `.build/debug` beside the package.
    static let productsDirectory: URL = {
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), exe.contains(".xctest") {
            var url = URL(fileURLWithPath: exe)
            while url.path.contains(".xctest") { url.deleteLastPathComponent() }
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("metodist").path) { return url }
        }
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug")
    }()

    static var binary: String { productsDirectory.appendingPathComponent("metodist").path }

    static func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a program to the end, with posix_spawn and waitpid. Output goes
    /// through temporary files, not pipes, and Foundation's Process is not
    /// used: `tmux new-session` leaves a server running that inherits the
    /// child's descriptors, which keeps a pipe (and Process's own exit
    /// watching on Linux) from ever finishing.
    @discardableResult
    static func run(_ executable: String, _ args: [String], environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let dir = FileManager.default.temporaryDirectory
        let outPath = dir.appendingPathComponent("metodist-out-\(UUID().uuidString)").path
        let errPath = dir.appendingPathComponent("metodist-err-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else {
            throw NSError(domain: "spawn", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable): \(rc)"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let o = FileManager.default.contents(atPath: outPath) ?? Data()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: exitCode, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func metodist(_ args: [String], environment: [String: String] = [:]) throws -> Result {
        try run(binary, args, environment: environment)
    }

    /// A demo database shared by the tests of one run (built once: a few seconds).
    static let sharedDemo: String? = {
        let dir = temporaryDirectory()
        let path = dir.appendingPathComponent("demo.db").path
        guard let r = try? metodist(["demo", "--db", path, "--teachers", "300"]), r.status == 0 else { return nil }
        return path
    }()

    /// A fresh copy of the shared demo database (tests that write get their own).
    static func demoCopy() throws -> String {
        guard let shared = sharedDemo else { throw XCTSkip("the demo database could not be built") }
        let dir = temporaryDirectory()
        let path = dir.appendingPathComponent("demo.db").path
        try FileManager.default.copyItem(atPath: shared, toPath: path)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: shared + suffix) {
            try FileManager.default.copyItem(atPath: shared + suffix, toPath: path + suffix)
        }
        return path
    }

    static var tmuxPath: String? {
        for p in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"] where FileManager.default.isExecutableFile(atPath: p) { return p }
        return nil
    }
}

/// One tmux session running one command in a pane of a given size.
final class TmuxSession {
    let name: String
    let tmux: String
    /// A private tmux server, so tests never touch the user's own sessions.
    let socket: String

    init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        guard let tmux = Harness.tmuxPath else {
            print("\n*** tmux is not installed: END-TO-END TESTS ARE SKIPPED. Install it: apt-get install tmux ***\n")
            throw XCTSkip("tmux is not installed (apt-get install tmux); end-to-end tests skipped")
        }
        self.tmux = tmux
        name = "m\(UInt32.random(in: 0...UInt32.max))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(name)").path
        let env = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        // The pane keeps the exit status and stays open after the program ends.
        let script = "env \(env) \(command); echo \"EXIT=$?\"; sleep 600"
        try tmuxRun(["-u", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", script])
        try tmuxRun(["set-option", "-t", name, "status", "off"])
    }

    deinit { _ = try? tmuxRun(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmuxRun(_ args: [String]) throws -> String {
        let r = try Harness.run(tmux, ["-S", socket] + args)
        if r.status != 0 { throw NSError(domain: "tmux", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
        return r.stdout
    }

    func send(_ keys: String...) throws { try tmuxRun(["send-keys", "-t", name] + keys) }
    /// Literal text, typed (Cyrillic included).
    func type(_ text: String) throws { try tmuxRun(["send-keys", "-t", name, "-l", text]) }

    func screen() throws -> String { try tmuxRun(["capture-pane", "-p", "-t", name]) }

    /// Runs a command by its name through the `:` palette (the end-to-end
    /// tests' robot: an action by name, not a key that may move).
    func command(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try send(":")
        try waitFor("Команды", file: file, line: line)
        try type(name)
        try waitFor(name, file: file, line: line)
        try send("Enter")
        _ = try waitUntil(timeout: 10, "the palette closes", file: file, line: line) { !$0.contains("─ Команды ─") }
    }

    func resize(width: Int, height: Int) throws {
        try tmuxRun(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program in the pane (the shell's child).
    func panePID() throws -> Int32? {
        Int32(try tmuxRun(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until `condition` holds for the screen (a frame may still be
    /// arriving when a first piece of it shows); answers the last screen.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 10, _ what: String, file: StaticString = #filePath, line: UInt = #line,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(100_000)
        }
        XCTFail("\(what): not within \(timeout) s. Screen:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until the screen contains `text`; answers the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        XCTFail("«\(text)» did not appear within \(timeout) s. Screen:\n\(last)", file: file, line: line)
        return last
    }
}
