/// Connection settings for the one-off bulk load of the demo into a new,
/// empty file, restored afterwards (also after an error):
///
/// - a larger page cache (128 MB) while the indexes grow, temporary tables
///   in memory (`DemoStaging`);
/// - no foreign-key lookups on every insert: the generator writes parents
///   before children, and the tests run `PRAGMA foreign_key_check`;
/// - the rollback journal in memory instead of the WAL, and no syncs: each
///   page is written once into the file instead of into the WAL and again
///   by each checkpoint. A crash in the middle leaves a broken file, which a
///   half-built demo is anyway; journal mode (WAL), `synchronous`
///   (NORMAL) and foreign keys (on) are put back at the end.
///
/// When another connection has the file open SQLite keeps WAL; the build
/// still works, only slower.
struct DemoBulkLoad {
    let db: Database
    let cacheSize: Int
    let tempStore: Int
    let journalMode: String
    let synchronous: Int
    let foreignKeys: Int

    /// Reads the current settings (throws only here), then changes them.
    init(_ db: Database) throws {
        self.db = db
        cacheSize = try db.scalarInt("PRAGMA cache_size")
        tempStore = try db.scalarInt("PRAGMA temp_store")
        journalMode = try db.first("PRAGMA journal_mode") { $0.string(0) } ?? "wal"
        synchronous = try db.scalarInt("PRAGMA synchronous")
        foreignKeys = try db.scalarInt("PRAGMA foreign_keys")
        _ = try? db.execute("PRAGMA cache_size = -131072")
        _ = try? db.execute("PRAGMA temp_store = MEMORY")
        _ = try? db.first("PRAGMA journal_mode = MEMORY") { $0.string(0) }
        _ = try? db.execute("PRAGMA synchronous = OFF")
        _ = try? db.execute("PRAGMA foreign_keys = OFF")
    }

    func end() {
        let known = ["wal", "delete", "truncate", "persist", "memory", "off"]
        let mode = known.contains(journalMode.lowercased()) ? journalMode : "wal"
        _ = try? db.first("PRAGMA journal_mode = \(mode)") { $0.string(0) }
        _ = try? db.execute("PRAGMA synchronous = \(synchronous)")
        _ = try? db.execute("PRAGMA foreign_keys = \(foreignKeys)")
        _ = try? db.execute("PRAGMA temp_store = \(tempStore)")
        _ = try? db.execute("PRAGMA cache_size = \(cacheSize)")
    }
}
