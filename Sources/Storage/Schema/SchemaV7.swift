extension Schema {
    /// Version 7: the tutor picker's reads by indexes that answer them. It
    /// read the municipality's whole staff to find its tutors, then each
    /// tutor's routes row by row for the load — 1.4 s per «a» for Челябинский
    /// ГО on the 1,000,000-teacher file. A partial index holds the tutors (its
    /// WHERE is the picker's term exactly, `(p.roles & 2) != 0` being
    /// `Codecs.bit(.tutor)`, as SQLite requires to use it), and `routes_tutor`
    /// gains the person, so the load is counted from the index alone.
    static let v7 = """
    CREATE INDEX people_tutors ON people(municipality_id) WHERE (roles & 2) != 0;
    DROP INDEX routes_tutor;
    CREATE INDEX routes_tutor ON routes(tutor_id, status, person_id);
    """
}
