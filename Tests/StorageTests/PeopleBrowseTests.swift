import XCTest
import Domain
@testable import Storage

/// Browsing people by municipality and organization, the person's card, and
/// editing roles (Fixture region: Челябинск with Лицей № 31 and СОШ № 5, Аша).
final class PeopleBrowseTests: XCTestCase {
    func testNarrowingByMunicipalityAndOrganizationKeepsKeysetOrder() throws {
        let f = try ContractFixture()
        for name in ["Яковлева Яна", "Ёжиков Ёж", "Абаев Абай", "Ежова Ева"] {
            try f.person(name, login: SearchKey.fold(name).replacingOccurrences(of: " ", with: "_"), org: "lyceum", roles: [.teacher])
        }
        let coord = try f.viewer("coord")
        let lyceum = PeopleQuery(municipalityID: f.id("chel"), organizationID: f.id("lyceum"))
        let all = try f.store.peoplePage(coord, lyceum, limit: 100).map(\.fullName)
        XCTAssertEqual(all, ["Абаев Абай", "Ёжиков Ёж", "Ежова Ева", "Ёлкина Анна Петровна", "Кузнецова Елена Павловна",
                             "Сидорова Ольга Викторовна", "Яковлева Яна"], "ё sorts as е, in name order")
        // Pages of two, forwards, join into the same list; a page back from the end too.
        var paged: [PersonSummary] = []
        while true {
            let page = try f.store.peoplePage(coord, lyceum, after: paged.last?.key, limit: 2)
            if page.isEmpty { break }
            paged += page
        }
        XCTAssertEqual(paged.map(\.fullName), all)
        XCTAssertEqual(try f.store.peopleLastPage(coord, lyceum, limit: 2).map(\.fullName), Array(all.suffix(2)))
        // The municipality alone holds both of its schools, not Аша.
        let chel = try f.store.peoplePage(coord, PeopleQuery(municipalityID: f.id("chel")), limit: 100)
        XCTAssertEqual(Set(chel.map(\.organizationName)), ["Лицей № 31", "СОШ № 5"])
        XCTAssertEqual(try f.store.peoplePage(coord, PeopleQuery(organizationID: f.id("asha1")), limit: 100).map(\.login), ["rma", "petrova"])
    }

    func testAMethodistCannotNarrowToAnotherMunicipality() throws {
        let f = try ContractFixture()
        let methodist = try f.viewer("methodist")
        XCTAssertEqual(try f.store.browsableMunicipalities(methodist).map(\.name), ["Челябинский ГО"])
        XCTAssertEqual(try f.store.browsableMunicipalities(try f.viewer("coord")).map(\.name), ["Ашинский МР", "Челябинский ГО"])
        XCTAssertThrowsError(try f.store.peoplePage(methodist, PeopleQuery(municipalityID: f.id("asha")), limit: 10)) { e in
            guard case StoreError.forbidden = e else { return XCTFail("\(e)") }
        }
        XCTAssertThrowsError(try f.store.organizations(methodist, municipalityID: f.id("asha")))
        // Narrowing to an organization of another municipality shows nobody.
        XCTAssertEqual(try f.store.peoplePage(methodist, PeopleQuery(organizationID: f.id("asha1")), limit: 10).count, 0)
        XCTAssertEqual(try f.store.peoplePage(methodist, PeopleQuery(municipalityID: f.id("chel")), limit: 10).count, 4)
    }

    func testOrganizationsCountTeachersYoungAndRoutes() throws {
        let f = try ContractFixture()
        let orgs = try f.store.organizations(try f.viewer("coord"), municipalityID: f.id("chel"))
        XCTAssertEqual(orgs.map(\.name), ["Лицей № 31", "СОШ № 5"])
        let lyceum = orgs[0]
        // Ёлкина and Сидорова teach (the methodist does not); Ёлкина is young and has a route.
        XCTAssertEqual([lyceum.teachers, lyceum.young, lyceum.withRoute], [2, 1, 1])
        XCTAssertEqual([orgs[1].teachers, orgs[1].young, orgs[1].withRoute], [1, 0, 0])
        let names = try f.store.organizations(try f.viewer("coord"), municipalityID: f.id("chel"), countLimit: 1)
        XCTAssertEqual(names.map(\.teachers), [-1, -1], "too many organizations: names only")
    }

    func testSetRolesIsForAdministratorsOnlyAndAudited() throws {
        let f = try ContractFixture()
        let person = try XCTUnwrap(try f.store.person(try f.viewer("admin"), id: f.id("ivanov")))
        for login in ["coord", "methodist", "tutor", "elkina"] {
            XCTAssertThrowsError(try f.store.setRoles(try f.viewer(login), personID: person.id, expectedVersion: person.version,
                                                      roles: [.teacher, .mentor]), login) { e in
                XCTAssertEqual(e as? StoreError, .forbidden(Action.editRoles.label))
            }
        }
        XCTAssertEqual(try f.store.auditTrail(entity: "person", id: person.id).count, 0)
        let admin = try f.viewer("admin")
        try f.store.setRoles(admin, personID: person.id, expectedVersion: person.version, roles: [.teacher, .mentor])
        XCTAssertEqual(try f.store.person(admin, id: person.id)?.roles, [.teacher, .mentor])
        let entry = try XCTUnwrap(try f.store.auditTrail(entity: "person", id: person.id).first)
        XCTAssertEqual([entry.action, entry.actorLogin, entry.before, entry.after], ["roles", "admin", "roles=teacher", "roles=teacher,mentor"])
        // Stale version, empty roles, and removing one's own administration are refused.
        XCTAssertThrowsError(try f.store.setRoles(admin, personID: person.id, expectedVersion: person.version, roles: [.teacher]))
        XCTAssertThrowsError(try f.store.setRoles(admin, personID: person.id, expectedVersion: person.version + 1, roles: []))
        XCTAssertThrowsError(try f.store.setRoles(admin, personID: admin.personID, expectedVersion: 1, roles: [.coordinator]))
        XCTAssertEqual(try f.store.person(admin, id: admin.personID)?.roles, [.administrator])
    }

    func testDossierHoldsRouteDeficitsMentorAndRequests() throws {
        let f = try ContractFixture()
        let coord = try f.viewer("coord")
        try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("tutor"))
        let d = try XCTUnwrap(try f.store.personDossier(coord, id: f.id("elkina")))
        XCTAssertEqual(d.summary.organizationName, "Лицей № 31")
        XCTAssertEqual(d.route?.status, .inProgress)
        XCTAssertEqual([d.progress.total, d.progress.done], [1, 0])
        XCTAssertEqual(d.tutorName, "Сидорова Ольга Викторовна")
        XCTAssertEqual(d.openDeficits.map(\.competenceCode), ["М1"])
        XCTAssertEqual(d.mentorName, "Сидорова Ольга Викторовна")
        XCTAssertEqual(d.requests.map(\.request.text), ["Помогите с функциональной грамотностью"])
        XCTAssertEqual(d.requestCount, 1)
        let tutorCard = try XCTUnwrap(try f.store.personDossier(coord, id: f.id("tutor")))
        XCTAssertEqual(tutorCard.menteeNames, ["Ёлкина Анна Петровна"])
        // Hidden people have no card.
        XCTAssertNil(try f.store.personDossier(try f.viewer("methodist"), id: f.id("petrova")))
    }
}
