import Domain
import Storage

/// Municipalities, the regional and municipal organizations, and the schools,
/// kindergartens and colleges: about one per 25 teachers, at least two per
/// municipality, with ШНОР (~8 % of schools), internship sites (~5 %) and
/// «Школа Минпросвещения России» participants (~15 % of schools).
extension DemoBuilder {
    /// Splits the teachers among municipalities by weight (largest remainder);
    /// Челябинский ГО gets at least 30 so the demo cast fits.
    func layoutTeachers() {
        let n = options.teachers
        var counts = DemoBuilder.allocate(n, weights: munis.map(\.weight))
        let need = min(n, 30)
        while counts[chel] < need {
            var donor = -1
            for m in counts.indices where m != chel && (donor < 0 || counts[m] > counts[donor]) { donor = m }
            guard donor >= 0, counts[donor] > 0 else { break }
            counts[donor] -= 1
            counts[chel] += 1
        }
        muniTeachers = counts
        muniFirstTeacher = []
        var first = 0
        for c in counts { muniFirstTeacher.append(first); first += c }
    }

    /// `total` split by `weights`: floors, then the largest remainders (ties to the lower index).
    static func allocate(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(total) * $0 / sum }
        var counts = exact.map { Int($0.rounded(.down)) }
        var left = total - counts.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - Double(counts[a]), rb = exact[b] - Double(counts[b])
            return ra != rb ? ra > rb : a < b
        }
        var k = 0
        while left > 0 && !order.isEmpty {
            counts[order[k % order.count]] += 1
            left -= 1
            k += 1
        }
        return counts
    }

    func layoutOrganizations() {
        // Regional organizations first (ids 1...), then one ММС per municipality.
        regionalOrgs = [
            (1, "Министерство образования и науки Челябинской области", .ministry, nil),
            (2, "ГБУ ДПО ЧИППКРО", .institute, nil),
            (3, "ГБУ ДПО «ЧИРО»", .institute, nil),
            (4, "ГБУ ДПО ЧИРПО", .institute, nil),
            (5, "ЦНППМ ГБУ ДПО ЧИППКРО, г. Челябинск", .cnppm, nil),
            (6, "ЦНППМ, г. Магнитогорск", .cnppm, nil),
            (7, "ЦНППМ, г. Миасс", .cnppm, nil),
            (8, "Региональное учебно-методическое объединение в системе общего образования Челябинской области", .rumo, nil),
            (9, "ФГБОУ ВО «Южно-Уральский государственный гуманитарно-педагогический университет»", .college, chel),
            (10, "Клуб победителей конкурса «Учитель года» Челябинской области", .association, nil),
        ]
        ministryID = 1; chippkroID = 2; chiroID = 3; chirpoID = 4
        cnppmIDs = [5, 6, 7]
        var nextID = Int64(regionalOrgs.count + 1)
        mmsOrgID = munis.indices.map { m in Int64(regionalOrgs.count + 1 + m) }
        nextID += Int64(munis.count)

        orgs = []
        muniOrgs = []
        for m in munis.indices {
            let mu = munis[m]
            let n = muniTeachers[m]
            var rng = rng(.organizations, m)
            var count = max(2, Int((Double(n) / 25).rounded()))
            if m == chel { count = max(count, 4) }
            let colleges = n >= 250 ? max(1, count * 3 / 100) : (m == chel ? 1 : 0)
            var kindergartens = max(1, Int((Double(count) * 0.25).rounded()))
            if count - colleges - kindergartens < 1 { kindergartens = max(0, count - colleges - 1) }
            let schools = count - colleges - kindergartens
            var kinds: [OrganizationKind] = Array(repeating: .school, count: max(0, schools - 1))
                + Array(repeating: .kindergarten, count: kindergartens)
                + Array(repeating: .vocational, count: colleges)
            rng.shuffle(&kinds)
            kinds.insert(.school, at: 0)

            var weights: [Double] = []
            var names = DemoOrgNamer(municipality: mu)
            let start = orgs.count
            for (k, kind) in kinds.enumerated() {
                var flags: OrganizationFlags = []
                var w: Double
                switch kind {
                case .kindergarten:
                    w = 0.4 + rng.unit() * 0.4
                    if rng.chance(0.05) { flags.insert(.internshipSite) }
                case .vocational:
                    w = 1.2 + rng.unit()
                    if rng.chance(0.08) { flags.insert(.internshipSite) }
                default:
                    w = 0.7 + rng.unit() * 0.9
                    if rng.chance(0.08) { flags.insert(.lowResults) }
                    if rng.chance(0.15) { flags.insert(.ministrySchool) }
                    if rng.chance(0.05) { flags.insert(.internshipSite) }
                }
                if m == chel && k == 0 {
                    // The demo school: big, a «Школа Минпросвещения России» participant.
                    w *= 3
                    flags = [.ministrySchool]
                }
                weights.append(w)
                let name = names.next(kind, &rng)
                orgs.append(Org(id: nextID, muni: m, kind: kind, flags: flags, name: name, firstTeacher: 0, teachers: 0))
                nextID += 1
            }
            var sizes = DemoBuilder.allocate(n, weights: weights)
            if m == chel {
                // The demo cast sits in the first school.
                let want = min(n, 8)
                while sizes[0] < want {
                    guard let donor = sizes.indices.dropFirst().max(by: { sizes[$0] < sizes[$1] }), sizes[donor] > 0 else { break }
                    sizes[donor] -= 1
                    sizes[0] += 1
                }
            }
            var first = muniFirstTeacher[m]
            for (k, size) in sizes.enumerated() {
                orgs[start + k].firstTeacher = first
                orgs[start + k].teachers = size
                first += size
            }
            muniOrgs.append(start..<orgs.count)
        }

        // Enough internship sites for the catalog, even in a small region.
        let minimumSites = 8
        var sites = orgs.filter { $0.flags.contains(.internshipSite) }.count
        if sites < minimumSites {
            let step = max(1, orgs.count / minimumSites)
            var k = step / 2
            while sites < minimumSites && k < orgs.count {
                if !orgs[k].flags.contains(.internshipSite) && orgs[k].teachers > 0 {
                    orgs[k].flags.insert(.internshipSite)
                    sites += 1
                }
                k += step
            }
        }
    }

    func writeRegion() throws {
        try single("Муниципалитеты и организации", units: 3) {
            try out.setMeta("region", "Челябинская область")
            try out.setMeta("demo_today", today.iso)
            // What the file is, as data: an unknown login is pointed at these logins (`RegionOrigin`).
            try out.setMeta("origin", "demo")
            try out.setMeta("demo_logins", logins().map(\.login).joined(separator: ","))
            try out.setMeta("demo_seed", String(seed))
            try out.setMeta("demo_teachers", String(options.teachers))
            for (m, mu) in munis.enumerated() {
                try out.municipality(id: Int64(m + 1), name: mu.name, kind: mu.kind.rawValue)
            }
            for (k, c) in DemoCatalogs.competences.enumerated() {
                try out.competence(id: Int64(k + 1), code: c.code, name: c.name, area: c.area.rawValue, direction: c.direction)
            }
            for r in regionalOrgs {
                try out.organization(id: r.id, name: r.name, kind: r.kind.rawValue, municipalityID: r.muni.map { Int64($0 + 1) }, flags: 0)
            }
            for (m, mu) in munis.enumerated() {
                try out.organization(id: mmsOrgID[m], name: "Муниципальная методическая служба \(mu.locality)",
                                     kind: OrganizationKind.methodicalService.rawValue, municipalityID: Int64(m + 1), flags: 0)
            }
        }
        try batched("Муниципалитеты и организации", count: orgs.count) { k in
            let o = orgs[k]
            try out.organization(id: o.id, name: o.name, kind: o.kind.rawValue, municipalityID: Int64(o.muni + 1),
                                 flags: o.flags.rawValue)
        }
    }
}

/// Names of a municipality's schools, kindergartens and colleges:
/// «МАОУ «СОШ № 12» г. Миасса», «МБДОУ «Детский сад № 5» г. Копейска»,
/// «ГБПОУ «Копейский политехнический колледж»».
struct DemoOrgNamer {
    let municipality: DemoMunicipality
    var schoolNumber = 0
    var kindergartenNumber = 0
    var colleges = 0

    init(municipality: DemoMunicipality) { self.municipality = municipality }

    static let collegeKinds = [
        "политехнический колледж", "многопрофильный колледж", "педагогический колледж", "аграрный техникум",
        "индустриально-гуманитарный техникум", "медицинский колледж", "колледж сервиса и технологий",
        "энергетический колледж", "строительный техникум",
    ]

    mutating func next(_ kind: OrganizationKind, _ rng: inout DemoRandom) -> String {
        let place = municipality.locality
        switch kind {
        case .kindergarten:
            kindergartenNumber += rng.int(1...3)
            let prefix = ["МБДОУ", "МАДОУ", "МКДОУ", "МДОУ"][municipality.isCity ? rng.index(2) : 2 + rng.index(2)]
            return "\(prefix) «Детский сад № \(kindergartenNumber)» \(place)"
        case .vocational:
            let kinds = DemoOrgNamer.collegeKinds
            let k = colleges % kinds.count, round = colleges / kinds.count
            colleges += 1
            let suffix = round == 0 ? "" : " № \(round + 1)"
            return "ГБПОУ «\(municipality.adjective) \(kinds[k])\(suffix)»"
        default:
            schoolNumber += rng.int(1...3)
            let city = municipality.isCity
            let prefix = city ? ["МАОУ", "МБОУ", "МБОУ", "МОУ"][rng.index(4)] : ["МКОУ", "МКОУ", "МОУ", "МБОУ"][rng.index(4)]
            let r = rng.unit()
            let type: String
            if city {
                type = r < 0.74 ? "СОШ" : r < 0.82 ? "Лицей" : r < 0.9 ? "Гимназия" : r < 0.95 ? "ООШ" : "Центр образования"
            } else {
                type = r < 0.7 ? "СОШ" : r < 0.92 ? "ООШ" : r < 0.96 ? "НОШ" : r < 0.98 ? "Лицей" : "Гимназия"
            }
            return "\(prefix) «\(type) № \(schoolNumber)» \(place)"
        }
    }
}
