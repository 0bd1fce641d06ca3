import Domain
import Storage

/// The 2023 selection to the regional methodological active, as in the seed:
/// 629 applications, 458 approved, 171 rejected (68 for a low assessment
/// result, 57 for no experience, 46 for a direction that does not match or
/// too many directions), from the 36 municipalities that took part — none
/// from the 7 the seed lists first. The approved become regional
/// methodists in their directions; every direction has at least two.
extension DemoBuilder {
    static let applied = 629
    static let approvedCount = 458
    static let rejectedByReason: [(RejectionReason, Int)] = [(.lowAssessment, 68), (.noExperience, 57), (.directionMismatch, 46)]

    func chooseApplicants() {
        applications = []
        extras = []
        rmaDirections = [:]
        let applying = munis.indices.filter { munis[$0].applies }
        let rest = DemoBuilder.applied - applying.count
        let quotas = DemoBuilder.allocate(rest, weights: applying.map { Double(muniTeachers[$0]) }).map { $0 + 1 }

        // `rma` applies first: directions 1 and 6.
        applications.append(Application(teacher: cast.rma, extra: -1, muni: chel, directions: [1, 6], criteria: 0,
                                         approved: true, reason: nil))
        for (k, m) in applying.enumerated() {
            var quota = quotas[k]
            if m == chel { quota -= 1 }
            guard quota > 0 else { continue }
            var r = rng(.selection, 1 + m)
            let range = muniFirstTeacher[m]..<(muniFirstTeacher[m] + muniTeachers[m])
            let eligible = range.filter { !isYoung($0) && !isCast($0) && scenarios[$0] == nil }.map { Int32($0) }
            let take = min(quota, eligible.count * 2 / 3)
            for t in r.sample(eligible, take).sorted() {
                applications.append(Application(teacher: Int(t), extra: -1, muni: m, directions: [], criteria: 0,
                                                 approved: false, reason: nil))
            }
            let schools = muniOrgs[m].filter { orgs[$0].kind == .school }
            for _ in take..<quota {
                let orgIndex = r.pick(schools) ?? muniOrgs[m].lowerBound
                applications.append(Application(teacher: -1, extra: extras.count, muni: m, directions: [], criteria: 0,
                                                approved: false, reason: nil))
                extras.append(Extra(muni: m, org: orgIndex, approved: false, directions: []))
            }
        }

        // The commission: 458 approved (with `rma`), the rest rejected by reason.
        var r = rng(.selection, 0)
        var order = Array(1..<applications.count)
        r.shuffle(&order)
        let approved = order.prefix(DemoBuilder.approvedCount - 1)
        let rejected = Array(order.dropFirst(DemoBuilder.approvedCount - 1))
        for (k, a) in approved.enumerated() {
            applications[a].approved = true
            var dirs = directions(for: applications[a], &r)
            if k < 38 {
                // Every direction gets at least two methodists.
                let primary = k % 19 + 1
                dirs = [primary] + dirs.filter { $0 != primary }
            }
            applications[a].directions = Array(dirs.prefix(3))
        }
        var next = 0
        for (reason, count) in DemoBuilder.rejectedByReason {
            for j in 0..<count where next < rejected.count {
                let a = rejected[next]
                next += 1
                applications[a].reason = reason
                var dirs = directions(for: applications[a], &r)
                if reason == .directionMismatch && j < 12 {
                    // Too many directions.
                    let more = DemoBuilder.schoolTeacherDirections
                    while dirs.count < 4 + j % 3 {
                        let d = more[r.weighted(more.map(\.1))].0
                        if !dirs.contains(d) { dirs.append(d) }
                    }
                }
                applications[a].directions = dirs
            }
        }
        for k in applications.indices {
            let applicant = applications[k].teacher
            applications[k].criteria = criteria(approved: applications[k].approved, reason: applications[k].reason,
                                                hasCategory: applicant < 0 || category(applicant) != .none, &r)
            let a = applications[k]
            if a.approved {
                let dirs = a.directions.sorted()
                if a.teacher >= 0 {
                    tRoles[a.teacher] |= UInt8(bitRegional)
                    rmaDirections[a.teacher] = dirs
                } else {
                    extras[a.extra].approved = true
                    extras[a.extra].directions = dirs
                }
                applications[k].directions = dirs
            }
        }
    }

    static let schoolTeacherDirections: [(Int, Double)] = [
        (1, 30), (3, 15), (6, 7), (7, 10), (4, 4), (8, 5), (9, 6), (11, 6), (12, 4), (13, 4), (14, 3), (15, 2), (17, 2), (18, 2),
    ]
    static let schoolManagerDirections: [(Int, Double)] = [(16, 25), (10, 20), (17, 12), (13, 10), (18, 10), (6, 10), (14, 8), (15, 5)]
    static let kindergartenDirections: [(Int, Double)] = [(2, 70), (7, 10), (18, 10), (12, 5), (9, 5)]
    static let kindergartenManagerDirections: [(Int, Double)] = [(2, 50), (16, 20), (18, 15), (17, 15)]
    static let collegeDirections: [(Int, Double)] = [(5, 60), (8, 10), (11, 10), (12, 5), (18, 5), (7, 10)]
    static let collegeManagerDirections: [(Int, Double)] = [(19, 60), (5, 25), (16, 15)]

    static func directionWeights(_ profile: DemoCatalogs.Profile) -> [(Int, Double)] {
        switch profile {
        case .kindergarten: return kindergartenDirections
        case .kindergartenManager: return kindergartenManagerDirections
        case .college: return collegeDirections
        case .collegeManager: return collegeManagerDirections
        case .schoolManager: return schoolManagerDirections
        default: return schoolTeacherDirections
        }
    }

    /// One to three directions that fit the applicant's work.
    func directions(for a: Application, _ r: inout DemoRandom) -> [Int] {
        if !a.directions.isEmpty { return a.directions }
        let weights = DemoBuilder.directionWeights(a.teacher >= 0 ? profile(a.teacher) : .school)
        let u = r.unit()
        let count = u < 0.55 ? 1 : u < 0.88 ? 2 : 3
        var dirs: [Int] = []
        var tries = 0
        while dirs.count < count && tries < 20 {
            let d = weights[r.weighted(weights.map(\.1))].0
            if !dirs.contains(d) { dirs.append(d) }
            tries += 1
        }
        return dirs
    }

    /// The six criteria of the seed: the approved meet every one the
    /// approval rule requires (`SelectionRules.requiredForApproval`) and most
    /// of the others; a rejection's reason is the criterion that failed; the
    /// category is ticked only for someone who has one.
    func criteria(approved: Bool, reason: RejectionReason?, hasCategory: Bool, _ r: inout DemoRandom) -> Int {
        // methodicalPractice, category, experience, trainingDocument, assessmentResult, documentsReady
        let p: [Double]
        switch (approved, reason) {
        case (true, _): p = [0.95, 0.97, 0.93, 0.85, 0.92, 1.0]
        case (false, .lowAssessment?): p = [0.8, 0.8, 0.75, 0.6, 0.0, 0.95]
        case (false, .noExperience?): p = [0.5, 0.8, 0.0, 0.6, 0.8, 0.95]
        default: p = [0.4, 0.85, 0.7, 0.5, 0.8, 0.95]
        }
        var set = Set<SelectionCriterion>()
        for (k, c) in SelectionCriterion.allCases.enumerated() where k < p.count && r.chance(p[k]) { set.insert(c) }
        if approved { set.formUnion(SelectionRules.requiredForApproval) }
        if !hasCategory { set.remove(.category) }
        return Codecs.criteriaBits(set)
    }

    func writeApplications() throws {
        try batched("Отбор в РМА", count: applications.count) { k in
            let a = applications[k]
            let person = a.teacher >= 0 ? personID(a.teacher) : extraBaseID + Int64(a.extra)
            try out.rmaApplication(id: Int64(k + 1), personID: person, year: 2023, directions: Codecs.ints(a.directions),
                                   criteria: a.criteria, decision: a.approved ? "approved" : "rejected", reason: a.reason?.rawValue)
        }
        summary.applications = applications.count
        summary.approved = applications.filter(\.approved).count
        summary.rejected = applications.count - summary.approved
    }
}
