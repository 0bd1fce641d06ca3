extension Schema {
    /// Version 3: search that answers the first letters at once, and triage
    /// pages read per part of a viewer's scope.
    static let v3 = """
    -- Prefix indexes for words of one and two letters: the first keys of a
    -- search ("у", "ур", "Кузнецов м") otherwise merge every word that
    -- starts so, 50–100 ms on a national file. The tables are rebuilt from
    -- their own text (a copy, then the new table under the same name, so
    -- the triggers that write to them keep working).
    \(["people_fts", "organizations_fts", "requests_fts", "programmes_fts", "practices_fts", "roadmap_fts",
       "events_fts", "sites_fts"].map(withPrefixIndex).joined(separator: "\n"))

    -- A person's search text changes with their name, login, position and
    -- subjects only: a role or date change must not rewrite the index.
    DROP TRIGGER people_fts_update;
    CREATE TRIGGER people_fts_update AFTER UPDATE OF full_name, login, position, subjects ON people BEGIN
        UPDATE people_fts SET text = \(folded("new.full_name || ' ' || new.login || ' ' || new.position || ' ' || new.subjects")) WHERE rowid = new.id;
    END;

    -- The triage inbox reads a page per part of the viewer's scope (their
    -- municipality, assigned to them, a direction of theirs), each along an
    -- index in triage order.
    CREATE INDEX requests_assignee_triage_key ON requests(assignee_id, triage_key);
    CREATE INDEX requests_direction_triage_key ON requests(direction, triage_key);
    """

    static let ftsOptions = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'"

    /// Rebuilds a full-text table with the prefix indexes, keeping its rows.
    static func withPrefixIndex(_ fts: String) -> String {
        """
        CREATE TEMP TABLE \(fts)_copy AS SELECT rowid AS id, text FROM \(fts);
        DROP TABLE \(fts);
        CREATE VIRTUAL TABLE \(fts) USING fts5(text, \(ftsOptions));
        INSERT INTO \(fts)(rowid, text) SELECT id, text FROM temp.\(fts)_copy ORDER BY id;
        DROP TABLE temp.\(fts)_copy;
        """
    }
}
