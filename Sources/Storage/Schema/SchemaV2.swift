extension Schema {
    /// Version 2: catalogs that can be retired and searched, drafts kept
    /// across a dropped connection, indicator history, and a stored triage
    /// order key.
    static let v2 = """
    -- Events and practices can be retired like programmes and sites.
    ALTER TABLE events ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE practices ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;

    CREATE VIRTUAL TABLE events_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE sites_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    \(ftsTriggers(table: "events", fts: "events_fts", text: "new.title || ' ' || new.kind"))
    \(ftsTriggers(table: "sites", fts: "sites_fts", text: "new.topic"))
    INSERT INTO events_fts(rowid, text) SELECT id, \(folded("title || ' ' || kind")) FROM events;
    INSERT INTO sites_fts(rowid, text) SELECT id, \(folded("topic")) FROM sites;

    -- Text typed into an open form when the connection dropped (SIGHUP,
    -- SIGTERM): offered back on the next start. One per login and form.
    CREATE TABLE drafts (
        login TEXT NOT NULL,
        form TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (login, form)
    ) WITHOUT ROWID;

    -- Indicator values at the end of each month, for trends. scope: 'region'
    -- (scope_id 0), 'municipality' or 'organization'; month: 'YYYY-MM'.
    CREATE TABLE indicator_snapshots (
        scope TEXT NOT NULL CHECK (scope IN ('region','municipality','organization')),
        scope_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        month TEXT NOT NULL,
        numerator INTEGER NOT NULL,
        denominator INTEGER NOT NULL,
        value REAL,
        PRIMARY KEY (scope, scope_id, kind, month)
    ) WITHOUT ROWID;

    -- The triage order as one sortable text (closed, priority, reasons,
    -- created, id), so the inbox pages through an index instead of sorting.
    -- A young author is judged on the day in meta 'triage_day' (with the
    -- birth and service thresholds Storage puts beside it, since SQL date
    -- arithmetic differs from the domain's on 29 February). Triggers keep
    -- the key right for every writer; Storage moves the day forward and
    -- refreshes the keys once a day. '' until the first refresh.
    ALTER TABLE requests ADD COLUMN triage_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX requests_triage_key ON requests(triage_key);
    CREATE INDEX requests_municipality_triage_key ON requests(municipality_id, triage_key);
    CREATE TRIGGER requests_triage_key_insert AFTER INSERT ON requests BEGIN
        UPDATE requests SET triage_key = \(triageKey(row: "new")) WHERE id = new.id;
    END;
    CREATE TRIGGER requests_triage_key_update
    AFTER UPDATE OF status, priority, author_id, organization_id, created_on ON requests BEGIN
        UPDATE requests SET triage_key = \(triageKey(row: "new")) WHERE id = new.id;
    END;
    -- A request's search text changes only with its text: a status or a
    -- triage-key change must not rewrite the full-text index.
    DROP TRIGGER requests_fts_update;
    CREATE TRIGGER requests_fts_update AFTER UPDATE OF text ON requests BEGIN
        UPDATE requests_fts SET text = \(folded("new.text")) WHERE rowid = new.id;
    END;
    -- The reasons live in other rows: an author's dates, a school's flags.
    CREATE TRIGGER people_triage_key_update AFTER UPDATE OF birth_date, teaching_since ON people BEGIN
        UPDATE requests SET triage_key = \(triageKey(row: "requests")) WHERE author_id = new.id;
    END;
    CREATE TRIGGER organizations_triage_key_update AFTER UPDATE OF flags ON organizations BEGIN
        UPDATE requests SET triage_key = \(triageKey(row: "requests")) WHERE organization_id = new.id;
    END;
    """

    /// The triage key of the requests row `row` (`RequestRules.triageOrder`):
    /// closed (0/1), 9 − priority, 9 − reasons (ШНОР school, young author),
    /// the creation day, the id padded — ascending text order is triage order.
    static func triageKey(row: String) -> String {
        let meta = { (key: String) in "(SELECT value FROM meta WHERE key = '\(key)')" }
        let young = """
            coalesce((SELECT (p.birth_date IS NOT NULL AND p.birth_date <= \(meta("triage_day")) AND p.birth_date > \(meta("triage_born_after")))
                          OR (p.teaching_since IS NOT NULL AND p.teaching_since <= \(meta("triage_day")) AND p.teaching_since > \(meta("triage_teaching_after")))
                      FROM people p WHERE p.id = \(row).author_id), 0)
            """
        let lowResults = "coalesce((SELECT o.flags & 1 FROM organizations o WHERE o.id = \(row).organization_id), 0)"
        return """
            printf('%d%d%d%s%012d', \(row).status IN ('resolved','declined'), 9 - \(row).priority,
                   9 - (\(lowResults) + \(young)), \(row).created_on, \(row).id)
            """
    }
}
