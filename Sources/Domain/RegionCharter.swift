/// What a new region starts from (`metodist init`): its name and its first
/// administrator, who then adds everyone else. Nothing else is assumed — no
/// municipality, no organization, no demo data.
public struct RegionCharter: Hashable, Sendable {
    public static let maxNameLength = 200

    public let regionName: String
    public let adminLogin: String
    public let adminName: String

    /// The names as they will be stored: cleaned of control characters, on one line, trimmed.
    public init(regionName: String, adminLogin: String, adminName: String) {
        func line(_ s: String) -> String { StoredText.clean(s, multiline: false).trimmed }
        self.regionName = line(regionName)
        self.adminLogin = adminLogin
        self.adminName = line(adminName)
    }

    /// Why these cannot found a region; nil when they can. The login follows
    /// `LoginRule` (it names the administrator in `--as` and the audit log).
    public var refusal: Refusal? {
        if regionName.isEmpty { return Refusal("пустое название региона (--region)", "the region's name is empty (--region)") }
        if regionName.count > Self.maxNameLength {
            return Refusal("название региона длиннее \(Self.maxNameLength) знаков", "the region's name is longer than \(Self.maxNameLength) characters")
        }
        if let why = LoginRule.refusal(adminLogin) {
            return Refusal("--admin: " + why.reason.ru, "--admin: " + why.reason.en)
        }
        if adminName.isEmpty {
            return Refusal("пустое ФИО администратора (--admin-name)", "the administrator's full name is empty (--admin-name)")
        }
        if adminName.count > Self.maxNameLength {
            return Refusal("ФИО администратора длиннее \(Self.maxNameLength) знаков", "the administrator's name is longer than \(Self.maxNameLength) characters")
        }
        return nil
    }
}
