import Domain
import Foundation
@testable import Storage
@testable import TUI

/// A small municipality for the triage inbox tests (not the random demo):
/// a methodist, two tutors, a coordinator, teachers (young ones, one at a
/// ШНОР school), and requests in a known triage order.
///
/// Open requests of Челябинский ГО in triage order (today 15.03.2024):
///   №5 high, assigned to Сидорова, due 10.03 (overdue)
///   №3 normal, young teacher at a ШНОР school (two reasons)
///   №2 normal, ШНОР school, 01.03
///   №4 normal, the ШНОР school itself, 05.03
///   №1 normal, young teacher, 10.03
/// №6 is resolved (closed); №7 is from another municipality.
final class TriageFixture {
    /// Where the fixture's data lives: SQLite for tests about data, files and
    /// locks; memory for tests about what the screen shows and does.
    enum Backing { case sqlite, memory }

    let dir: URL
    let backend: any Backend & RegionLoading
    /// The SQLite store, when the fixture is on SQLite.
    let store: SQLiteStore!
    var ids: [String: Int64] = [:]

    init(_ backing: Backing = .sqlite) throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-triage-\(UUID().uuidString)")
        switch backing {
        case .sqlite:
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
            backend = store
        case .memory:
            store = nil
            backend = InMemoryBackend()
        }
        backend.today = { Day(year: 2024, month: 3, day: 15)! }
        backend.clock = { 1_710_486_000 }   // 15.03.2024
        try populate()
    }

    /// Through `RegionLoading`, the same on every backend.
    private func populate() throws {
        try backend.loadMunicipality(Municipality(id: 1, name: "Челябинский ГО", kind: .cityDistrict))
        try backend.loadMunicipality(Municipality(id: 2, name: "Ашинский МР", kind: .district))
        try backend.loadOrganization(Organization(id: 1, name: "Лицей № 31", kind: .school, municipalityID: 1))
        try backend.loadOrganization(Organization(id: 2, name: "СОШ № 5", kind: .school, municipalityID: 1, flags: .lowResults))
        try backend.loadOrganization(Organization(id: 3, name: "СОШ № 1 г. Аши", kind: .school, municipalityID: 2))
        let people: [(String, String, Int64, Set<Role>, String)] = [
            ("methodist", "Кузнецова Елена Павловна", 1, [.municipalMethodist], "1975-01-01"),
            ("tutor", "Сидорова Ольга Викторовна", 1, [.teacher, .tutor], "1970-01-01"),
            ("tutor2", "Орлов Николай Петрович", 2, [.teacher, .tutor], "1968-01-01"),
            ("coord", "Смирнов Пётр Алексеевич", 1, [.coordinator], "1970-01-01"),
            ("elkina", "Ёлкина Анна Петровна", 1, [.teacher], "1998-05-01"),
            ("ivanov", "Иванов Иван Иванович", 2, [.teacher], "1970-01-01"),
            ("smirnova", "Смирнова Дарья Олеговна", 2, [.teacher], "1997-02-02"),
            ("petrova", "Петрова Мария Сергеевна", 3, [.teacher], "1980-01-01"),
        ]
        for (login, name, org, roles, born) in people {
            ids[login] = try backend.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: org, position: "учитель",
                                                       birthDate: Day(iso: born), roles: roles))
        }
        func request(_ id: RequestID, _ text: String, author: String?, org: Int64, muni: Int64, status: RequestStatus, created: String,
                     priority: RequestPriority = .normal, direction: Int? = nil, assignee: String? = nil, due: String? = nil,
                     resolved: String? = nil, urgent: Bool) throws {
            try backend.loadRequest(HelpRequest(id: id, text: text, authorID: author.flatMap { ids[$0] }, organizationID: org,
                                                municipalityID: muni, direction: direction, priority: priority, status: status,
                                                assigneeID: assignee.flatMap { ids[$0] }, due: due.flatMap(Day.init(iso:)),
                                                createdOn: Day(iso: created)!, resolvedOn: resolved.flatMap(Day.init(iso:))),
                                    urgent: urgent, at: 1_709_251_200)
        }
        try request(1, "Помогите с функциональной грамотностью в 7 классе", author: "elkina", org: 1, muni: 1, status: .new,
                    created: "2024-03-10", urgent: true)
        try request(2, "Нужна консультация по ФГОС ООО", author: "ivanov", org: 2, muni: 1, status: .new,
                    created: "2024-03-01", urgent: true)
        try request(3, "Как подготовиться к конкурсу «Учитель года»", author: "smirnova", org: 2, muni: 1, status: .new,
                    created: "2024-03-12", urgent: true)
        try request(4, "Школа просит семинар по воспитанию", author: nil, org: 2, muni: 1, status: .new,
                    created: "2024-03-05", urgent: true)
        try request(5, "Просьба о наставнике для молодого коллеги", author: "ivanov", org: 2, muni: 1, status: .assigned,
                    created: "2024-02-20", priority: .high, direction: 18, assignee: "tutor", due: "2024-03-10", urgent: true)
        try request(6, "Ёлочные игрушки и проектная деятельность", author: "elkina", org: 1, muni: 1, status: .resolved,
                    created: "2024-01-10", direction: 9, assignee: "tutor2", due: "2024-01-25", resolved: "2024-01-20", urgent: true)
        try request(7, "Запрос из другого муниципалитета", author: "petrova", org: 3, muni: 2, status: .new,
                    created: "2024-03-11", urgent: false)
    }

    /// Another user's session on the same data: a second connection to the file, or a second in-memory session.
    func otherSession() throws -> any Backend {
        if let store { return try SQLiteStore(path: store.path) }
        return (backend as! InMemoryBackend).session()
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func id(_ login: String) -> Int64 { ids[login] ?? -1 }

    func app(_ login: String = "methodist", language: Language = .ru, theme: Theme = ThemeLoader.defaultTheme,
             colors: Bool = true) throws -> App {
        let viewer = try backend.viewer(login: login)
        let theme = ThemeLoader.adapted(theme, hasColors: colors)
        return ViewCatalog.app(for: AppContext(store: backend, viewer: viewer, language: language, theme: theme, colors: colors))
    }

    /// Opens the inbox (tab 2 for the methodist) and types `keys`.
    func run(_ keys: String, login: String = "methodist", size: Size = Size(width: 100, height: 24),
             language: Language = .ru) throws -> (app: App, terminal: MemoryTerminal) {
        let app = try self.app(login, language: language)
        let tab = app.views.firstIndex { $0.id == "requests" }.map { String($0 + 1) } ?? ""
        let result = Headless.run(app, size: size, events: try KeySyntax.parse(tab + keys))
        return (app, result.terminal)
    }

    func request(_ id: RequestID) throws -> HelpRequest? {
        try backend.request(backend.viewer(login: "coord"), id: id)?.request
    }

    /// Request numbers in the order the list shows them.
    static func listedIDs(_ terminal: MemoryTerminal, among ids: [RequestID], texts: [RequestID: String]) -> [RequestID] {
        var out: [RequestID] = []
        for y in 0..<terminal.size.height {
            let line = terminal.line(y)
            if let id = ids.first(where: { texts[$0].map { line.contains($0) } ?? false }) { out.append(id) }
        }
        return out
    }
}
