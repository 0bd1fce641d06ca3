import Domain

/// The part of `metodist check` that counts stored values outside the
/// domain's `ValueRanges`: numbers and dates an older build or another tool
/// wrote (issue 15: a programme of 9223372036854775807 hours). The screens
/// survive such values (sums saturate); this says where they are.
extension SQLiteStore {
    /// One column whose values must lie inside a range.
    struct RangeRule {
        var table: String
        var column: String
        var what: Phrase
        var sql: String
        var span: Phrase
    }

    static func numberRule(_ table: String, _ column: String, _ what: Phrase, _ range: ValueRange) -> RangeRule {
        let lo = range.bounds.lowerBound, hi = range.bounds.upperBound
        return RangeRule(table: table, column: column, what: what, sql: """
            SELECT count(*) FROM \(table) WHERE \(column) IS NOT NULL
              AND (typeof(\(column)) != 'integer' OR \(column) NOT BETWEEN \(lo) AND \(hi))
            """, span: range.span)
    }

    /// A date column: an ISO day (`date()` gives it back unchanged: not
    /// `2024-02-30`, not `24-3-1`) inside `ValueRanges.days`.
    static func dayRule(_ table: String, _ column: String, _ what: Phrase) -> RangeRule {
        let b = ValueRanges.days.bounds
        return RangeRule(table: table, column: column, what: what, sql: """
            SELECT count(*) FROM \(table) WHERE \(column) IS NOT NULL
              AND (typeof(\(column)) != 'text' OR date(\(column)) IS NOT \(column)
                   OR \(column) NOT BETWEEN '\(b.lowerBound.iso)' AND '\(b.upperBound.iso)')
            """, span: Phrase("\(b.lowerBound.russian)–\(b.upperBound.russian)", "\(b.lowerBound.iso)–\(b.upperBound.iso)"))
    }

    static let rangeRules: [RangeRule] = [
        numberRule("programmes", "hours", Phrase("часы программ", "programme hours"), ValueRanges.programmeHours),
        numberRule("steps", "hours", Phrase("часы шагов маршрутов", "route step hours"), ValueRanges.stepHours),
        numberRule("sites", "capacity", Phrase("места стажировочных площадок", "internship site places"), ValueRanges.siteCapacity),
        numberRule("deficits", "score", Phrase("баллы дефицитов", "deficit scores"), ValueRanges.score),
        numberRule("practices", "direction", Phrase("направления практик", "practice directions"), ValueRanges.direction),
        numberRule("events", "direction", Phrase("направления мероприятий", "event directions"), ValueRanges.direction),
        numberRule("roadmap_items", "timing_year", Phrase("годы пунктов дорожной карты", "roadmap item years"), ValueRanges.roadmapYear),
        dayRule("people", "birth_date", Phrase("даты рождения", "birth dates")),
        dayRule("people", "teaching_since", Phrase("даты начала стажа", "teaching-since dates")),
        dayRule("diagnostics", "date", Phrase("даты диагностик", "diagnostic dates")),
        dayRule("routes", "period_start", Phrase("начала периодов маршрутов", "route period starts")),
        dayRule("routes", "period_end", Phrase("концы периодов маршрутов", "route period ends")),
        dayRule("steps", "planned_start", Phrase("начала шагов", "step starts")),
        dayRule("steps", "planned_end", Phrase("окончания шагов", "step ends")),
        dayRule("events", "date", Phrase("даты мероприятий", "event dates")),
        dayRule("consultations", "date", Phrase("даты консультаций", "consultation dates")),
        dayRule("tutoring", "since", Phrase("даты начала сопровождения", "tutoring start dates")),
        dayRule("mentoring", "start", Phrase("начала наставничества", "mentoring starts")),
        dayRule("mentoring", "end", Phrase("окончания наставничества", "mentoring ends")),
        dayRule("requests", "created_on", Phrase("даты запросов", "request dates")),
        dayRule("requests", "due", Phrase("сроки запросов", "request due dates")),
        dayRule("requests", "resolved_on", Phrase("даты решения запросов", "request resolution dates")),
    ]

    /// A finding for each rule some stored values break, with their count;
    /// and the diagnostics holding a score off the scale or an unreadable
    /// `id=score` pair (the scores are one text column, read here).
    func outOfRangeFindings() throws -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for rule in SQLiteStore.rangeRules {
            let n = try db.scalarInt(rule.sql)
            guard n > 0 else { continue }
            findings.append(CheckFinding(severity: .error,
                                         message: Phrase("вне допустимого (\(rule.span.ru)): \(rule.what.ru) (\(rule.table).\(rule.column))",
                                                         "out of range (\(rule.span.en)): \(rule.what.en) (\(rule.table).\(rule.column))"),
                                         count: n))
        }
        var badDiagnostics = 0
        try db.forEach("SELECT scores FROM diagnostics") { r in
            if !SQLiteStore.scoresInRange(r.string(0)) { badDiagnostics += 1 }
        }
        if badDiagnostics > 0 {
            let span = ValueRanges.score.span
            findings.append(CheckFinding(severity: .error,
                                         message: Phrase("вне допустимого (\(span.ru)) или нечитаемы: оценки диагностик (diagnostics.scores)",
                                                         "out of range (\(span.en)) or unreadable: diagnostic scores (diagnostics.scores)"),
                                         count: badDiagnostics))
        }
        return findings
    }

    /// Every `id=score` pair of a stored diagnostic reads, and every score is on the scale.
    static func scoresInRange(_ text: String) -> Bool {
        text.split(separator: ";").allSatisfy { pair in
            let kv = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard kv.count == 2, CompetenceID(kv[0]) != nil, let score = Int(kv[1]) else { return false }
            return ValueRanges.score.contains(score)
        }
    }
}
