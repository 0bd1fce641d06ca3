import Domain
import Foundation
@testable import Storage

/// A tiny region whose indicators are counted by hand in IndicatorStoreTests.
/// Today is 2024-03-15. Three municipalities: А (Алмазный ГО, schools А1 and
/// А2), Б (Берёзовский МР, school Б1), В (Васильковский МО, nobody), and the
/// regional ЦНППМ. Five teachers:
///
/// | who | school | young?                          | diagnosed | route (tutor)            | deficits        | mentor      |
/// |-----|--------|---------------------------------|-----------|--------------------------|-----------------|-------------|
/// | t1  | А1     | yes, born 1995                  | yes       | inProgress (tutor)       | closed, inWork  | active pair |
/// | t2  | А1     | yes, teaching since 2022-09-01  | yes       | draft (no tutor)         | identified      | none        |
/// | t3  | А2     | no                              | no        | completed (no tutor)     | —               | —           |
/// | t4  | Б1     | no: 35 today, 3 years today     | yes       | none                     | closed          | —           |
/// | t5  | Б1     | yes, born 1990                  | no        | cancelled                | —               | pair ended 2024-03-01 |
///
/// Course steps: t1's course (registry programme) and internship, t2's
/// course (not in the registry), t5's course on the cancelled route.
/// Requests: r1 А/А1 resolved in 10 days on time; r2 А/А1 resolved in 4 days
/// late; r3 Б/Б1 resolved in 30 days, no due date; r4 Б/Б1 new, due
/// 2024-03-01 (overdue); r5 А/А2 in progress, due 2024-03-20; r6 А/А1
/// declined, due 2024-01-01. РМА applications: the Б methodist in 2024, the
/// А methodist in 2023 (not the latest year).
final class IndicatorFixture {
    let dir: URL
    let store: SQLiteStore
    var ids: [String: Int64] = [:]

    init() throws {
        dir = Fixture.temporaryDirectory()
        store = try SQLiteStore(path: dir.appendingPathComponent("indicators.db").path)
        store.clock = { 1_700_000_000 }
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        try populate()
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func id(_ name: String) -> Int64 { ids[name] ?? -1 }
    func viewer(_ login: String) throws -> Viewer { try store.viewer(login: login) }

    private func insert(_ sql: String, _ params: [SQLBindable], as name: String) throws {
        try store.db.execute(sql, params)
        ids[name] = store.db.lastInsertRowID
    }

    private func person(_ login: String, _ name: String, org: String, roles: Set<Role>, born: String?, since: String? = nil,
                        directions: [Int] = []) throws {
        let municipality = try store.db.first("SELECT municipality_id FROM organizations WHERE id = ?", [id(org)]) { $0.optInt64(0) } ?? nil
        try insert("""
            INSERT INTO people(login, full_name, name_key, organization_id, municipality_id, position, roles, birth_date,
                               teaching_since, directions) VALUES (?, ?, ?, ?, ?, 'учитель', ?, ?, ?, ?)
            """, [login, name, SearchKey.fold(name), id(org), municipality, Codecs.roleBits(roles), born, since,
                  Codecs.ints(directions)], as: login)
    }

    private func route(_ person: String, tutor: String?, status: String) throws {
        try insert("INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, ?, '2023-09-01', '2024-08-31', ?)",
                   [id(person), tutor.map(id), status], as: "route-" + person)
    }

    private func step(_ person: String, kind: String, programme: String?) throws {
        try store.db.execute("""
            INSERT INTO steps(route_id, position, kind, title, programme_id, planned_start, planned_end, hours, status)
            VALUES (?, 1, ?, 'Шаг', ?, '2023-10-01', '2023-12-01', 36, 'planned')
            """, [id("route-" + person), kind, programme.map(id)])
    }

    private func deficit(_ person: String, _ status: String) throws {
        try store.db.execute("""
            INSERT INTO deficits(person_id, competence_id, severity, status, diagnostic_id, score) VALUES (?, ?, 'moderate', ?, ?, 40)
            """, [id(person), id("c1"), status, id("diag-" + person)])
    }

    private func request(_ name: String, m: String, o: String, status: String, created: String, resolved: String?, due: String?) throws {
        try insert("""
            INSERT INTO requests(text, author_id, organization_id, municipality_id, status, created_on, resolved_on, due)
            VALUES (?, NULL, ?, ?, ?, ?, ?, ?)
            """, ["Запрос «\(name)» о функциональной грамотности", id(o), id(m), status, created, resolved, due], as: name)
    }

    private func populate() throws {
        try store.db.write {
            try insert("INSERT INTO municipalities(name, kind) VALUES ('Алмазный ГО', 'ГО')", [], as: "А")
            try insert("INSERT INTO municipalities(name, kind) VALUES ('Берёзовский МР', 'МР')", [], as: "Б")
            try insert("INSERT INTO municipalities(name, kind) VALUES ('Васильковский МО', 'МО')", [], as: "В")
            try insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('Школа № 1', 'school', ?)", [id("А")], as: "А1")
            try insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('Гимназия № 2', 'school', ?)", [id("А")], as: "А2")
            try insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('СОШ № 3', 'school', ?)", [id("Б")], as: "Б1")
            try insert("INSERT INTO organizations(name, kind, municipality_id) VALUES ('ЦНППМ', 'cnppm', NULL)", [], as: "R")
            try person("t1", "Ёлкина Анна Петровна", org: "А1", roles: [.teacher], born: "1995-01-01", since: "2017-09-01")
            try person("t2", "Жуков Борис Ильич", org: "А1", roles: [.teacher], born: "1980-01-01", since: "2022-09-01")
            try person("t3", "Зайцева Вера Олеговна", org: "А2", roles: [.teacher], born: "1970-01-01", since: "1995-09-01")
            try person("t4", "Иванов Глеб Петрович", org: "Б1", roles: [.teacher], born: "1989-03-15", since: "2021-03-15")
            try person("t5", "Кузнецова Дарья Юрьевна", org: "Б1", roles: [.teacher], born: "1990-06-01", since: "2012-09-01")
            try person("mentor", "Лебедев Олег Иванович", org: "А1", roles: [.mentor], born: "1990-01-01")
            try person("tutor", "Миронова Нина Павловна", org: "А1", roles: [.tutor], born: "1975-01-01")
            try person("coord", "Смирнов Пётр Алексеевич", org: "R", roles: [.coordinator], born: "1970-01-01")
            try person("admin", "Орлов Иван Ильич", org: "R", roles: [.administrator], born: "1970-01-01")
            try person("methodistA", "Орлова Нина Ивановна", org: "А1", roles: [.municipalMethodist], born: "1970-01-01")
            try person("methodistB", "Павлова Анна Сергеевна", org: "Б1", roles: [.municipalMethodist], born: "1970-01-01")
            try person("rma", "Петров Олег Юрьевич", org: "Б1", roles: [.regionalMethodist], born: "1970-01-01", directions: [3, 6])

            try insert("INSERT INTO competences(code, name, area, direction) VALUES ('М1', 'Проектирование урока', 'methodical', 1)", [], as: "c1")
            for t in ["t1", "t2", "t4"] {
                try insert("INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-10-01', 'regional', '')",
                           [id(t)], as: "diag-" + t)
            }
            try store.db.execute("INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-11-01', 'regional', '')", [id("t1")])
            try deficit("t1", "closed"); try deficit("t1", "inWork"); try deficit("t2", "identified"); try deficit("t4", "closed")

            try insert("INSERT INTO programmes(title, provider, kind, hours, format, in_registry) VALUES ('Современный урок', 'ЧИППКРО', 'advanced', 36, 'online', 1)", [], as: "P1")
            try insert("INSERT INTO programmes(title, provider, kind, hours, format, in_registry) VALUES ('Местный курс', 'ММС', 'advanced', 16, 'offline', 0)", [], as: "P2")
            try route("t1", tutor: "tutor", status: "inProgress")
            try route("t2", tutor: nil, status: "draft")
            try route("t3", tutor: nil, status: "completed")
            try route("t5", tutor: nil, status: "cancelled")
            try step("t1", kind: "course", programme: "P1")
            try step("t1", kind: "internship", programme: nil)
            try step("t2", kind: "course", programme: "P2")
            try step("t5", kind: "course", programme: "P1")

            try store.db.execute("INSERT INTO mentoring(mentor_id, mentee_id, form, start, status) VALUES (?, ?, 'teacherTeacher', '2023-09-01', 'active')",
                                 [id("mentor"), id("t1")])
            try store.db.execute("""
                INSERT INTO mentoring(mentor_id, mentee_id, form, start, "end", status) VALUES (?, ?, 'teacherTeacher', '2023-09-01', '2024-03-01', 'active')
                """, [id("mentor"), id("t5")])

            try request("r1", m: "А", o: "А1", status: "resolved", created: "2024-01-10", resolved: "2024-01-20", due: "2024-01-25")
            try request("r2", m: "А", o: "А1", status: "resolved", created: "2024-02-01", resolved: "2024-02-05", due: "2024-02-03")
            try request("r3", m: "Б", o: "Б1", status: "resolved", created: "2024-01-01", resolved: "2024-01-31", due: nil)
            try request("r4", m: "Б", o: "Б1", status: "new", created: "2024-02-20", resolved: nil, due: "2024-03-01")
            try request("r5", m: "А", o: "А2", status: "inProgress", created: "2024-03-01", resolved: nil, due: "2024-03-20")
            try request("r6", m: "А", o: "А1", status: "declined", created: "2023-12-01", resolved: nil, due: "2024-01-01")

            try store.db.execute("INSERT INTO rma_applications(person_id, year, directions) VALUES (?, 2024, '3,6')", [id("rma")])
            try store.db.execute("INSERT INTO rma_applications(person_id, year, directions) VALUES (?, 2023, '1')", [id("methodistA")])
        }
    }
}
