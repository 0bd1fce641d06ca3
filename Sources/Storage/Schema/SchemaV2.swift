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

    -- The triage order as one sortable text (open/closed, priority, reasons,
    -- created, id), so the inbox pages through an index. Youth changes with
    -- the calendar, so Storage refreshes the keys of open requests once a day
    -- (meta 'triage_keys_on'); '' until then.
    ALTER TABLE requests ADD COLUMN triage_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX requests_triage_key ON requests(triage_key);
    CREATE INDEX requests_municipality_triage_key ON requests(municipality_id, triage_key);
    """
}
