import Domain
import Storage

/// The scripted data of the two demo teachers, so the logins always show the
/// same story:
///
/// - `teacher` (Ёлкина Алёна Сергеевна, mathematics, 2nd year): autumn
///   diagnostic with four deficits; a route in progress with the demo tutor,
///   six steps — confirmed course, skipped seminar, lesson visits done and
///   waiting for the tutor, overdue self-education, internship in progress,
///   planned open lesson; mentor `mentor`; three consultations.
/// - `teacher2` (Семёнов Артём Игоревич, history): four open deficits, no
///   route, no mentor; in the demo tutor's caseload since January, never
///   consulted.
extension DemoBuilder {
    func learnDemoTeacher(_ i: Int) throws {
        let person = personID(i)
        let d1 = try scriptedDiagnostic(person, on: "2023-10-12",
                                        ["П1": 72, "М1": 64, "М2": 46, "Ц1": 54, "Ф1": 66, "Ф2": 33, "К1": 57, "Пс2": 70],
                                        inWork: ["М2", "Ц1", "Ф2"])
        var findings = d1
        func target(_ code: String) -> [Int] {
            findings.indices.filter { DemoCatalogs.competences[findings[$0].competence].code == code }
        }
        let ff2 = DemoCatalogs.competence("Ф2") ?? 0
        let fm2 = DemoCatalogs.competence("М2") ?? 0
        let course = programmesByCompetence[ff2].first { $0.title.contains("математическая и естественнонаучная") }
            ?? programmesByCompetence[ff2].first
        let seminar = events.first { $0.title.hasPrefix("Семинар-практикум «Задания по функциональной") }
        let site = sitesByCompetence[fm2].first { $0.host == .school } ?? sitesByCompetence[fm2].first
        var plans: [StepPlan] = [
            StepPlan(kind: .course, title: course?.title ?? "Формирование функциональной грамотности обучающихся",
                     programme: course?.id, start: day("2023-11-13"), end: day("2023-12-08"), hours: course?.hours ?? 36,
                     status: .confirmed, certificate: "742419853107", comment: "Подтверждаю: удостоверение проверено",
                     targets: target("Ф2")),
            StepPlan(kind: .masterClass, title: seminar?.title ?? "Семинар-практикум «Задания по функциональной грамотности на уроке»",
                     event: seminar?.id, start: day("2023-11-16"), end: day("2023-11-16"), hours: 4, status: .skipped,
                     skip: "Совпало с занятиями курса повышения квалификации", targets: target("Ф2")),
            StepPlan(kind: .lessonVisits, title: "Посещение уроков коллег: формирующее оценивание на уроках математики",
                     start: day("2024-01-15"), end: day("2024-02-16"), hours: 6, status: .done,
                     note: "Посещены 4 урока наставника и 2 урока учителей МО; лист наблюдения и самоанализ", targets: target("М2")),
            StepPlan(kind: .selfEducation, title: "Самообразование: сервисы ФГИС «Моя школа» для уроков математики",
                     start: day("2024-01-22"), end: day("2024-02-29"), hours: 12, status: .inProgress,
                     comment: "Срок шага прошёл: согласуйте новую дату", targets: target("Ц1")),
            StepPlan(kind: .internship, title: "Стажировка: \(site?.topic ?? "Формирующее оценивание на уроке")", site: site?.id,
                     start: day("2024-03-04"), end: day("2024-03-22"), hours: 24, status: .inProgress, targets: target("М2")),
            StepPlan(kind: .practiceTransfer, title: "Открытый урок: формирующее оценивание и задания по математической грамотности",
                     start: day("2024-04-15"), end: day("2024-04-26"), hours: 2, status: .planned,
                     targets: target("М2") + target("Ф2")),
        ]
        plans.sort { $0.start < $1.start }
        try writeFindings(&findings, person: person)
        try writeRoute(person: person, tutor: demoTutorID, status: .inProgress, cancelReason: nil, plans: plans, findings: findings)
        try out.tutoring(tutorID: demoTutorID, personID: person, since: "2023-11-01", until: nil)
        let log: [(String, ConsultationForm, String, String, String)] = [
            ("2023-11-01", .inPerson, DemoTexts.consultationTopics[1], "Маршрут согласован", "Записаться на курс по функциональной грамотности"),
            ("2024-01-24", .remote, DemoTexts.consultationTopics[3], "Составлен план переноса в практику", "Посетить уроки наставника"),
            ("2024-03-05", .lessonVisit, DemoTexts.consultationTopics[5], "Урок проанализирован, рекомендации приняты",
             "Подготовить открытый урок к апрелю"),
        ]
        for c in log {
            try out.consultation(id: nextConsultation, tutorID: demoTutorID, personID: person, date: c.0, form: c.1.rawValue,
                                 topic: c.2, result: c.3, nextStep: c.4)
            nextConsultation += 1
        }
    }

    func learnDemoTeacher2(_ i: Int) throws {
        let person = personID(i)
        var findings = try scriptedDiagnostic(person, on: "2023-11-08",
                                              ["П1": 63, "П2": 48, "М1": 58, "М4": 71, "Пс2": 39, "К1": 66, "Ц1": 74, "Ф3": 55],
                                              inWork: [])
        try writeFindings(&findings, person: person)
        try out.tutoring(tutorID: demoTutorID, personID: person, since: "2024-01-20", until: nil)
    }

    /// Writes a regional diagnostic with these scores; answers its deficits
    /// (not yet written), those in `inWork` marked so.
    func scriptedDiagnostic(_ person: Int64, on date: String, _ scores: [String: Int], inWork: Set<String>) throws -> [Finding] {
        let id = nextDiagnostic
        nextDiagnostic += 1
        var byID: [CompetenceID: Int] = [:]
        var findings: [Finding] = []
        for (code, score) in scores.sorted(by: { $0.key < $1.key }) {
            guard let c = DemoCatalogs.competence(code) else { continue }
            byID[CompetenceID(c + 1)] = score
        }
        for (cid, score) in byID.sorted(by: { $0.key < $1.key }) {
            let c = Int(cid) - 1
            if let severity = DeficitRules.severity(score: score, scale: .standard) {
                let code = DemoCatalogs.competences[c].code
                findings.append(Finding(competence: c, score: score, severity: severity,
                                        status: inWork.contains(code) ? .inWork : .identified,
                                        diagnostic: id, addressed: inWork.contains(code)))
            }
        }
        try out.diagnostic(id: id, personID: person, date: date, source: DiagnosticSource.regional.rawValue, scores: Codecs.scores(byID))
        summary.diagnostics += 1
        return findings
    }
}
