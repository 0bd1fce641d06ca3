import Domain
import Foundation
@testable import Storage

/// A small region for the permission matrix: one person per role, each with
/// ONLY that role, all in municipality A and all tutoring the same pupil, so
/// that nothing but the role decides whether an action is allowed. Strangers
/// in municipality B are for the scope tests. Rows an action needs are made
/// fresh for each probe (`fresh...`), so probes never depend on each other.
/// Loaded through `RegionLoading` into the backend under test.
final class PermissionWorld {
    let fixture: ContractFixture
    var store: any TestBackend { fixture.store }
    var today: Day { store.today() }

    init() throws {
        fixture = try ContractFixture(empty: true)
        try store.loadingAtOnce { try build() }
    }

    func id(_ name: String) -> Int64 { fixture.id(name) }
    static func login(_ role: Role) -> String { "as_\(role.rawValue)" }
    func actor(_ role: Role) throws -> Viewer { try fixture.viewer(PermissionWorld.login(role)) }

    private func day(_ iso: String) -> Day { Day(iso: iso)! }
    private func set(_ name: String, _ id: Int64) { fixture.ids[name] = id }

    private func build() throws {
        let f = fixture
        set("A", try store.loadMunicipality(Municipality(id: 0, name: "Челябинский ГО", kind: .cityDistrict)))
        set("B", try store.loadMunicipality(Municipality(id: 0, name: "Ашинский МР", kind: .district)))
        set("schoolA", try store.loadOrganization(Organization(id: 0, name: "Лицей № 31", kind: .school, municipalityID: id("A"))))
        set("schoolB", try store.loadOrganization(Organization(id: 0, name: "СОШ № 1 г. Аши", kind: .school, municipalityID: id("B"))))
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
            let own = PermissionWorld.login(role)
            try store.loadTutoring(TutoringAssignment(tutorID: id(own), personID: id("pupil"), since: day("2023-09-01")))
            // Everyone's own route, in progress, with a planned step.
            set("route_\(own)", try route(id(own), .inProgress, from: "2023-09-01", to: "2024-08-31"))
        }
        set("c1", try store.loadCompetence(Competence(id: 0, code: "М1", name: "Проектирование урока", area: .methodical, direction: 3)))
        for who in ["pupil", "stranger", "neighbour"] {
            set("route_\(who)", try route(id(who), .inProgress, from: "2023-09-01", to: "2024-08-31"))
            set("step_\(who)", try store.loadStep(RouteStep(id: 0, routeID: id("route_\(who)"), kind: .course, title: "Курс",
                                                            plannedStart: day("2023-10-01"), plannedEnd: day("2023-12-01"), hours: 36,
                                                            status: .done),
                                                  position: 1))
        }
        // Requests of direction 3 (the regional methodist's) from A and from B.
        for (who, org, m) in [("pupil", "schoolA", "A"), ("stranger", "schoolB", "B")] {
            set("request_\(who)", try store.loadRequest(HelpRequest(id: 0, text: "Помогите с уроком", authorID: id(who), organizationID: id(org),
                                                                    municipalityID: id(m), direction: 3, createdOn: day("2024-03-01")),
                                                        urgent: false, at: StandardRegion.requestsCreatedAt))
        }
        set("roadmap", try store.loadRoadmapItem(RoadmapItem(id: 0, direction: 3, title: "Семинар направления", participants: [],
                                                             executors: [], timing: .duringYear(year: 2024), expectedResult: "")))
        set("application", try store.loadApplication(RMAApplication(id: 0, personID: id("colleague"), year: 2024, directions: [3], criteria: [])))
        set("event", try store.loadEvent(Event(id: 0, title: "Форум", kind: .conference, date: day("2024-04-01"), direction: 3)))
    }

    private func route(_ person: PersonID, _ status: RouteStatus, from: String, to: String) throws -> RouteID {
        try store.loadRoute(Route(id: 0, personID: person, tutorID: nil, periodStart: day(from), periodEnd: day(to), status: status))
    }

    /// A new planned step on the viewer's own route.
    func freshOwnStep(_ v: Viewer) throws -> StepID {
        try step(route: id("route_\(v.login)"), status: .planned)
    }

    /// A new done step on the pupil's route (to confirm).
    func freshPupilStep() throws -> StepID { try step(route: id("route_pupil"), status: .done) }

    private func step(route: RouteID, status: StepStatus) throws -> StepID {
        try store.loadStep(RouteStep(id: 0, routeID: route, kind: .selfEducation, title: "Самообразование", plannedStart: day("2024-01-01"),
                                     plannedEnd: day("2024-02-01"), hours: 6, status: status),
                           position: 9)
    }

    /// A new draft route of the neighbour (municipality A) without a tutor (to assign one).
    func freshUntutoredRoute() throws -> RouteID { try route(id("neighbour"), .draft, from: "2024-09-01", to: "2025-08-31") }

    /// A new draft route of the pupil (to cancel).
    func freshPupilDraft() throws -> RouteID { try route(id("pupil"), .draft, from: "2024-09-01", to: "2025-08-31") }

    /// A new pending РМА application (to decide).
    func freshApplication() throws -> ApplicationID {
        try store.loadApplication(RMAApplication(id: 0, personID: id("colleague"), year: 2025, directions: [3], criteria: []))
    }

    /// A new teacher of municipality A without a mentor (to pair).
    func freshMentee() throws -> PersonID {
        let n = store.peopleCount
        try fixture.person("Подопечная \(n)", login: "mentee\(n)", org: "schoolA", roles: [.teacher],
                           born: Day(year: 1999, month: 1, day: 1)!, since: Day(year: 2023, month: 9, day: 1)!)
        return id("mentee\(n)")
    }

    /// The system's view of the data (the administrator's: every person, every catalog entry).
    private var system: Viewer { get throws { try actor(.administrator) } }
    /// A request of direction 3 from the pupil, assigned to the viewer (whatever their role), not yet in work.
    func freshRequestAssigned(to v: Viewer) throws -> RequestID {
        try store.loadRequest(HelpRequest(id: 0, text: "Помогите с рабочей программой", authorID: id("pupil"),
                                          organizationID: id("schoolA"), municipalityID: id("A"), direction: 3, status: .assigned,
                                          assigneeID: v.personID, createdOn: day("2024-03-01")),
                              urgent: false, at: StandardRegion.requestsCreatedAt)
    }

    func requestVersion(_ id: RequestID) throws -> Int { try store.request(try actor(.coordinator), id: id)?.request.version ?? 0 }
    func eventRow(_ id: EventID) throws -> EventRow? { try store.eventRow(try actor(.coordinator), id: id) }
    func personRecord(_ id: PersonID) throws -> Person? { try store.person(try system, id: id) }

    /// Every stored row, as text: equal before and after means nothing was written.
    func fingerprint() throws -> [String] { try fixture.probe.fingerprint() }
}
