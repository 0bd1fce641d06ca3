import Domain

/// How deficits moved from one diagnostic to the next, and the scores of a
/// diagnostic by competence area. Pure: computed from the scores and the
/// framework's threshold, the same rule (`DeficitRules.severity`) that found
/// the deficits.
enum DeficitMovement {
    enum Kind: Hashable { case found, closed, persisting }

    struct Change: Hashable {
        var competence: Competence
        var before: Int?
        var after: Int
        var kind: Kind
        var severity: DeficitSeverity?
    }

    /// What `later` changed, competence by competence, against the latest of
    /// the `earlier` diagnostics (newest first) that scored that competence —
    /// a lesson observation scores a few, so the one just before it may not
    /// have scored them. None earlier: everything under the threshold is
    /// found. In the framework's order: closed first, then persisting, then found.
    static func between(_ earlier: [Diagnostic], _ later: Diagnostic, framework: CompetenceFramework) -> [Change] {
        var out: [Change] = []
        for c in framework.competences {
            guard let after = later.scores[c.id] else { continue }
            let before = earlier.lazy.compactMap { $0.scores[c.id] }.first
            let was = before.flatMap { DeficitRules.severity(score: $0, scale: framework.scale) } != nil
            let now = DeficitRules.severity(score: after, scale: framework.scale)
            switch (was, now) {
            case (true, nil): out.append(Change(competence: c, before: before, after: after, kind: .closed, severity: nil))
            case (true, let s?): out.append(Change(competence: c, before: before, after: after, kind: .persisting, severity: s))
            case (false, let s?): out.append(Change(competence: c, before: before, after: after, kind: .found, severity: s))
            case (false, nil): break
            }
        }
        let order: [Kind: Int] = [.closed: 0, .persisting: 1, .found: 2]
        return out.enumerated().sorted { (order[$0.element.kind] ?? 0, $0.offset) < (order[$1.element.kind] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// The mean score per competence area (areas the diagnostic scored), in
    /// the areas' order; scores held on the scale (a stored one off it must
    /// not overflow the sum).
    static func areaScores(_ d: Diagnostic, framework: CompetenceFramework) -> [(area: CompetenceArea, score: Double)] {
        var sums: [CompetenceArea: (Int, Int)] = [:]
        for c in framework.competences {
            guard let s = d.scores[c.id] else { continue }
            let (sum, n) = sums[c.area] ?? (0, 0)
            sums[c.area] = (sum + framework.scale.clamped(s), n + 1)
        }
        return CompetenceArea.allCases.compactMap { area in
            guard let (sum, n) = sums[area], n > 0 else { return nil }
            return (area, Double(sum) / Double(n))
        }
    }

    /// How many competences the diagnostic scored under the threshold.
    static func deficitCount(_ d: Diagnostic, framework: CompetenceFramework) -> Int {
        d.scores.values.filter { DeficitRules.severity(score: $0, scale: framework.scale) != nil }.count
    }
}
