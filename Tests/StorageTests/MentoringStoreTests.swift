import XCTest
import Domain
@testable import Storage

/// Mentoring pairs in the Fixture region (today 15.03.2024): Ёлкина (born
/// 1998, Челябинск) is the one young teacher; methodist works in Челябинск.
final class MentoringStoreTests: XCTestCase {
    /// Adds young teachers: one more in Челябинск (by service), one in Аша (by age).
    private func withYoung() throws -> ContractFixture {
        let f = try ContractFixture()
        try f.person("Абрамова Юлия Олеговна", login: "abramova", org: "shnor", roles: [.teacher],
                     born: Day(year: 1980, month: 1, day: 1)!, since: Day(year: 2022, month: 9, day: 1)!)
        try f.person("Юдин Ёмкий Артёмович", login: "yudin", org: "asha1", roles: [.teacher], born: Day(year: 1995, month: 2, day: 2)!)
        // 35 exactly today: no longer young by age.
        try f.person("Борисов Борис Борисович", login: "borisov", org: "lyceum", roles: [.teacher], born: Day(year: 1989, month: 3, day: 15)!)
        // Young, but not a teacher: not on the worklist.
        try f.person("Гусева Гуля Гусевна", login: "guseva", org: "lyceum", roles: [.coordinator], born: Day(year: 2000, month: 1, day: 1)!)
        try f.person("Наставникова Вера Ильинична", login: "nast", org: "lyceum", roles: [.teacher, .mentor], born: Day(year: 1965, month: 1, day: 1)!)
        return f
    }

    func testWorklistIsYoungTeachersWithoutACurrentPairInNameOrder() throws {
        let f = try withYoung()
        let coord = try f.viewer("coord")
        XCTAssertEqual(try f.store.youngWithoutMentorPage(coord, limit: 50).map(\.login), ["abramova", "elkina", "yudin"])
        // Keyset: pages of one continue in order; before the last returns the ones before it.
        let first = try f.store.youngWithoutMentorPage(coord, limit: 1)
        let second = try f.store.youngWithoutMentorPage(coord, after: first.last?.key, limit: 1)
        XCTAssertEqual((first + second).map(\.login), ["abramova", "elkina"])
        XCTAssertEqual(try f.store.youngWithoutMentorLastPage(coord, limit: 2).map(\.login), ["elkina", "yudin"])
        // The methodist sees only Челябинск.
        XCTAssertEqual(try f.store.youngWithoutMentorPage(try f.viewer("methodist"), limit: 50).map(\.login), ["abramova", "elkina"])
        // A pair takes the mentee off the list.
        try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("nast"))
        XCTAssertEqual(try f.store.youngWithoutMentorPage(coord, limit: 50).map(\.login), ["abramova", "yudin"])
        // A teacher may not read it.
        XCTAssertThrowsError(try f.store.youngWithoutMentorPage(try f.viewer("elkina"), limit: 10))
    }

    /// The `/` filter of the «Наставничество» tab: names beginning so, any case, ё as е.
    func testBothListsNarrowByTheBeginningOfAName() throws {
        let f = try withYoung()
        let coord = try f.viewer("coord")
        XCTAssertEqual(try f.store.youngWithoutMentorPage(coord, namePrefix: "ЁЛК", after: nil, before: nil, limit: 50).map(\.login), ["elkina"])
        XCTAssertEqual(try f.store.youngWithoutMentorPage(coord, namePrefix: "ю", after: nil, before: nil, limit: 50).map(\.login), ["yudin"])
        XCTAssertEqual(try f.store.youngWithoutMentorLastPage(coord, namePrefix: "а", limit: 5).map(\.login), ["abramova"])
        XCTAssertEqual(try f.store.youngWithoutMentorPage(coord, namePrefix: "ж", after: nil, before: nil, limit: 50), [])
        let pair = try f.store.createPair(coord, menteeID: f.id("yudin"), mentorID: f.id("nast"))
        XCTAssertEqual(try f.store.mentoringPage(coord, MentoringQuery(namePrefix: "юдин"), limit: 10).map(\.pair.id), [pair], "by the mentee")
        XCTAssertEqual(try f.store.mentoringPage(coord, MentoringQuery(namePrefix: "Наставникова"), limit: 10).map(\.pair.id), [pair], "by the mentor")
        XCTAssertEqual(try f.store.mentoringPage(coord, MentoringQuery(namePrefix: "Абрам"), limit: 10), [])
    }

    func testAPairIsListedInItsMenteesMunicipalityWhoeverMovesThem() throws {
        // The pair keeps a copy of the mentee's municipality (for an index in list
        // order); triggers keep it right for every writer, including plain SQL.
        let f = try withYoung()
        let coord = try f.viewer("coord"), methodist = try f.viewer("methodist")
        let chelPair = try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("nast"))
        let ashaPair = try f.store.createPair(coord, menteeID: f.id("yudin"), mentorID: f.id("nast"))
        XCTAssertEqual(try f.store.mentoringPage(methodist, limit: 10).map(\.pair.id), [chelPair])
        // Юдин moves to Челябинск by a write that bypasses the SQLiteStore (SQLite only: its triggers).
        let sqlite = try f.sqlite("the triggers that keep a pair's municipality")
        try sqlite.db.execute("UPDATE people SET municipality_id = ?, organization_id = ? WHERE id = ?",
                               [f.id("chel"), f.id("lyceum"), f.id("yudin")])
        XCTAssertEqual(try f.store.mentoringPage(methodist, limit: 10).map(\.pair.id), [ashaPair, chelPair])
        XCTAssertFalse(try sqlite.check().findings.contains { $0.message.ru.contains("наставничества") })
        // A pair edited to another mentee follows that mentee.
        try sqlite.db.execute("UPDATE mentoring SET mentee_id = ? WHERE id = ?", [f.id("petrova"), ashaPair])
        XCTAssertEqual(try f.store.mentoringPage(methodist, limit: 10).map(\.pair.id), [chelPair])
        XCTAssertEqual(try sqlite.db.scalarInt("SELECT municipality_id FROM mentoring WHERE id = ?", [ashaPair]), Int(f.id("asha")))
    }

    func testCreateFollowsTheDomainRulesAndIsAudited() throws {
        let f = try withYoung()
        let coord = try f.viewer("coord")
        XCTAssertThrowsError(try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("elkina"))) { e in
            XCTAssertTrue("\(e)".contains("один и тот же"), "\(e)")
        }
        let id = try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("nast"), form: .teacherTeacher, goals: "  Адаптация ")
        let pair = try XCTUnwrap(try f.store.mentoringPair(coord, id: id))
        XCTAssertEqual(pair.status, .active)
        XCTAssertEqual(pair.start, f.store.today())
        XCTAssertEqual(pair.goals, "Адаптация")
        XCTAssertThrowsError(try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("tutor"))) { e in
            XCTAssertTrue("\(e)".contains("уже есть действующая пара"), "\(e)")
        }
        XCTAssertEqual(try f.store.mentoringPage(coord, MentoringQuery(), limit: 100).filter { $0.pair.menteeID == f.id("elkina") }.count, 1)
        XCTAssertEqual(try f.probe.count("mentoring"), 1)
        let trail = try f.store.auditTrail(entity: "mentoring", id: id)
        XCTAssertEqual(trail.map(\.action), ["create"])
        // Stored as fields; read back in words, with the names.
        XCTAssertTrue(trail[0].after.hasPrefix("mentor=\(f.id("nast")); mentee=\(f.id("elkina")); form=teacherTeacher"), trail[0].after)
        let read = try XCTUnwrap(f.store.auditLog(coord, AuditQuery(), after: nil, limit: 10).first { $0.entry.id == trail[0].id })
        XCTAssertTrue(read.summary.ru.contains("наставник: Наставникова Вера Ильинична; наставляемый: Ёлкина Анна Петровна"),
                      read.summary.ru)
        // A later start makes the pair planned.
        let later = try f.store.createPair(coord, menteeID: f.id("yudin"), mentorID: f.id("nast"), start: Day(year: 2024, month: 4, day: 1)!)
        XCTAssertEqual(try f.store.mentoringPair(coord, id: later)?.status, .planned)
    }

    func testScopeAndPermission() throws {
        let f = try withYoung()
        let methodist = try f.viewer("methodist")
        // Another municipality's teacher cannot be paired by a municipal methodist.
        XCTAssertThrowsError(try f.store.createPair(methodist, menteeID: f.id("yudin"), mentorID: f.id("nast")))
        let own = try f.store.createPair(methodist, menteeID: f.id("elkina"), mentorID: f.id("nast"))
        let coord = try f.viewer("coord")
        let asha = try f.store.createPair(coord, menteeID: f.id("yudin"), mentorID: f.id("petrova"))
        XCTAssertEqual(try f.store.mentoringPage(methodist, limit: 10).map(\.id), [own])
        XCTAssertEqual(try f.store.mentoringPage(coord, limit: 10).map(\.id), [asha, own], "newest first")
        XCTAssertNil(try f.store.mentoringPair(methodist, id: asha))
        XCTAssertThrowsError(try f.store.endPair(methodist, id: asha, expectedVersion: 1))
        // Teachers, tutors and РМА methodists do not edit mentoring.
        for login in ["elkina", "tutor", "rma"] {
            XCTAssertThrowsError(try f.store.createPair(try f.viewer(login), menteeID: f.id("abramova"), mentorID: f.id("nast")), login)
            XCTAssertThrowsError(try f.store.mentoringPage(try f.viewer(login), limit: 10), login)
        }
        let row = try XCTUnwrap(try f.store.mentoringPage(coord, limit: 10).last)
        XCTAssertEqual(row.menteeName, "Ёлкина Анна Петровна")
        XCTAssertEqual(row.mentorName, "Наставникова Вера Ильинична")
        XCTAssertEqual(row.municipalityName, "Челябинский ГО")
    }

    func testEndIsVersionCheckedAuditedAndFreesTheMentee() throws {
        let f = try withYoung()
        let coord = try f.viewer("coord")
        let id = try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("nast"), start: Day(year: 2024, month: 1, day: 10)!)
        XCTAssertThrowsError(try f.store.endPair(coord, id: id, expectedVersion: 1, on: Day(year: 2024, month: 1, day: 1)!)) { e in
            XCTAssertTrue("\(e)".contains("раньше, чем началась"), "\(e)")
        }
        try f.store.endPair(coord, id: id, expectedVersion: 1, on: Day(year: 2024, month: 3, day: 1)!)
        let pair = try XCTUnwrap(try f.store.mentoringPair(coord, id: id))
        XCTAssertEqual(pair.status, .ended)
        XCTAssertEqual(pair.end, Day(year: 2024, month: 3, day: 1)!)
        XCTAssertEqual(pair.version, 2)
        // A stale version writes nothing.
        XCTAssertThrowsError(try f.store.endPair(coord, id: id, expectedVersion: 1)) { e in
            guard case StoreError.conflict = e else { return XCTFail("\(e)") }
        }
        // Ended: no longer an answer to a second end, and out of the current list.
        XCTAssertThrowsError(try f.store.endPair(coord, id: id, expectedVersion: 2))
        XCTAssertEqual(try f.store.mentoringPage(coord, limit: 10).count, 0)
        XCTAssertEqual(try f.store.mentoringPage(coord, MentoringQuery(currentOnly: false), limit: 10).map(\.id), [id])
        XCTAssertEqual(try f.store.auditTrail(entity: "mentoring", id: id).map(\.action), ["end", "create"])
        XCTAssertTrue(try f.store.youngWithoutMentorPage(coord, limit: 50).map(\.login).contains("elkina"))
        // The mentee may get a new pair now.
        XCTAssertNoThrow(try f.store.createPair(coord, menteeID: f.id("elkina"), mentorID: f.id("tutor")))
    }

    func testPairPagesInBothDirections() throws {
        let f = try withYoung()
        let coord = try f.viewer("coord")
        var ids: [Int64] = []
        for (mentee, mentor) in [("elkina", "nast"), ("abramova", "nast"), ("yudin", "tutor")] {
            ids.append(try f.store.createPair(coord, menteeID: f.id(mentee), mentorID: f.id(mentor)))
        }
        let newest = try f.store.mentoringPage(coord, limit: 2)
        XCTAssertEqual(newest.map(\.id), [ids[2], ids[1]])
        XCTAssertEqual(try f.store.mentoringPage(coord, after: newest.last?.id, limit: 2).map(\.id), [ids[0]])
        XCTAssertEqual(try f.store.mentoringPage(coord, before: 0, limit: 2).map(\.id), [ids[1], ids[0]], "the last page")
        XCTAssertEqual(try f.store.mentoringPage(coord, before: ids[0], limit: 5).map(\.id), [ids[2], ids[1]])
    }
}
