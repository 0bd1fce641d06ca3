import Domain

/// How a file came to be, written as data when it was made: the demo
/// generator writes `demo`, `metodist init` writes `own`. Nothing is guessed
/// from names (a real region may well have a «teacher» login).
public enum RegionOrigin: String, Sendable {
    /// Built by `metodist demo` (or the first run on the default path).
    case demo
    /// A real region, started empty by `metodist init`.
    case own
    /// Made before the origin was recorded, and holding no demo day either.
    case unknown

    static let metaKey = "origin"
}

extension SQLiteStore {
    /// Files made before the origin was written: a demo is known by the fixed day only it stores.
    public var origin: RegionOrigin {
        if let stored = meta(RegionOrigin.metaKey).flatMap(RegionOrigin.init(rawValue:)) { return stored }
        return meta(SQLiteStore.demoDayKey) != nil ? .demo : .unknown
    }

    /// The demo's logins, as its build wrote them, that the file still has.
    func demoLoginsPresent() -> [String] {
        let written = (meta(SQLiteStore.demoLoginsKey) ?? "").split(separator: ",").map(String.init)
        guard !written.isEmpty else { return [] }
        let present = Set((try? db.query("SELECT login FROM people WHERE login IN (\(written.map { _ in "?" }.joined(separator: ",")))",
                                          written, { $0.string(0) })) ?? [])
        return written.filter(present.contains)
    }

    /// Administrators' logins (at most `limit`), in login order.
    func administratorLogins(limit: Int = 5) -> [String] {
        (try? db.query("SELECT login FROM people WHERE roles & ? <> 0 ORDER BY login LIMIT ?",
                       [Codecs.bit(.administrator), limit], { $0.string(0) })) ?? []
    }

    /// What to tell someone whose login the file does not have.
    func loginHint() -> LoginHint {
        switch origin {
        case .demo: return .demo(logins: demoLoginsPresent())
        case .own, .unknown: return .region(administrators: administratorLogins())
        }
    }

    static let demoDayKey = "demo_today"
    static let demoLoginsKey = "demo_logins"
}

/// The way in for a login the file does not have: a demo's own logins, or
/// the administrators who add people to a real region.
public enum LoginHint: Equatable, Sendable {
    case none
    case demo(logins: [String])
    case region(administrators: [String])
}
