import Domain
import Foundation
import XCTest
@testable import Storage

/// What the storage contract tests hold: every area of a backend, and the
/// bulk load their fixtures seed with.
typealias TestBackend = Backend & RegionLoading

/// The backend the storage contract suite runs on — the one place that
/// knows which. Chosen by the environment variable `METODIST_TEST_BACKEND`
/// (default `sqlite`), so the whole suite runs once per backend:
///
///     METODIST_TEST_BACKEND=sqlite swift test --filter StorageTests
///
/// A second backend (PostgreSQL) adds a case here: how to make a fresh,
/// empty backend, another session on the same data, and its `BackendProbe`.
/// The contract tests (PermissionMatrixTests, ViewerScopingTests,
/// AuditLogTests, SearchAndPagingTests, PeopleBrowseTests, TriageStoreTests,
/// TutorStoreTests, MentoringStoreTests, CatalogStoreTests, DraftStoreTests,
/// TeacherStoreTests) use `ContractFixture`, which asks this for its backend.
/// The few of their tests that are about SQLite itself (a query plan, a
/// trigger, a value only another tool writes) say so and call
/// `ContractFixture.sqlite(_:)`, which skips them on another backend.
enum BackendUnderTest: String {
    case sqlite

    static let current: BackendUnderTest = {
        let name = ProcessInfo.processInfo.environment["METODIST_TEST_BACKEND"] ?? "sqlite"
        guard let kind = BackendUnderTest(rawValue: name.lowercased()) else {
            fatalError("METODIST_TEST_BACKEND=\(name): no such test backend (known: sqlite)")
        }
        return kind
    }()

    /// A fresh, empty backend for one test.
    func make() throws -> BackendInstance {
        switch self {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metodist-contract-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent("contract.db").path
            let store = try SQLiteStore(path: path)
            return BackendInstance(backend: store, probe: SQLiteProbe(store), sqlite: store,
                                   anotherSession: { try SQLiteStore(path: path) },   // another process's connection to the file
                                   cleanup: { try? FileManager.default.removeItem(at: dir) })
        }
    }
}

/// What a contract test reads past the protocols, each backend its own way:
/// "nothing was written" and "this many were written".
protocol BackendProbe: AnyObject {
    /// Every stored row as text: equal before and after means nothing was written.
    func fingerprint() throws -> [String]
    /// How many stored rows of a kind: `audit`, `drafts`, `programmes`, `sites`, `events`, `mentoring`, `indicator_snapshots`.
    func count(_ kind: String) throws -> Int
    /// Audit entries about a kind of thing (`draft`, `route`...), or all of them for nil.
    func auditCount(entity: String?) throws -> Int
}

/// One backend made for one test; removed with it.
final class BackendInstance {
    let backend: any TestBackend
    let probe: any BackendProbe
    /// The SQLite store when the backend is SQLite (its own tests only).
    let sqlite: SQLiteStore?
    private let makeSession: () throws -> any TestBackend
    private let cleanup: () -> Void

    init(backend: any TestBackend, probe: any BackendProbe, sqlite: SQLiteStore?,
         anotherSession: @escaping () throws -> any TestBackend, cleanup: @escaping () -> Void) {
        self.backend = backend; self.probe = probe; self.sqlite = sqlite
        self.makeSession = anotherSession; self.cleanup = cleanup
    }

    /// Another session on the same data (another user's program), on the same day and clock.
    func anotherSession() throws -> any TestBackend {
        let other = try makeSession()
        other.today = backend.today
        other.clock = backend.clock
        return other
    }

    deinit { cleanup() }
}

/// The probe on SQLite: the tables themselves.
final class SQLiteProbe: BackendProbe {
    private let store: SQLiteStore
    init(_ store: SQLiteStore) { self.store = store }

    func fingerprint() throws -> [String] {
        let tables = try store.db.query("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'
            ORDER BY name
            """) { $0.string(0) }
        var out: [String] = []
        for t in tables {
            try store.db.forEach("SELECT * FROM \"\(t)\"") { r in
                out.append(t + ":" + (0..<r.columnCount).map { "\(r.value($0))" }.joined(separator: "|"))
            }
        }
        return out
    }

    func count(_ kind: String) throws -> Int { try store.db.scalarInt("SELECT count(*) FROM \"\(kind)\"") }

    func auditCount(entity: String?) throws -> Int {
        guard let entity else { return try store.db.scalarInt("SELECT count(*) FROM audit") }
        return try store.db.scalarInt("SELECT count(*) FROM audit WHERE entity = ?", [entity])
    }
}
