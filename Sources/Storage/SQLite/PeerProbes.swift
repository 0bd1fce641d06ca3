import Domain
import Foundation

/// What the benchmark needs of the SQLite file beyond the store's areas: the
/// questions it asks its peers (the sqlite3 CLI, VisiData) and a bare writer
/// for the import-contention figure. Kept here so that no SQL and no
/// connection class live above Storage.
public enum PeerProbes {
    /// The SQL of `peoplePage` for a viewer who sees the whole region, values
    /// inlined: what the sqlite3 CLI is asked side by side with the store.
    public static func peopleBySurnameSQL(_ surname: String, limit: Int) -> String {
        let key = surname.lowercased().replacingOccurrences(of: "ё", with: "е").replacingOccurrences(of: "'", with: "''")
        return """
        SELECT p.id, p.login, p.full_name, p.position, coalesce(o.name, ''), coalesce(m.name, ''), p.roles,
               p.birth_date, p.teaching_since, p.name_key
        FROM people p LEFT JOIN organizations o ON o.id = p.organization_id
        LEFT JOIN municipalities m ON m.id = p.municipality_id
        WHERE p.name_key >= '\(key)' AND p.name_key < '\(key)\u{10FFFF}' ORDER BY p.name_key, p.id LIMIT \(limit);
        """
    }

    /// The position of the people table on VisiData's sheet of tables (sqlite_master in rowid order, no indexes).
    public static func visidataPeopleRow(_ store: SQLiteStore) -> Int? {
        let names = (try? store.db.query("SELECT name FROM sqlite_master WHERE type != 'index' ORDER BY rowid", [], { $0.string(0) })) ?? []
        return names.firstIndex(of: "people")
    }

    /// A session's save, short and alone: one audit row in its own
    /// transaction, through the store's connection class, waiting for the
    /// lock as an interactive session does (30 s) and leaving checkpoints to
    /// idle moments like one. It does not open a `SQLiteStore`: that would
    /// migrate a file an older build made (the benchmark runs the previous
    /// build side by side); the audit table is in every schema version.
    public final class Saver {
        let db: Database
        public let firstOrganizationID: Int64

        public init?(path: String) {
            guard let db = try? Database(path: path, create: false),
                  let organization = try? db.scalarInt("SELECT min(id) FROM organizations") else { return nil }
            self.db = db
            firstOrganizationID = Int64(organization)
            db.busyWait.limit = 30
            try? db.deferCheckpoints()
        }

        public func save(_ text: String) throws {
            try db.write {
                try db.execute("INSERT INTO audit(at, actor_login, entity, action, before, after) VALUES (?, 'bench', 'bench', 'save', '', ?)",
                               [Int64(Date().timeIntervalSince1970), text])
            }
        }
    }
}
