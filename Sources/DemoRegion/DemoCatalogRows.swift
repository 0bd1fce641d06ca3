import Domain
import Storage

/// The catalogs' rows: programmes with their competences, internship sites on
/// the internship-site organizations, best practices in every status, the
/// events of 2023/24 and the roadmap. Routes draw on what is kept here.
extension DemoBuilder {
    func writeProgrammesAndSites() throws {
        let count = DemoCatalogs.competences.count
        programmesByCompetence = Array(repeating: [], count: count)
        sitesByCompetence = Array(repeating: [], count: count)
        try single("Каталоги", units: 0) {
            for (k, p) in DemoCatalogs.programmes.enumerated() {
                let id = Int64(k + 1)
                try out.programme(id: id, title: p.title, provider: p.provider, kind: p.kind.rawValue,
                                  hours: max(p.hours, p.kind.minimumHours), format: p.format.rawValue,
                                  inRegistry: p.registry, retired: p.retired)
                for code in p.competences {
                    guard let c = DemoCatalogs.competence(code) else { continue }
                    try out.programmeCompetence(programmeID: id, competenceID: Int64(c + 1))
                    if !p.retired {
                        programmesByCompetence[c].append(ProgrammeRef(id: id, title: p.title, hours: p.hours,
                                                                      registry: p.registry, retraining: p.kind == .retraining))
                    }
                }
            }
        }
        let hosts = orgs.indices.filter { orgs[$0].flags.contains(.internshipSite) }
        // The demo teacher's internship needs a school site on formative assessment.
        let firstSchool = hosts.firstIndex { orgs[$0].kind == .school }
        var nextSite: Int64 = 1
        try batched("Каталоги", count: hosts.count) { h in
            let o = orgs[hosts[h]]
            var r = rng(.catalogs, h)
            let host: OrganizationKind = o.kind == .kindergarten ? .kindergarten : o.kind == .vocational ? .vocational : .school
            let topics = DemoCatalogs.siteTopics.filter { $0.host == host }
            var chosen = r.sample(topics, r.chance(0.25) ? 2 : 1)
            if h == firstSchool, let formative = topics.first, !chosen.contains(where: { $0.topic == formative.topic }) {
                chosen.insert(formative, at: 0)
            }
            for t in chosen {
                let id = nextSite
                nextSite += 1
                let retired = r.chance(0.03)
                try out.site(id: id, organizationID: o.id, topic: t.topic, capacity: r.int(2...8) * 5, retired: retired)
                for code in t.competences {
                    guard let c = DemoCatalogs.competence(code) else { continue }
                    try out.siteCompetence(siteID: id, competenceID: Int64(c + 1))
                    if !retired { sitesByCompetence[c].append(SiteRef(id: id, topic: t.topic, host: host)) }
                }
            }
        }
    }

    /// A random experienced teacher (not of the demo cast or caseload), or nil.
    func someExperiencedTeacher(_ r: inout DemoRandom) -> Int? {
        for _ in 0..<20 {
            let i = r.index(options.teachers)
            if !isYoung(i) && !isCast(i) && scenarios[i] == nil { return i }
        }
        return nil
    }

    func writePractices(count: Int) throws {
        practicesByCompetence = Array(repeating: [], count: DemoCatalogs.competences.count)
        let titles = DemoCatalogs.practiceTitles
        let templates = titles.reduce(0) { $0 + $1.count }
        let statuses: [PracticeStatus] = [.submitted, .review, .included, .rejected]
        try batched("Каталоги", count: count) { p in
            var r = rng(.practices, p)
            let direction: Int
            let template: String
            if p < templates {
                // The first ones go through every title of every direction.
                var k = p, d = 0
                while d < titles.count && k >= titles[d].count { k -= titles[d].count; d += 1 }
                direction = min(d, titles.count - 1) + 1
                template = titles[direction - 1][min(k, titles[direction - 1].count - 1)]
            } else {
                direction = r.int(1...19)
                template = r.pick(titles[direction - 1]) ?? "Практика"
            }
            let status = p < statuses.count ? statuses[p] : statuses[r.weighted([0.2, 0.2, 0.45, 0.15])]
            var author: Int64? = nil
            var orgID: Int64? = nil
            let byDirection = rmaByDirection[direction]
            if r.chance(0.55), let k = r.pick(byDirection) {
                author = rmaPeople[k].id; orgID = rmaPeople[k].orgID
            } else if let t = someExperiencedTeacher(&r) {
                author = personID(t); orgID = org(t).id
            }
            var title = template
            if p >= templates, let t = orgID.flatMap(orgName) { title += " (опыт \(t))" }
            let id = Int64(p + 1)
            try out.practice(id: id, title: title, authorID: author, organizationID: orgID, direction: direction,
                             status: status.rawValue)
            var comps = DemoCatalogs.competences.indices.filter { DemoCatalogs.competences[$0].direction == direction }
            if comps.isEmpty { comps = [r.index(DemoCatalogs.competences.count)] }
            for c in r.sample(comps, r.chance(0.4) ? 2 : 1).sorted() {
                try out.practiceCompetence(practiceID: id, competenceID: Int64(c + 1))
                if status == .included { practicesByCompetence[c].append(PracticeRef(id: id, title: title)) }
            }
        }
    }

    /// The name of an institutional organization by id.
    func orgName(_ id: Int64) -> String? {
        guard let first = orgs.first?.id else { return nil }
        let k = Int(id - first)
        return k >= 0 && k < orgs.count ? orgs[k].name : nil
    }

    func writeEvents() throws {
        events = []
        try batched("Каталоги", count: DemoCatalogs.events.count) { k in
            let e = DemoCatalogs.events[k]
            var r = rng(.events, k)
            var organizer: Int64? = r.pick(coordinatorIDs)
            if let d = e.direction, r.chance(0.7), let m = r.pick(rmaByDirection[d]) { organizer = rmaPeople[m].id }
            let id = Int64(k + 1)
            let date = day(e.date)
            try out.event(id: id, title: e.title, kind: e.kind.rawValue, date: date.iso, direction: e.direction,
                          organizerID: organizer)
            events.append(EventRef(id: id, title: e.title, kind: e.kind, day: date, direction: e.direction))
        }
    }

    func writeRoadmap() throws {
        try batched("Дорожная карта", count: DemoRoadmap.items.count) { k in
            let item = DemoRoadmap.items[k]
            let t = DemoRoadmap.columns(item.timing)
            try out.roadmapItem(id: Int64(k + 1), direction: item.direction, title: item.title,
                                participants: Codecs.ints(item.participants.map(\.rawValue)), participantsNote: item.note,
                                executors: Codecs.ints(item.executors.map(\.rawValue)),
                                coExecutors: Codecs.ints(item.coExecutors.map(\.rawValue)),
                                timingKind: t.kind, timingYear: t.year, timingQuarter: t.quarter, timingMonths: t.months,
                                expectedResult: item.expected, status: item.status.rawValue)
        }
    }
}
