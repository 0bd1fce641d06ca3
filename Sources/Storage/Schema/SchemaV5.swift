extension Schema {
    /// Version 5: one history for every mutable kind, in the Domain's
    /// vocabulary. A request's history moves over from `request_history`:
    /// `decline_reason` becomes `declineReason` and priorities, stored there
    /// as numbers (0…3), become their names (`low`…`urgent`). A person's
    /// municipality follows their organization by a trigger, so the one
    /// versioned write of a person needs no second statement.
    static let v5 = """
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        actor_id INTEGER REFERENCES people(id),
        at INTEGER NOT NULL,
        field TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO history(id, entity, entity_id, actor_id, at, field, before, after)
    SELECT id, 'request', request_id, actor_id, at,
           CASE field WHEN 'decline_reason' THEN 'declineReason' ELSE field END,
           CASE WHEN field = 'priority' THEN \(priorityName("before")) ELSE before END,
           CASE WHEN field = 'priority' THEN \(priorityName("after")) ELSE after END
    FROM request_history ORDER BY id;
    DROP TABLE request_history;
    CREATE INDEX history_entity ON history(entity, entity_id, at);

    -- A person's municipality is their organization's, whoever changes it.
    CREATE TRIGGER people_municipality AFTER UPDATE OF organization_id ON people BEGIN
        UPDATE people SET municipality_id = (SELECT municipality_id FROM organizations WHERE id = new.organization_id)
        WHERE id = new.id;
    END;
    """

    private static func priorityName(_ column: String) -> String {
        "CASE \(column) WHEN '0' THEN 'low' WHEN '1' THEN 'normal' WHEN '2' THEN 'high' WHEN '3' THEN 'urgent' ELSE \(column) END"
    }
}
