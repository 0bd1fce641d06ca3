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
        try store.loadingAtOnce { try populate(store) }
    }

    private func populate(_ load: some RegionLoading) throws {
        let day = { (iso: String) in Day(iso: iso)! }
        try load.loadRegionName("Челябинская область")
        try load.loadMunicipality(Municipality(id: 1, name: "Челябинский ГО", kind: .cityDistrict))
        try load.loadMunicipality(Municipality(id: 2, name: "Ашинский МР", kind: .district))
        try load.loadOrganization(Organization(id: 1, name: "МАОУ «Лицей № 31»", kind: .school, municipalityID: 1))
        try load.loadOrganization(Organization(id: 2, name: "МКОУ «СОШ № 1 г. Аши»", kind: .school, municipalityID: 2))
        try load.loadOrganization(Organization(id: 3, name: "ЦНППМ", kind: .cnppm, municipalityID: nil))
        let people: [(Int64, String, String, OrganizationID, Set<Role>, String)] = [
            (1, "coord", "Смирнов Пётр Алексеевич", 3, [.coordinator], "1970-01-01"),
            (2, "elkina", "Ёлкина Анна Петровна", 1, [.teacher], "1975-05-01"),
            (3, "ivanov", "Иванов Иван Иванович", 1, [.teacher], "1980-01-01"),
            (4, "orlova", "Орлова Нина Ивановна", 1, [.teacher], "1985-01-01"),
            (5, "petrova", "Петрова Мария Сергеевна", 2, [.teacher], "1980-02-02"),
            (6, "young", "Юдина Яна Олеговна", 2, [.teacher], "2000-01-01"),
            (7, "methodist", "Кузнецова Елена Павловна", 2, [.municipalMethodist], "1970-01-01"),
        ]
        for (id, login, name, org, roles, born) in people {
            try load.loadPerson(Person(id: id, login: login, fullName: name, organizationID: org, position: "учитель",
                                       birthDate: day(born), roles: roles))
        }
        for person: PersonID in [2, 3, 4, 5] {
            try load.loadDiagnostic(Diagnostic(id: 0, personID: person, date: day("2023-10-01"), source: .regional, scores: [:]))
        }
        try load.loadRoute(Route(id: 1, personID: 2, tutorID: nil, periodStart: day("2023-09-01"), periodEnd: day("2024-08-31"),
                                 status: .inProgress))
        try load.loadStep(RouteStep(id: 0, routeID: 1, kind: .course, title: "Курс «Функциональная грамотность»",
                                    plannedStart: day("2023-10-01"), plannedEnd: day("2023-12-01"), hours: 36, status: .done),
                          position: 1)
        try load.loadRequest(HelpRequest(id: 0, text: "Нужен семинар по воспитанию", authorID: 5, organizationID: 2, municipalityID: 2,
                                         status: .assigned, due: day("2024-03-01"), createdOn: day("2024-02-01")),
                             urgent: false, at: 1_706_745_600)
        // Two months of history for the region: the trend line.
        try load.loadIndicatorSnapshot(.region, .diagnosedShare, IndicatorPoint(month: "2024-01", numerator: 2, denominator: 5, value: 0.4))
        try load.loadIndicatorSnapshot(.region, .diagnosedShare, IndicatorPoint(month: "2024-02", numerator: 3, denominator: 5, value: 0.6))
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
