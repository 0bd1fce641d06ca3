import XCTest
@testable import Domain

/// Every field every mutable kind records (`RecordedFields`) reads in words
/// — labels, statuses, names for ids, Russian dates — and no ASCII
/// identifier («assignee», «noExperience», «inProgress», «2004») reaches a
/// reader, except proper names (a login).
final class ChangeTextTests: XCTestCase {
    let day = Day(iso: "2024-03-15")!
    let names = ChangeNames(people: [7: "Сидорова Ольга Викторовна", 8: "Ёлкина Анна Петровна"],
                            organizations: [3: "МАОУ «Лицей № 31»"], competences: [5: "М1 Проектирование урока", 6: "Ц1 Цифровые инструменты"])

    /// One value of each kind, its fields filled so that every field has a text.
    var samples: [(entity: String, fields: [(field: String, text: String)])] {
        [
            ("request", HelpRequest(id: 1, text: "Помогите", authorID: 8, organizationID: 3, municipalityID: 1, competenceID: 5, direction: 3,
                                    priority: .urgent, status: .declined, assigneeID: 7, due: day, createdOn: day, resolvedOn: day,
                                    declineReason: "Помощь оказана").recordedFields),
            ("step", RouteStep(id: 1, routeID: 1, kind: .course, title: "Курс", plannedStart: day, plannedEnd: day, hours: 36, status: .inProgress,
                               evidence: Evidence(certificate: "УД-1", link: "ссылка", note: "заметка"), tutorComment: "хорошо",
                               skipReason: "болезнь").recordedFields),
            ("route", Route(id: 1, personID: 8, tutorID: 7, periodStart: day, periodEnd: day, status: .cancelled, cancelReason: "переезд").recordedFields
                + [("plan", "steps+2"), ("plan", "edit step 12"), ("plan", "remove step 12")]),
            ("roadmap", RoadmapItem(id: 1, direction: 6, title: "Семинар", participants: [.rmaMethodists, .schoolStaff], participantsNote: "все",
                                    executors: [.chippkro], coExecutors: [.rmaMethodists], timing: .quarter(year: 2025, quarter: 1, months: [10, 11]),
                                    expectedResult: "итоги", status: .inProgress).recordedFields
                + [("timing", RoadmapTiming.duringYear(year: 2025).recordedText), ("timing", RoadmapTiming.perSchoolCalendar(year: 2025).recordedText),
                   ("timing", RoadmapTiming.perEventsPlan(year: 2025).recordedText)]),
            ("application", RMAApplication(id: 1, personID: 8, year: 2024, directions: [1, 6], criteria: [],
                                           decision: .rejected(.noExperience)).recordedFields
                + [("decision", "pending"), ("decision", "approved")]),
            ("mentoring", MentoringPair(id: 1, mentorID: 7, menteeID: 8, form: .teacherTeacher, start: day, status: .active).recordedFields
                + [("end", day.iso), ("goals", "адаптация")]),
            ("programme", Programme(id: 1, title: "Курс", provider: "ЧИППКРО", kind: .upskilling, hours: 36, format: .blended,
                                    inFederalRegistry: true, competenceIDs: [5, 6]).recordedFields),
            ("site", InternshipSite(id: 1, organizationID: 3, topic: "Оценивание", competenceIDs: [5], capacity: 10).recordedFields),
            ("practice", BestPractice(id: 1, title: "Практика", authorID: 8, organizationID: 3, direction: 2, competenceIDs: [6],
                                      status: .review).recordedFields),
            ("event", Event(id: 1, title: "Конкурс", kind: .competition, date: day, direction: 12, organizerID: 7, competenceIDs: [5]).recordedFields),
            ("programme", CatalogStanding(id: 1, retired: true, version: 1).recordedFields),
            ("person", Person(id: 1, login: "elkina", fullName: "Ёлкина Анна Петровна", organizationID: 3, position: "учитель",
                              birthDate: day, teachingSince: day, roles: [.teacher, .tutor], directions: [1]).recordedFields
                + [("category", QualificationCategory.highest.rawValue), ("subjects", "математика")]),
            ("deficit", Deficit(id: 1, personID: 8, competenceID: 5, severity: .severe, status: .inWork, diagnosticID: 4,
                                closedByDiagnosticID: 9, score: 33).recordedFields),
        ]
    }

    /// ASCII words of two letters or more: code identifiers, English words.
    static func identifiers(in text: String, allowing proper: Set<String>) -> [String] {
        var found: [String] = [], word = ""
        for ch in text + " " {
            if ch.isASCII && (ch.isLetter || ch == "_") { word.append(ch); continue }
            if word.count >= 2 && !proper.contains(word) { found.append(word) }
            word = ""
        }
        return found
    }

    func testEveryRecordedFieldOfEveryKindReadsInWords() {
        var leaks: [String] = []
        for (entity, fields) in samples {
            for (field, text) in fields {
                XCTAssertNotNil(ChangeText.field(entity, field), "\(entity).\(field) has no label")
                let line = ChangeText.line(entity: entity, FieldChange(field: field, before: "", after: text), names: names).ru
                let changed = ChangeText.line(entity: entity, FieldChange(field: field, before: text, after: text), names: names).ru
                for l in [line, changed] {
                    let ids = Self.identifiers(in: l, allowing: ["elkina"])
                    if !ids.isEmpty { leaks.append("\(entity).\(field): «\(l)» — \(ids.joined(separator: ", "))") }
                    // An id whose name is known reads as the name, never as «работник №7».
                    if ["работник №", "организация №", "компетенция №"].contains(where: l.contains) {
                        leaks.append("\(entity).\(field): «\(l)» shows an id")
                    }
                }
            }
        }
        XCTAssertTrue(leaks.isEmpty, "lines a reader would not understand:\n" + leaks.joined(separator: "\n"))
    }

    func testTheLinesReadAsTheScreenDoes() {
        func ru(_ entity: String, _ field: String, _ before: String, _ after: String) -> String {
            ChangeText.line(entity: entity, FieldChange(field: field, before: before, after: after), names: names).ru
        }
        XCTAssertEqual(ru("request", "assignee", "", "7"), "исполнитель: — → Сидорова Ольга Викторовна")
        XCTAssertEqual(ru("request", "direction", "", "3"), "направление: — → №3")
        XCTAssertEqual(ru("request", "status", "new", "triaged"), "статус: новый → разобран")
        XCTAssertEqual(ru("request", "due", "", "2024-04-14"), "срок: — → 14.04.2024")
        XCTAssertEqual(ru("application", "decision", "pending", "rejected: noExperience"),
                       "решение: на рассмотрении → отклонена (\(RejectionReason.noExperience.label.ru))")
        XCTAssertEqual(ru("route", "plan", "", "steps+1"), "план: добавлено шагов — 1")
        XCTAssertEqual(ru("request", "assignee", "", "99"), "исполнитель: — → работник №99", "a person no longer in the file")
    }
}
