import Domain

extension DemoBuilder {
    /// The year's own work of the РМА methodists: events they held in their
    /// directions and consultations they gave to teachers of their
    /// municipality. Spread so that monitoring shows most methodists meeting
    /// the criteria and a believable few falling short.
    func writeRMAActivity() throws {
        var nextEvent = Int64(DemoCatalogs.events.count + 1)
        var nextPractice = Int64(try db.scalarInt("SELECT coalesce(max(id), 0) FROM practices") + 1)
        let daysSoFar = max(1, today.days(since: periodStart))
        // Routes without a tutor, by municipality: an active methodist takes
        // one on while at least one more stays untutored (the indicator
        // «маршруты без тьютора» must keep something to show).
        var untutored: [Int64: [Int64]] = [:]
        try db.forEach("""
            SELECT p.municipality_id, r.id, r.person_id FROM routes r JOIN people p ON p.id = r.person_id
            WHERE r.tutor_id IS NULL AND r.status IN ('agreed', 'inProgress', 'completed') ORDER BY r.id
            """) { untutored[$0.int64(0), default: []].append($0.int64(1)) }
        let kinds: [EventKind] = [.seminar, .webinar, .masterClass]
        try batched("Работа методистов РМА", count: rmaPeople.count) { k in
            let p = rmaPeople[k]
            var r = rng(.rmaActivity, k)
            let active = r.chance(0.8)
            let eventsHeld = active ? r.int(2...5) : r.int(0...1)
            for _ in 0..<eventsHeld {
                let d = p.directions.isEmpty ? 1 : p.directions[r.index(p.directions.count)]
                let kind = kinds[r.index(kinds.count)]
                let day = periodStart.adding(days: r.index(daysSoFar))
                let topic = Direction.number(d)?.shortName ?? ""
                let title = "\(kind.label.ru.prefix(1).uppercased())\(kind.label.ru.dropFirst()) для педагогов: \(topic.prefix(1).lowercased())\(topic.dropFirst())"
                try row("INSERT INTO events(id, title, kind, date, direction, organizer_id) VALUES (?, ?, ?, ?, ?, ?)",
                        nextEvent, title, kind.rawValue, iso(day), Int64(d), p.id)
                nextEvent += 1
            }
            if active, r.chance(0.85) {
                let d = p.directions.isEmpty ? 1 : p.directions[r.index(p.directions.count)]
                let topic = Direction.number(d)?.shortName ?? ""
                let status: PracticeStatus = r.chance(0.6) ? .included : .review
                try row("INSERT INTO practices(id, title, author_id, organization_id, direction, status) VALUES (?, ?, ?, ?, ?, ?)",
                        nextPractice, "Практика методиста РМА: \(topic.prefix(1).lowercased())\(topic.dropFirst())", p.id, p.orgID,
                        Int64(d), status.rawValue)
                if let c = DemoCatalogs.competences.indices.first(where: { DemoCatalogs.competences[$0].direction == d }) {
                    try row("INSERT INTO practice_competences(practice_id, competence_id) VALUES (?, ?)", nextPractice, Int64(c + 1))
                }
                nextPractice += 1
            }
            let muniID = Int64(p.muni + 1)
            if active, r.chance(0.75), var routes = untutored[muniID], routes.count >= 2, let route = routes.popLast() {
                untutored[muniID] = routes
                try row("UPDATE routes SET tutor_id = ? WHERE id = ?", p.id, route)
                try row("INSERT OR IGNORE INTO tutoring(tutor_id, person_id, since) SELECT ?, person_id, period_start FROM routes WHERE id = ?",
                        p.id, route)
            }
            let m = p.muni
            guard m < muniTeachers.count, muniTeachers[m] > 0 else { return }
            let consultations = active ? r.int(5...12) : r.int(0...4)
            for _ in 0..<consultations {
                let teacher = personID(muniFirstTeacher[m] + r.index(muniTeachers[m]))
                if teacher == p.id { continue }
                let day = periodStart.adding(days: r.index(daysSoFar))
                let form = ConsultationForm.allCases[r.weighted([0.4, 0.45, 0.15])]
                try row(DemoBuilder.consultationSQL, nextConsultation, p.id, teacher, iso(day), form.rawValue,
                        DemoTexts.consultationTopics[r.index(DemoTexts.consultationTopics.count)],
                        DemoTexts.consultationResults[r.index(DemoTexts.consultationResults.count)],
                        DemoTexts.nextSteps[r.index(DemoTexts.nextSteps.count)])
                nextConsultation += 1
            }
        }
    }
}
