/// Totals of a selection (отбор в РМА): the seed's «Подано / Одобрено / Отклонено».
public struct SelectionTotals: Hashable, Sendable {
    public var applied = 0
    public var approved = 0
    public var rejected = 0
    public var pending = 0
    /// Rejections by reason.
    public var byReason: [RejectionReason: Int] = [:]
    public init() {}
}

/// Rules of the selection of candidates to the regional methodological active.
///
/// - The checklist is the seed's six criteria; a rejection carries one of the
///   seed's three reasons (the type enforces it).
/// - Deciding: pending -> approved or rejected. A decided application cannot
///   be decided again until it is reopened (back to pending).
/// - Approval is refused when a criterion of `requiredForApproval` is not met,
///   when more than `maxDirections` directions are chosen, or when no valid
///   direction (1...19) is chosen. The required criteria are those whose
///   absence is one of the seed's rejection reasons — methodical practice
///   (direction mismatch), experience (no experience), assessment result (low
///   assessment) — and readiness to provide documents (without papers the
///   commission has nothing to check). Category and a training document are
///   weighed by the commission, not required.
/// - Rejection is never refused for a pending application: the commission may
///   reject any candidate, with a reason.
public enum SelectionRules {
    /// More directions than this is «множественность выбора».
    public static let maxDirections = 3

    /// The checklist, in the seed's order.
    public static let criteria: [SelectionCriterion] = SelectionCriterion.allCases

    /// The reasons of a negative decision, in the seed's order.
    public static let rejectionReasons: [RejectionReason] = RejectionReason.allCases

    /// Criteria without which an application cannot be approved.
    public static let requiredForApproval: Set<SelectionCriterion> = [
        .methodicalPractice, .experience, .assessmentResult, .documentsReady,
    ]

    public static func totals(_ applications: [RMAApplication]) -> SelectionTotals {
        var t = SelectionTotals()
        for application in applications {
            t.applied += 1
            switch application.decision {
            case .pending: t.pending += 1
            case .approved: t.approved += 1
            case .rejected(let reason):
                t.rejected += 1
                t.byReason[reason, default: 0] += 1
            }
        }
        return t
    }

    /// The share of municipalities taking part (0...1), nil when there are none.
    /// Seed: 36 of 43 municipalities took part, 7 (16 %) did not.
    public static func participationShare(municipalitiesWithApplications: Int, allMunicipalities: Int) -> Double? {
        guard allMunicipalities > 0 else { return nil }
        return Double(municipalitiesWithApplications) / Double(allMunicipalities)
    }

    /// The same from ids: municipalities of `all` that have at least one applicant.
    public static func participationShare(applicantMunicipalities: Set<MunicipalityID>,
                                          all: [Municipality]) -> Double? {
        let ids = Set(all.map(\.id))
        return participationShare(municipalitiesWithApplications: applicantMunicipalities.intersection(ids).count,
                                  allMunicipalities: ids.count)
    }
}

extension SelectionDecision: Labelled {
    public var isPending: Bool { self == .pending }

    public var label: Phrase {
        switch self {
        case .pending: return Phrase("на рассмотрении", "pending")
        case .approved: return Phrase("одобрена", "approved")
        case .rejected: return Phrase("отклонена", "rejected")
        }
    }
}

extension RMAApplication {
    /// More than `SelectionRules.maxDirections` distinct directions chosen.
    public var tooManyDirections: Bool { Set(directions).count > SelectionRules.maxDirections }

    /// Chosen directions that are not 1...19.
    public var invalidDirections: [Int] { directions.filter { Direction.number($0) == nil } }

    /// Criteria of the checklist not met, in the seed's order.
    public var missingCriteria: [SelectionCriterion] { SelectionRules.criteria.filter { !criteria.contains($0) } }

    /// Required criteria not met, in the seed's order.
    public var missingRequiredCriteria: [SelectionCriterion] {
        SelectionRules.criteria.filter { SelectionRules.requiredForApproval.contains($0) && !criteria.contains($0) }
    }

    /// The rejection reason the checklist points to, if any: no assessment
    /// result -> low assessment; no experience -> no experience; too many
    /// directions or no methodical practice -> direction mismatch.
    public var suggestedRejectionReason: RejectionReason? {
        if !criteria.contains(.assessmentResult) { return .lowAssessment }
        if !criteria.contains(.experience) { return .noExperience }
        if tooManyDirections || !criteria.contains(.methodicalPractice) { return .directionMismatch }
        return nil
    }

    /// pending -> approved.
    public func approve() -> Result<RMAApplication, Refusal> {
        if let refusal = decidedGuard() { return .failure(refusal) }
        if let missing = missingRequiredCriteria.first {
            let more = missingRequiredCriteria.count - 1
            return .failure(Refusal(
                "Одобрить нельзя: не выполнен критерий «\(missing.label.ru)»" + (more > 0 ? " и ещё \(more)" : ""),
                "Cannot approve: criterion “\(missing.label.en)” is not met" + (more > 0 ? " and \(more) more" : "")))
        }
        if tooManyDirections {
            return .failure(Refusal(
                "Одобрить нельзя: выбрано направлений — \(Set(directions).count), можно не больше \(SelectionRules.maxDirections)",
                "Cannot approve: \(Set(directions).count) directions chosen, at most \(SelectionRules.maxDirections) allowed"))
        }
        if let bad = invalidDirections.first {
            return .failure(Refusal("Одобрить нельзя: направления №\(bad) нет", "Cannot approve: there is no direction #\(bad)"))
        }
        if directions.isEmpty {
            return .failure(Refusal("Одобрить нельзя: не выбрано ни одного направления", "Cannot approve: no direction chosen"))
        }
        var decided = self
        decided.decision = .approved
        return .success(decided)
    }

    /// pending -> rejected with one of the three reasons.
    public func reject(reason: RejectionReason) -> Result<RMAApplication, Refusal> {
        if let refusal = decidedGuard() { return .failure(refusal) }
        var decided = self
        decided.decision = .rejected(reason)
        return .success(decided)
    }

    /// `approve()` or `reject(reason:)`; `.pending` is `reopen()`.
    public func decide(_ decision: SelectionDecision) -> Result<RMAApplication, Refusal> {
        switch decision {
        case .approved: return approve()
        case .rejected(let reason): return reject(reason: reason)
        case .pending: return reopen()
        }
    }

    /// approved or rejected -> pending, to decide again.
    public func reopen() -> Result<RMAApplication, Refusal> {
        guard !decision.isPending else {
            return .failure(Refusal("Заявка и так на рассмотрении", "The application is already pending"))
        }
        var reopened = self
        reopened.decision = .pending
        return .success(reopened)
    }

    private func decidedGuard() -> Refusal? {
        guard !decision.isPending else { return nil }
        return Refusal("По заявке уже принято решение: «\(decision.label.ru)». Чтобы изменить его, верните заявку на рассмотрение",
                       "The application is already decided: “\(decision.label.en)”. Reopen it to change the decision")
    }
}
