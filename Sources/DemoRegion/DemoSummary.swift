import Domain
import Storage

/// What demo region to build.
public struct DemoOptions: Sendable {
    /// Teachers to generate (at least 50). Role holders (methodists of ММС,
    /// coordinators, administrators) come on top; so do extra РМА applicants
    /// when there are too few teachers to draw the seed's 629 from (see
    /// `DemoRegion`).
    public var teachers: Int = 3000
    public var seed: UInt64 = 1
    /// The demo's fixed «today»: inside the roadmap period 2023–2024 and the
    /// academic year 2023/24, so the data is the same whatever day it is built.
    public var today: Day = DemoOptions.defaultToday

    public static let defaultToday: Day = Day(iso: "2024-03-15") ?? Day(ordinal: 19797)
    /// Fewer teachers than this cannot hold the demo logins' scenarios.
    public static let minimumTeachers = 50

    public init(teachers: Int = 3000, seed: UInt64 = 1, today: Day = DemoOptions.defaultToday) {
        self.teachers = teachers
        self.seed = seed
        self.today = today
    }
}

/// A fixed login of the demo and what to try as that user.
public struct DemoLogin: Sendable, Hashable {
    public let role: Role
    public let login: String
    public let fullName: String
    /// What to try as that user, in Russian.
    public let note: String

    public init(role: Role, login: String, fullName: String, note: String) {
        self.role = role; self.login = login; self.fullName = fullName; self.note = note
    }
}

/// What `DemoRegion.build` wrote.
public struct DemoSummary: Sendable {
    public var municipalities = 0
    public var organizations = 0
    public var people = 0
    /// People holding the teacher role.
    public var teachers = 0
    /// Teachers who are young (under 35 or in the first 3 years) on the demo's today.
    public var youngTeachers = 0
    public var diagnostics = 0
    public var deficits = 0
    public var routes = 0
    public var steps = 0
    public var requests = 0
    public var mentoringPairs = 0
    public var applications = 0
    public var approved = 0
    public var rejected = 0
    public var roadmapItems = 0
    public var programmes = 0
    public var logins: [DemoLogin] = []
    /// Wall-clock time of the build.
    public var seconds: Double = 0

    public init() {}

    /// A short report in Russian, one fact per line, then the logins.
    public var lines: [String] {
        var out = [
            "Муниципалитетов: \(municipalities), организаций: \(organizations)",
            "Работников: \(people), из них педагогов: \(teachers) (молодых: \(youngTeachers))",
            "Диагностик: \(diagnostics), дефицитов: \(deficits)",
            "Маршрутов (ИОМ): \(routes), шагов: \(steps)",
            "Запросов на помощь: \(requests), наставнических пар: \(mentoringPairs)",
            "Заявок в РМА: \(applications), одобрено: \(approved), отклонено: \(rejected)",
            "Пунктов дорожной карты: \(roadmapItems), программ ДПП: \(programmes)",
            "Построено за \(DemoSummary.decimal(seconds)) с",
            "",
            "Демо-логины (metodist --as ЛОГИН):",
        ]
        let width = logins.map(\.login.count).max() ?? 0
        for l in logins {
            let pad = String(repeating: " ", count: max(0, width - l.login.count))
            out.append("  \(l.login)\(pad)  \(l.role.label.ru): \(l.fullName) — \(l.note)")
        }
        return out
    }

    /// `12,3`: one decimal, Russian comma.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    /// One line for the audit log.
    var auditText: String {
        "муниципалитетов \(municipalities); организаций \(organizations); работников \(people); педагогов \(teachers); "
            + "молодых \(youngTeachers); диагностик \(diagnostics); дефицитов \(deficits); маршрутов \(routes); шагов \(steps); "
            + "запросов \(requests); пар \(mentoringPairs); заявок РМА \(applications) (одобрено \(approved), отклонено \(rejected)); "
            + "дорожная карта \(roadmapItems); программ \(programmes)"
    }
}
