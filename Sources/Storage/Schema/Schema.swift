/// The schema, as an ordered list of forward migrations. Migration N takes
/// the file from `user_version` N-1 to N. Never edit a shipped migration:
/// add the next one.
enum Schema {
    /// Marks a file as ours (`PRAGMA application_id`, "METO"), so a database
    /// of another program is recognised and left alone.
    static let applicationID: Int32 = 0x4D45_544F

    static var currentVersion: Int { migrations.count }

    static let migrations: [String] = [v1, v2, v3, v4, v5, v6, v7, v8, v9]

    static let v1 = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

    CREATE TABLE municipalities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('МР','ГО','МО'))
    );

    CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        municipality_id INTEGER REFERENCES municipalities(id),
        flags INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX organizations_municipality ON organizations(municipality_id, name);

    -- roles: bit mask of Role (see RoleBits); name_key: surname-first name
    -- lower-cased with ё -> е, for prefix search (SQL lower() is ASCII-only).
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        full_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        organization_id INTEGER REFERENCES organizations(id),
        municipality_id INTEGER REFERENCES municipalities(id),
        position TEXT NOT NULL DEFAULT '',
        subjects TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'none',
        birth_date TEXT,
        teaching_since TEXT,
        roles INTEGER NOT NULL DEFAULT 1,
        directions TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX people_name ON people(name_key, id);
    CREATE INDEX people_municipality_name ON people(municipality_id, name_key, id);
    CREATE INDEX people_organization ON people(organization_id, name_key, id);

    CREATE TABLE competences (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        area TEXT NOT NULL,
        direction INTEGER NOT NULL CHECK (direction BETWEEN 1 AND 19)
    );

    -- scores: "competence_id=score;..." — always read and written whole.
    CREATE TABLE diagnostics (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        date TEXT NOT NULL,
        source TEXT NOT NULL,
        scores TEXT NOT NULL
    );
    CREATE INDEX diagnostics_person ON diagnostics(person_id, date);

    CREATE TABLE deficits (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        competence_id INTEGER NOT NULL REFERENCES competences(id),
        severity TEXT NOT NULL,
        status TEXT NOT NULL,
        diagnostic_id INTEGER NOT NULL REFERENCES diagnostics(id),
        closed_by INTEGER REFERENCES diagnostics(id),
        score INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX deficits_person ON deficits(person_id, status);

    CREATE TABLE programmes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        provider TEXT NOT NULL,
        kind TEXT NOT NULL,
        hours INTEGER NOT NULL,
        format TEXT NOT NULL,
        in_registry INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE programme_competences (
        programme_id INTEGER NOT NULL REFERENCES programmes(id),
        competence_id INTEGER NOT NULL REFERENCES competences(id),
        PRIMARY KEY (programme_id, competence_id)
    ) WITHOUT ROWID;
    CREATE INDEX programme_competences_competence ON programme_competences(competence_id);

    CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        topic TEXT NOT NULL,
        capacity INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE site_competences (
        site_id INTEGER NOT NULL REFERENCES sites(id),
        competence_id INTEGER NOT NULL REFERENCES competences(id),
        PRIMARY KEY (site_id, competence_id)
    ) WITHOUT ROWID;

    CREATE TABLE practices (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        author_id INTEGER REFERENCES people(id),
        organization_id INTEGER REFERENCES organizations(id),
        direction INTEGER NOT NULL,
        status TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE practice_competences (
        practice_id INTEGER NOT NULL REFERENCES practices(id),
        competence_id INTEGER NOT NULL REFERENCES competences(id),
        PRIMARY KEY (practice_id, competence_id)
    ) WITHOUT ROWID;

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        direction INTEGER,
        organizer_id INTEGER REFERENCES people(id),
        version INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE routes (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        tutor_id INTEGER REFERENCES people(id),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        status TEXT NOT NULL,
        cancel_reason TEXT,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX routes_person ON routes(person_id, period_start);
    CREATE INDEX routes_tutor ON routes(tutor_id, status);

    CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        route_id INTEGER NOT NULL REFERENCES routes(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        programme_id INTEGER REFERENCES programmes(id),
        site_id INTEGER REFERENCES sites(id),
        practice_id INTEGER REFERENCES practices(id),
        event_id INTEGER REFERENCES events(id),
        planned_start TEXT NOT NULL,
        planned_end TEXT NOT NULL,
        hours INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        evidence_certificate TEXT NOT NULL DEFAULT '',
        evidence_link TEXT NOT NULL DEFAULT '',
        evidence_note TEXT NOT NULL DEFAULT '',
        tutor_comment TEXT NOT NULL DEFAULT '',
        skip_reason TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX steps_route ON steps(route_id, position, id);
    CREATE TABLE step_deficits (
        step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        deficit_id INTEGER NOT NULL REFERENCES deficits(id),
        PRIMARY KEY (step_id, deficit_id)
    ) WITHOUT ROWID;
    CREATE INDEX step_deficits_deficit ON step_deficits(deficit_id);

    CREATE TABLE tutoring (
        tutor_id INTEGER NOT NULL REFERENCES people(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        since TEXT NOT NULL,
        until TEXT,
        PRIMARY KEY (tutor_id, person_id)
    ) WITHOUT ROWID;
    CREATE INDEX tutoring_person ON tutoring(person_id);

    CREATE TABLE consultations (
        id INTEGER PRIMARY KEY,
        tutor_id INTEGER NOT NULL REFERENCES people(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        date TEXT NOT NULL,
        form TEXT NOT NULL,
        topic TEXT NOT NULL,
        result TEXT NOT NULL DEFAULT '',
        next_step TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX consultations_person ON consultations(person_id, date);
    CREATE INDEX consultations_tutor ON consultations(tutor_id, date);

    CREATE TABLE mentoring (
        id INTEGER PRIMARY KEY,
        mentor_id INTEGER NOT NULL REFERENCES people(id),
        mentee_id INTEGER NOT NULL REFERENCES people(id),
        form TEXT NOT NULL,
        start TEXT NOT NULL,
        end TEXT,
        goals TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX mentoring_mentee ON mentoring(mentee_id, status);
    CREATE INDEX mentoring_mentor ON mentoring(mentor_id, status);

    -- urgent: the author is a young teacher or the school is ШНОР, fixed when
    -- the request is created; it orders the inbox by the triage rule.
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        author_id INTEGER REFERENCES people(id),
        organization_id INTEGER REFERENCES organizations(id),
        municipality_id INTEGER REFERENCES municipalities(id),
        competence_id INTEGER REFERENCES competences(id),
        direction INTEGER CHECK (direction IS NULL OR direction BETWEEN 1 AND 19),
        priority INTEGER NOT NULL DEFAULT 1,
        urgent INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        assignee_id INTEGER REFERENCES people(id),
        due TEXT,
        created_on TEXT NOT NULL,
        resolved_on TEXT,
        decline_reason TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX requests_triage ON requests(municipality_id, priority DESC, urgent DESC, created_on, id);
    CREATE INDEX requests_all_triage ON requests(priority DESC, urgent DESC, created_on, id);
    CREATE INDEX requests_assignee ON requests(assignee_id, status);
    CREATE INDEX requests_author ON requests(author_id);
    CREATE INDEX requests_status ON requests(status);

    CREATE TABLE request_history (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        actor_id INTEGER REFERENCES people(id),
        at INTEGER NOT NULL,
        field TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX request_history_request ON request_history(request_id, at);

    -- criteria: bit mask of SelectionCriterion in declaration order.
    CREATE TABLE rma_applications (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        year INTEGER NOT NULL,
        directions TEXT NOT NULL,
        criteria INTEGER NOT NULL DEFAULT 0,
        decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending','approved','rejected')),
        reason TEXT CHECK ((decision = 'rejected') = (reason IS NOT NULL)),
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX rma_applications_person ON rma_applications(person_id);

    CREATE TABLE roadmap_items (
        id INTEGER PRIMARY KEY,
        direction INTEGER CHECK (direction IS NULL OR direction BETWEEN 1 AND 19),
        title TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '',
        participants_note TEXT NOT NULL DEFAULT '',
        executors TEXT NOT NULL DEFAULT '',
        co_executors TEXT NOT NULL DEFAULT '',
        timing_kind TEXT NOT NULL,
        timing_year INTEGER NOT NULL,
        timing_quarter INTEGER,
        timing_months TEXT NOT NULL DEFAULT '',
        expected_result TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX roadmap_direction ON roadmap_items(direction, id);

    -- Every change: who, when, what, before and after (as readable text).
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_id INTEGER,
        actor_login TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_entity ON audit(entity, entity_id, at);
    CREATE INDEX audit_actor ON audit(actor_id, at);
    CREATE INDEX audit_at ON audit(at);

    -- Full-text search. Text is stored with ё folded to е (unicode61 folds
    -- case, not ё); the triggers keep it in step with every writer.
    CREATE VIRTUAL TABLE people_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE organizations_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE requests_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE programmes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE practices_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE roadmap_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    \(ftsTriggers(table: "people", fts: "people_fts", text: "new.full_name || ' ' || new.login || ' ' || new.position || ' ' || new.subjects"))
    \(ftsTriggers(table: "organizations", fts: "organizations_fts", text: "new.name"))
    \(ftsTriggers(table: "requests", fts: "requests_fts", text: "new.text"))
    \(ftsTriggers(table: "programmes", fts: "programmes_fts", text: "new.title || ' ' || new.provider"))
    \(ftsTriggers(table: "practices", fts: "practices_fts", text: "new.title"))
    \(ftsTriggers(table: "roadmap_items", fts: "roadmap_fts", text: "new.title || ' ' || new.expected_result"))
    """

    static func folded(_ expr: String) -> String {
        "replace(replace(\(expr), 'ё', 'е'), 'Ё', 'Е')"
    }

    static func ftsTriggers(table: String, fts: String, text: String) -> String {
        """
        CREATE TRIGGER \(table)_fts_insert AFTER INSERT ON \(table) BEGIN
            INSERT INTO \(fts)(rowid, text) VALUES (new.id, \(folded(text)));
        END;
        CREATE TRIGGER \(table)_fts_update AFTER UPDATE ON \(table) BEGIN
            UPDATE \(fts) SET text = \(folded(text)) WHERE rowid = new.id;
        END;
        CREATE TRIGGER \(table)_fts_delete AFTER DELETE ON \(table) BEGIN
            DELETE FROM \(fts) WHERE rowid = old.id;
        END;
        """
    }
}
