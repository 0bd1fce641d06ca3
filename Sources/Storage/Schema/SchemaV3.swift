extension Schema {
    /// Version 3: search that answers the first letters at once, triage
    /// pages read per part of a viewer's scope, mentoring pairs by municipality.
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

    -- A pair's municipality is its mentee's, kept beside the pair so that a
    -- municipal methodist's list walks (municipality, id) in order; through
    -- the mentee it walked the region's pairs until it met theirs (0.1–0.8 s
    -- on a national file, pairs being stored municipality by municipality).
    ALTER TABLE mentoring ADD COLUMN municipality_id INTEGER;
    UPDATE mentoring SET municipality_id = (SELECT p.municipality_id FROM people p WHERE p.id = mentoring.mentee_id);
    CREATE INDEX mentoring_municipality ON mentoring(municipality_id, id);
    CREATE TRIGGER mentoring_municipality_insert AFTER INSERT ON mentoring BEGIN
        UPDATE mentoring SET municipality_id = (SELECT p.municipality_id FROM people p WHERE p.id = new.mentee_id) WHERE id = new.id;
    END;
    CREATE TRIGGER mentoring_municipality_mentee AFTER UPDATE OF mentee_id ON mentoring BEGIN
        UPDATE mentoring SET municipality_id = (SELECT p.municipality_id FROM people p WHERE p.id = new.mentee_id) WHERE id = new.id;
    END;
    CREATE TRIGGER people_mentoring_municipality AFTER UPDATE OF municipality_id ON people BEGIN
        UPDATE mentoring SET municipality_id = new.municipality_id WHERE mentee_id = new.id;
    END;
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
