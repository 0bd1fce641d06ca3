import Domain
import Foundation
@testable import Storage

/// The `StandardRegion` in a temporary SQLite file: the fixture of the
/// tests about SQLite itself and of the import/export tests. The storage
/// contract tests use `ContractFixture` (any backend) instead.
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

    /// A person of `org`, a position of «учитель».
    func person(_ name: String, login: String, org: String, roles: Set<Role>, born: Day? = nil, since: Day? = nil,
                directions: [Int] = []) throws {
        ids[login] = try store.loadPerson(Person(id: 0, login: login, fullName: name, organizationID: id(org), position: "учитель",
                                                 birthDate: born, teachingSince: since, roles: roles, directions: directions))
    }

    func populate() throws { ids = try StandardRegion.load(into: store) }

    func viewer(_ login: String) throws -> Viewer { try store.viewer(login: login) }
}
