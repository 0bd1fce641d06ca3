import Domain
import Storage

/// Requests for targeted methodical help, about one per ten teachers (at
/// least 60), in every status: new ones are recent and unassigned; older ones
/// were triaged by the municipality's methodist, assigned with a due date
/// (some overdue), taken into work, resolved (some late) or declined with a
/// reason. Each change is a `history` row in the Domain's vocabulary
/// (`HelpRequest.recordedFields`): `status` (raw values), `direction`,
/// `competence` and `assignee` (ids), `priority` (its name), `due` (ISO
/// date), `declineReason`; the actor is the author, the methodist or the assignee.
///
/// Scripted ones: eight new requests in Челябинский ГО (one from `teacher2`,
/// one from a school), four assigned to `rma` (directions 1 and 6), and
/// №13, `teacher`'s, assigned to the demo tutor and not yet taken into work
/// (made six days ago, so its due date is still ahead): she works it to the
/// end — take, help, resolve — and the author reads the answer.
extension DemoBuilder {
    static let requestDirections: [Int: [(Int, Double)]] = [
        DemoCatalogs.Profile.school.rawValue: [(1, 20), (3, 14), (6, 8), (7, 12), (4, 3), (8, 5), (9, 5), (11, 8), (12, 4),
                                               (13, 6), (14, 6), (15, 3), (18, 4), (17, 2)],
        DemoCatalogs.Profile.schoolManager.rawValue: [(16, 20), (10, 15), (17, 10), (13, 10), (15, 10), (18, 10), (6, 10), (14, 5)],
        DemoCatalogs.Profile.kindergarten.rawValue: [(2, 60), (7, 15), (18, 10), (14, 10), (12, 5)],
        DemoCatalogs.Profile.kindergartenManager.rawValue: [(2, 40), (16, 20), (18, 20), (17, 20)],
        DemoCatalogs.Profile.college.rawValue: [(5, 50), (8, 10), (11, 10), (7, 10), (14, 10), (12, 10)],
        DemoCatalogs.Profile.collegeManager.rawValue: [(19, 50), (5, 30), (16, 20)],
    ]
    static let schoolRequestDirections: [(Int, Double)] = [(6, 20), (10, 20), (16, 20), (17, 15), (13, 15), (3, 10)]

    func writeRequests(count: Int) throws {
        let chelStart = muniFirstTeacher[chel]
        let chelCount = muniTeachers[chel]
        let shnor = muniOrgs[chel].first { orgs[$0].flags.contains(.lowResults) } ?? muniOrgs[chel].lowerBound
        // Staged (full-text trigger), the history too: its rows refer to requests still in the stage.
        let staging: [DemoStagedTable] = [.requests, .requestHistory]
        try out.beginStaging(staging)
        defer { try? out.endStaging(staging) }
        try batched("Запросы", count: count, weight: 2, flush: { try self.out.flushStaging(staging) }) { k in
            var r = rng(.requests, k)
            var author = r.index(options.teachers)
            var bySchool = r.chance(0.15)
            var created = requestsStart.adding(days: r.int(0...max(0, today.days(since: requestsStart))))
            var forcedStatus: RequestStatus? = nil
            var forcedDirection: Int? = nil
            var forcedAssignee: Int64? = nil
            var forcedText: String? = nil
            var schoolOrg: Int? = nil
            switch k {
            case 0..<8:
                // New requests for the methodist of Челябинский ГО.
                bySchool = k == 1
                author = k == 0 ? cast.teacher2 : chelStart + r.index(chelCount)
                for _ in 0..<10 where isCast(author) && k != 0 { author = chelStart + r.index(chelCount) }
                if k == 1 { schoolOrg = shnor; forcedText = DemoTexts.asSchool(DemoTexts.requests[5][1]) }
                if k == 0 { forcedText = DemoTexts.requests[13][0] }
                created = today.adding(days: -r.int(0...6))
                forcedStatus = .new
            case 8..<12:
                bySchool = false
                forcedDirection = k % 2 == 0 ? 1 : 6
                forcedAssignee = personID(cast.rma)
                forcedStatus = k < 10 ? .assigned : .inProgress
                created = today.adding(days: -r.int(8...40))
            case 12:
                bySchool = false
                author = cast.teacher
                forcedDirection = 3
                forcedText = "Прошу помочь с разработкой рабочей программы по функциональной грамотности для 7 классов"
                forcedAssignee = demoTutorID
                forcedStatus = .assigned
                created = today.adding(days: -6)
            default:
                break
            }
            if bySchool && isCast(author) { author = (author + 7) % options.teachers }
            try writeRequest(id: Int64(k + 1), author: author, bySchool: bySchool, schoolOrg: schoolOrg, created: created,
                             status: forcedStatus, direction: forcedDirection, assignee: forcedAssignee, text: forcedText, &r)
        }
        summary.requests = count
    }

    func writeRequest(id: Int64, author a: Int, bySchool: Bool, schoolOrg: Int?, created: Day, status forced: RequestStatus?,
                      direction forcedDirection: Int?, assignee forcedAssignee: Int64?, text forcedText: String?,
                      _ r: inout DemoRandom) throws {
        let o = schoolOrg.map { orgs[$0] } ?? org(a)
        let m = o.muni
        let urgent = (!bySchool && isYoung(a)) || o.flags.contains(.lowResults)
        let prof = profile(a)
        let weights = bySchool ? DemoBuilder.schoolRequestDirections
            : DemoBuilder.requestDirections[prof.rawValue] ?? DemoBuilder.schoolRequestDirections
        let direction = forcedDirection ?? weights[r.weighted(weights.map(\.1))].0
        let text = forcedText ?? requestText(direction: direction, author: a, bySchool: bySchool, &r)

        let age = today.days(since: created)
        let status: RequestStatus
        if let forced {
            status = forced
        } else {
            let u = r.unit()
            if age <= 14 {
                status = u < 0.6 ? .new : u < 0.8 ? .triaged : .assigned
            } else if age <= 45 {
                status = u < 0.1 ? .triaged : u < 0.4 ? .assigned : u < 0.78 ? .inProgress : u < 0.94 ? .resolved : .declined
            } else {
                status = u < 0.06 ? .assigned : u < 0.16 ? .inProgress : u < 0.9 ? .resolved : .declined
            }
        }

        // Timeline.
        func capped(_ d: Day) -> Day { min(d, today) }
        let triaged = capped(created.adding(days: r.int(0...3)))
        let assigned = capped(triaged.adding(days: r.int(0...2)))
        let due = assigned.adding(days: r.int(10...30))
        let started = capped(assigned.adding(days: r.int(1...5)))
        let resolved = capped(started.adding(days: r.int(2...35)))
        let declined = capped(triaged.adding(days: r.int(0...3)))

        let methodist = muniMethodists[m].isEmpty ? nil : muniMethodists[m][r.chance(0.7) ? 0 : r.index(muniMethodists[m].count)]
        var assignee: Int64? = nil
        if status == .assigned || status == .inProgress || status == .resolved {
            assignee = forcedAssignee ?? chooseAssignee(muni: m, direction: direction, methodist: methodist, author: a, &r)
        }
        let priority: Int = status == .new ? RequestPriority.normal.rawValue
            : urgent ? (r.chance(0.4) ? RequestPriority.urgent.rawValue : RequestPriority.high.rawValue)
            : [0, 1, 1, 1, 2][r.index(5)]
        let triagedOn = status != .new
        let competence: Int64? = triagedOn ? requestCompetence(direction: direction, profile: prof, &r) : nil
        let authorID: Int64? = bySchool ? nil : personID(a)
        let declineReason = status == .declined ? DemoTexts.declineReasons[r.index(DemoTexts.declineReasons.count)] : ""

        try out.request(
            id: id, text: text, authorID: authorID, organizationID: o.id, municipalityID: Int64(m + 1), competenceID: competence,
            direction: triagedOn ? direction : nil, priority: priority, urgent: urgent, status: status.rawValue,
            assigneeID: assignee, due: (status == .assigned || status == .inProgress || status == .resolved) ? iso(due) : nil,
            createdOn: iso(created), resolvedOn: status == .resolved ? iso(resolved) : nil,
            declineReason: declineReason)

        // History.
        var at = moment(created, hour: r.int(8...12), minute: r.int(0...59))
        func log(_ actor: Int64?, _ field: String, _ before: String, _ after: String) throws {
            try out.requestHistory(id: nextHistory, requestID: id, actorID: actor, at: at, field: field, before: before, after: after)
            nextHistory += 1
        }
        func advance(to d: Day) {
            at = max(at + Int64(r.int(5...90) * 60), moment(d, hour: r.int(9...17), minute: r.int(0...59)))
        }
        try log(authorID, "status", "", RequestStatus.new.rawValue)
        guard status != .new else { return }
        advance(to: triaged)
        // Field order and values as the one versioned write records them.
        try log(methodist, "direction", "", String(direction))
        if let competence { try log(methodist, "competence", "", String(competence)) }
        if priority != RequestPriority.normal.rawValue { try log(methodist, "priority", RequestPriority.normal.historyName, RequestPriority(rawValue: priority)?.historyName ?? "") }
        try log(methodist, "status", RequestStatus.new.rawValue, RequestStatus.triaged.rawValue)
        if status == .triaged { return }
        if status == .declined {
            advance(to: declined)
            try log(methodist, "status", RequestStatus.triaged.rawValue, RequestStatus.declined.rawValue)
            try log(methodist, "declineReason", "", declineReason)
            return
        }
        advance(to: assigned)
        try log(methodist, "status", RequestStatus.triaged.rawValue, RequestStatus.assigned.rawValue)
        try log(methodist, "assignee", "", assignee.map { String($0) } ?? "")
        try log(methodist, "due", "", iso(due))
        if status == .assigned { return }
        advance(to: started)
        try log(assignee, "status", RequestStatus.assigned.rawValue, RequestStatus.inProgress.rawValue)
        if status == .inProgress { return }
        advance(to: resolved)
        try log(assignee, "status", RequestStatus.inProgress.rawValue, RequestStatus.resolved.rawValue)
    }

    func chooseAssignee(muni m: Int, direction: Int, methodist: Int64?, author: Int, _ r: inout DemoRandom) -> Int64? {
        let u = r.unit()
        if u < 0.35, let t = r.pick(muniTutors[m]), Int(t) != author { return personID(Int(t)) }
        if u < 0.6, let k = r.pick(rmaByDirection[direction]), rmaPeople[k].id != personID(author) { return rmaPeople[k].id }
        return methodist ?? r.pick(coordinatorIDs)
    }

    /// A competence of the direction that fits the author, if any.
    func requestCompetence(direction: Int, profile: DemoCatalogs.Profile, _ r: inout DemoRandom) -> Int64? {
        let all = DemoCatalogs.competences.indices.filter { DemoCatalogs.competences[$0].direction == direction }
        let fitting = all.filter { !DemoCatalogs.competences[$0].profiles.isDisjoint(with: profile) }
        return r.pick(fitting.isEmpty ? all : fitting).map { Int64($0 + 1) }
    }

    func requestText(direction: Int, author a: Int, bySchool: Bool, _ r: inout DemoRandom) -> String {
        let d = min(max(direction, 1), DemoTexts.requests.count) - 1
        let set = subjectSet(a)
        let subjects = set < DemoCatalogs.subjectSets.count ? DemoCatalogs.subjectSets[set] : []
        let templates = bySchool || subjects.isEmpty ? DemoTexts.requestsWithoutSubject[d] : DemoTexts.requests[d]
        let template = r.pick(templates.isEmpty ? DemoTexts.requests[d] : templates) ?? "Прошу методическую помощь"
        let subject = set == 1 ? ["Математика", "Русский язык", "Литературное чтение", "Окружающий мир"][r.index(4)]
            : subjects.first ?? "Математика"
        let grades = set == 1 ? DemoTexts.primaryGrades : DemoTexts.grades
        let text = DemoTexts.fill(template, subject: subject, grade: grades[r.index(grades.count)])
        return bySchool ? DemoTexts.asSchool(text) : text
    }
}
