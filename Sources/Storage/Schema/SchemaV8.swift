extension Schema {
    /// Version 8: a request's assignee works it to the end. `answer` is what
    /// the author reads once it is resolved; `request_help` keeps each record
    /// of help given (`HelpGiven`: date, form, what was done, who recorded
    /// it), read with the request, newest last.
    static let v8 = """
    ALTER TABLE requests ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    CREATE TABLE request_help (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        date TEXT NOT NULL,
        form TEXT NOT NULL,
        what TEXT NOT NULL,
        actor_id INTEGER REFERENCES people(id),
        at INTEGER NOT NULL
    );
    CREATE INDEX request_help_request ON request_help(request_id, date, id);
    """
}
