extension Schema {
    /// Version 6: diagnostics entered on screen. Each keeps its note, its
    /// author and the day it was entered (its author may withdraw it that
    /// day), and what it did to each deficit, so that a withdrawal puts the
    /// deficits back exactly.
    static let v6 = """
    ALTER TABLE diagnostics ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE diagnostics ADD COLUMN author_id INTEGER REFERENCES people(id);
    ALTER TABLE diagnostics ADD COLUMN recorded_on TEXT;

    -- before_status NULL: the diagnostic found the deficit.
    CREATE TABLE diagnostic_effects (
        diagnostic_id INTEGER NOT NULL REFERENCES diagnostics(id),
        deficit_id INTEGER NOT NULL,
        before_status TEXT,
        before_severity TEXT,
        before_score INTEGER,
        before_closed_by INTEGER,
        left_version INTEGER NOT NULL,
        PRIMARY KEY (diagnostic_id, deficit_id)
    ) WITHOUT ROWID;
    """
}
