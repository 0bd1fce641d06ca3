import Domain
import Storage

/// Mentoring pairs for about 72 % of young teachers, in every status: most
/// active since September 2023, some planned from April, some completed last
/// year, some ended early.
extension DemoBuilder {
    func writeMentoring() throws {
        var pairs = 0
        try batched("Наставничество", count: options.teachers, weight: 0) { i in
            let m = mentorOf[i]
            guard m >= 0 else { return }
            let mentor = Int(m)
            var r = rng(.mentoring, i)
            let status: MentoringStatus
            var start: Day
            var end: Day? = nil
            if i == cast.teacher {
                status = .active
                start = periodStart
            } else {
                let all: [MentoringStatus] = [.planned, .active, .completed, .ended]
                // The first pairs show every status, even in a tiny region.
                status = pairs < all.count ? all[pairs] : all[r.weighted([0.08, 0.72, 0.1, 0.1])]
                pairs += 1
                switch status {
                case .planned:
                    start = today.adding(days: r.int(5...40))
                case .active:
                    start = periodStart.adding(days: r.int(0...60))
                case .completed:
                    start = periodStart.adding(months: -12).adding(days: r.int(0...30))
                    end = periodStart.adding(days: -63 - r.int(0...20))
                case .ended:
                    start = periodStart.adding(days: r.int(0...45))
                    end = min(today.adding(days: -1), periodStart.adding(months: 3).adding(days: r.int(0...90)))
                }
            }
            // A pair does not start before the mentee starts teaching.
            let since = Day(ordinal: Int(tSince[i]))
            if start < since { start = since }
            if let e = end, e < start { end = start.adding(days: 30) }
            let form: MentoringForm = isManager(mentor) ? .managerTeacher : r.chance(0.04) ? .teacherStudent : .teacherTeacher
            var goals = [DemoTexts.mentoringGoals[r.index(DemoTexts.mentoringGoals.count)]]
            if r.chance(0.4) {
                let second = DemoTexts.mentoringGoals[r.index(DemoTexts.mentoringGoals.count)]
                if second != goals[0] { goals.append(second) }
            }
            if i == cast.teacher {
                goals = [DemoTexts.mentoringGoals[0], DemoTexts.mentoringGoals[1]]
            }
            try out.mentoring(id: nextMentoring, mentorID: personID(mentor), menteeID: personID(i), form: form.rawValue,
                              start: iso(start), end: end.map(iso), goals: goals.joined(separator: "; "), status: status.rawValue)
            nextMentoring += 1
            summary.mentoringPairs += 1
        }
    }
}
