/// A diagnostic entered on screen: who may enter which source for whom, and
/// when its author may take it back. Whether the person is within the
/// viewer's reach (caseload, municipality, region) is Storage's to say.
public enum DiagnosticEntryRules {
    /// The sources someone else records about a person. Self-assessment is
    /// the person's own; regional and federal results are entered by hand
    /// when they come on paper, beside the import.
    public static let sourcesForOthers: [DiagnosticSource] = [.lessonObservation, .competition, .regional, .federal]

    /// The right recording for `personID` takes: one's own self-assessment,
    /// or recording the diagnostics of the people one supports.
    public static func action(recordingFor personID: PersonID, by viewer: Viewer) -> Action {
        personID == viewer.personID ? .assessSelf : .recordDiagnostics
    }

    /// Why `source` is not the one `viewer` records for `personID` (the
    /// right itself is `action(recordingFor:by:)`); nil when it fits.
    public static func refusal(recording source: DiagnosticSource, for personID: PersonID, by viewer: Viewer) -> Refusal? {
        if personID == viewer.personID {
            return source == .selfAssessment ? nil
                : Refusal("О себе вносится только самооценка", "About yourself you record a self-assessment only")
        }
        return source == .selfAssessment
            ? Refusal("Самооценку вносит сам педагог", "A self-assessment is recorded by the teacher themself") : nil
    }

    /// Why the diagnostic may not be withdrawn by `viewer` on `today`: only its
    /// author, only on the day it was entered (a mistake is caught that day;
    /// later, a new diagnostic is the way to correct the record).
    public static func withdrawRefusal(_ d: Diagnostic, by viewer: Viewer, today: Day) -> Refusal? {
        guard let author = d.authorID, author == viewer.personID else {
            return Refusal("Отозвать диагностику может только тот, кто её внёс",
                           "Only whoever recorded the diagnostic can withdraw it")
        }
        guard let day = d.recordedOn, day == today else {
            let when = d.recordedOn.map { " (внесена \($0.russian))" } ?? ""
            let whenEn = d.recordedOn.map { " (recorded \($0.iso))" } ?? ""
            return Refusal("Отозвать можно только в день внесения\(when); исправьте новой диагностикой",
                           "A diagnostic is withdrawn on the day it was recorded only\(whenEn); correct it with a new one")
        }
        return nil
    }
}

/// What one stored diagnostic did to one deficit, kept so that withdrawing
/// it can put the deficit back: `before` nil means the diagnostic found it.
public struct DiagnosticEffect: Hashable, Sendable {
    public var deficitID: DeficitID
    public var before: Deficit?
    /// The deficit's version right after the diagnostic wrote it.
    public var leftVersion: Int
    public init(deficitID: DeficitID, before: Deficit?, leftVersion: Int) {
        self.deficitID = deficitID; self.before = before; self.leftVersion = leftVersion
    }
}

/// Undoing a diagnostic's effects on deficits: restore what it changed,
/// remove what it found — unless something happened to them since.
public enum DiagnosticWithdrawal {
    public enum Move: Hashable, Sendable {
        /// Put the deficit back as it was (the current version is checked).
        case restore(Deficit, currentVersion: Int)
        /// Remove a deficit the diagnostic found.
        case remove(DeficitID, version: Int)
    }

    /// - `current`: the deficits the effects name, as stored now (a missing one was removed meanwhile).
    /// - `inSteps`: deficits a route step addresses.
    /// - `scoredLater`: competences a diagnostic of the person entered after this one scored: it judged
    ///   the state this one left (closed a deficit, or found a new one beside a closed one), so putting
    ///   that state back would contradict it.
    public static func plan(_ effects: [DiagnosticEffect], current: [DeficitID: Deficit], inSteps: Set<DeficitID>,
                            scoredLater: Set<CompetenceID>, competenceCode: (CompetenceID) -> String) -> Result<[Move], Refusal> {
        var moves: [Move] = []
        for e in effects.sorted(by: { $0.deficitID < $1.deficitID }) {
            guard let now = current[e.deficitID] else { continue }
            guard !scoredLater.contains(now.competenceID) else {
                let name = competenceCode(now.competenceID)
                return .failure(Refusal("По \(name) после этой диагностики внесена ещё одна: отозвать нельзя",
                                        "A later diagnostic scored “\(name)”: this one can no longer be withdrawn"))
            }
            guard now.version == e.leftVersion else {
                let name = competenceCode(now.competenceID)
                return .failure(Refusal("Дефицит \(name) уже менялся после этой диагностики: отозвать нельзя",
                                        "The deficit “\(name)” changed after this diagnostic: withdrawing cannot put it back"))
            }
            if let before = e.before {
                moves.append(.restore(before, currentVersion: now.version))
            } else {
                guard !inSteps.contains(e.deficitID) else {
                    let name = competenceCode(now.competenceID)
                    return .failure(Refusal("Дефицит \(name), выявленный этой диагностикой, уже в шаге маршрута: сначала уберите его из шага",
                                            "The deficit “\(name)” this diagnostic found is in a route step: remove it from the step first"))
                }
                moves.append(.remove(e.deficitID, version: now.version))
            }
        }
        return .success(moves)
    }
}
