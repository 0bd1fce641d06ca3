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
        let db = store.db
        try db.write {
            try db.execute("INSERT INTO municipalities(id, name, kind) VALUES (1, 'Челябинский ГО', 'ГО')")
            try db.execute("INSERT INTO organizations(id, name, kind, municipality_id, flags) VALUES (1, 'МАОУ «Лицей № 31»', 'school', 1, 1)")
            let people: [(String, String, Int, String?)] = [
                ("coord", "Смирнов Пётр Алексеевич", Codecs.roleBits([.coordinator]), "1970-01-01"),
                ("elkina", "Ёлкина Анна Петровна", Codecs.roleBits([.teacher]), "1999-05-01"),
                ("evil", "Злоумышленник \u{1B}[31mКрасный\u{1B}[0m \u{202E}тхет", Codecs.roleBits([.teacher]), "1980-01-01"),
                ("wide", "李小龍 Ли 😀", Codecs.roleBits([.teacher]), "1980-01-01"),
                ("ivanov", "Иванов Иван Иванович", Codecs.roleBits([.teacher, .tutor]), "1975-01-01"),
            ]
            for (login, name, roles, born) in people {
                try db.execute("""
                    INSERT INTO people(login, full_name, name_key, organization_id, municipality_id, position, roles, birth_date)
                    VALUES (?, ?, ?, 1, 1, 'учитель', ?, ?)
                    """, [login, name, SearchKey.fold(name), roles, born])
            }
            try db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                VALUES ('Помогите составить ИОМ по функциональной грамотности', 2, 1, 1, 3, 1, 1, 'new', '2024-03-01')
                """)
            try db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, priority, urgent, status, created_on, due, assignee_id)
                VALUES ('Нужен семинар по воспитанию', 3, 1, 1, 2, 1, 'assigned', '2024-02-01', '2024-03-01', 5)
                """)
        }
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
