import Domain

/// One finding of `metodist check`.
public struct CheckFinding: Hashable, Sendable {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var message: Phrase
    public var count: Int
}

/// The report of `metodist check`: SQLite's own integrity, foreign keys,
/// the domain's consistency rules, and stored values outside `ValueRanges`.
public struct CheckReport: Sendable {
    public var findings: [CheckFinding]
    public var tables: [(name: String, rows: Int)]
    public var isOK: Bool { !findings.contains { $0.severity == .error } }
}

extension SQLiteStore {
    /// Domain rules a database must satisfy, each as a query counting the
    /// rows that break it.
    static let consistencyRules: [(sql: String, message: Phrase)] = [
        // LoginRule in SQL: GLOB compares bytes, so any non-ASCII byte is outside the class.
        ("""
         SELECT count(*) FROM people WHERE login = '' OR length(login) > \(LoginRule.maxLength)
            OR login GLOB '*[^A-Za-z0-9._-]*' OR login NOT GLOB '[A-Za-z0-9]*'
         """, Phrase("логины вне правила (латинские буквы, цифры, «.», «_», «-»): эти люди не могут войти",
                     "logins outside the rule (Latin letters, digits, “.”, “_”, “-”): these people cannot log in")),
        ("""
         SELECT count(*) FROM steps s JOIN routes r ON r.id = s.route_id
         WHERE r.status = 'cancelled' AND s.status IN ('inProgress', 'done')
         """, Phrase("шаги в работе или выполненные на отменённом маршруте", "steps in progress or done on a cancelled route")),
        ("""
         SELECT count(*) FROM steps s JOIN routes r ON r.id = s.route_id
         WHERE r.status = 'draft' AND s.status IN ('done', 'confirmed')
         """, Phrase("выполненные шаги в маршруте-черновике", "done steps on a draft route")),
        ("""
         SELECT count(*) FROM routes r WHERE r.status = 'completed' AND EXISTS
         (SELECT 1 FROM steps s WHERE s.route_id = r.id AND s.status NOT IN ('confirmed', 'skipped'))
         """, Phrase("завершённые маршруты с незакрытыми шагами", "completed routes with open steps")),
        ("SELECT count(*) FROM routes WHERE period_end < period_start",
         Phrase("маршруты с концом периода раньше начала", "routes ending before they start")),
        ("SELECT count(*) FROM steps WHERE planned_end < planned_start",
         Phrase("шаги с окончанием раньше начала", "steps ending before they start")),
        // The plan rules of a step (RouteStep.planRefusal) on routes still being planned or worked.
        ("""
         SELECT count(*) FROM steps s JOIN routes r ON r.id = s.route_id
         WHERE r.status IN ('draft', 'agreed', 'inProgress') AND s.status != 'skipped'
           AND (s.planned_start < r.period_start OR s.planned_end > r.period_end)
         """, Phrase("шаги вне периода своего маршрута", "steps outside their route's period")),
        ("""
         SELECT count(*) FROM steps s JOIN routes r ON r.id = s.route_id
         WHERE r.status IN ('draft', 'agreed', 'inProgress') AND s.status != 'skipped' AND s.kind = 'course' AND s.hours <= 0
         """, Phrase("курсы без часов", "courses without hours")),
        ("""
         SELECT count(*) FROM steps s JOIN routes r ON r.id = s.route_id JOIN programmes p ON p.id = s.programme_id
         WHERE r.status IN ('draft', 'agreed', 'inProgress') AND s.status != 'skipped' AND s.kind = 'course' AND s.hours > p.hours
         """, Phrase("курсы с часами больше, чем в их программе", "courses with more hours than their programme")),
        ("SELECT count(*) FROM steps WHERE status = 'skipped' AND trim(skip_reason) = ''",
         Phrase("пропущенные шаги без причины", "skipped steps without a reason")),
        ("SELECT count(*) FROM routes WHERE status = 'cancelled' AND trim(coalesce(cancel_reason, '')) = ''",
         Phrase("отменённые маршруты без причины", "cancelled routes without a reason")),
        ("SELECT count(*) FROM requests WHERE status = 'declined' AND trim(decline_reason) = ''",
         Phrase("отклонённые запросы без причины", "declined requests without a reason")),
        ("SELECT count(*) FROM requests WHERE status IN ('assigned', 'inProgress') AND assignee_id IS NULL",
         Phrase("назначенные запросы без исполнителя", "assigned requests without an assignee")),
        ("SELECT count(*) FROM requests WHERE status = 'resolved' AND resolved_on IS NULL",
         Phrase("решённые запросы без даты решения", "resolved requests without a resolution date")),
        ("SELECT count(*) FROM rma_applications WHERE decision = 'rejected' AND reason NOT IN ('lowAssessment', 'noExperience', 'directionMismatch')",
         Phrase("отказы в РМА без причины из положения", "РМА rejections without one of the three reasons")),
        ("SELECT count(*) FROM deficits WHERE status = 'closed' AND closed_by IS NULL",
         Phrase("закрытые дефициты без подтверждающей диагностики", "closed deficits without a confirming diagnostic")),
        // The approval rule (RMAApplication.approve): an approved application meets every required criterion.
        ("SELECT count(*) FROM rma_applications WHERE decision = 'approved' AND (criteria & \(Codecs.criteriaBits(SelectionRules.requiredForApproval))) != \(Codecs.criteriaBits(SelectionRules.requiredForApproval))",
         Phrase("одобренные заявки РМА без обязательного критерия", "approved РМА applications missing a required criterion")),
        ("SELECT count(*) FROM rma_applications a JOIN people p ON p.id = a.person_id WHERE (a.criteria & \(Codecs.criteriaBits([.category]))) != 0 AND p.category = 'none'",
         Phrase("заявки РМА с критерием «Квалификационная категория» у работника без категории",
                "РМА applications ticking «Qualification category» for someone without one")),
        // The deficit rule keeps one open deficit per competence of a person (DeficitRules.reconcile).
        ("SELECT count(*) FROM (SELECT 1 FROM deficits WHERE status != 'closed' GROUP BY person_id, competence_id HAVING count(*) > 1)",
         Phrase("два открытых дефицита одной компетенции у одного работника", "two open deficits of one competence for one person")),
        ("SELECT count(*) FROM mentoring WHERE mentor_id = mentee_id",
         Phrase("наставник сам себе наставляемый", "mentor paired with themselves")),
        ("SELECT count(*) FROM mentoring m JOIN people e ON e.id = m.mentee_id WHERE m.municipality_id IS NOT e.municipality_id",
         Phrase("пары наставничества не в муниципалитете наставляемого", "mentoring pairs outside their mentee's municipality")),
        ("SELECT count(*) FROM people WHERE roles = 0",
         Phrase("работники без единой роли", "people without any role")),
        // People an import left for the search fill (PeopleSearchFill) are not a fault.
        ("""
         SELECT (SELECT count(*) FROM people WHERE id < coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'people_fts_pending_from'), 9223372036854775807))
              - (SELECT count(*) FROM people_fts WHERE rowid < coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'people_fts_pending_from'), 9223372036854775807))
         """,
         Phrase("расхождение поискового индекса работников", "people search index out of step")),
        ("SELECT (SELECT count(*) FROM requests) - (SELECT count(*) FROM requests_fts)",
         Phrase("расхождение поискового индекса запросов", "requests search index out of step")),
    ]

    /// Runs every check; reads only.
    public func check() throws -> CheckReport {
        var findings: [CheckFinding] = []
        // A page SQLite cannot even read fails integrity_check itself: that is a finding too.
        let integrity: [String]
        do { integrity = try db.query("PRAGMA integrity_check") { $0.string(0) } } catch let e as SQLiteError where e.isCorrupt {
            integrity = [e.message]
        }
        if integrity != ["ok"] {
            findings.append(CheckFinding(severity: .error,
                                         message: Phrase("повреждение файла: \(integrity.prefix(5).joined(separator: "; "))",
                                                         "file damage: \(integrity.prefix(5).joined(separator: "; "))"),
                                         count: integrity.count))
            // The other checks read the same pages: on a damaged file they would only fail on them.
            return CheckReport(findings: findings, tables: [])
        }
        let fk = try db.query("PRAGMA foreign_key_check") { "\($0.string(0)) → \($0.string(2))" }
        if !fk.isEmpty {
            findings.append(CheckFinding(severity: .error,
                                         message: Phrase("нарушены внешние ключи: \(Set(fk).sorted().prefix(5).joined(separator: ", "))",
                                                         "broken foreign keys: \(Set(fk).sorted().prefix(5).joined(separator: ", "))"),
                                         count: fk.count))
        }
        for rule in SQLiteStore.consistencyRules {
            let n = try db.scalarInt(rule.sql)
            if n != 0 { findings.append(CheckFinding(severity: .error, message: rule.message, count: abs(n))) }
        }
        findings += try outOfRangeFindings()
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name") { $0.string(0) }
        let counts = try tables.map { ($0, try db.scalarInt("SELECT count(*) FROM \"\($0)\"")) }
        return CheckReport(findings: findings, tables: counts)
    }
}
