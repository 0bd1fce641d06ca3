import Domain
import Foundation
import XCTest
@testable import Storage

/// The contract tests' fixture: a fresh backend of `BackendUnderTest`
/// (today 2024-03-15, the clock at 1_700_000_000), holding the
/// `StandardRegion` unless `empty`.
final class ContractFixture {
    let instance: BackendInstance
    var store: any TestBackend { instance.backend }
    var probe: any BackendProbe { instance.probe }
    var ids: [String: Int64] = [:]

    init(empty: Bool = false, stepProgramme: Bool = false) throws {
        instance = try BackendUnderTest.current.make()
        store.clock = { 1_700_000_000 }
        store.today = { Day(year: 2024, month: 3, day: 15)! }
        if !empty { ids = try StandardRegion.load(into: store, stepProgramme: stepProgramme) }
    }

    func id(_ name: String) -> Int64 { ids[name] ?? -1 }
    func viewer(_ login: String) throws -> Viewer { try store.viewer(login: login) }

    /// Another session on the same data (another user's program).
    func anotherSession() throws -> any TestBackend { try instance.anotherSession() }

    /// A teacher (or anyone) of `org`, a position of «учитель».
    func person(_ name: String, login: String, org: String, roles: Set<Role>, born: Day? = nil, since: Day? = nil,
                directions: [Int] = []) throws {
        ids[login] = try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: id(org), position: "учитель",
                                                 birthDate: born, teachingSince: since, roles: roles, directions: directions))
    }

    /// The SQLite store, for a test about SQLite itself (`why`); skipped on another backend.
    func sqlite(_ why: String) throws -> SQLiteStore {
        guard let store = instance.sqlite else { throw XCTSkip("SQLite only: \(why)") }
        return store
    }
}
