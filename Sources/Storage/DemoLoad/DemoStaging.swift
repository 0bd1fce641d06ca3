/// Rows of tables with a full-text trigger (people, requests; and the
/// requests' history, which refers to them) go first into a
/// temporary table and then into the real one with one `INSERT … SELECT` per
/// transaction.
///
/// Why: a statement that fires a trigger writing an FTS5 table opens a
/// statement savepoint, and FTS5 flushes its pending terms into a new
/// segment at every savepoint. Row by row that is one segment (and a merge)
/// per row: 100 µs a person and growing with the table. One statement per
/// 20,000 rows flushes once. The triggers still fill the index.
struct DemoStaging {
    let table: String
    let columns: [String]
    let stage: String

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
        self.stage = "demo_stage_\(table)"
    }

    var insertSQL: String {
        "INSERT INTO temp.\(stage)(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    func create(_ db: Database) throws {
        try db.executeScript("DROP TABLE IF EXISTS temp.\(stage); CREATE TEMP TABLE \(stage)(\(columns.joined(separator: ", ")))")
    }

    /// Moves the staged rows into the real table, in id order.
    func flush(_ db: Database) throws {
        let list = columns.joined(separator: ", ")
        try db.execute("INSERT INTO main.\(table)(\(list)) SELECT \(list) FROM temp.\(stage) ORDER BY id")
        try db.execute("DELETE FROM temp.\(stage)")
    }

    func drop(_ db: Database) throws {
        try db.executeScript("DROP TABLE IF EXISTS temp.\(stage)")
    }

    static let people = DemoStaging(table: "people", columns: [
        "id", "login", "full_name", "name_key", "organization_id", "municipality_id", "position", "subjects",
        "category", "birth_date", "teaching_since", "roles", "directions",
    ])

    static let requests = DemoStaging(table: "requests", columns: [
        "id", "text", "author_id", "organization_id", "municipality_id", "competence_id", "direction", "priority",
        "urgent", "status", "assignee_id", "due", "created_on", "resolved_on", "decline_reason",
    ])

    /// Staged too: its rows refer to requests still in the stage.
    static let requestHistory = DemoStaging(table: "history", columns: [
        "id", "entity", "entity_id", "actor_id", "at", "field", "before", "after",
    ])
}
