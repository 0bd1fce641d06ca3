import Domain
import Foundation
@testable import Storage
@testable import TUI

/// A small region for the dashboard's screens (today 2024-03-15): two
/// municipalities, «Ашинский МР» with one school of two teachers (one
/// diagnosed, one young without a mentor) and «Челябинский ГО» with a lyceum
/// of three teachers (all diagnosed; one with a route without a tutor), an
/// overdue request, the coordinator and a municipal methodist of Аша.
final class DashboardFixture {
    let dir: URL
    let store: SQLiteStore

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("d.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        let db = store.db
        try db.write {
            try db.execute("INSERT INTO meta(key, value) VALUES ('region', 'Челябинская область')")
            try db.execute("INSERT INTO municipalities(id, name, kind) VALUES (1, 'Челябинский ГО', 'ГО'), (2, 'Ашинский МР', 'МР')")
            try db.execute("""
                INSERT INTO organizations(id, name, kind, municipality_id) VALUES
                  (1, 'МАОУ «Лицей № 31»', 'school', 1), (2, 'МКОУ «СОШ № 1 г. Аши»', 'school', 2), (3, 'ЦНППМ', 'cnppm', NULL)
                """)
            let t = Codecs.roleBits([.teacher])
            let people: [(Int, String, String, Int, Int, String)] = [
                (1, "coord", "Смирнов Пётр Алексеевич", 3, Codecs.roleBits([.coordinator]), "1970-01-01"),
                (2, "elkina", "Ёлкина Анна Петровна", 1, t, "1975-05-01"),
                (3, "ivanov", "Иванов Иван Иванович", 1, t, "1980-01-01"),
                (4, "orlova", "Орлова Нина Ивановна", 1, t, "1985-01-01"),
                (5, "petrova", "Петрова Мария Сергеевна", 2, t, "1980-02-02"),
                (6, "young", "Юдина Яна Олеговна", 2, t, "2000-01-01"),
                (7, "methodist", "Кузнецова Елена Павловна", 2, Codecs.roleBits([.municipalMethodist]), "1970-01-01"),
            ]
            for (id, login, name, org, roles, born) in people {
                try db.execute("""
                    INSERT INTO people(id, login, full_name, name_key, organization_id, municipality_id, position, roles, birth_date)
                    VALUES (?, ?, ?, ?, ?, (SELECT municipality_id FROM organizations WHERE id = ?), 'учитель', ?, ?)
                    """, [Int64(id), login, name, SearchKey.fold(name), Int64(org), Int64(org), roles, born])
            }
            for person in [2, 3, 4, 5] {
                try db.execute("INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-10-01', 'regional', '')", [Int64(person)])
            }
            try db.execute("""
                INSERT INTO routes(id, person_id, tutor_id, period_start, period_end, status) VALUES (1, 2, NULL, '2023-09-01', '2024-08-31', 'inProgress')
                """)
            try db.execute("""
                INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status)
                VALUES (1, 1, 'course', 'Курс «Функциональная грамотность»', '2023-10-01', '2023-12-01', 36, 'done')
                """)
            try db.execute("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, status, created_on, due)
                VALUES ('Нужен семинар по воспитанию', 5, 2, 2, 'assigned', '2024-02-01', '2024-03-01')
                """)
            // Two months of history for the region: the trend line.
            try db.execute("""
                INSERT INTO indicator_snapshots(scope, scope_id, kind, month, numerator, denominator, value) VALUES
                  ('region', 0, 'diagnosedShare', '2024-01', 2, 5, 0.4), ('region', 0, 'diagnosedShare', '2024-02', 3, 5, 0.6)
                """)
        }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func app(_ login: String) throws -> App {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true)
        return ViewCatalog.app(for: AppContext(store: store, viewer: viewer, language: .ru, theme: theme, colors: true))
    }

    /// The keys that open the dashboard tab, then `keys`.
    func screen(_ login: String, _ keys: String, size: Size) throws -> (MemoryTerminal, App) {
        let app = try self.app(login)
        guard let tab = app.views.firstIndex(where: { $0.id == "dashboard" }) else { throw StoreError.notFound(entity: "tab", id: 0) }
        // The count runs in the background from the tab's first visit; a real session picks it up on the
        // idle tick. Here: start it and wait for it, so the tab shows it at once.
        if let view = app.views[tab] as? DashboardView {
            view.recountInBackground(app.ctx)
            _ = view.loader?.wait()
        }
        let run = Headless.run(app, size: size, events: try KeySyntax.parse("\(tab + 1)" + keys))
        return (run.terminal, app)
    }
}
