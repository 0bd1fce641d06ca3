import Domain
import Storage

/// The steps of a demo route: how many, of which kinds, addressing which
/// deficits, with dates, statuses and evidence consistent with the route's
/// status (see `DemoLearning.swift` for the route itself).
extension DemoBuilder {
    func planSteps(_ i: Int, status: RouteStatus, created: Day, cancelDay: Day?, findings: inout [Finding],
                   scenario: DemoScenario?, _ r: inout DemoRandom) -> [StepPlan] {
        let addressed = findings.indices.sorted { (findings[$0].score, $0) < (findings[$1].score, $1) }.prefix(4).map { $0 }
        guard !addressed.isEmpty else { return [] }
        let count = min(6, max(2, addressed.count + r.int(0...2)))
        let orgKind = org(i).kind
        let hasMentor = mentorOf[i] >= 0
        let limit = status == .completed ? today.adding(days: -20) : periodEnd.adding(days: -64)
        var cursor = created.adding(days: r.int(5...14))
        if status == .agreed { cursor = max(cursor, today.adding(days: 3)) }
        if status == .draft { cursor = max(cursor, today.adding(days: 7)) }

        var plans: [StepPlan] = []
        var used = Set<Int64>()
        for j in 0..<count {
            let target = addressed[j % addressed.count]
            var targets = [target]
            if addressed.count > 1 && r.chance(0.25) {
                let other = addressed[(j + 1) % addressed.count]
                if other != target { targets.append(other) }
            }
            let comp = findings[target].competence
            let kind = chooseKind(first: j < addressed.count, young: isYoung(i), hasMentor: hasMentor, &r)
            var plan = makeStep(kind, competence: comp, from: cursor, limit: limit, host: orgKind, used: &used, &r)
            if plan.end > limit {
                let length = plan.end.days(since: plan.start)
                plan.end = max(limit, created.adding(days: 1))
                plan.start = max(created.adding(days: 1), plan.end.adding(days: -length))
            }
            if plan.start > plan.end { plan.start = plan.end }
            plan.targets = targets
            plans.append(plan)
            cursor = plan.start.adding(days: max(7, plan.end.days(since: plan.start) / 2) + r.int(0...10))
            if status == .completed && cursor > limit { cursor = created.adding(days: r.int(5...30)) }
        }
        plans = plans.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)

        // Statuses consistent with the route's.
        for k in plans.indices {
            let p = plans[k]
            switch status {
            case .draft, .agreed:
                plans[k].status = .planned
            case .inProgress:
                let u = r.unit()
                if p.end < today {
                    plans[k].status = u < 0.5 ? .confirmed : u < 0.72 ? .done : u < 0.8 ? .skipped : (r.chance(0.6) ? .inProgress : .planned)
                } else if p.start <= today {
                    plans[k].status = u < 0.65 ? .inProgress : u < 0.82 ? .done : .planned
                } else {
                    plans[k].status = .planned
                }
            case .completed:
                plans[k].status = r.chance(0.12) ? .skipped : .confirmed
            case .cancelled:
                plans[k].status = p.start < (cancelDay ?? today) && r.chance(0.5) ? .skipped : .planned
            }
        }
        if status == .completed && !plans.contains(where: { $0.status == .confirmed }) { plans[0].status = .confirmed }
        switch scenario {
        case .awaiting?:
            if !plans.contains(where: { $0.status == .done }) {
                let k = plans.firstIndex { $0.start <= today && $0.status != .confirmed } ?? 0
                if plans[k].start > today {
                    plans[k].start = today.adding(days: -r.int(20...40))
                    plans[k].end = max(plans[k].start, today.adding(days: -r.int(1...10)))
                }
                plans[k].status = .done
            }
        case .overdue?:
            if !plans.contains(where: { $0.end < today && ($0.status == .planned || $0.status == .inProgress) }) {
                let k = plans.lastIndex { $0.end < today } ?? 0
                if plans[k].end >= today {
                    plans[k].end = today.adding(days: -r.int(5...20))
                    plans[k].start = min(plans[k].start, plans[k].end.adding(days: -r.int(7...30)))
                }
                plans[k].status = .inProgress
            }
        case .stale?, .ordinary?:
            // Behind on nothing but the contact: no overdue steps.
            for k in plans.indices where plans[k].end < today && (plans[k].status == .planned || plans[k].status == .inProgress) {
                plans[k].status = .confirmed
            }
        default:
            break
        }

        // Evidence, comments, reasons; which deficits are in work.
        for k in plans.indices {
            switch plans[k].status {
            case .done, .confirmed:
                fillEvidence(&plans[k], &r)
                if plans[k].status == .confirmed {
                    plans[k].comment = DemoTexts.tutorComments[r.index(DemoTexts.tutorComments.count)]
                }
            case .skipped:
                let reasons = plans[k].kind == .course ? DemoTexts.courseSkipReasons : DemoTexts.skipReasons
                plans[k].skip = reasons[r.index(reasons.count)]
            case .inProgress where plans[k].end < today && r.chance(0.3):
                plans[k].comment = "Срок шага прошёл: согласуйте новую дату"
            default:
                break
            }
            if status != .cancelled {
                for t in plans[k].targets {
                    findings[t].addressed = true
                    if plans[k].status == .confirmed { findings[t].confirmed = true }
                }
            }
        }
        return plans
    }

    func chooseKind(first: Bool, young: Bool, hasMentor: Bool, _ r: inout DemoRandom) -> StepKind {
        if first {
            let kinds: [StepKind] = [.course, .internship, .masterClass, .selfEducation]
            return kinds[r.weighted([0.55, 0.15, 0.15, 0.15])]
        }
        let kinds: [StepKind] = [.practiceTransfer, .lessonVisits, .horizontalLearning, .mentoring, .masterClass,
                                 .selfEducation, .competition, .expertWork, .course]
        let weights = [0.2, 0.15, 0.12, hasMentor ? 0.1 : 0, 0.12, 0.1, 0.06, young ? 0 : 0.05, 0.1]
        return kinds[r.weighted(weights)]
    }

    /// A step of `kind` on a competence, starting at or after `from`; a step
    /// whose catalog has nothing fitting (or only items the route already
    /// uses: `used`) becomes self-education.
    func makeStep(_ kind: StepKind, competence c: Int, from: Day, limit: Day, host: OrganizationKind,
                  used: inout Set<Int64>, _ r: inout DemoRandom) -> StepPlan {
        let kindergarten = host == .kindergarten
        let name = DemoTexts.lowerFirst(DemoCatalogs.competences[c].name)
        let start = from.adding(days: r.int(0...10))
        func span(_ days: ClosedRange<Int>) -> Day { start.adding(days: r.int(days)) }
        switch kind {
        case .course:
            let all = programmesByCompetence[c].filter { !used.contains($0.id) }
            let short = all.filter { !$0.retraining }
            let base = r.chance(0.1) || short.isEmpty ? all : short
            let registry = base.filter(\.registry)
            if let p = r.chance(0.8) && !registry.isEmpty ? r.pick(registry) : r.pick(base) {
                used.insert(p.id)
                let days = p.hours <= 24 ? 10...21 : p.hours <= 72 ? 21...45 : 120...200
                return StepPlan(kind: .course, title: p.title, programme: p.id, start: start, end: span(days), hours: p.hours)
            }
        case .internship:
            let free = sitesByCompetence[c].filter { !used.contains(DemoBuilder.siteKey + $0.id) }
            let near = free.filter { $0.host == host }
            if let s = r.pick(near.isEmpty ? free : near) {
                used.insert(DemoBuilder.siteKey + s.id)
                return StepPlan(kind: .internship, title: "Стажировка: \(s.topic)", site: s.id, start: start, end: span(3...10),
                                hours: [16, 24, 36][r.index(3)])
            }
        case .masterClass, .competition:
            let wanted: (EventKind) -> Bool = kind == .competition ? { $0 == .competition } : { $0 != .competition }
            let direction = DemoCatalogs.competences[c].direction
            let open = events.filter { wanted($0.kind) && $0.day >= from && $0.day <= limit && !used.contains(DemoBuilder.eventKey + $0.id) }
            let matching = open.filter { $0.direction == direction }
            if let e = r.pick(matching.isEmpty ? open : matching) {
                used.insert(DemoBuilder.eventKey + e.id)
                let begin = kind == .competition ? max(from, e.day.adding(days: -r.int(20...40))) : e.day
                return StepPlan(kind: kind, title: e.title, event: e.id, start: begin, end: e.day,
                                hours: kind == .competition ? 8 : r.int(2...6))
            }
            if kind == .masterClass {
                return StepPlan(kind: .masterClass, title: "Мастер-класс: \(name)", start: start, end: start, hours: 4)
            }
        case .horizontalLearning:
            if let p = r.pick(practicesByCompetence[c].filter({ !used.contains(DemoBuilder.practiceKey + $0.id) })) {
                used.insert(DemoBuilder.practiceKey + p.id)
                return StepPlan(kind: .horizontalLearning, title: "Изучение практики: \(p.title)", practice: p.id,
                                start: start, end: span(14...30), hours: 6)
            }
        case .lessonVisits:
            let what = kindergarten ? "Посещение занятий коллег" : "Посещение уроков коллег"
            return StepPlan(kind: .lessonVisits, title: "\(what): \(name)", start: start, end: span(20...40), hours: 6)
        case .mentoring:
            return StepPlan(kind: .mentoring, title: "Работа с наставником: \(name)", start: start, end: span(60...90), hours: 10)
        case .practiceTransfer:
            let what = r.chance(0.4) ? "Методическая разработка" : kindergarten ? "Открытое занятие" : "Открытый урок"
            return StepPlan(kind: .practiceTransfer, title: "\(what): \(name)", start: start, end: span(7...14), hours: 2)
        case .expertWork:
            return StepPlan(kind: .expertWork, title: "Экспертиза конкурсных работ: \(name)", start: start, end: span(10...20), hours: 8)
        case .selfEducation:
            break
        }
        return StepPlan(kind: .selfEducation, title: "Самообразование: \(name)", start: start, end: span(30...60), hours: 12)
    }

    func fillEvidence(_ p: inout StepPlan, _ r: inout DemoRandom) {
        switch p.kind {
        case .course:
            p.certificate = "7424\(r.int(10_000_000...99_999_999))"
        case .internship:
            p.note = DemoTexts.stepNotes[1]
        case .practiceTransfer:
            p.link = "https://disk.yandex.ru/d/\(token(&r))"
            p.note = r.chance(0.5) ? DemoTexts.stepNotes[3] : DemoTexts.stepNotes[4]
        case .masterClass:
            p.note = DemoTexts.stepNotes[2]
        case .competition:
            p.note = r.chance(0.2) ? "Диплом лауреата" : "Сертификат участника"
        case .lessonVisits:
            p.note = DemoTexts.stepNotes[0]
        case .mentoring:
            p.note = "Отчёт о работе в наставнической паре, согласован с наставником"
        case .horizontalLearning:
            p.note = "Анализ практики и план её применения в своих классах"
        case .expertWork:
            p.note = "Экспертные заключения по конкурсным работам"
        case .selfEducation:
            p.note = DemoTexts.stepNotes[5]
            if r.chance(0.3) { p.link = "https://disk.yandex.ru/d/\(token(&r))" }
        }
    }

    /// Keys of catalog items in a route's `used` set: programme ids as they are.
    static let siteKey: Int64 = 1 << 40, practiceKey: Int64 = 2 << 40, eventKey: Int64 = 3 << 40

    func token(_ r: inout DemoRandom) -> String {
        let letters = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<14).map { _ in letters[r.index(letters.count)] })
    }
}
