extension Schema {
    /// Version 9: an assignee's requests in triage order by an index, for
    /// «Поручено мне» and the tutor's «Запросы» (`RequestQuery.assigneeID`):
    /// the demo methodist of the national file holds 9,679, which were
    /// sorted whole for every page.
    static let v9 = """
    CREATE INDEX IF NOT EXISTS requests_assignee_order ON requests(assignee_id, priority DESC, urgent DESC, created_on, id);
    """
}
