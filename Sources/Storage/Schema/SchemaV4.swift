extension Schema {
    /// Version 4: a people import writes its rows without their search
    /// entries — while `meta` holds the deferral key, inside the import's
    /// own transaction — and adds the entries right after, in short steps
    /// (`PeopleSearchFill`). The entries were 70% of a 100,000-row import's
    /// write, and every other user's save waited for all of it.
    static let v4 = """
    DROP TRIGGER people_fts_insert;
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = '\(PeopleSearchFill.deferredKey)') BEGIN
        INSERT INTO people_fts(rowid, text) VALUES (new.id, \(folded(PeopleSearchFill.text(of: "new."))));
    END;
    """
}
