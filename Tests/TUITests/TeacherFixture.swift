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

    /// - Parameters:
    ///   - programmeCompetences: what the programme «prog» teaches (fixture names; none by default: a tutor's proposals then offer it).
    ///   - siteCompetences: what the internship site «site» teaches.
    init(programmeCompetences: [String] = [], siteCompetences: [String] = []) throws {
        setUpUTF8Locale()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-teacher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try SQLiteStore(path: dir.appendingPathComponent("t.db").path)
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        store.clock = { 1_710_460_800 }   // 15.03.2024
        try store.loadingAtOnce { try populate(store, programmeCompetences: programmeCompetences, siteCompetences: siteCompetences) }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func id(_ name: String) -> Int64 { ids[name] ?? -1 }

    private func day(_ iso: String) -> Day { Day(iso: iso)! }

    private func person(_ login: String, _ name: String, roles: Set<Role>, born: String, category: QualificationCategory = .none,
                        since: String = "2008-09-01") throws {
        ids[login] = try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: 1, position: "учитель математики",
                                                 category: category, birthDate: day(born), teachingSince: day(since), roles: roles))
    }

    private func populate(_ load: some RegionLoading, programmeCompetences: [String], siteCompetences: [String]) throws {
        try load.loadMunicipality(Municipality(id: 1, name: "Копейский ГО", kind: .cityDistrict))
        try load.loadOrganization(Organization(id: 1, name: "МОУ «СОШ № 7»", kind: .school, municipalityID: 1))
        try load.loadOrganization(Organization(id: 2, name: "МАОУ «Гимназия № 1»", kind: .school, municipalityID: 1, flags: .internshipSite))
        try person("tutor", "Сидорова Ольга Викторовна", roles: [.teacher, .tutor], born: "1975-02-01", category: .highest)
        try person("mentor", "Петров Иван Ильич", roles: [.teacher, .mentor], born: "1970-02-01", category: .highest)
        try person("t_progress", "Ёлкина Алёна Сергеевна", roles: [.teacher], born: "1999-05-14", since: "2022-09-01")
        try person("t_draft", "Волков Денис Олегович", roles: [.teacher], born: "1985-01-10", category: .first)
        try person("t_agreed", "Орлова Мария Андреевна", roles: [.teacher], born: "1988-03-03", category: .first)
        try person("t_done", "Кузьмина Ирина Петровна", roles: [.teacher], born: "1980-07-07", category: .highest)
        try person("t_cancel", "Лебедев Павел Сергеевич", roles: [.teacher], born: "1983-08-08", category: .first)
        try person("t_none", "Семёнов Артём Игоревич", roles: [.teacher], born: "1996-11-02")
        try person("coord", "Смирнов Пётр Алексеевич", roles: [.coordinator], born: "1970-01-01")

        ids["c_m2"] = try load.loadCompetence(Competence(id: 0, code: "М2", name: "Оценивание образовательных результатов", area: .methodical, direction: 1))
        ids["c_c1"] = try load.loadCompetence(Competence(id: 0, code: "Ц1", name: "Цифровые образовательные ресурсы", area: .digital, direction: 11))
        ids["c_f2"] = try load.loadCompetence(Competence(id: 0, code: "Ф2", name: "Математическая грамотность", area: .literacy, direction: 3))
        ids["c_p1"] = try load.loadCompetence(Competence(id: 0, code: "П1", name: "Предметные знания", area: .subject, direction: 1))

        ids["prog"] = try load.loadProgramme(Programme(id: 0, title: "Формирование функциональной грамотности", provider: "ЧИППКРО",
                                                       kind: .upskilling, hours: 36, format: .distance, inFederalRegistry: true,
                                                       competenceIDs: programmeCompetences.map(id)))
        ids["site"] = try load.loadSite(InternshipSite(id: 0, organizationID: 2, topic: "Формирующее оценивание на уроке",
                                                       competenceIDs: siteCompetences.map(id), capacity: 12))
        ids["event"] = try load.loadEvent(Event(id: 0, title: "Семинар «Задания PISA»", kind: .seminar, date: day("2023-11-16"), direction: 3))

        // t_progress: two diagnostics (the second closed М2 partly), a route in progress with a step in every status.
        let me = id("t_progress")
        func scores(_ pairs: [(String, Int)]) -> [CompetenceID: Int] {
            Dictionary(uniqueKeysWithValues: pairs.map { (id($0.0), $0.1) })
        }
        ids["d1"] = try load.loadDiagnostic(Diagnostic(id: 0, personID: me, date: day("2023-10-12"), source: .regional,
                                                       scores: scores([("c_m2", 46), ("c_c1", 54), ("c_f2", 33), ("c_p1", 72)])))
        ids["d2"] = try load.loadDiagnostic(Diagnostic(id: 0, personID: me, date: day("2024-02-20"), source: .selfAssessment,
                                                       scores: scores([("c_m2", 64), ("c_c1", 50), ("c_f2", 41), ("c_p1", 58)])))
        try deficit("def_m2", me, "c_m2", .moderate, .inWork, 46, found: "d1")
        try deficit("def_c1", me, "c_c1", .moderate, .inWork, 54, found: "d1")
        try deficit("def_f2", me, "c_f2", .severe, .inWork, 33, found: "d1")
        ids["route"] = try load.loadRoute(Route(id: 0, personID: me, tutorID: id("tutor"), periodStart: day("2023-09-01"),
                                                periodEnd: day("2024-08-31"), status: .inProgress))
        try step("s_course", "route", 1, .course, "Курс «Функциональная грамотность»", "2023-11-13", "2023-12-08", 36, .confirmed,
                 catalog: .programme(id("prog")), certificate: "742419853107", comment: "Подтверждаю: удостоверение проверено",
                 deficits: ["def_f2"])
        try step("s_seminar", "route", 2, .masterClass, "Семинар «Задания PISA»", "2023-11-16", "2023-11-16", 4, .skipped,
                 catalog: .event(id("event")), skip: "Совпало с курсом", deficits: ["def_f2"])
        try step("s_visits", "route", 3, .lessonVisits, "Посещение уроков коллег", "2024-01-15", "2024-02-16", 6, .done,
                 note: "Посещены 4 урока", deficits: ["def_m2"])
        try step("s_self", "route", 4, .selfEducation, "Самообразование: ФГИС «Моя школа»", "2024-01-22", "2024-02-29", 12, .inProgress,
                 comment: "Срок прошёл: согласуйте новую дату", deficits: ["def_c1"])
        try step("s_intern", "route", 5, .internship, "Стажировка: формирующее оценивание", "2024-03-04", "2024-03-22", 24, .inProgress,
                 catalog: .site(id("site")), deficits: ["def_m2"])
        try step("s_lesson", "route", 6, .practiceTransfer, "Открытый урок", "2024-04-15", "2024-04-26", 2, .planned,
                 deficits: ["def_m2", "def_f2"])
        try load.loadTutoring(TutoringAssignment(tutorID: id("tutor"), personID: me, since: day("2023-11-01")))
        try load.loadMentoringPair(MentoringPair(id: 0, mentorID: id("mentor"), menteeID: me, form: .teacherTeacher, start: day("2023-09-01"),
                                                 status: .active))

        // One route in each other status.
        for (login, status, tutor) in [("t_draft", RouteStatus.draft, nil), ("t_agreed", .agreed, id("tutor")),
                                       ("t_done", .completed, id("tutor")), ("t_cancel", .cancelled, id("tutor"))] as [(String, RouteStatus, Int64?)] {
            let p = id(login)
            ids["d_\(login)"] = try load.loadDiagnostic(Diagnostic(id: 0, personID: p, date: day("2023-10-01"), source: .regional,
                                                                   scores: scores([("c_m2", 45)])))
            try deficit("def_\(login)", p, "c_m2", .moderate, status == .completed ? .closed : .inWork, 45, found: "d_\(login)")
            ids["r_\(login)"] = try load.loadRoute(Route(id: 0, personID: p, tutorID: tutor, periodStart: day("2023-09-01"),
                                                         periodEnd: day("2024-08-31"), status: status,
                                                         cancelReason: status == .cancelled ? "Переход в другую школу" : nil))
            let stepStatus: StepStatus = status == .completed ? .confirmed : .planned
            try step("s1_\(login)", "r_\(login)", 1, .course, "Курс «Современное оценивание»", "2024-03-01", "2024-04-30", 36, stepStatus,
                     catalog: .programme(id("prog")), certificate: status == .completed ? "100200" : "", deficits: ["def_\(login)"])
            try step("s2_\(login)", "r_\(login)", 2, .practiceTransfer, "Открытый урок по оцениванию", "2024-05-06", "2024-05-17", 2, stepStatus,
                     note: status == .completed ? "Урок проведён" : "", deficits: ["def_\(login)"])
        }

        // t_none: deficits, a tutor in the caseload, no route.
        ids["d_none"] = try load.loadDiagnostic(Diagnostic(id: 0, personID: id("t_none"), date: day("2023-11-08"), source: .regional,
                                                           scores: scores([("c_m2", 48), ("c_c1", 39)])))
        try deficit("def_none1", id("t_none"), "c_c1", .severe, .identified, 39, found: "d_none")
        try deficit("def_none2", id("t_none"), "c_m2", .moderate, .identified, 48, found: "d_none")
        try load.loadTutoring(TutoringAssignment(tutorID: id("tutor"), personID: id("t_none"), since: day("2024-01-20")))

        ids["req_old"] = try load.loadRequest(HelpRequest(id: 0, text: "Нужна консультация по цифровым ресурсам", authorID: me, organizationID: 1,
                                                          municipalityID: 1, direction: 11, priority: .normal, status: .assigned,
                                                          assigneeID: id("tutor"), due: day("2024-03-01"), createdOn: day("2024-02-01")),
                                              urgent: true, at: 1_706_745_600)
    }

    /// The deficit found by the person's first diagnostic (`found`).
    private func deficit(_ name: String, _ person: Int64, _ competence: String, _ severity: DeficitSeverity, _ status: DeficitStatus,
                         _ score: Int, found: String) throws {
        ids[name] = try store.loadDeficit(Deficit(id: 0, personID: person, competenceID: id(competence), severity: severity, status: status,
                                                  diagnosticID: id(found), score: score))
    }

    private func step(_ name: String, _ route: String, _ position: Int, _ kind: StepKind, _ title: String, _ start: String, _ end: String,
                      _ hours: Int, _ status: StepStatus, catalog: CatalogRef? = nil, certificate: String = "", note: String = "",
                      comment: String = "", skip: String = "", deficits: [String]) throws {
        ids[name] = try store.loadStep(RouteStep(id: 0, routeID: id(route), kind: kind, title: title, catalog: catalog,
                                                 deficitIDs: deficits.map(id), plannedStart: day(start), plannedEnd: day(end), hours: hours,
                                                 status: status, evidence: Evidence(certificate: certificate, note: note),
                                                 tutorComment: comment, skipReason: skip),
                                       position: position)
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
