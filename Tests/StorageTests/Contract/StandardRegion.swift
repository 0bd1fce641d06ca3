import Domain
import Foundation
@testable import Storage

/// The storage tests' small hand-made region, loaded through `RegionLoading`
/// into any backend: two municipalities, three schools (one ШНОР), a few
/// people in every role, one route, requests. The names are the fixtures'
/// (`Fixture.id`, `ContractFixture.id`).
enum StandardRegion {
    /// When the requests were created in their history: before the fixtures'
    /// clock (1_700_000_000), so a test's changes come after the creation.
    static let requestsCreatedAt: Int64 = 1_699_000_000

    /// - Parameter stepProgramme: the course step is of a programme «prog» (teaching М1).
    static func load(into store: some RegionLoading, stepProgramme: Bool = false) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        func id(_ name: String) -> Int64 { ids[name] ?? -1 }
        func day(_ iso: String) -> Day { Day(iso: iso)! }
        try store.loadingAtOnce {
            ids["chel"] = try store.loadMunicipality(Municipality(id: 0, name: "Челябинский ГО", kind: .cityDistrict))
            ids["asha"] = try store.loadMunicipality(Municipality(id: 0, name: "Ашинский МР", kind: .district))
            ids["lyceum"] = try store.loadOrganization(Organization(id: 0, name: "Лицей № 31", kind: .school, municipalityID: id("chel")))
            ids["shnor"] = try store.loadOrganization(Organization(id: 0, name: "СОШ № 5", kind: .school, municipalityID: id("chel"),
                                                                   flags: .lowResults))
            ids["asha1"] = try store.loadOrganization(Organization(id: 0, name: "СОШ № 1 г. Аши", kind: .school, municipalityID: id("asha")))
            ids["cnppm"] = try store.loadOrganization(Organization(id: 0, name: "ЦНППМ", kind: .cnppm, municipalityID: nil))
            let born = day("1970-01-01")
            let people: [(String, String, String, Set<Role>, Day, [Int])] = [
                ("Ёлкина Анна Петровна", "elkina", "lyceum", [.teacher], day("1998-05-01"), []),
                ("Иванов Иван Иванович", "ivanov", "shnor", [.teacher], born, []),
                ("Петрова Мария Сергеевна", "petrova", "asha1", [.teacher], born, []),
                ("Сидорова Ольга Викторовна", "tutor", "lyceum", [.teacher, .tutor], born, []),
                ("Кузнецова Елена Павловна", "methodist", "lyceum", [.municipalMethodist], born, []),
                ("Смирнов Пётр Алексеевич", "coord", "cnppm", [.coordinator], born, []),
                ("Орлова Нина Ивановна", "admin", "cnppm", [.administrator], born, []),
                ("Васильев Олег Юрьевич", "rma", "asha1", [.teacher, .regionalMethodist], born, [3, 6]),
            ]
            for (name, login, org, roles, birth, directions) in people {
                ids[login] = try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: id(org), position: "учитель",
                                                         birthDate: birth, roles: roles, directions: directions))
            }
            try store.loadTutoring(TutoringAssignment(tutorID: id("tutor"), personID: id("elkina"), since: day("2023-09-01")))
            ids["c1"] = try store.loadCompetence(Competence(id: 0, code: "М1", name: "Проектирование урока", area: .methodical, direction: 1))
            ids["c2"] = try store.loadCompetence(Competence(id: 0, code: "Ц1", name: "Цифровые инструменты", area: .digital, direction: 11))
            ids["diag"] = try store.loadDiagnostic(Diagnostic(id: 0, personID: id("elkina"), date: day("2023-10-01"), source: .regional,
                                                              scores: [id("c1"): 40, id("c2"): 75]))
            ids["deficit"] = try store.loadDeficit(Deficit(id: 0, personID: id("elkina"), competenceID: id("c1"), severity: .moderate,
                                                           status: .inWork, diagnosticID: id("diag"), score: 40))
            ids["route"] = try store.loadRoute(Route(id: 0, personID: id("elkina"), tutorID: id("tutor"), periodStart: day("2023-09-01"),
                                                     periodEnd: day("2024-08-31"), status: .inProgress))
            if stepProgramme {
                ids["prog"] = try store.loadProgramme(Programme(id: 0, title: "Современный урок", provider: "ЧИППКРО", kind: .upskilling,
                                                                hours: 36, format: .blended, inFederalRegistry: true, competenceIDs: [id("c1")]))
            }
            ids["step"] = try store.loadStep(RouteStep(id: 0, routeID: id("route"), kind: .course, title: "Курс «Современный урок»",
                                                       catalog: stepProgramme ? .programme(id("prog")) : nil, deficitIDs: [id("deficit")],
                                                       plannedStart: day("2023-10-01"), plannedEnd: day("2023-12-01"), hours: 36,
                                                       status: .inProgress),
                                             position: 1)
            ids["route2"] = try store.loadRoute(Route(id: 0, personID: id("petrova"), tutorID: nil, periodStart: day("2023-09-01"),
                                                      periodEnd: day("2024-08-31"), status: .draft))
            let requests: [(String, String, PersonID?, String, String, Int, RequestPriority, Bool, String)] = [
                ("req1", "Помогите с функциональной грамотностью", id("elkina"), "lyceum", "chel", 3, .normal, true, "2024-03-01"),
                ("req2", "Нужна консультация по ФГОС ООО для С-300", id("petrova"), "asha1", "asha", 1, .normal, false, "2024-02-01"),
                ("req3", "Школа просит семинар по воспитанию", nil, "shnor", "chel", 7, .high, true, "2024-03-10"),
            ]
            for (name, text, author, org, m, direction, priority, urgent, created) in requests {
                ids[name] = try store.loadRequest(HelpRequest(id: 0, text: text, authorID: author, organizationID: id(org), municipalityID: id(m),
                                                              direction: direction, priority: priority, createdOn: day(created)),
                                                  urgent: urgent, at: requestsCreatedAt)
            }
        }
        return ids
    }
}
