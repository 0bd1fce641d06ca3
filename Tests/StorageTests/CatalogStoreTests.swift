import Domain
import XCTest
@testable import Storage

/// The catalogs in Storage: the rules enforced on every write, the review
/// of practices, retiring, search with Cyrillic and ё, filters and keyset
/// paging, permissions, audit and conflicts.
final class CatalogStoreTests: XCTestCase {
    var f: ContractFixture!
    var coord: Viewer!

    override func setUpWithError() throws {
        f = try ContractFixture()
        coord = try f.viewer("coord")
    }

    func programme(_ title: String, kind: ProgrammeKind = .upskilling, hours: Int = 36, format: ProgrammeFormat = .inPerson,
                   registry: Bool = false, competences: [CompetenceID] = []) -> Programme {
        Programme(id: 0, title: title, provider: "ЧИППКРО", kind: kind, hours: hours, format: format,
                  inFederalRegistry: registry, competenceIDs: competences)
    }

    func count(_ kind: String) throws -> Int { try f.probe.count(kind) }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as StoreError { return e.message.ru } catch { return "\(error)" }
    }

    func testTooFewHoursAreRefusedInStorageAndNothingIsWritten() throws {
        let short = refusal { try f.store.saveProgramme(coord, programme("Короткий курс", hours: 12)) }
        XCTAssertEqual(short, "«повышение квалификации»: не меньше 16 ч, а указано 12")
        let retraining = refusal { try f.store.saveProgramme(coord, programme("Переподготовка", kind: .retraining, hours: 249)) }
        XCTAssertEqual(retraining?.contains("не меньше 250 ч"), true, retraining ?? "")
        XCTAssertEqual(try count("programmes"), 0)
        XCTAssertEqual(try count("audit"), 0)
        let ok = try f.store.saveProgramme(coord, programme("Переподготовка", kind: .retraining, hours: 250))
        XCTAssertEqual(try f.store.programmeRow(coord, id: ok.id)?.programme.hours, 250)
        // An edit below the minimum is refused the same way and leaves the row as it was.
        var edited = ok
        edited.hours = 100
        XCTAssertNotNil(refusal { try f.store.saveProgramme(coord, edited) })
        XCTAssertEqual(try f.store.programmeRow(coord, id: ok.id)?.programme.hours, 250)
    }

    func testThePracticeReviewFollowsTheLifecycle() throws {
        let new = try f.store.savePractice(coord, BestPractice(id: 0, title: "Школа молодого педагога", authorID: f.id("elkina"),
                                                              organizationID: f.id("lyceum"), direction: 5, competenceIDs: [f.id("c1")],
                                                              status: .included))
        XCTAssertEqual(new.status, .submitted, "a new practice starts submitted whatever was passed")
        let skip = refusal { try f.store.reviewPractice(coord, id: new.id, expectedVersion: new.version, to: .included) }
        XCTAssertEqual(skip, "Из «подана» нельзя перейти в «включена в реестр»; можно: «на экспертизе»")
        let review = try f.store.reviewPractice(coord, id: new.id, expectedVersion: new.version, to: .review)
        let included = try f.store.reviewPractice(coord, id: new.id, expectedVersion: review.version, to: .included)
        XCTAssertEqual(try f.store.practiceRow(coord, id: new.id)?.practice.status, .included)
        let final = refusal { try f.store.reviewPractice(coord, id: new.id, expectedVersion: included.version, to: .rejected) }
        XCTAssertEqual(final?.contains("окончательный"), true, final ?? "")
        let moves = try f.store.auditTrail(entity: "practice", id: new.id).filter { $0.action == "status" }.map(\.after)
        XCTAssertEqual(moves, ["status=included", "status=review"])
        // An edit keeps the status: it changes only by review moves.
        var edited = included
        edited.title = "Школа молодого педагога: второй год"
        edited.status = .submitted
        XCTAssertEqual(try f.store.savePractice(coord, edited).status, .included)
    }

    func testRetiredEntriesLeaveTheDefaultBrowseAndComeBack() throws {
        let a = try f.store.saveProgramme(coord, programme("Активные методы обучения"))
        let b = try f.store.saveProgramme(coord, programme("Бережливая школа"))
        try f.store.setCatalogRetired(coord, .programme, id: a.id, expectedVersion: a.version, retired: true)
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(), limit: 10).map(\.id), [b.id])
        let all = try f.store.programmePage(coord, ProgrammeQuery(includeRetired: true), limit: 10)
        XCTAssertEqual(all.map(\.id), [a.id, b.id])
        XCTAssertEqual(all.first?.programme.retired, true)
        // A teacher asking for the archive still gets the active ones only.
        let teacher = try f.viewer("elkina")
        XCTAssertEqual(try f.store.programmePage(teacher, ProgrammeQuery(includeRetired: true), limit: 10).map(\.id), [b.id])
        // Retiring twice is refused; a stale version is a conflict; restoring brings it back.
        XCTAssertNotNil(refusal { try f.store.setCatalogRetired(coord, .programme, id: a.id, expectedVersion: a.version + 1, retired: true) })
        try f.store.setCatalogRetired(coord, .programme, id: a.id, expectedVersion: a.version + 1, retired: false)
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(), limit: 10).count, 2)
        // Events and practices retire the same way (their column came in schema v2).
        let e = try f.store.saveEvent(coord, Event(id: 0, title: "Фестиваль", kind: .competition, date: Day(year: 2024, month: 4, day: 1)!, direction: nil))
        try f.store.setCatalogRetired(coord, .event, id: e.id, expectedVersion: e.version, retired: true)
        XCTAssertTrue(try f.store.eventPage(coord, EventQuery(), limit: 10).isEmpty)
        XCTAssertEqual(try f.store.auditTrail(entity: "event", id: e.id).first?.action, "retire")
    }

    func testSearchFindsCyrillicWithAndWithoutYo() throws {
        let yo = try f.store.saveProgramme(coord, programme("Ёмкие задачи по физике"))
        _ = try f.store.saveProgramme(coord, programme("Функциональная грамотность"))
        for typed in ["емкие", "ЁМКИЕ", "ёмк физ"] {
            XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(text: typed), limit: 10).map(\.id), [yo.id], typed)
        }
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(text: "чиппкро"), limit: 10).count, 2, "the provider is searched too")
        let site = try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("lyceum"), topic: "Учёт образовательных результатов",
                                                              competenceIDs: [], capacity: 12))
        XCTAssertEqual(try f.store.sitePage(coord, SiteQuery(text: "учет"), limit: 10).map(\.id), [site.id])
        XCTAssertEqual(try f.store.sitePage(coord, SiteQuery(text: "лицей"), limit: 10).map(\.id), [site.id], "the host's name is searched")
        let event = try f.store.saveEvent(coord, Event(id: 0, title: "Слёт вожатых", kind: .seminar, date: Day(year: 2024, month: 5, day: 20)!, direction: 7))
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(text: "слет"), limit: 10).map(\.id), [event.id])
        let practice = try f.store.savePractice(coord, BestPractice(id: 0, title: "Ёжики в тумане: чтение с увлечением", authorID: nil,
                                                                   organizationID: nil, direction: 3, competenceIDs: []))
        XCTAssertEqual(try f.store.practicePage(coord, PracticeQuery(text: "ежики"), limit: 10).map(\.id), [practice.id])
        XCTAssertTrue(try f.store.programmePage(coord, ProgrammeQuery(text: "\"*("), limit: 10).isEmpty, "punctuation is quoted, not an FTS error")
    }

    func testFiltersOfEachCatalog() throws {
        let c1 = f.id("c1"), c2 = f.id("c2")
        let a = try f.store.saveProgramme(coord, programme("А: очно ПК", registry: true, competences: [c1]))
        let b = try f.store.saveProgramme(coord, programme("Б: дистант ПП", kind: .retraining, hours: 300, format: .distance, competences: [c2]))
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(kind: .retraining), limit: 10).map(\.id), [b.id])
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(inRegistry: true), limit: 10).map(\.id), [a.id])
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(inRegistry: false), limit: 10).map(\.id), [b.id])
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(format: .distance), limit: 10).map(\.id), [b.id])
        XCTAssertEqual(try f.store.programmePage(coord, ProgrammeQuery(competenceID: c1), limit: 10).map(\.id), [a.id])
        XCTAssertEqual(try f.store.programmeRow(coord, id: a.id)?.competences, "М1 Проектирование урока")

        let chel = try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("lyceum"), topic: "Т1", competenceIDs: [c2], capacity: 5))
        let asha = try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("asha1"), topic: "Т2", competenceIDs: [c1], capacity: 0))
        XCTAssertEqual(try f.store.sitePage(coord, SiteQuery(municipalityID: f.id("asha")), limit: 10).map(\.id), [asha.id])
        XCTAssertEqual(try f.store.sitePage(coord, SiteQuery(competenceID: c2), limit: 10).map(\.id), [chel.id])
        XCTAssertEqual(try f.store.siteRow(coord, id: asha.id)?.municipalityName, "Ашинский МР")

        let x1 = try f.store.savePractice(coord, BestPractice(id: 0, title: "П1", authorID: nil, organizationID: nil, direction: 3, competenceIDs: []))
        let x2 = try f.store.savePractice(coord, BestPractice(id: 0, title: "П2", authorID: nil, organizationID: nil, direction: 5, competenceIDs: []))
        try f.store.reviewPractice(coord, id: x2.id, expectedVersion: x2.version, to: .review)
        XCTAssertEqual(try f.store.practicePage(coord, PracticeQuery(status: .review), limit: 10).map(\.id), [x2.id])
        XCTAssertEqual(try f.store.practicePage(coord, PracticeQuery(direction: 3), limit: 10).map(\.id), [x1.id])

        func event(_ title: String, _ m: Int, _ kind: EventKind, _ d: Int?) throws -> Event {
            try f.store.saveEvent(coord, Event(id: 0, title: title, kind: kind, date: Day(year: 2024, month: m, day: 10)!, direction: d))
        }
        let jan = try event("Январь", 1, .seminar, 3), mar = try event("Март", 3, .webinar, nil), may = try event("Май", 5, .seminar, 3)
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(), limit: 10).map(\.id), [may.id, mar.id, jan.id], "the latest first")
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(from: Day(year: 2024, month: 3, day: 10)), limit: 10).map(\.id), [may.id, mar.id])
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(to: Day(year: 2024, month: 3, day: 9)), limit: 10).map(\.id), [jan.id])
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(kind: .seminar, direction: 3), limit: 10).map(\.id), [may.id, jan.id])
        XCTAssertEqual(try f.store.eventRow(coord, id: jan.id)?.organizerName, "Смирнов Пётр Алексеевич", "the creator organizes by default")
    }

    func testKeysetPagingWalksEveryRowOnceBothWays() throws {
        var ids: [Int64] = []
        for i in (1...23).reversed() { ids.append(try f.store.saveProgramme(coord, programme(String(format: "Курс %02d", i))).id) }
        var seen: [Int64] = []
        var anchor = CatalogAnchor.first
        while true {
            let page = try f.store.programmePage(coord, ProgrammeQuery(), anchor, limit: 5)
            if page.isEmpty { break }
            seen += page.map(\.id)
            anchor = .after(page.last!.key)
        }
        XCTAssertEqual(seen, ids.reversed(), "title order, each once")
        let last = try f.store.programmePage(coord, ProgrammeQuery(), .last, limit: 5)
        XCTAssertEqual(last.map(\.programme.title), ["Курс 19", "Курс 20", "Курс 21", "Курс 22", "Курс 23"])
        let before = try f.store.programmePage(coord, ProgrammeQuery(), .before(last[0].key), limit: 2)
        XCTAssertEqual(before.map(\.programme.title), ["Курс 17", "Курс 18"])
        // Events run newest first, and paging backwards keeps that order.
        for m in 1...6 { _ = try f.store.saveEvent(coord, Event(id: 0, title: "Е\(m)", kind: .seminar, date: Day(year: 2024, month: m, day: 1)!, direction: nil)) }
        let first = try f.store.eventPage(coord, EventQuery(), limit: 3)
        XCTAssertEqual(first.map(\.event.title), ["Е6", "Е5", "Е4"])
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(), .after(first[2].key), limit: 3).map(\.event.title), ["Е3", "Е2", "Е1"])
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(), .last, limit: 2).map(\.event.title), ["Е2", "Е1"])
        XCTAssertEqual(try f.store.eventPage(coord, EventQuery(), .before(first[2].key), limit: 5).map(\.event.title), ["Е6", "Е5"])
    }

    func testATeacherBrowsesButCannotEdit() throws {
        let teacher = try f.viewer("elkina")
        let forbidden = refusal { try f.store.saveProgramme(teacher, programme("Чужой курс")) }
        XCTAssertEqual(forbidden, "Нет прав: вести каталоги")
        XCTAssertEqual(try count("programmes"), 0)
        let p = try f.store.saveProgramme(coord, programme("Общий курс"))
        XCTAssertEqual(try f.store.programmePage(teacher, ProgrammeQuery(), limit: 10).map(\.id), [p.id])
        XCTAssertNotNil(refusal { try f.store.setCatalogRetired(teacher, .programme, id: p.id, expectedVersion: p.version, retired: true) })
        let methodist = try f.viewer("methodist")
        XCTAssertNotNil(refusal { try f.store.saveEvent(methodist, Event(id: 0, title: "С", kind: .seminar, date: f.store.today(), direction: nil)) })
        // Practices not yet included are the editors' (and the author's) business.
        let mine = try f.store.savePractice(coord, BestPractice(id: 0, title: "Моя", authorID: teacher.personID, organizationID: nil, direction: 1, competenceIDs: []))
        let other = try f.store.savePractice(coord, BestPractice(id: 0, title: "Чужая", authorID: nil, organizationID: nil, direction: 1, competenceIDs: []))
        XCTAssertEqual(try f.store.practicePage(teacher, PracticeQuery(), limit: 10).map(\.id), [mine.id])
        XCTAssertNil(try f.store.practiceRow(teacher, id: other.id))
        XCTAssertNotNil(refusal { try f.store.reviewPractice(teacher, id: mine.id, expectedVersion: mine.version, to: .review) })
    }

    func testEveryWriteIsAuditedWithTheActor() throws {
        let p = try f.store.saveProgramme(coord, programme("Цифровая дидактика", competences: [f.id("c2")]))
        var edited = p
        edited.hours = 72
        _ = try f.store.saveProgramme(coord, edited)
        let trail = try f.store.auditTrail(entity: "programme", id: p.id)
        XCTAssertEqual(trail.map(\.action), ["edit", "create"])
        XCTAssertEqual(trail.map(\.actorLogin), ["coord", "coord"])
        XCTAssertEqual([trail[0].before, trail[0].after], ["hours=36", "hours=72"])
        let site = try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("shnor"), topic: "Наставничество", competenceIDs: [], capacity: 3))
        XCTAssertEqual(try f.store.auditTrail(entity: "site", id: site.id).first?.action, "create")
    }

    func testAStaleEditIsAConflictNamingWhoChangedIt() throws {
        let admin = try f.viewer("admin")
        let p = try f.store.saveProgramme(coord, programme("Основы наставничества"))
        var theirs = p
        theirs.title = "Основы наставничества (новая редакция)"
        _ = try f.store.saveProgramme(admin, theirs)
        var mine = p
        mine.hours = 48
        do {
            _ = try f.store.saveProgramme(coord, mine)
            XCTFail("a stale version must be refused")
        } catch StoreError.conflict(let c) {
            XCTAssertEqual(c.changedBy, "Орлова Нина Ивановна")
            XCTAssertTrue(c.message.ru.contains("Орлова Нина Ивановна"), c.message.ru)
        }
        let row = try XCTUnwrap(try f.store.programmeRow(coord, id: p.id))
        XCTAssertEqual(row.programme.title, "Основы наставничества (новая редакция)")
        XCTAssertEqual(row.programme.hours, 36)
    }

    func testSitesAndEventsAreValidated() throws {
        let negative = refusal { try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: f.id("lyceum"), topic: "Т", competenceIDs: [], capacity: -2)) }
        XCTAssertEqual(negative, "Вместимость не может быть отрицательной (указано -2)")
        XCTAssertNotNil(refusal { try f.store.saveSite(coord, InternshipSite(id: 0, organizationID: 9999, topic: "Т", competenceIDs: [], capacity: 1)) })
        XCTAssertNotNil(refusal { try f.store.saveProgramme(coord, self.programme("С чужой компетенцией", competences: [9999])) })
        XCTAssertNotNil(refusal { try f.store.saveEvent(coord, Event(id: 0, title: "   ", kind: .seminar, date: f.store.today(), direction: nil)) })
        XCTAssertEqual(try count("sites") + count("programmes") + count("events"), 0, "nothing half-written")
    }
}
