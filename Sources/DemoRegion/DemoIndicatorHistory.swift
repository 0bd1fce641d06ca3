import Domain
import Storage

extension DemoBuilder {
    /// Twelve month-ends of indicator history for the region and each
    /// municipality, ending with the demo today's values, so the dashboard's
    /// trends have something to show. Earlier months are today's values
    /// walked back: shares a little lower (the system was newer), the
    /// cumulative denominators (routes, deficits, requests, courses) smaller,
    /// the median time to resolve a little longer, with a small deterministic
    /// wobble per municipality and month. Teacher-based denominators stay.
    func writeIndicatorHistory() throws {
        let now = try out.currentIndicatorCounts(today: today)
        let (municipalityIDs, region, byMunicipality) = (now.municipalityIDs, now.region, now.byMunicipality)
        let scopes: [(String, Int64, IndicatorCounts)] = [("region", 0, region)]
            + municipalityIDs.map { ("municipality", $0, byMunicipality[$0]!) }
        // A stream of its own, apart from every other stage's.
        let historySeed = DemoRandom.mix(seed ^ 0x494E_4449_4341_544F)
        try single("История показателей", units: 0) {
            for (n, (scope, id, counts)) in scopes.enumerated() {
                var r = DemoRandom(seed: historySeed, stage: .organizations, index: n)
                for indicator in IndicatorRules.indicators(from: counts) {
                    for back in 0..<12 {
                        let point = DemoBuilder.historyPoint(indicator, monthsBack: back, wobble: r.unit() - 0.5)
                        let month = String(today.adding(months: -back).iso.prefix(7))
                        try out.indicatorSnapshot(scope: scope, scopeID: id, kind: indicator.kind.rawValue, month: month,
                                                  numerator: point.numerator, denominator: point.denominator, value: point.value)
                    }
                }
            }
        }
    }

    /// The indicator `monthsBack` months before today; `wobble` in -0.5...0.5.
    static func historyPoint(_ i: Indicator, monthsBack back: Int, wobble: Double) -> (numerator: Int, denominator: Int, value: Double?) {
        guard back > 0, let value = i.value else { return (i.numerator, i.denominator, i.value) }
        let f = Double(back) / 11
        let teacherBased: Set<Indicator.Kind> = [.diagnosedShare, .routeShare, .youngWithMentorShare, .municipalParticipationShare]
        let denominator = teacherBased.contains(i.kind) ? i.denominator
            : max(0, Int((Double(i.denominator) * (1 - 0.45 * f)).rounded()))
        if i.kind == .medianResolutionDays {
            let days = max(0, (value * (1 + 0.3 * f) + wobble * 2).rounded())
            return (denominator, denominator, denominator == 0 ? nil : days)
        }
        guard denominator > 0 else { return (0, 0, nil) }
        let share = min(1, max(0, value * (1 - 0.35 * f) + wobble * 0.04))
        let numerator = min(denominator, Int((share * Double(denominator)).rounded()))
        return (numerator, denominator, Double(numerator) / Double(denominator))
    }
}
