import Foundation
import XCTest

/// Runs the real `metodist` binary: as a command (exit code, output) or
/// inside tmux (keys in, screen text out).
enum Harness {
    /// The folder with the built products (`.build/debug`).
    static var productsDirectory: URL {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug")
    }

    static var binary: String { productsDirectory.appendingPathComponent("metodist").path }

    static func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a program to the end.
    @discardableResult
    static func run(_ executable: String, _ args: [String], environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read before waiting: a full pipe would block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
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

    func resize(width: Int, height: Int) throws {
        try tmuxRun(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program in the pane (the shell's child).
    func panePID() throws -> Int32? {
        Int32(try tmuxRun(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
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
