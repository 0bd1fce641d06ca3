import Foundation

/// Starting other programs with posix_spawn: in a pseudo-terminal (the real
/// app) or with output thrown away (peers, the demo build), reaping them with
/// wait4 to learn their peak RSS.
enum Spawn {
    struct Outcome {
        var seconds: Double
        var exitStatus: Int32
        /// Peak resident set of the child, KB (ru_maxrss).
        var maxRSSKB: Int
        var output: String
        /// Killed after the time limit: `seconds` is a lower bound.
        var timedOut = false
    }

    /// The environment children get: a UTF-8 locale and a known terminal.
    static func environment(_ extra: [String: String] = [:]) -> [String] {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in extra { env[k] = v }
        return env.map { "\($0.key)=\($0.value)" }
    }

    /// Calls posix_spawn with C strings made from `argv` and `env`.
    static func spawn(_ argv: [String], env: [String], actions: inout posix_spawn_file_actions_t,
                      attributes: inout posix_spawnattr_t) -> pid_t? {
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) }; for p in cEnv { free(p) } }
        var pid: pid_t = 0
        let rc = cArgs.withUnsafeMutableBufferPointer { a in
            cEnv.withUnsafeMutableBufferPointer { e in
                guard let argp = a.baseAddress, let envp = e.baseAddress else { return EINVAL }
                return posix_spawnp(&pid, argv[0], &actions, &attributes, argp, envp)
            }
        }
        return rc == 0 ? pid : nil
    }

    /// Runs a program to the end; stdin from /dev/null (or `stdinPath`),
    /// stdout captured to a temporary file, stderr discarded.
    static func run(_ argv: [String], stdinPath: String = "/dev/null", extraEnv: [String: String] = [:],
                    keepOutput: Bool = false, timeout: Double? = nil) -> Outcome? {
        let outPath = "/tmp/metodist-bench-out-\(getpid()).txt"
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawn_file_actions_destroy(&actions); posix_spawnattr_destroy(&attributes) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, keepOutput ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = now()
        guard let pid = spawn(argv, env: environment(extraEnv), actions: &actions, attributes: &attributes) else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var sampledPeakKB = 0
        let name = String(((argv.first ?? "") as NSString).lastPathComponent.prefix(15))
        var polls = 0
        while true {
            // Every poll for the first second, then every 20th (10 ms): a long peer is not slowed by it.
            polls += 1
            if polls < 2000 || polls % 20 == 0, let hwm = peakRSSAfterExec(pid, name: name) { sampledPeakKB = max(sampledPeakKB, hwm) }
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid || (r < 0 && errno != EINTR) { break }
            if let limit = timeout, now() - start > limit, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
                while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(500)
        }
        let seconds = now() - start
        let output = keepOutput ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
        if keepOutput { unlink(outPath) }
        let exited = (status & 0x7f) == 0
        return Outcome(seconds: seconds, exitStatus: exited ? (status >> 8) & 0xff : -1,
                       maxRSSKB: sampledPeakKB > 0 ? sampledPeakKB : Int(usage.ru_maxrss), output: output, timedOut: timedOut)
    }

    /// The child's VmHWM once it runs `name` (after exec). wait4's ru_maxrss
    /// would do, but it keeps the high-water mark of the memory the child
    /// shared with this process before exec: the benchmark's own size.
    static func peakRSSAfterExec(_ pid: pid_t, name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        var comm = "", hwm: Int?
        for line in status.split(separator: "\n") {
            if line.hasPrefix("Name:") { comm = line.dropFirst(5).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("VmHWM:") { hwm = Int(line.dropFirst(6).filter(\.isNumber)) }
        }
        return comm == name ? hwm : nil
    }

    /// Where a program is on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The release `metodist` next to this executable.
    static func metodistBinary() -> String? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = me.deletingLastPathComponent().appendingPathComponent("metodist").path
        if access(candidate, X_OK) == 0 { return candidate }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 {
            let exe = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let c = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("metodist").path
            if access(c, X_OK) == 0 { return c }
        }
        return nil
    }
}

/// Figures read from /proc for a running process.
enum ProcStat {
    /// User + system CPU seconds.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // Fields after "(comm)": state is field 3; utime 14, stime 15.
        let rest = text[text.index(after: close)...].split(separator: " ")
        guard rest.count > 13, let u = Double(rest[11]), let s = Double(rest[12]) else { return nil }
        return (u + s) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A numeric field of /proc/PID/status ("VmHWM", "voluntary_ctxt_switches").
    static func status(_ pid: pid_t, _ field: String) -> Int? {
        self.field("/proc/\(pid)/status", field)
    }

    /// Context switches of the process: each is a wake-up or a preemption.
    /// Summed over every thread of the process (/proc/PID/task/*).
    static func switches(_ pid: pid_t) -> Int? {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var total = 0
        for t in tasks {
            guard let tid = Int32(t) else { continue }
            let path = "\(pid)/task/\(tid)"
            guard let v = field("/proc/\(path)/status", "voluntary_ctxt_switches"),
                  let n = field("/proc/\(path)/status", "nonvoluntary_ctxt_switches") else { continue }
            total += v + n
        }
        return tasks.isEmpty ? nil : total
    }

    static func field(_ file: String, _ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).filter(\.isNumber))
        }
        return nil
    }
}
