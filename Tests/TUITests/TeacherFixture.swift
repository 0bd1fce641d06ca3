import Domain
import Foundation
@testable import Storage
@testable import TUI

/// A small hand-made region for the teacher's screens: one teacher per
/// route status, a teacher without a route, a tutor, a mentor, catalog
/// items for the steps and two diagnostics. Today is 15.03.2024.
final class TeacherFixture {
    let dir: URL
    let store: SQLiteStore
    private(set) var ids: [String: Int64] = [:]

    init() throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-teacher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        store.clock = { 1_710_460_800 }   // 15.03.2024
        try store.db.write { try populate() }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func id(_ name: String) -> Int64 { ids[name] ?? -1 }

    private func insert(_ name: String, _ sql: String, _ params: [SQLBindable] = []) throws {
        try store.db.execute(sql, params)
        ids[name] = store.db.lastInsertRowID
    }

    private func person(_ login: String, _ name: String, roles: Set<Role>, born: String, category: String = "none",
                        since: String = "2008-09-01") throws {
        try insert(login, """
            INSERT INTO people(login, full_name, name_key, organization_id, municipality_id, position, category, roles, birth_date,
                               teaching_since) VALUES (?, ?, ?, 1, 1, 'учитель математики', ?, ?, ?, ?)
            """, [login, name, SearchKey.fold(name), category, Codecs.roleBits(roles), born, since])
    }

    private func populate() throws {
        try store.db.execute("INSERT INTO municipalities(id, name, kind) VALUES (1, 'Копейский ГО', 'ГО')")
        try store.db.execute("INSERT INTO organizations(id, name, kind, municipality_id, flags) VALUES (1, 'МОУ «СОШ № 7»', 'school', 1, 0)")
        try store.db.execute("INSERT INTO organizations(id, name, kind, municipality_id, flags) VALUES (2, 'МАОУ «Гимназия № 1»', 'school', 1, 2)")
        try person("tutor", "Сидорова Ольга Викторовна", roles: [.teacher, .tutor], born: "1975-02-01", category: "highest")
        try person("mentor", "Петров Иван Ильич", roles: [.teacher, .mentor], born: "1970-02-01", category: "highest")
        try person("t_progress", "Ёлкина Алёна Сергеевна", roles: [.teacher], born: "1999-05-14", since: "2022-09-01")
        try person("t_draft", "Волков Денис Олегович", roles: [.teacher], born: "1985-01-10", category: "first")
        try person("t_agreed", "Орлова Мария Андреевна", roles: [.teacher], born: "1988-03-03", category: "first")
        try person("t_done", "Кузьмина Ирина Петровна", roles: [.teacher], born: "1980-07-07", category: "highest")
        try person("t_cancel", "Лебедев Павел Сергеевич", roles: [.teacher], born: "1983-08-08", category: "first")
        try person("t_none", "Семёнов Артём Игоревич", roles: [.teacher], born: "1996-11-02")
        try person("coord", "Смирнов Пётр Алексеевич", roles: [.coordinator], born: "1970-01-01")

        try insert("c_m2", "INSERT INTO competences(code, name, area, direction) VALUES ('М2', 'Оценивание образовательных результатов', 'methodical', 1)")
        try insert("c_c1", "INSERT INTO competences(code, name, area, direction) VALUES ('Ц1', 'Цифровые образовательные ресурсы', 'digital', 11)")
        try insert("c_f2", "INSERT INTO competences(code, name, area, direction) VALUES ('Ф2', 'Математическая грамотность', 'literacy', 3)")
        try insert("c_p1", "INSERT INTO competences(code, name, area, direction) VALUES ('П1', 'Предметные знания', 'subject', 1)")

        try insert("prog", """
            INSERT INTO programmes(title, provider, kind, hours, format, in_registry)
            VALUES ('Формирование функциональной грамотности', 'ЧИППКРО', 'upskilling', 36, 'distance', 1)
            """)
        try insert("site", "INSERT INTO sites(organization_id, topic, capacity) VALUES (2, 'Формирующее оценивание на уроке', 12)")
        try insert("event", "INSERT INTO events(title, kind, date, direction) VALUES ('Семинар «Задания PISA»', 'seminar', '2023-11-16', 3)")

        // t_progress: two diagnostics (the second closed М2 partly), a route in progress with a step in every status.
        let me = id("t_progress")
        try insert("d1", "INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-10-12', 'regional', ?)",
                   [me, "\(id("c_m2"))=46;\(id("c_c1"))=54;\(id("c_f2"))=33;\(id("c_p1"))=72"])
        try insert("d2", "INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2024-02-20', 'selfAssessment', ?)",
                   [me, "\(id("c_m2"))=64;\(id("c_c1"))=50;\(id("c_f2"))=41;\(id("c_p1"))=58"])
        try deficit("def_m2", me, "c_m2", "moderate", "inWork", 46)
        try deficit("def_c1", me, "c_c1", "moderate", "inWork", 54)
        try deficit("def_f2", me, "c_f2", "severe", "inWork", 33)
        try insert("route", "INSERT INTO routes(person_id, tutor_id, period_start, period_end, status) VALUES (?, ?, '2023-09-01', '2024-08-31', 'inProgress')",
                   [me, id("tutor")])
        try step("s_course", "route", 1, "course", "Курс «Функциональная грамотность»", "2023-11-13", "2023-12-08", 36, "confirmed",
                 programme: id("prog"), certificate: "742419853107", comment: "Подтверждаю: удостоверение проверено", deficits: ["def_f2"])
        try step("s_seminar", "route", 2, "masterClass", "Семинар «Задания PISA»", "2023-11-16", "2023-11-16", 4, "skipped",
                 event: id("event"), skip: "Совпало с курсом", deficits: ["def_f2"])
        try step("s_visits", "route", 3, "lessonVisits", "Посещение уроков коллег", "2024-01-15", "2024-02-16", 6, "done",
                 note: "Посещены 4 урока", deficits: ["def_m2"])
        try step("s_self", "route", 4, "selfEducation", "Самообразование: ФГИС «Моя школа»", "2024-01-22", "2024-02-29", 12, "inProgress",
                 comment: "Срок прошёл: согласуйте новую дату", deficits: ["def_c1"])
        try step("s_intern", "route", 5, "internship", "Стажировка: формирующее оценивание", "2024-03-04", "2024-03-22", 24, "inProgress",
                 site: id("site"), deficits: ["def_m2"])
        try step("s_lesson", "route", 6, "practiceTransfer", "Открытый урок", "2024-04-15", "2024-04-26", 2, "planned",
                 deficits: ["def_m2", "def_f2"])
        try store.db.execute("INSERT INTO tutoring(tutor_id, person_id, since) VALUES (?, ?, '2023-11-01')", [id("tutor"), me])
        try store.db.execute("INSERT INTO mentoring(mentor_id, mentee_id, form, start, status) VALUES (?, ?, 'teacherTeacher', '2023-09-01', 'active')",
                             [id("mentor"), me])

        // One route in each other status.
        for (login, status, tutor) in [("t_draft", "draft", nil), ("t_agreed", "agreed", id("tutor")), ("t_done", "completed", id("tutor")),
                                       ("t_cancel", "cancelled", id("tutor"))] as [(String, String, Int64?)] {
            let p = id(login)
            try insert("d_\(login)", "INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-10-01', 'regional', ?)",
                       [p, "\(id("c_m2"))=45"])
            try deficit("def_\(login)", p, "c_m2", "moderate", status == "completed" ? "closed" : "inWork", 45)
            try insert("r_\(login)", """
                INSERT INTO routes(person_id, tutor_id, period_start, period_end, status, cancel_reason) VALUES (?, ?, '2023-09-01', '2024-08-31', ?, ?)
                """, [p, tutor, status, status == "cancelled" ? "Переход в другую школу" : nil])
            let stepStatus = status == "completed" ? "confirmed" : "planned"
            try step("s1_\(login)", "r_\(login)", 1, "course", "Курс «Современное оценивание»", "2024-03-01", "2024-04-30", 36, stepStatus,
                     programme: id("prog"), certificate: status == "completed" ? "100200" : "", deficits: ["def_\(login)"])
            try step("s2_\(login)", "r_\(login)", 2, "practiceTransfer", "Открытый урок по оцениванию", "2024-05-06", "2024-05-17", 2, stepStatus,
                     note: status == "completed" ? "Урок проведён" : "", deficits: ["def_\(login)"])
        }

        // t_none: deficits, a tutor in the caseload, no route.
        try insert("d_none", "INSERT INTO diagnostics(person_id, date, source, scores) VALUES (?, '2023-11-08', 'regional', ?)",
                   [id("t_none"), "\(id("c_m2"))=48;\(id("c_c1"))=39"])
        try deficit("def_none1", id("t_none"), "c_c1", "severe", "identified", 39)
        try deficit("def_none2", id("t_none"), "c_m2", "moderate", "identified", 48)
        try store.db.execute("INSERT INTO tutoring(tutor_id, person_id, since) VALUES (?, ?, '2024-01-20')", [id("tutor"), id("t_none")])

        try insert("req_old", """
            INSERT INTO requests(text, author_id, organization_id, municipality_id, direction, priority, urgent, status, created_on, assignee_id, due)
            VALUES ('Нужна консультация по цифровым ресурсам', ?, 1, 1, 11, 1, 1, 'assigned', '2024-02-01', ?, '2024-03-01')
            """, [me, id("tutor")])
    }

    private func deficit(_ name: String, _ person: Int64, _ competence: String, _ severity: String, _ status: String, _ score: Int) throws {
        let diagnostic = try store.db.first("SELECT id FROM diagnostics WHERE person_id = ? ORDER BY date LIMIT 1", [person]) { $0.int64(0) } ?? 0
        try insert(name, "INSERT INTO deficits(person_id, competence_id, severity, status, diagnostic_id, score) VALUES (?, ?, ?, ?, ?, ?)",
                   [person, id(competence), severity, status, diagnostic, score])
    }

    private func step(_ name: String, _ route: String, _ position: Int, _ kind: String, _ title: String, _ start: String, _ end: String,
                      _ hours: Int, _ status: String, programme: Int64? = nil, site: Int64? = nil, event: Int64? = nil,
                      certificate: String = "", note: String = "", comment: String = "", skip: String = "", deficits: [String]) throws {
        try insert(name, """
            INSERT INTO steps(route_id, position, kind, title, programme_id, site_id, event_id, planned_start, planned_end, hours, status,
                              evidence_certificate, evidence_note, tutor_comment, skip_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id(route), position, kind, title, programme, site, event, start, end, hours, status, certificate, note, comment, skip])
        for d in deficits {
            try store.db.execute("INSERT INTO step_deficits(step_id, deficit_id) VALUES (?, ?)", [id(name), id(d)])
        }
    }

    func app(_ login: String, language: Language = .ru) throws -> App {
        let viewer = try store.viewer(login: login)
        let theme = ThemeLoader.adapted(ThemeLoader.defaultTheme, hasColors: true)
        return ViewCatalog.app(for: AppContext(store: store, viewer: viewer, language: language, theme: theme, colors: true))
    }

    /// Runs keys through the app on an in-memory terminal; the export folder is the fixture's.
    func run(_ login: String, _ keys: String, size: Size = Size(width: 80, height: 24), language: Language = .ru) throws
        -> (app: App, terminal: MemoryTerminal) {
        let app = try self.app(login, language: language)
        for v in app.views { (v as? MyRouteView)?.exportDirectory = dir.path }
        let terminal = Headless.run(app, size: size, events: try KeySyntax.parse(keys)).terminal
        return (app, terminal)
    }

    func screen(_ login: String, _ keys: String = "", size: Size = Size(width: 80, height: 24), language: Language = .ru) throws -> MemoryTerminal {
        try run(login, keys, size: size, language: language).terminal
    }

    func stepRow(_ name: String) throws -> (status: String, certificate: String, link: String, note: String, skip: String, version: Int) {
        try store.db.first("SELECT status, evidence_certificate, evidence_link, evidence_note, skip_reason, version FROM steps WHERE id = ?",
                           [id(name)]) { ($0.string(0), $0.string(1), $0.string(2), $0.string(3), $0.string(4), $0.int(5)) }
            ?? ("", "", "", "", "", 0)
    }
}
