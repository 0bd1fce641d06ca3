/// A score under the threshold of the scale: one finding of a diagnostic,
/// before it is stored as a `Deficit`.
public struct DeficitFinding: Hashable, Sendable {
    public var competenceID: CompetenceID
    public var score: Int
    public var severity: DeficitSeverity
    public init(competenceID: CompetenceID, score: Int, severity: DeficitSeverity) {
        self.competenceID = competenceID; self.score = score; self.severity = severity
    }
}

/// What a later diagnostic does to a person's open deficits.
///
/// Deficits are returned with their new field values and the same `version`
/// they came with: Storage checks that version and bumps it when it writes.
public struct DeficitReconciliation: Hashable, Sendable {
    /// Now at or above the threshold: status `.closed`, `closedByDiagnosticID`
    /// set. `score` and `severity` stay as they were found (what was closed);
    /// the new score is in the closing diagnostic.
    public var closed: [Deficit] = []
    /// Still under the threshold: status `.persisting`, `score` and `severity`
    /// updated to the new diagnostic.
    public var persisting: [Deficit] = []
    /// Under the threshold in a competence with no open deficit: to be stored.
    public var new: [DeficitFinding] = []
    /// Not scored by this diagnostic (or already closed): left as they are.
    public var unchanged: [Deficit] = []
    /// Not touched because this diagnostic cannot judge them: it is dated
    /// earlier than the diagnostic that found the deficit (or that date is
    /// unknown), it is that very diagnostic, or the deficit is another person's.
    public var ignored: [Deficit] = []

    public init() {}

    /// The deficits to write back: closed and persisting.
    public var changed: [Deficit] { closed + persisting }
}

/// Rules of deficits: severity bands, findings of a diagnostic, and what a
/// later diagnostic closes.
///
/// Severity bands are set relative to the threshold, measured from the bottom
/// of the scale: with `span = threshold - minimum` and `d = score - minimum`,
///
/// | band       | condition                          | standard scale 0…100, threshold 60 |
/// |------------|------------------------------------|------------------------------------|
/// | none       | score ≥ threshold                  | 60 and above                       |
/// | mild       | d ≥ 85 % of span                   | 51…59                              |
/// | moderate   | 70 % of span ≤ d < 85 % of span    | 42…50                              |
/// | severe     | d < 70 % of span                   | 0…41                               |
///
/// So "severe" is more than 30 % of the threshold below it, "moderate" 15–30 %
/// below, "mild" less than 15 % below.
public enum DeficitRules {
    /// Under this percentage of the threshold span a deficit is severe.
    public static let severeBelowPercent = 70
    /// Under this percentage (and not severe) a deficit is moderate; above it, mild.
    public static let moderateBelowPercent = 85

    /// The severity of a score, or nil when the score is not a deficit
    /// (at or above the threshold). Scores below the scale minimum are severe
    /// (a stored score can be anything: another tool may have written it,
    /// so nothing here may overflow).
    public static func severity(score: Int, scale: CompetenceScale) -> DeficitSeverity? {
        guard score < scale.threshold else { return nil }
        guard score >= scale.minimum else { return .severe }
        let span = scale.threshold.clampedAdding(-scale.minimum)
        let d = score - scale.minimum
        guard span > 0 else { return .severe }
        if d.clampedMultiplied(by: 100) < span.clampedMultiplied(by: severeBelowPercent) { return .severe }
        if d.clampedMultiplied(by: 100) < span.clampedMultiplied(by: moderateBelowPercent) { return .moderate }
        return .mild
    }

    /// The competences the diagnostic scored under the threshold, in the order
    /// of the framework. Scores of competences the framework does not know are
    /// skipped (see `validate` to refuse them at import).
    public static func deficits(from diagnostic: Diagnostic, framework: CompetenceFramework) -> [DeficitFinding] {
        framework.competences.compactMap { competence in
            guard let score = diagnostic.scores[competence.id],
                  let severity = severity(score: score, scale: framework.scale) else { return nil }
            return DeficitFinding(competenceID: competence.id, score: score, severity: severity)
        }
    }

    /// Why a diagnostic cannot be accepted: no scores, a date outside
    /// `ValueRanges.days`, a competence unknown to the framework, or a score
    /// outside the scale. Nil when it is fine.
    public static func validate(_ diagnostic: Diagnostic, framework: CompetenceFramework) -> Refusal? {
        if diagnostic.scores.isEmpty {
            return Refusal("В диагностике нет ни одной оценки", "The diagnostic has no scores")
        }
        if let refusal = ValueRanges.days.refusal(for: diagnostic.date) { return refusal }
        let scale = framework.scale
        for (id, score) in diagnostic.scores.sorted(by: { $0.key < $1.key }) {
            guard let competence = framework.competence(id) else {
                return Refusal("Компетенции №\(id) нет в рамке компетенций",
                               "Competence #\(id) is not in the competence framework")
            }
            if score < scale.minimum || score > scale.maximum {
                return Refusal("Оценка \(score) по «\(competence.name)» вне шкалы \(scale.minimum)–\(scale.maximum)",
                               "Score \(score) for “\(competence.name)” is outside the scale \(scale.minimum)–\(scale.maximum)")
            }
        }
        return nil
    }

    /// Applies a later diagnostic of the person to their open deficits.
    ///
    /// - `open`: the person's deficits (closed ones are passed through as unchanged).
    /// - `foundOn`: the date of each diagnostic that found a deficit, by its id.
    ///
    /// Rules:
    /// - a deficit is judged only by a diagnostic of the same person, other
    ///   than the one that found it, dated on or after the day it was found.
    ///   An earlier diagnostic (or one whose finding date is not in `foundOn`)
    ///   never closes or changes it: the deficit goes to `ignored`;
    /// - competence scored at or above the threshold: closed;
    /// - still under: persisting, with the new score and severity;
    /// - competence not scored by the diagnostic: unchanged;
    /// - a competence under the threshold with no open deficit of the person
    ///   (judged or ignored) is a new finding.
    public static func reconcile(open deficits: [Deficit], with diagnostic: Diagnostic,
                                 framework: CompetenceFramework,
                                 foundOn: [DiagnosticID: Day]) -> DeficitReconciliation {
        var outcome = DeficitReconciliation()
        var openCompetences = Set<CompetenceID>()
        for deficit in deficits {
            guard deficit.status.isOpen else { outcome.unchanged.append(deficit); continue }
            guard deficit.personID == diagnostic.personID else { outcome.ignored.append(deficit); continue }
            openCompetences.insert(deficit.competenceID)
            guard deficit.diagnosticID != diagnostic.id,
                  let found = foundOn[deficit.diagnosticID], found <= diagnostic.date else {
                outcome.ignored.append(deficit); continue
            }
            guard let score = diagnostic.scores[deficit.competenceID] else {
                outcome.unchanged.append(deficit); continue
            }
            var updated = deficit
            if let severity = severity(score: score, scale: framework.scale) {
                updated.status = .persisting
                updated.severity = severity
                updated.score = score
                outcome.persisting.append(updated)
            } else {
                updated.status = .closed
                updated.closedByDiagnosticID = diagnostic.id
                outcome.closed.append(updated)
            }
        }
        outcome.new = DeficitRules.deficits(from: diagnostic, framework: framework)
            .filter { !openCompetences.contains($0.competenceID) }
        return outcome
    }

    /// A route step now addresses the deficit: identified or persisting -> in work.
    public static func markInWork(_ deficit: Deficit) -> Result<Deficit, Refusal> {
        switch deficit.status {
        case .identified, .persisting:
            var updated = deficit
            updated.status = .inWork
            return .success(updated)
        case .inWork:
            return .failure(Refusal("Дефицит уже в работе", "The deficit is already in work"))
        case .closed:
            return .failure(Refusal("Дефицит закрыт: в работу его не взять", "The deficit is closed: it cannot be taken into work"))
        }
    }
}
