import Domain
import Storage

extension DemoBuilder {
    /// The year's own work of the РМА methodists: events they held in their
    /// directions and consultations they gave to teachers of their
    /// municipality. Spread so that monitoring shows most methodists meeting
    /// the criteria and a believable few falling short.
    func writeRMAActivity() throws {
        var nextEvent = Int64(DemoCatalogs.events.count + 1)
        var nextPractice = try out.maxPracticeID() + 1
        let daysSoFar = max(1, today.days(since: periodStart))
        // Routes without a tutor, by municipality: an active methodist takes
        // one on while at least one more stays untutored (the indicator
        // «маршруты без тьютора» must keep something to show).
        var untutored = try out.untutoredRoutesByMunicipality()
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
                try out.event(id: nextEvent, title: title, kind: kind.rawValue, date: iso(day), direction: d, organizerID: p.id)
                nextEvent += 1
            }
            if active, r.chance(0.85) {
                let d = p.directions.isEmpty ? 1 : p.directions[r.index(p.directions.count)]
                let topic = Direction.number(d)?.shortName ?? ""
                let status: PracticeStatus = r.chance(0.6) ? .included : .review
                try out.practice(id: nextPractice, title: "Практика методиста РМА: \(topic.prefix(1).lowercased())\(topic.dropFirst())",
                                 authorID: p.id, organizationID: p.orgID, direction: d, status: status.rawValue)
                if let c = DemoCatalogs.competences.indices.first(where: { DemoCatalogs.competences[$0].direction == d }) {
                    try out.practiceCompetence(practiceID: nextPractice, competenceID: Int64(c + 1))
                }
                nextPractice += 1
            }
            let muniID = Int64(p.muni + 1)
            if active, r.chance(0.75), var routes = untutored[muniID], routes.count >= 2, let route = routes.popLast() {
                untutored[muniID] = routes
                try out.assignRouteTutor(routeID: route, tutorID: p.id)
            }
            let m = p.muni
            guard m < muniTeachers.count, muniTeachers[m] > 0 else { return }
            let consultations = active ? r.int(5...12) : r.int(0...4)
            for _ in 0..<consultations {
                let teacher = personID(muniFirstTeacher[m] + r.index(muniTeachers[m]))
                if teacher == p.id { continue }
                let day = periodStart.adding(days: r.index(daysSoFar))
                let form = ConsultationForm.allCases[r.weighted([0.4, 0.45, 0.15])]
                try out.consultation(id: nextConsultation, tutorID: p.id, personID: teacher, date: iso(day), form: form.rawValue,
                                     topic: DemoTexts.consultationTopics[r.index(DemoTexts.consultationTopics.count)],
                                     result: DemoTexts.consultationResults[r.index(DemoTexts.consultationResults.count)],
                                     nextStep: DemoTexts.nextSteps[r.index(DemoTexts.nextSteps.count)])
                nextConsultation += 1
            }
        }
    }
}
