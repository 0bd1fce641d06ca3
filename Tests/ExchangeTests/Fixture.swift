import Domain
import Foundation
@testable import Exchange
@testable import Storage

/// A small hand-made region in a temporary file: two municipalities, three
/// schools (one ШНОР), a few people in every role, one route, requests.
final class Fixture {
    let dir: URL
    let path: String
    let store: SQLiteStore
    var ids: [String: Int64] = [:]

    static func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    init(empty: Bool = false) throws {
        dir = Fixture.temporaryDirectory()
        path = dir.appendingPathComponent("test.db").path
        store = try SQLiteStore(path: path)
        store.clock = { 1_700_000_000 }
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        if !empty { try populate() }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func id(_ name: String) -> Int64 { ids[name] ?? -1 }

    func insert(_ sql: String, _ params: [SQLBindable], as name: String) throws {
        try store.db.execute(sql, params)
        ids[name] = store.db.lastInsertRowID
    }

    func person(_ name: String, login: String, org: String, roles: Set<Role>, born: Day? = nil, since: Day? = nil,
                directions: [Int] = []) throws {
        let municipality = try store.db.first("SELECT municipality_id FROM organizations WHERE id = ?", [id(org)]) { $0.optInt64(0) } ?? nil
        try insert("""
            INSERT INTO people(login, full_name, name_key, organization_id, municipality_id, position, roles, birth_date,
                               teaching_since, directions) VALUES (?, ?, ?, ?, ?, 'учитель', ?, ?, ?, ?)
            """, [login, name, SearchKey.fold(name), id(org), municipality, Codecs.roleBits(roles), born, since,
                  Codecs.ints(directions)], as: login)
    }

    func populate() throws {
        try store.db.write {
            try insert("INSERT INTO municipalities(name, kind) VALUES ('Челябинский ГО', 'ГО')", [], as: "chel")
            try insert("INSERT INTO municipalities(name, kind) VALUES ('Ашинский МР', 'МР')", [], as: "asha")
            try insert("INSERT INTO organizations(name, kind, municipality_id, flags) VALUES ('Лицей № 31', 'school', ?, 0)", [id("chel")], as: "lyceum")
            try insert("INSERT INTO organizations(name, kind, municipality_id, flags) VALUES ('СОШ № 5', 'school', ?, 1)", [id("chel")], as: "shnor")
            try insert("INSERT INTO organizations(name, kind, municipality_id, flags) VALUES ('СОШ № 1 г. Аши', 'school', ?, 0)", [id("asha")], as: "asha1")
            try insert("INSERT INTO organizations(name, kind, municipality_id, flags) VALUES ('ЦНППМ', 'cnppm', NULL, 0)", [], as: "cnppm")
            let born = Day(year: 1970, month: 1, day: 1)!
            try person("Ёлкина Анна Петровна", login: "elkina", org: "lyceum", roles: [.teacher], born: Day(year: 1998, month: 5, day: 1)!)
            try person("Иванов Иван Иванович", login: "ivanov", org: "shnor", roles: [.teacher], born: born)
            try person("Петрова Мария Сергеевна", login: "petrova", org: "asha1", roles: [.teacher], born: born)
            try person("Сидорова Ольга Викторовна", login: "tutor", org: "lyceum", roles: [.teacher, .tutor], born: born)
            try person("Кузнецова Елена Павловна", login: "methodist", org: "lyceum", roles: [.municipalMethodist], born: born)
            try person("Смирнов Пётр Алексеевич", login: "coord", org: "cnppm", roles: [.coordinator], born: born)
            try person("Орлова Нина Ивановна", login: "admin", org: "cnppm", roles: [.administrator], born: born)
            try person("Васильев Олег Юрьевич", login: "rma", org: "asha1", roles: [.teacher, .regionalMethodist], born: born, directions: [3, 6])
            try store.db.execute("INSERT INTO tutoring(tutor_id, person_id, since) VALUES (?, ?, '2023-09-01')", [id("tutor"), id("elkina")])
            try insert("INSERT INTO competences(code, name, area, direction) VALUES ('М1', 'Проектирование урока', 'methodical', 1)", [], as: "c1")
            try insert("INSERT INTO competences(code, name, area, direction) VALUES ('Ц1', 'Цифровые инструменты', 'digital', 11)", [], as: "c2")
            try insert("INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-10-01', 'regional', ?)",
                       [id("elkina"), "\(id("c1"))=40;\(id("c2"))=75"], as: "diag")
            try insert("INSERT INTO deficits(person_id, competence_id, severity, status, diagnostic_id, score) VALUES (?, ?, 'moderate', 'inWork', ?, 40)",
                       [id("elkina"), id("c1"), id("diag")], as: "deficit")
            try insert("INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, ?, '2023-09-01', '2024-08-31', 'inProgress')",
                       [id("elkina"), id("tutor")], as: "route")
            try insert("""
                INSERT INTO steps(route_id, position, kind, title, planned_start, planned_end, hours, status)
                VALUES (?, 1, 'course', 'Курс «Современный урок»', '2023-10-01', '2023-12-01', 36, 'inProgress')
                """, [id("route")], as: "step")
            try store.db.execute("INSERT INTO step_deficits(step_id, deficit_id) VALUES (?, ?)", [id("step"), id("deficit")])
            try insert("INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, NULL, '2023-09-01', '2024-08-31', 'draft')",
                       [id("petrova")], as: "route2")
            try insert("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                VALUES ('Помогите с функциональной грамотностью', ?, ?, ?, 3, 1, 1, 'new', '2024-03-01')
                """, [id("elkina"), id("lyceum"), id("chel")], as: "req1")
            try insert("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                VALUES ('Нужна консультация по ФГОС ООО для С-300', ?, ?, ?, 1, 1, 0, 'new', '2024-02-01')
                """, [id("petrova"), id("asha1"), id("asha")], as: "req2")
            try insert("""
                INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on)
                VALUES ('Школа просит семинар по воспитанию', NULL, ?, ?, 7, 2, 1, 'new', '2024-03-10')
                """, [id("shnor"), id("chel")], as: "req3")
        }
    }

    func viewer(_ login: String) throws -> Viewer { try store.viewer(login: login) }
}
