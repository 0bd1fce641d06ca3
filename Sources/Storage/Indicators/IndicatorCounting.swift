import Domain

/// One organization of one municipality (either may be nil: regional
/// organizations have no municipality, a request may name no school).
struct IndicatorCell: Hashable {
    var municipalityID: MunicipalityID?
    var organizationID: OrganizationID?
}

/// The raw counts of every (municipality, organization) cell, read with one
/// GROUP BY pass per table, so the region, each municipality and each
/// organization come from the same reading (a municipality is the sum of
/// its cells, the region the sum of all). Counted over people with the
/// teacher role; routes, deficits and course steps are those of teachers.
///
/// - diagnosed: teachers with at least one diagnostic;
/// - withRoute / routesTotal: teachers with / routes not cancelled; routesCompleted: status completed;
/// - deficitsIdentified: every deficit; deficitsClosed: status closed;
/// - young (SQL form of `Person.isYoungTeacher`, see `youngSQL`); youngWithMentor:
///   young teachers with a current pair (`MentoringPair.isCurrent`);
/// - requests (by the request's own municipality and organization): resolved,
///   on time (`HelpRequest.isResolvedOnTime`), days to resolve, overdue (`isOverdue`);
/// - courseSteps: course steps of routes not cancelled; FromRegistry: their programme is in the federal registry;
/// - methodistsPerDirection: people with the РМА methodist role, by their directions;
/// - participation: municipalities with an application in the latest selection year.
struct IndicatorTally {
    var counts: [IndicatorCell: IndicatorCounts] = [:]
    var work: [IndicatorCell: IndicatorWorkload] = [:]
    var participating: Set<MunicipalityID> = []

    /// `municipalityID`: only that municipality (a municipal methodist's scope).
    ///
    /// People are read once, into a compact temporary table (id -> cell,
    /// teacher, young, РМА directions): the other passes join that instead
    /// of the wide people rows, which on a million teachers cuts the pages
    /// read several times over.
    /// `byOrganization`: cells per organization; otherwise one per municipality.
    static func read(_ db: Database, today: Day, municipalityID: MunicipalityID?, byOrganization: Bool) throws -> IndicatorTally {
        var t = IndicatorTally()
        // Room for every cell up front, so the dictionaries never hold an old and a new
        // table at once while growing.
        let cells = byOrganization
            ? try db.scalarInt("SELECT count(*) FROM organizations WHERE municipality_id IS ?", [municipalityID]) + 64
            : try db.scalarInt("SELECT count(*) FROM municipalities") + 1
        t.counts.reserveCapacity(cells); t.work.reserveCapacity(cells)
        let young = youngSQL(alias: "p", today: today)
        let onlyP = municipalityID == nil ? "" : " AND p.municipality_id = \(municipalityID!)"
        let onlyQ = municipalityID == nil ? "" : " AND q.municipality_id = \(municipalityID!)"
        func cell(_ r: Row) -> IndicatorCell {
            IndicatorCell(municipalityID: r.optInt64(0), organizationID: byOrganization ? r.optInt64(1) : nil)
        }
        try db.execute("DROP TABLE IF EXISTS temp.indicator_people")
        defer { _ = try? db.execute("DROP TABLE IF EXISTS temp.indicator_people") }
        try db.execute("""
            CREATE TEMP TABLE indicator_people (id INTEGER PRIMARY KEY, m INTEGER, o INTEGER, teacher INTEGER NOT NULL,
                                                young INTEGER NOT NULL, directions TEXT)
            """)
        try db.execute("""
            INSERT INTO temp.indicator_people
            SELECT p.id, p.municipality_id, p.organization_id, (p.roles & \(Codecs.bit(.teacher))) != 0,
                   (p.roles & \(Codecs.bit(.teacher))) != 0 AND \(young.sql),
                   CASE WHEN (p.roles & \(Codecs.bit(.regionalMethodist))) != 0 THEN p.directions END
            FROM people p WHERE 1\(onlyP)
            """, young.params)
        // `c`: the teachers among them.
        let teachers = "temp.indicator_people c"
        try db.forEach("SELECT c.m, c.o, count(*), sum(c.young) FROM \(teachers) WHERE c.teacher GROUP BY 1, 2") { r in
            let c = cell(r)
            t.counts[c, default: IndicatorCounts()].teachers += r.int(2)
            t.counts[c, default: IndicatorCounts()].youngTeachers += r.int(3)
        }
        try db.forEach("""
            SELECT c.m, c.o, count(*) FROM (SELECT DISTINCT person_id FROM diagnostics) d JOIN \(teachers) ON c.id = d.person_id
            WHERE c.teacher GROUP BY 1, 2
            """) { r in t.counts[cell(r), default: IndicatorCounts()].diagnosed += r.int(2) }
        try db.forEach("""
            SELECT c.m, c.o, count(DISTINCT r.person_id), count(*),
                   sum(r.status = 'completed'), sum(r.tutor_id IS NULL AND r.status != 'completed')
            FROM routes r JOIN \(teachers) ON c.id = r.person_id
            WHERE r.status != 'cancelled' AND c.teacher GROUP BY 1, 2
            """) { r in
            let c = cell(r)
            t.counts[c, default: IndicatorCounts()].withRoute += r.int(2)
            t.counts[c, default: IndicatorCounts()].routesTotal += r.int(3)
            t.counts[c, default: IndicatorCounts()].routesCompleted += r.int(4)
            t.work[c, default: IndicatorWorkload()].routesWithoutTutor += r.int(5)
        }
        // Per person first: the (person_id, status) index answers it without the table.
        try db.forEach("""
            SELECT c.m, c.o, sum(d.n), sum(d.closed)
            FROM (SELECT person_id, count(*) AS n, sum(status = 'closed') AS closed FROM deficits GROUP BY person_id) d
            JOIN \(teachers) ON c.id = d.person_id WHERE c.teacher GROUP BY 1, 2
            """) { r in
            let c = cell(r)
            t.counts[c, default: IndicatorCounts()].deficitsIdentified += r.int(2)
            t.counts[c, default: IndicatorCounts()].deficitsClosed += r.int(3)
        }
        try db.forEach("""
            SELECT c.m, c.o, count(DISTINCT g.mentee_id) FROM mentoring g JOIN \(teachers) ON c.id = g.mentee_id
            WHERE g.status IN ('planned', 'active') AND (g."end" IS NULL OR g."end" >= ?) AND c.young GROUP BY 1, 2
            """, [today]) { r in t.counts[cell(r), default: IndicatorCounts()].youngWithMentor += r.int(2) }
        // Resolution days as a histogram per cell (NULL for requests not resolved).
        try db.forEach("""
            SELECT q.municipality_id, q.organization_id,
                   CASE WHEN q.status = 'resolved' AND q.resolved_on IS NOT NULL
                        THEN CAST(round(julianday(q.resolved_on) - julianday(q.created_on)) AS INTEGER) END,
                   count(*),
                   sum(q.status = 'resolved' AND q.resolved_on IS NOT NULL AND (q.due IS NULL OR q.resolved_on <= q.due)),
                   sum(q.status NOT IN ('resolved', 'declined') AND q.due IS NOT NULL AND q.due < ?)
            FROM requests q WHERE 1\(onlyQ) GROUP BY 1, 2, 3
            """, [today]) { r in
            let c = cell(r)
            if let days = r.optInt(2) {
                let n = r.int(3)
                t.counts[c, default: IndicatorCounts()].requestsResolved += n
                t.counts[c, default: IndicatorCounts()].resolutionDays += Array(repeating: days, count: n)
            }
            t.counts[c, default: IndicatorCounts()].requestsResolvedOnTime += r.int(4)
            t.work[c, default: IndicatorWorkload()].overdueRequests += r.int(5)
        }
        try db.forEach("""
            SELECT c.m, c.o, count(*), sum(coalesce(g.in_registry, 0) != 0)
            FROM steps s JOIN routes r ON r.id = s.route_id JOIN \(teachers) ON c.id = r.person_id
            LEFT JOIN programmes g ON g.id = s.programme_id
            WHERE s.kind = 'course' AND r.status != 'cancelled' AND c.teacher GROUP BY 1, 2
            """) { r in
            let c = cell(r)
            t.counts[c, default: IndicatorCounts()].courseSteps += r.int(2)
            t.counts[c, default: IndicatorCounts()].courseStepsFromRegistry += r.int(3)
        }
        try db.forEach("""
            SELECT c.m, c.o, c.directions, count(*) FROM \(teachers) WHERE c.directions IS NOT NULL GROUP BY 1, 2, 3
            """) { r in
            let c = cell(r), n = r.int(3)
            for d in Codecs.ints(r.string(2)) where (1...19).contains(d) {
                t.counts[c, default: IndicatorCounts()].methodistsPerDirection[d, default: 0] += n
            }
        }
        try db.forEach("""
            SELECT DISTINCT c.m FROM rma_applications a JOIN \(teachers) ON c.id = a.person_id
            WHERE a.year = (SELECT max(year) FROM rma_applications) AND c.m IS NOT NULL
            """) { r in t.participating.insert(r.int64(0)) }
        // Young teachers without a pair: the young counted less those with one.
        for (c, counts) in t.counts where counts.youngTeachers > 0 {
            t.work[c, default: IndicatorWorkload()].youngWithoutMentor += counts.youngTeachers - counts.youngWithMentor
        }
        return t
    }

    /// `Person.isYoungTeacher(on:)` in SQL over ISO dates: young by age when
    /// born after the day 35 years before `today` (comparing the texts
    /// "YYYY-MM-DD" also handles 29 February), and not in the future; the
    /// same for three years of service.
    static func youngSQL(alias p: String, today: Day) -> (sql: String, params: [SQLBindable]) {
        let age = shifted(today, years: Person.youngTeacherAgeLimit)
        let service = shifted(today, years: Person.youngTeacherServiceYears)
        // coalesce: a missing date makes the comparison NULL, which means "not young".
        return ("coalesce((\(p).birth_date > ? AND \(p).birth_date <= ?) OR (\(p).teaching_since > ? AND \(p).teaching_since <= ?), 0)",
                [age, today.iso, service, today.iso])
    }

    /// The text of `day` with the year moved back (may name a day that does
    /// not exist, like 2021-02-29: only compared as text).
    static func shifted(_ day: Day, years: Int) -> String {
        let c = day.components
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return pad(c.year - years, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }
}
