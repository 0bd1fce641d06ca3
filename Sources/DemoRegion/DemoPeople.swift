import Domain
import Storage

/// Teachers (dates, positions, subjects, categories; about a fifth young),
/// the demo cast, tutors, mentors, the role holders of ММС, ЦНППМ, the
/// institutes and the ministry, and their rows in `people`.
extension DemoBuilder {
    // MARK: - Teachers

    struct Vitals {
        var female: Bool
        var birth: Day
        var since: Day
        var category: QualificationCategory
        var position: Int
        var subjects: Int
    }

    func generateVitals() {
        let n = options.teachers
        tOrg = [Int32](repeating: 0, count: n)
        tBirth = [Int32](repeating: 0, count: n)
        tSince = [Int32](repeating: 0, count: n)
        tInfo = [UInt16](repeating: 0, count: n)
        tRoles = [UInt8](repeating: UInt8(bitTeacher), count: n)
        mentorOf = [Int32](repeating: -1, count: n)
        for (k, o) in orgs.enumerated() {
            for s in 0..<o.teachers {
                let i = o.firstTeacher + s
                tOrg[i] = Int32(k)
                var r = rng(.teacherVitals, i)
                setVitals(i, vitals(&r, kind: o.kind, head: s == 0))
            }
        }
    }

    func setVitals(_ i: Int, _ v: Vitals) {
        tBirth[i] = Int32(v.birth.ordinal)
        tSince[i] = Int32(v.since.ordinal)
        let young = Person(id: 0, login: "", fullName: "", organizationID: nil, position: "",
                           birthDate: v.birth, teachingSince: v.since).isYoungTeacher(on: today)
        tInfo[i] = DemoBuilder.info(female: v.female, young: young, category: v.category,
                                    position: v.position, subjects: v.subjects)
    }

    /// One teacher's dates, category, position and subjects.
    func vitals(_ r: inout DemoRandom, kind: OrganizationKind, head: Bool) -> Vitals {
        let youngCohort = !head && r.chance(0.19)
        let age = youngCohort ? r.int(22...34) : head ? r.int(38...63) : 35 + r.int(0...15) + r.int(0...16)
        let birthYear = today.year - age
        let birth = Day(year: birthYear, month: r.int(1...12), day: r.int(1...28)) ?? today
        let startAge = youngCohort ? r.int(21...max(21, min(age, 25))) : r.int(21...28)
        var sinceYear = birthYear + startAge
        if !youngCohort && !head && r.chance(0.03) { sinceYear = r.int(2021...2023) }  // came to school from another career
        let lastStart = today.academicYear.lowerBound.year
        sinceYear = min(sinceYear, lastStart)
        let since = Day(year: sinceYear, month: 9, day: 1) ?? today
        let service = today.wholeYears(since: since)

        let female: Bool
        switch kind {
        case .kindergarten: female = r.chance(0.97)
        case .vocational: female = r.chance(head ? 0.6 : 0.7)
        default: female = r.chance(head ? 0.75 : 0.85)
        }

        let position: Int
        if head {
            position = kind == .kindergarten ? DemoCatalogs.headPosition : DemoCatalogs.directorPosition
        } else {
            let table: [(Int, Double)]
            switch kind {
            case .kindergarten: table = DemoCatalogs.kindergartenPositions
            case .vocational: table = DemoCatalogs.collegePositions
            default: table = DemoCatalogs.schoolPositions
            }
            position = table[r.weighted(table.map(\.1))].0
        }

        var subjects = 0
        switch position {
        case DemoCatalogs.teacherPosition:
            subjects = DemoCatalogs.schoolSubjects[r.weighted(DemoCatalogs.schoolSubjects.map(\.1))].0
        case DemoCatalogs.lecturerPosition:
            subjects = DemoCatalogs.collegeSubjects[r.weighted(DemoCatalogs.collegeSubjects.map(\.1))].0
        case DemoCatalogs.deputyPosition where kind == .school && r.chance(0.5):
            subjects = DemoCatalogs.schoolSubjects[r.weighted(DemoCatalogs.schoolSubjects.map(\.1))].0
        case 15:
            subjects = 22
        default:
            subjects = 0
        }

        let category: QualificationCategory
        let c = r.unit()
        if service < 2 {
            category = .none
        } else if age < 35 {
            category = c < 0.7 ? .none : .first
        } else if head {
            category = c < 0.7 ? .highest : .first
        } else {
            category = c < 0.15 ? .none : c < 0.55 ? .first : .highest
        }
        return Vitals(female: female, birth: birth, since: since, category: category, position: position, subjects: subjects)
    }

    // MARK: - The demo cast

    /// The first school of Челябинский ГО holds the cast: its director, then
    /// `teacher`, `teacher2`, `tutor`, `mentor`, `rma`; the next teachers of
    /// the municipality are the tutor's caseload (about 23, fewer in a tiny region).
    func chooseCast() {
        let c0 = muniFirstTeacher[chel]
        let end = c0 + muniTeachers[chel]
        cast = Cast(director: c0, teacher: c0 + 1, teacher2: c0 + 2, tutor: c0 + 3, mentor: c0 + 4, rma: c0 + 5)
        let school = Int(tOrg[c0])
        for i in [cast.teacher, cast.teacher2, cast.tutor, cast.mentor, cast.rma] { tOrg[i] = Int32(school) }

        func fixed(_ i: Int, female: Bool, birth: String, since: String, category: QualificationCategory, subjects: Int) {
            setVitals(i, Vitals(female: female, birth: day(birth), since: day(since), category: category,
                            position: DemoCatalogs.teacherPosition, subjects: subjects))
        }
        fixed(cast.teacher, female: true, birth: "1999-05-14", since: "2022-09-01", category: .none, subjects: 3)
        fixed(cast.teacher2, female: false, birth: "1996-11-02", since: "2021-09-01", category: .none, subjects: 5)
        fixed(cast.tutor, female: true, birth: "1976-02-20", since: "1998-09-01", category: .highest, subjects: 2)
        fixed(cast.mentor, female: true, birth: "1968-08-30", since: "1990-09-01", category: .highest, subjects: 3)
        fixed(cast.rma, female: false, birth: "1979-04-07", since: "2001-09-01", category: .highest, subjects: 18)

        scenarios = [cast.teacher: .demoTeacher, cast.teacher2: .demoTeacher2,
                     cast.tutor: .staff, cast.mentor: .staff, cast.rma: .staff]
        let pattern: [DemoScenario] = [.draft, .draft, .draft, .awaiting, .awaiting, .awaiting, .awaiting,
                                       .overdue, .overdue, .overdue, .overdue, .stale, .stale, .stale,
                                       .noRoute, .agreed, .completed]
        var caseload: [Int] = []
        var i = c0 + 6
        while i < end && caseload.count < 23 {
            scenarios[i] = caseload.count < pattern.count ? pattern[caseload.count] : .ordinary
            caseload.append(i)
            i += 1
        }
        cast.caseload = caseload
        for scenario in [DemoScenario.untutoredDraft, .untutoredInProgress] where i < end {
            scenarios[i] = scenario
            i += 1
        }
    }

    static let castNames: [String: (String, String, String)] = [
        "teacher": ("Ёлкина", "Алёна", "Сергеевна"),
        "teacher2": ("Семёнов", "Артём", "Игоревич"),
        "tutor": ("Королёва", "Татьяна", "Владимировна"),
        "mentor": ("Васильева", "Галина", "Михайловна"),
        "rma": ("Соколов", "Андрей", "Петрович"),
        "methodist": ("Кузнецова", "Ирина", "Николаевна"),
        "coordinator": ("Морозова", "Елена", "Викторовна"),
        "admin": ("Петров", "Алексей", "Дмитриевич"),
    ]

    static func castName(_ login: String) -> DemoNames.FullName? {
        castNames[login].map { DemoNames.FullName(surname: $0.0, first: $0.1, patronymic: $0.2) }
    }

    func castLogin(_ i: Int) -> String? {
        switch i {
        case cast.teacher: return "teacher"
        case cast.teacher2: return "teacher2"
        case cast.tutor: return "tutor"
        case cast.mentor: return "mentor"
        case cast.rma: return "rma"
        default: return nil
        }
    }

    // MARK: - Tutors and mentors

    /// About one experienced teacher in 45 is a tutor; every municipality
    /// with experienced teachers has at least one. The demo tutor is kept
    /// out of the lists: their caseload is the scripted one.
    func chooseTutors() {
        muniTutors = Array(repeating: [], count: munis.count)
        allTutors = []
        for m in munis.indices {
            let range = muniFirstTeacher[m]..<(muniFirstTeacher[m] + muniTeachers[m])
            var list: [Int32] = []
            var fallback = -1
            for i in range where !isYoung(i) && !isCast(i) && scenarios[i] == nil {
                if fallback < 0 { fallback = i }
                var r = rng(.tutors, i)
                if r.chance(1.0 / 45) { list.append(Int32(i)) }
            }
            if list.isEmpty && fallback >= 0 { list.append(Int32(fallback)) }
            for t in list { tRoles[Int(t)] |= UInt8(bitTutor) }
            muniTutors[m] = list
            allTutors += list
        }
        tRoles[cast.tutor] |= UInt8(bitTutor)
    }

    /// About 72 % of young teachers get a mentor: an experienced teacher of
    /// the same school, else of the municipality. `teacher` gets `mentor`;
    /// `teacher2` has none (the «young teacher without a mentor» case).
    func chooseMentors() {
        for i in 0..<options.teachers where isYoung(i) {
            if i == cast.teacher { mentorOf[i] = Int32(cast.mentor); continue }
            if i == cast.teacher2 { continue }
            var r = rng(.mentors, i)
            guard r.chance(0.72) else { continue }
            let o = org(i)
            var mentor = -1
            for _ in 0..<6 where o.teachers > 1 {
                let j = o.firstTeacher + r.index(o.teachers)
                if j != i && !isYoung(j) && j != cast.teacher2 { mentor = j; break }
            }
            if mentor < 0 {
                let m = o.muni
                for _ in 0..<10 where muniTeachers[m] > 1 {
                    let j = muniFirstTeacher[m] + r.index(muniTeachers[m])
                    if j != i && !isYoung(j) && j != cast.teacher2 { mentor = j; break }
                }
            }
            if mentor >= 0 {
                mentorOf[i] = Int32(mentor)
                tRoles[mentor] |= UInt8(bitMentor)
            }
        }
        tRoles[cast.mentor] |= UInt8(bitMentor)
    }

    // MARK: - Role holders and ids

    func layoutStaff() {
        staff = []
        var k = 0
        func add(_ login: String?, _ orgID: Int64, _ muni: Int?, _ position: String, _ roles: Int, female: Bool) {
            var r = rng(.staff, k)
            k += 1
            let name = login.flatMap(DemoBuilder.castName) ?? DemoNames.make(&r, female: female)
            staff.append(Staff(login: login ?? "", name: name, orgID: orgID, muni: muni, position: position, roles: roles))
        }
        add("coordinator", cnppmIDs[0], nil, "координатор ЦНППМ", bitCoordinator, female: true)
        add(nil, cnppmIDs[0], nil, "методист ЦНППМ", bitCoordinator, female: true)
        add(nil, cnppmIDs[1], nil, "руководитель ЦНППМ", bitCoordinator, female: true)
        add(nil, cnppmIDs[2], nil, "руководитель ЦНППМ", bitCoordinator, female: false)
        add(nil, chippkroID, nil, "заведующий региональным информационно-методическим центром", bitCoordinator, female: true)
        add(nil, chippkroID, nil, "старший методист", bitCoordinator, female: true)
        add(nil, chiroID, nil, "руководитель центра цифровой трансформации", bitCoordinator, female: false)
        add(nil, chirpoID, nil, "старший методист", bitCoordinator, female: true)
        add(nil, ministryID, nil, "главный специалист отдела развития педагогических кадров", bitCoordinator, female: true)
        add("admin", chiroID, nil, "администратор информационной системы", bitAdmin, female: false)
        add(nil, ministryID, nil, "ведущий специалист, администратор системы", bitAdmin, female: true)
        for m in munis.indices {
            let count = muniTeachers[m] >= 60 || munis[m].isCity ? 2 : 1
            for j in 0..<count {
                let login: String? = (m == chel && j == 0) ? "methodist" : nil
                add(login, mmsOrgID[m], m, j == 0 ? "методист" : "старший методист", bitMunicipal, female: k % 5 != 0)
            }
        }
    }

    /// Staff first (ids 1...), then the teachers, then extra applicants.
    func assignIDs() {
        muniMethodists = Array(repeating: [], count: munis.count)
        coordinatorIDs = []
        for k in staff.indices {
            let id = Int64(k + 1)
            staff[k].id = id
            if staff[k].login.isEmpty { staff[k].login = "\(staff[k].name.surname.latin).\(id)" }
            if let m = staff[k].muni { muniMethodists[m].append(id) }
            if staff[k].roles & bitCoordinator != 0 { coordinatorIDs.append(id) }
        }
        teacherBaseID = Int64(staff.count + 1)
        extraBaseID = teacherBaseID + Int64(options.teachers)

        rmaPeople = []
        rmaByMuni = Array(repeating: [], count: munis.count)
        rmaByDirection = Array(repeating: [], count: 20)
        for a in applications where a.approved {
            let id: Int64, orgID: Int64
            if a.teacher >= 0 {
                id = personID(a.teacher); orgID = org(a.teacher).id
            } else {
                id = extraBaseID + Int64(a.extra); orgID = orgs[extras[a.extra].org].id
            }
            let k = rmaPeople.count
            rmaPeople.append(RMAPerson(id: id, orgID: orgID, muni: a.muni, directions: a.directions))
            rmaByMuni[a.muni].append(k)
            for d in a.directions where (1...19).contains(d) { rmaByDirection[d].append(k) }
        }
    }

    // MARK: - Rows

    /// People pass through a staging table (their full-text trigger; `DemoStagedTable`).
    func writePeople() throws {
        try out.beginStaging([.people])
        let flush = { try self.out.flushStaging([.people]) }
        try batched("Работники", count: staff.count, flush: flush) { k in
            let s = staff[k]
            let full = s.name.full
            try out.person(id: s.id, login: s.login, fullName: full, nameKey: s.name.key, organizationID: s.orgID,
                           municipalityID: s.muni.map { Int64($0 + 1) }, position: s.position, subjects: "",
                           category: QualificationCategory.none.rawValue, birthDate: nil, teachingSince: nil, roles: s.roles,
                           directions: "")
        }
        var young = 0
        try batched("Работники", count: options.teachers, flush: flush) { i in
            let id = personID(i)
            let login = castLogin(i)
            let name: DemoNames.FullName
            if let login, let fixed = DemoBuilder.castName(login) {
                name = fixed
            } else {
                var r = rng(.teacherNames, i)
                name = DemoNames.make(&r, female: isFemale(i))
            }
            let o = org(i)
            let full = name.full
            let p = position(i)
            let title = p < DemoCatalogs.positions.count ? DemoCatalogs.positions[p].title : "учитель"
            let s = subjectSet(i)
            let subjects = s < DemoCatalogs.subjectSets.count ? Codecs.list(DemoCatalogs.subjectSets[s]) : ""
            if isYoung(i) { young += 1 }
            try out.person(id: id, login: login ?? "\(name.surname.latin).\(id)", fullName: full, nameKey: name.key,
                           organizationID: o.id, municipalityID: Int64(o.muni + 1), position: title, subjects: subjects,
                           category: category(i).rawValue, birthDate: Day(ordinal: Int(tBirth[i])).iso,
                           teachingSince: iso(Day(ordinal: Int(tSince[i]))),
                           roles: Int(tRoles[i]), directions: rmaDirections[i].map { Codecs.ints($0) } ?? "")
        }
        summary.youngTeachers = young
        try batched("Работники", count: extras.count, flush: flush) { k in
            let e = extras[k]
            let id = extraBaseID + Int64(k)
            var r = rng(.applicants, k)
            let female = r.chance(0.85)
            let name = DemoNames.make(&r, female: female)
            let birth = Day(year: today.year - r.int(36...60), month: r.int(1...12), day: r.int(1...28)) ?? today
            let since = Day(year: birth.year + r.int(21...26), month: 9, day: 1) ?? today
            let subjects = DemoCatalogs.schoolSubjects[r.weighted(DemoCatalogs.schoolSubjects.map(\.1))].0
            let roles = bitTeacher | (e.approved ? bitRegional : 0)
            let full = name.full
            try out.person(id: id, login: "\(name.surname.latin).\(id)", fullName: full, nameKey: name.key,
                           organizationID: orgs[e.org].id, municipalityID: Int64(e.muni + 1), position: "учитель",
                           subjects: Codecs.list(DemoCatalogs.subjectSets[subjects]),
                           category: (r.chance(0.6) ? QualificationCategory.highest : .first).rawValue,
                           birthDate: birth.iso, teachingSince: since.iso, roles: roles,
                           directions: e.approved ? Codecs.ints(e.directions) : "")
        }
        try out.endStaging([.people])
    }

    // MARK: - Logins

    func logins() -> [DemoLogin] {
        func name(_ login: String) -> String { DemoBuilder.castName(login)?.full ?? login }
        return [
            DemoLogin(role: .teacher, login: "teacher", fullName: name("teacher"),
                      note: "молодой педагог: маршрут реализуется, шаги во всех статусах (один просрочен, один ждёт подтверждения тьютора), открытые дефициты, наставник и тьютор"),
            DemoLogin(role: .teacher, login: "teacher2", fullName: name("teacher2"),
                      note: "молодой педагог с открытыми дефицитами, маршрута ещё нет, наставника нет; попросите помощи"),
            DemoLogin(role: .tutor, login: "tutor", fullName: name("tutor"),
                      note: "тьютор: около 25 сопровождаемых — черновики на согласование, шаги ждут подтверждения, просрочки, давно не было контакта, дефициты без маршрута"),
            DemoLogin(role: .mentor, login: "mentor", fullName: name("mentor"),
                      note: "наставник молодого педагога teacher (пара «учитель – учитель»)"),
            DemoLogin(role: .municipalMethodist, login: "methodist", fullName: name("methodist"),
                      note: "методист ММС Челябинского ГО: новые запросы на разбор, просроченные назначенные запросы"),
            DemoLogin(role: .regionalMethodist, login: "rma", fullName: name("rma"),
                      note: "региональный методист РМА, направления 1 и 6: дорожная карта, назначенные запросы, сопровождаемые маршруты"),
            DemoLogin(role: .coordinator, login: "coordinator", fullName: name("coordinator"),
                      note: "координатор ЦНППМ: вся область — дорожная карта, отбор в РМА (629 / 458 / 171), показатели по муниципалитетам"),
            DemoLogin(role: .administrator, login: "admin", fullName: name("admin"),
                      note: "администратор: учётные записи и роли, каталоги, журнал изменений"),
        ]
    }
}
