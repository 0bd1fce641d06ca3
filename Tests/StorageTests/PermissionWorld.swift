import Domain
import Foundation
@testable import Storage

/// A small region for the permission matrix: one person per role, each with
/// ONLY that role, all in municipality A and all tutoring the same pupil, so
/// that nothing but the role decides whether an action is allowed. Strangers
/// in municipality B are for the scope tests. Rows an action needs are made
/// fresh for each probe (`fresh...`), so probes never depend on each other.
final class PermissionWorld {
    let fixture: Fixture
    var store: SQLiteStore { fixture.store }
    var today: Day { store.today() }

    init() throws {
        fixture = try Fixture(empty: true)
        try build()
    }

    func id(_ name: String) -> Int64 { fixture.id(name) }
    static func login(_ role: Role) -> String { "as_\(role.rawValue)" }
    func actor(_ role: Role) throws -> Viewer { try fixture.viewer(PermissionWorld.login(role)) }

    private func build() throws {
        let f = fixture
        try store.db.write {
            try f.insert("INSERT INTO municipalities(name, kind) VALUES ('Челябинский ГО', 'ГО')", [], as: "A")
            try f.insert("INSERT INTO municipalities(name, kind) VALUES ('Ашинский МР', 'МР')", [], as: "B")
            try f.insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('Лицей № 31', 'school', ?)", [id("A")], as: "schoolA")
            try f.insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('СОШ № 1 г. Аши', 'school', ?)", [id("B")], as: "schoolB")
            let born = Day(year: 1980, month: 1, day: 1)!
            for role in Role.allCases {
                try f.person("Роль \(role.label.ru)", login: PermissionWorld.login(role), org: "schoolA", roles: [role], born: born,
                             directions: role == .regionalMethodist ? [3] : [])
            }
            try f.person("Ученикова Анна", login: "pupil", org: "schoolA", roles: [.teacher], born: born)
            try f.person("Коллегова Вера", login: "colleague", org: "schoolA", roles: [.teacher], born: born)
            try f.person("Чужова Галина", login: "stranger", org: "schoolB", roles: [.teacher], born: born)
            try f.person("Соседова Дина", login: "neighbour", org: "schoolA", roles: [.teacher], born: born)
            for role in Role.allCases {
                try store.db.execute("INSERT INTO tutoring(tutor_id, person_id, since) VALUES (?, ?, '2023-09-01')",
                                     [id(PermissionWorld.login(role)), id("pupil")])
                // Everyone's own route, in progress, with a planned step.
                let own = PermissionWorld.login(role)
                try f.insert("""
                    INSERT INTO routes(person_id, tutor_id, period_start, period_end, status)
                    VALUES (?, NULL, '2023-09-01', '2024-08-31', 'inProgress')
                    """, [id(own)], as: "route_\(own)")
            }
            try f.insert("INSERT INTO competences(code, name, area, direction) VALUES ('М1', 'Проектирование урока', 'methodical', 3)", [], as: "c1")
            for who in ["pupil", "stranger", "neighbour"] {
                try f.insert("""
                    INSERT INTO routes(person_id, tutor_id, period_start, period_end, status)
                    VALUES (?, NULL, '2023-09-01', '2024-08-31', 'inProgress')
                    """, [id(who)], as: "route_\(who)")
                try f.insert("""
                    INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status)
                    VALUES (?, 1, 'course', 'Курс', '2023-10-01', '2023-12-01', 36, 'done')
                    """, [id("route_\(who)")], as: "step_\(who)")
            }
            // Requests of direction 3 (the regional methodist's) from A and from B.
            for (who, org, m) in [("pupil", "schoolA", "A"), ("stranger", "schoolB", "B")] {
                try f.insert("""
                    INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                    VALUES ('Помогите с уроком', ?, ?, ?, 3, 1, 0, 'new', '2024-03-01')
                    """, [id(who), id(org), id(m)], as: "request_\(who)")
            }
            try f.insert("""
                INSERT INTO roadmap_items(direction, title, timing_kind, timing_year, status)
                VALUES (3, 'Семинар направления', 'duringYear', 2024, 'planned')
                """, [], as: "roadmap")
            try f.insert("INSERT INTO rma_applications(person_id, year, directions) VALUES (?, 2024, '3')", [id("colleague")], as: "application")
            try f.insert("INSERT INTO events(title, kind, date, direction) VALUES ('Форум', 'forum', '2024-04-01', 3)", [], as: "event")
        }
    }

    /// A new planned step on the viewer's own route.
    func freshOwnStep(_ v: Viewer) throws -> StepID {
        try step(route: id("route_\(v.login)"), status: "planned")
    }

    /// A new done step on the pupil's route (to confirm).
    func freshPupilStep() throws -> StepID { try step(route: id("route_pupil"), status: "done") }

    private func step(route: RouteID, status: String) throws -> StepID {
        try store.db.execute("""
            INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status)
            VALUES (?, 9, 'selfEducation', 'Самообразование', '2024-01-01', '2024-02-01', 6, ?)
            """, [route, status])
        return store.db.lastInsertRowID
    }

    /// A new draft route of the pupil (to cancel).
    func freshPupilDraft() throws -> RouteID {
        try store.db.execute("""
            INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, NULL, '2024-09-01', '2025-08-31', 'draft')
            """, [id("pupil")])
        return store.db.lastInsertRowID
    }

    /// A new pending РМА application (to decide).
    func freshApplication() throws -> ApplicationID {
        try store.db.execute("INSERT INTO rma_applications(person_id, year, directions) VALUES (?, 2025, '3')", [id("colleague")])
        return store.db.lastInsertRowID
    }

    /// A new teacher of municipality A without a mentor (to pair).
    func freshMentee() throws -> PersonID {
        let n = try store.db.scalarInt("SELECT count(*) FROM people")
        try fixture.person("Подопечная \(n)", login: "mentee\(n)", org: "schoolA", roles: [.teacher],
                           born: Day(year: 1999, month: 1, day: 1)!, since: Day(year: 2023, month: 9, day: 1)!)
        return id("mentee\(n)")
    }

    func version(_ table: String, _ rowID: Int64) throws -> Int {
        try store.db.scalarInt("SELECT version FROM \(table) WHERE id = ?", [rowID])
    }

    /// Every row of every table, as text: equal before and after means nothing was written.
    func fingerprint() throws -> [String] {
        let tables = try store.db.query("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'
            ORDER BY name
            """) { $0.string(0) }
        var out: [String] = []
        for t in tables {
            try store.db.forEach("SELECT * FROM \"\(t)\"") { r in
                out.append(t + ":" + (0..<r.columnCount).map { "\(r.value($0))" }.joined(separator: "|"))
            }
        }
        return out
    }
}
