import XCTest
import Domain
@testable import Storage

/// Schema 5 moves a request's history of an older file into the one history
/// table, in the Domain's vocabulary, and the request's log reads it in words.
final class HistoryMigrationTests: XCTestCase {
    func testAVersion3FilesRequestHistoryIsMigratedIntoTheDomainsVocabulary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hist-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/v3.db"
        // As a schema-3 build wrote them: integer priorities, `decline_reason`.
        try OlderFile.make(at: path, version: 3, then: """
            INSERT INTO municipalities(id, name, kind) VALUES (1, 'Город', 'ГО');
            INSERT INTO people(id, login, full_name, name_key, municipality_id, roles) VALUES (1, 'met', 'Методистова Мария', 'методистова мария', 1, 8);
            INSERT INTO requests(id, text, author_id, municipality_id, priority, urgent, status, created_on, decline_reason)
                VALUES (1, 'Помогите', 1, 1, 2, 0, 'declined', '2024-03-01', 'не по профилю');
            INSERT INTO request_history(request_id, actor_id, at, field, before, after) VALUES
                (1, 1, 100, 'status', '', 'new'),
                (1, 1, 200, 'priority', '1', '2'),
                (1, 1, 300, 'status', 'new', 'declined'),
                (1, 1, 300, 'decline_reason', '', 'не по профилю');
            """)
        let store = try SQLiteStore(path: path, mode: .existing)
        XCTAssertEqual(store.schemaVersion, SQLiteStore.supportedSchemaVersion)
        let rows = try store.history(entity: "request", id: 1)
        XCTAssertEqual(rows.map(\.change), [
            FieldChange.requestCreated,
            FieldChange(.priority, before: "normal", after: "high"),
            FieldChange(.status, before: "new", after: "declined"),
            FieldChange(.declineReason, before: "", after: "не по профилю"),
        ])
        XCTAssertEqual(rows.map(\.at), [100, 200, 300, 300])
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'request_history'"), 0)
        // Every migrated field is one the Domain names.
        XCTAssertTrue(rows.allSatisfy { RequestField(rawValue: $0.change.field) != nil })
    }
}
