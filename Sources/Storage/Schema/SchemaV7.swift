extension Schema {
    /// Version 7: the tutors of a municipality by an index of their own. The
    /// tutor picker read the municipality's whole staff to find its tutors —
    /// 1.4 s for Челябинский ГО on the 1,000,000-teacher file — where a
    /// partial index holds the few hundred tutors. Its WHERE is the picker's
    /// term exactly (`(p.roles & 2) != 0`, `Codecs.bit(.tutor)`), as SQLite
    /// requires to use it.
    static let v7 = """
    CREATE INDEX people_tutors ON people(municipality_id) WHERE (roles & 2) != 0;
    """
}
