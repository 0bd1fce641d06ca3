import Domain
import Foundation
@testable import Storage
@testable import TUI

/// A tiny region for app-level screen tests: one school, a handful of
/// people (one with an escape sequence in the name), two requests.
final class AppFixture {
    let dir: URL
    let store: SQLiteStore

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        try store.loadMunicipality(Municipality(id: 1, name: "Челябинский ГО", kind: .cityDistrict))
        try store.loadOrganization(Organization(id: 1, name: "МАОУ «Лицей № 31»", kind: .school, municipalityID: 1, flags: .lowResults))
        let people: [(String, String, Set<Role>, String)] = [
            ("coord", "Смирнов Пётр Алексеевич", [.coordinator], "1970-01-01"),
            ("elkina", "Ёлкина Анна Петровна", [.teacher], "1999-05-01"),
            ("evil", "Злоумышленник", [.teacher], "1980-01-01"),
            ("wide", "李小龍 Ли 😀", [.teacher], "1980-01-01"),
            ("ivanov", "Иванов Иван Иванович", [.teacher, .tutor], "1975-01-01"),
        ]
        for (login, name, roles, born) in people {
            try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: 1, position: "учитель",
                                        birthDate: Day(iso: born), roles: roles))
        }
        // A name with an escape sequence and a bidi override, as a file written by another tool may hold
        // (every write of ours cleans them, `StoredText`): written past the store, to see the screen cope.
        try store.db.execute("UPDATE people SET full_name = ? WHERE login = 'evil'",
                             ["Злоумышленник \u{1B}[31mКрасный\u{1B}[0m \u{202E}тхет"])
        try store.loadRequest(HelpRequest(id: 0, text: "Помогите составить ИОМ по функциональной грамотности", authorID: 2,
                                          organizationID: 1, municipalityID: 1, direction: 3, createdOn: Day(iso: "2024-03-01")!),
                              urgent: true, at: 1_709_251_200)
        try store.loadRequest(HelpRequest(id: 0, text: "Нужен семинар по воспитанию", authorID: 3, organizationID: 1, municipalityID: 1,
                                          priority: .high, status: .assigned, assigneeID: 5, due: Day(iso: "2024-03-01"),
                                          createdOn: Day(iso: "2024-02-01")!),
                              urgent: true, at: 1_706_745_600)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ login: String, language: Language = .ru, colors: Bool = true) throws -> App {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: colors)
        return ViewCatalog.app(for: AppContext(store: store, viewer: viewer, language: language, theme: theme, colors: colors))
    }

    /// Runs keys through the app on an in-memory terminal of `size`.
    func screen(_ login: String, _ keys: String, size: Size = Size(width: 80, height: 24), language: Language = .ru) throws -> MemoryTerminal {
        let app = try self.app(login, language: language)
        return Headless.run(app, size: size, events: try KeySyntax.parse(keys)).terminal
    }
}
