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

    private func day(_ iso: String) -> Day { Day(iso: iso)! }

    private func person(_ login: String, _ name: String, org: String, roles: Set<Role>, born: String?, since: String? = nil,
                        directions: [Int] = []) throws {
        ids[login] = try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: id(org), position: "учитель",
                                                 birthDate: born.map(day), teachingSince: since.map(day), roles: roles, directions: directions))
    }

    private func route(_ person: String, tutor: String?, status: RouteStatus) throws {
        ids["route-" + person] = try store.loadRoute(Route(id: 0, personID: id(person), tutorID: tutor.map(id), periodStart: day("2023-09-01"),
                                                           periodEnd: day("2024-08-31"), status: status))
    }

    private func step(_ person: String, kind: StepKind, programme: String?) throws {
        try store.loadStep(RouteStep(id: 0, routeID: id("route-" + person), kind: kind, title: "Шаг", catalog: programme.map { .programme(id($0)) },
                                     plannedStart: day("2023-10-01"), plannedEnd: day("2023-12-01"), hours: 36, status: .planned),
                           position: 1)
    }

    private func deficit(_ person: String, _ status: DeficitStatus) throws {
        try store.loadDeficit(Deficit(id: 0, personID: id(person), competenceID: id("c1"), severity: .moderate, status: status,
                                      diagnosticID: id("diag-" + person), score: 40))
    }

    private func request(_ name: String, m: String, o: String, status: RequestStatus, created: String, resolved: String?, due: String?) throws {
        ids[name] = try store.loadRequest(HelpRequest(id: 0, text: "Запрос «\(name)» о функциональной грамотности", authorID: nil,
                                                      organizationID: id(o), municipalityID: id(m), status: status, due: due.map(day),
                                                      createdOn: day(created), resolvedOn: resolved.map(day)),
                                          urgent: false, at: StandardRegion.requestsCreatedAt)
    }

    private func populate() throws {
        try store.loadingAtOnce {
            for (name, m, kind) in [("А", "Алмазный ГО", MunicipalityKind.cityDistrict), ("Б", "Берёзовский МР", .district),
                                    ("В", "Васильковский МО", .municipalDistrict)] {
                ids[name] = try store.loadMunicipality(Municipality(id: 0, name: m, kind: kind))
            }
            for (name, o, m) in [("А1", "Школа № 1", "А"), ("А2", "Гимназия № 2", "А"), ("Б1", "СОШ № 3", "Б")] {
                ids[name] = try store.loadOrganization(Organization(id: 0, name: o, kind: .school, municipalityID: id(m)))
            }
            ids["R"] = try store.loadOrganization(Organization(id: 0, name: "ЦНППМ", kind: .cnppm, municipalityID: nil))
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

            ids["c1"] = try store.loadCompetence(Competence(id: 0, code: "М1", name: "Проектирование урока", area: .methodical, direction: 1))
            for t in ["t1", "t2", "t4"] {
                ids["diag-" + t] = try store.loadDiagnostic(Diagnostic(id: 0, personID: id(t), date: day("2023-10-01"), source: .regional, scores: [:]))
            }
            try store.loadDiagnostic(Diagnostic(id: 0, personID: id("t1"), date: day("2023-11-01"), source: .regional, scores: [:]))
            try deficit("t1", .closed); try deficit("t1", .inWork); try deficit("t2", .identified); try deficit("t4", .closed)

            ids["P1"] = try store.loadProgramme(Programme(id: 0, title: "Современный урок", provider: "ЧИППКРО", hours: 36, format: .distance,
                                                          inFederalRegistry: true, competenceIDs: []))
            ids["P2"] = try store.loadProgramme(Programme(id: 0, title: "Местный курс", provider: "ММС", hours: 16, format: .inPerson,
                                                          inFederalRegistry: false, competenceIDs: []))
            try route("t1", tutor: "tutor", status: .inProgress)
            try route("t2", tutor: nil, status: .draft)
            try route("t3", tutor: nil, status: .completed)
            try route("t5", tutor: nil, status: .cancelled)
            try step("t1", kind: .course, programme: "P1")
            try step("t1", kind: .internship, programme: nil)
            try step("t2", kind: .course, programme: "P2")
            try step("t5", kind: .course, programme: "P1")

            try store.loadMentoringPair(MentoringPair(id: 0, mentorID: id("mentor"), menteeID: id("t1"), start: day("2023-09-01"), status: .active))
            try store.loadMentoringPair(MentoringPair(id: 0, mentorID: id("mentor"), menteeID: id("t5"), start: day("2023-09-01"),
                                                      end: day("2024-03-01"), status: .active))

            try request("r1", m: "А", o: "А1", status: .resolved, created: "2024-01-10", resolved: "2024-01-20", due: "2024-01-25")
            try request("r2", m: "А", o: "А1", status: .resolved, created: "2024-02-01", resolved: "2024-02-05", due: "2024-02-03")
            try request("r3", m: "Б", o: "Б1", status: .resolved, created: "2024-01-01", resolved: "2024-01-31", due: nil)
            try request("r4", m: "Б", o: "Б1", status: .new, created: "2024-02-20", resolved: nil, due: "2024-03-01")
            try request("r5", m: "А", o: "А2", status: .inProgress, created: "2024-03-01", resolved: nil, due: "2024-03-20")
            try request("r6", m: "А", o: "А1", status: .declined, created: "2023-12-01", resolved: nil, due: "2024-01-01")

            try store.loadApplication(RMAApplication(id: 0, personID: id("rma"), year: 2024, directions: [3, 6], criteria: []))
            try store.loadApplication(RMAApplication(id: 0, personID: id("methodistA"), year: 2023, directions: [1], criteria: []))
        }
    }
}
