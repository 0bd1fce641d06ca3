import Domain
import Storage

/// Per teacher: diagnostics (regional, autumn 2023; for some a second one in
/// February–March 2024 that closes some deficits and leaves others), the
/// deficits (score under 60, severity by `DeficitRules`), a route for about
/// 60 % of those with deficits, in every status, with 2–6 steps linked to
/// the deficits, the tutor's caseload and the consultation log.
extension DemoBuilder {
    struct Finding {
        var competence: Int
        var score: Int
        var severity: DeficitSeverity
        var status: DeficitStatus = .identified
        var diagnostic: Int64 = 0
        var closedBy: Int64? = nil
        var id: Int64 = 0
        var addressed = false
        var confirmed = false
    }

    struct StepPlan {
        var kind: StepKind
        var title: String
        var programme: Int64? = nil
        var site: Int64? = nil
        var practice: Int64? = nil
        var event: Int64? = nil
        var start: Day
        var end: Day
        var hours: Int
        var status: StepStatus = .planned
        var certificate = ""
        var link = ""
        var note = ""
        var comment = ""
        var skip = ""
        var targets: [Int] = []
    }

    func writeLearning() throws {
        try batched("Диагностики и маршруты", count: options.teachers) { i in
            switch scenarios[i] {
            case .staff?: return
            case .demoTeacher?: try learnDemoTeacher(i)
            case .demoTeacher2?: try learnDemoTeacher2(i)
            default: try learn(i, scenario: scenarios[i])
            }
        }
    }

    // MARK: - One teacher

    func learn(_ i: Int, scenario: DemoScenario?) throws {
        var r = rng(.learning, i)
        let young = isYoung(i)
        if scenario == nil && !r.chance(young ? 0.9 : 0.84) { return }
        let person = personID(i)
        let pool = pool(profile(i))
        guard !pool.isEmpty else { return }

        // The autumn diagnostic.
        let d1Day = autumnDiagnostics.adding(days: r.int(0...58))
        let comps = r.sample(pool, min(pool.count, r.int(6...10))).sorted()
        let ability = r.int(-14...14) + (young ? -4 : 2) + (category(i) == .highest ? 4 : 0)
        var scores = comps.map { _ in clamp(68 + ability + r.int(-20...20) + r.int(-8...8)) }
        if scenario != nil {
            var under = scores.filter { $0 < 60 }.count
            for j in scores.indices where under < 2 && scores[j] >= 60 {
                scores[j] = r.int(35...56)
                under += 1
            }
        }
        let d1 = nextDiagnostic
        nextDiagnostic += 1
        var findings: [Finding] = []
        for (c, s) in zip(comps, scores) {
            if let severity = DeficitRules.severity(score: s, scale: .standard) {
                findings.append(Finding(competence: c, score: s, severity: severity, diagnostic: d1))
            }
        }

        // The route.
        var status: RouteStatus?
        switch scenario {
        case .draft?, .untutoredDraft?: status = .draft
        case .untutoredInProgress?: status = .inProgress
        case .agreed?: status = .agreed
        case .completed?: status = .completed
        case .awaiting?, .overdue?, .stale?, .ordinary?: status = .inProgress
        case .noRoute?: status = nil
        default:
            if !findings.isEmpty && r.chance(0.6) {
                let all: [RouteStatus] = [.draft, .agreed, .inProgress, .completed, .cancelled]
                status = all[r.weighted([0.08, 0.10, 0.62, 0.12, 0.08])]
            }
        }
        if findings.isEmpty { status = nil }

        var created = d1Day
        var cancelDay: Day? = nil
        var tutor: Int64? = nil
        var plans: [StepPlan] = []
        if let status {
            switch status {
            case .draft: created = today.adding(days: -r.int(3...35))
            case .agreed: created = today.adding(days: -r.int(15...60))
            case .completed: created = d1Day.adding(days: r.int(7...20))
            case .cancelled:
                created = d1Day.adding(days: r.int(10...40))
                cancelDay = min(today.adding(days: -1), created.adding(days: r.int(30...100)))
            case .inProgress: created = d1Day.adding(days: r.int(10...45))
            }
            created = max(created, d1Day.adding(days: 1))
            if scenario == .untutoredDraft || scenario == .untutoredInProgress {
                tutor = nil
            } else if scenario != nil {
                tutor = demoTutorID
            } else if r.chance(0.9) {
                tutor = chooseTutor(for: i, &r)
            }
            plans = planSteps(i, status: status, created: created, cancelDay: cancelDay, findings: &findings,
                              scenario: scenario, &r)
        }

        // The winter diagnostic, for some.
        var d2: Int64? = nil
        var d2Day = today
        var d2Scores: [CompetenceID: Int] = [:]
        var newFindings: [Finding] = []
        let d2Chance: Double
        switch status {
        case .completed?: d2Chance = 0.85
        case .inProgress?: d2Chance = scenario == nil ? 0.3 : 0
        case nil: d2Chance = scenario == nil ? (findings.isEmpty ? 0.1 : 0.15) : 0
        default: d2Chance = scenario == nil ? 0.1 : 0
        }
        if r.chance(d2Chance) {
            let id = nextDiagnostic
            nextDiagnostic += 1
            d2 = id
            d2Day = status == .completed ? today.adding(days: -r.int(2...17)) : winterDiagnostics.adding(days: r.int(0...40))
            var byCompetence: [Int: Int] = [:]
            for (k, f) in findings.enumerated() { byCompetence[f.competence] = k }
            for (c, s) in zip(comps, scores) {
                var v: Int
                if let k = byCompetence[c] {
                    let f = findings[k]
                    let p = status == .completed && f.addressed ? 0.75 : f.confirmed ? 0.6 : f.addressed ? 0.3 : 0.15
                    if r.chance(p) {
                        v = 60 + r.int(0...22)
                        findings[k].status = .closed
                        findings[k].closedBy = id
                    } else {
                        v = min(59, max(0, s + r.int(-4...12)))
                        findings[k].score = v
                        findings[k].severity = DeficitRules.severity(score: v, scale: .standard) ?? f.severity
                        findings[k].status = .persisting
                    }
                } else {
                    v = s + r.int(-6...6)
                    if v < 60 {
                        if r.chance(0.04), let severity = DeficitRules.severity(score: min(v, 59), scale: .standard) {
                            v = min(v, 59)
                            newFindings.append(Finding(competence: c, score: v, severity: severity, diagnostic: id))
                        } else {
                            v = 60 + r.int(0...5)
                        }
                    }
                    v = min(100, v)
                }
                d2Scores[CompetenceID(c + 1)] = v
            }
        }
        for k in findings.indices where findings[k].status != .closed {
            if findings[k].addressed { findings[k].status = .inWork }
        }

        // Rows.
        try out.diagnostic(id: d1, personID: person, date: iso(d1Day), source: DiagnosticSource.regional.rawValue,
                           scores: Codecs.scores(Dictionary(uniqueKeysWithValues: zip(comps.map { CompetenceID($0 + 1) }, scores))))
        if let d2 {
            try out.diagnostic(id: d2, personID: person, date: iso(d2Day), source: DiagnosticSource.regional.rawValue,
                               scores: Codecs.scores(d2Scores))
        }
        findings += newFindings
        try writeFindings(&findings, person: person)
        summary.diagnostics += d2 == nil ? 1 : 2

        if let status {
            try writeRoute(person: person, tutor: tutor, status: status, cancelReason: cancelDay.map { _ in
                DemoTexts.cancelReasons[r.index(DemoTexts.cancelReasons.count)]
            }, plans: plans, findings: findings)
        }

        // Caseload and consultations.
        var since: Day? = nil
        var until: Day? = nil
        if tutor != nil, status != nil {
            since = created
            until = cancelDay
        } else if status == nil && !findings.isEmpty && (scenario == .noRoute || (scenario == nil && r.chance(0.3))) {
            tutor = scenario == .noRoute ? demoTutorID : chooseTutor(for: i, &r)
            since = min(today.adding(days: -1), d1Day.adding(days: r.int(14...40)))
        }
        if let tutor, let since {
            try out.tutoring(tutorID: tutor, personID: person, since: iso(since), until: until.map(iso))
            let count: Int
            switch status {
            case .draft?: count = r.int(0...1)
            case .agreed?: count = r.int(1...2)
            case .inProgress?: count = r.int(1...5)
            case .completed?: count = r.int(3...6)
            case .cancelled?: count = r.int(0...2)
            case nil: count = scenario == .noRoute ? 1 : r.int(0...1)
            }
            let stale = scenario == .stale || scenario == .noRoute || (scenario == nil && r.chance(0.15))
            try writeConsultations(tutor: tutor, person: person, from: since, until: until ?? today.adding(days: -1),
                                   count: count, stale: stale, &r)
        }
    }

    func clamp(_ v: Int) -> Int { min(100, max(0, v)) }

    /// A tutor of the teacher's municipality (sometimes a РМА methodist), never the teacher.
    func chooseTutor(for i: Int, _ r: inout DemoRandom) -> Int64? {
        let self_ = personID(i)
        let m = muni(i)
        for _ in 0..<3 {
            var candidate: Int64?
            let tutors = muniTutors[m]
            let rmas = rmaByMuni[m]
            if !rmas.isEmpty && (tutors.isEmpty || r.chance(0.05)) {
                candidate = rmaPeople[rmas[r.index(rmas.count)]].id
            } else if !tutors.isEmpty {
                candidate = personID(Int(tutors[r.index(tutors.count)]))
            } else if !allTutors.isEmpty {
                candidate = personID(Int(allTutors[r.index(allTutors.count)]))
            } else {
                candidate = demoTutorID
            }
            if let c = candidate, c != self_ { return c }
        }
        return nil
    }

    // MARK: - Rows

    func writeFindings(_ findings: inout [Finding], person: Int64) throws {
        for k in findings.indices {
            let f = findings[k]
            let id = nextDeficit
            nextDeficit += 1
            findings[k].id = id
            try out.deficit(id: id, personID: person, competenceID: Int64(f.competence + 1), severity: f.severity.rawValue,
                            status: f.status.rawValue, diagnosticID: f.diagnostic, closedBy: f.closedBy, score: f.score)
        }
        summary.deficits += findings.count
    }

    func writeRoute(person: Int64, tutor: Int64?, status: RouteStatus, cancelReason: String?,
                    plans: [StepPlan], findings: [Finding]) throws {
        let route = nextRoute
        nextRoute += 1
        try out.route(id: route, personID: person, tutorID: tutor, periodStart: periodStartISO, periodEnd: periodEndISO,
                      status: status.rawValue, cancelReason: status == .cancelled ? (cancelReason ?? DemoTexts.cancelReasons[0]) : nil)
        summary.routes += 1
        for (k, p) in plans.enumerated() {
            let step = nextStep
            nextStep += 1
            try out.step(id: step, routeID: route, position: k + 1, kind: p.kind.rawValue, title: p.title,
                         programmeID: p.programme, siteID: p.site, practiceID: p.practice, eventID: p.event,
                         plannedStart: iso(p.start), plannedEnd: iso(p.end), hours: p.hours, status: p.status.rawValue,
                         evidenceCertificate: p.certificate, evidenceLink: p.link, evidenceNote: p.note,
                         tutorComment: p.comment, skipReason: p.skip)
            var seen = Set<Int64>()
            for t in p.targets where t < findings.count && seen.insert(findings[t].id).inserted {
                try out.stepDeficit(stepID: step, deficitID: findings[t].id)
            }
        }
        summary.steps += plans.count
    }

    /// `count` consultations between `from` and `until`; the last one recent
    /// unless `stale` (then all are more than 40 days old).
    func writeConsultations(tutor: Int64, person: Int64, from: Day, until: Day, count: Int, stale: Bool,
                            _ r: inout DemoRandom) throws {
        let first = from.adding(days: 1)
        let last = stale ? min(until, today.adding(days: -41 - r.int(0...25))) : until
        guard count > 0, last >= first else { return }
        var days: [Day] = []
        for k in 0..<count {
            let lower = (k == count - 1 && !stale) ? max(first, last.adding(days: -30)) : first
            days.append(lower.adding(days: r.int(0...max(0, last.days(since: lower)))))
        }
        days.sort()
        for (k, d) in days.enumerated() {
            let topic = k == 0 ? DemoTexts.consultationTopics[0]
                : k == 1 ? DemoTexts.consultationTopics[1]
                : DemoTexts.consultationTopics[r.index(DemoTexts.consultationTopics.count)]
            let form = ConsultationForm.allCases[r.weighted([0.5, 0.35, 0.15])]
            try out.consultation(id: nextConsultation, tutorID: tutor, personID: person, date: iso(d), form: form.rawValue,
                                 topic: topic,
                                 result: DemoTexts.consultationResults[r.index(DemoTexts.consultationResults.count)],
                                 nextStep: DemoTexts.nextSteps[r.index(DemoTexts.nextSteps.count)])
            nextConsultation += 1
        }
    }
}
