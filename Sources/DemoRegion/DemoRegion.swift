import Domain
import Storage
import Foundation

/// The demo region: Chelyabinsk region with its 43 municipalities, schools,
/// teachers, diagnostics, routes, tutors, mentors, requests, the РМА selection
/// of the seed (629 / 458 / 171) and the 2023–2024 roadmap.
///
/// - Deterministic: the same options give the same rows (ids included) on
///   every run and machine; only the one audit row differs (its time).
/// - Streams: per teacher it keeps a few compact numbers (organization,
///   dates, flags, roles), never a struct with strings, so a million
///   teachers take about 280 MB (most of it SQLite's page cache); every row
///   is written through Storage's bulk writer (`DemoRowWriter`: one typed
///   function a kind of row, bound to a cached prepared statement) in
///   transactions of about 20,000 rows; people and requests pass through a
///   staging table because of their full-text triggers; the connection is
///   tuned for the load and put back (`DemoRegionSink.beginDemoLoad`). No audit rows but one summary row (action `demo`).
/// - On an error the rows of the transactions already committed stay: build
///   into a new file and delete it if the build fails.
///
/// Small regions (`teachers` from 50 to a few thousand): Челябинский ГО gets
/// at least 30 teachers so every demo login has its scenario, and some other
/// municipalities get none. The РМА selection stays exactly 629 / 458 / 171,
/// one application per person, with applicants from the 36 municipalities:
/// it takes at most two thirds of the experienced teachers of a
/// municipality and generates the rest of its applicants as extra people
/// (teachers of its schools, counted in `DemoSummary.teachers` and
/// `people`). At 50 teachers that is about 600 extra people; from 3,000
/// teachers up none.
public enum DemoRegion {
    /// Fills an empty store. Refuses (`StoreError.invalid`) when the store
    /// already has people or municipalities, or when fewer than 50 teachers
    /// are asked for.
    /// - Parameter progress: called after each committed batch with units
    ///   done, units in all and the stage's name (Russian).
    public static func build(into store: any DemoRegionSink, options: DemoOptions,
                             progress: (_ done: Int, _ total: Int, _ stage: String) -> Void) throws -> DemoSummary {
        guard options.teachers >= DemoOptions.minimumTeachers else {
            throw StoreError.invalid(Phrase("Для демо-региона нужно не меньше \(DemoOptions.minimumTeachers) педагогов (указано \(options.teachers))",
                                            "The demo region needs at least \(DemoOptions.minimumTeachers) teachers (\(options.teachers) given)"))
        }
        guard options.teachers <= 5_000_000 else {
            throw StoreError.invalid(Phrase("Слишком много педагогов для демо-региона: \(options.teachers) (не больше 5 000 000)",
                                            "Too many teachers for the demo region: \(options.teachers) (at most 5,000,000)"))
        }
        guard try store.isEmptyForDemo() else {
            throw StoreError.invalid(Phrase("В базе уже есть данные: демо-регион строится только в пустой базе. Укажите новый файл.",
                                            "The database already has data: the demo region is built only into an empty database. Give a new file."))
        }
        let started = Date()
        let writer = try store.beginDemoLoad()
        defer { writer.end() }
        var summary = try withoutActuallyEscaping(progress) { callback in
            try DemoBuilder(writer: writer, options: options, progress: callback).run()
        }
        summary.seconds = Date().timeIntervalSince(started)
        let today = options.today
        store.today = { today }
        // The audit row, and the inbox's stored order for the demo's day, so the first open does not do it.
        try store.finishDemo(auditText: summary.auditText)
        return summary
    }
}

/// Who the generator draws a teacher's learning data for.
enum DemoScenario: Equatable {
    /// `teacher`: route in progress, steps in every status, deficits, mentor, tutor.
    case demoTeacher
    /// `teacher2`: open deficits, no route, in the tutor's caseload, never contacted.
    case demoTeacher2
    /// The demo tutor, mentor and regional methodist: no learning data of their own.
    case staff
    // The demo tutor's caseload:
    case draft, awaiting, overdue, stale, noRoute, agreed, completed, ordinary
    /// Colleagues of the demo school whose route has no tutor yet: the
    /// methodist's worklist «Маршруты без тьютора» has someone to assign.
    case untutoredDraft, untutoredInProgress
}

/// The state of one build. Everything per teacher is a compact array indexed
/// by the teacher's number (0..<teachers); person id = `teacherBaseID + number`.
final class DemoBuilder {
    /// Storage's bulk writer: every row goes through it.
    let out: any DemoRowWriter
    let options: DemoOptions
    let seed: UInt64
    let today: Day
    let progressCallback: (Int, Int, String) -> Void
    var summary = DemoSummary()

    static let rowsPerTransaction = 20_000
    var unitsDone = 0
    var unitsTotal = 1

    // Role bits, as Codecs writes them.
    let bitTeacher = Codecs.bit(.teacher)
    let bitTutor = Codecs.bit(.tutor)
    let bitMunicipal = Codecs.bit(.municipalMethodist)
    let bitRegional = Codecs.bit(.regionalMethodist)
    let bitCoordinator = Codecs.bit(.coordinator)
    let bitMentor = Codecs.bit(.mentor)
    let bitAdmin = Codecs.bit(.administrator)

    let munis = DemoMunicipalities.all
    let chel = DemoMunicipalities.chelyabinsk
    var muniTeachers: [Int] = []
    var muniFirstTeacher: [Int] = []

    // Organizations.
    struct Org {
        var id: Int64
        var muni: Int
        var kind: OrganizationKind
        var flags: OrganizationFlags
        var name: String
        var firstTeacher: Int
        var teachers: Int
    }
    var orgs: [Org] = []
    var muniOrgs: [Range<Int>] = []
    var mmsOrgID: [Int64] = []
    var regionalOrgs: [(id: Int64, name: String, kind: OrganizationKind, muni: Int?)] = []
    var ministryID: Int64 = 1, chippkroID: Int64 = 2, chiroID: Int64 = 3, chirpoID: Int64 = 4
    var cnppmIDs: [Int64] = []

    // Teachers, compact.
    var tOrg: [Int32] = []
    var tBirth: [Int32] = []
    var tSince: [Int32] = []
    /// bit 0 female, bit 1 young, bits 2–3 category, bits 4–8 position, bits 9–13 subject set.
    var tInfo: [UInt16] = []
    var tRoles: [UInt8] = []
    var mentorOf: [Int32] = []
    var teacherBaseID: Int64 = 1
    var extraBaseID: Int64 = 1

    // Role holders.
    struct Staff {
        var id: Int64 = 0
        var login: String
        var name: DemoNames.FullName
        var orgID: Int64
        var muni: Int?
        var position: String
        var roles: Int
    }
    var staff: [Staff] = []
    var muniMethodists: [[Int64]] = []
    var coordinatorIDs: [Int64] = []
    var muniTutors: [[Int32]] = []
    var allTutors: [Int32] = []
    struct RMAPerson { var id: Int64; var orgID: Int64; var muni: Int; var directions: [Int] }
    var rmaPeople: [RMAPerson] = []
    var rmaByMuni: [[Int]] = []
    var rmaByDirection: [[Int]] = []
    var rmaDirections: [Int: [Int]] = [:]

    // РМА selection.
    struct Application {
        var teacher: Int       // -1 for an extra applicant
        var extra: Int         // -1 for a teacher
        var muni: Int
        var directions: [Int]
        var criteria: Int
        var approved: Bool
        var reason: RejectionReason?
    }
    var applications: [Application] = []
    struct Extra { var muni: Int; var org: Int; var approved: Bool; var directions: [Int] }
    var extras: [Extra] = []

    // The demo cast: teacher numbers.
    struct Cast {
        var director = 0, teacher = 1, teacher2 = 2, tutor = 3, mentor = 4, rma = 5
        var caseload: [Int] = []
    }
    var cast = Cast()
    var scenarios: [Int: DemoScenario] = [:]
    var demoTutorID: Int64 { personID(cast.tutor) }

    // Catalogs kept for routes.
    struct ProgrammeRef { var id: Int64; var title: String; var hours: Int; var registry: Bool; var retraining: Bool }
    struct SiteRef { var id: Int64; var topic: String; var host: OrganizationKind }
    struct PracticeRef { var id: Int64; var title: String }
    struct EventRef { var id: Int64; var title: String; var kind: EventKind; var day: Day; var direction: Int? }
    var programmesByCompetence: [[ProgrammeRef]] = []
    var sitesByCompetence: [[SiteRef]] = []
    var practicesByCompetence: [[PracticeRef]] = []
    var events: [EventRef] = []
    var pools: [Int: [Int]] = [:]

    // Ids handed out.
    var nextDiagnostic: Int64 = 1, nextDeficit: Int64 = 1, nextRoute: Int64 = 1, nextStep: Int64 = 1
    var nextConsultation: Int64 = 1, nextMentoring: Int64 = 1, nextRequest: Int64 = 1, nextHistory: Int64 = 1

    // Dates of the academic year around «today» (2023/24 by default).
    let periodStart: Day
    let periodEnd: Day
    let periodStartISO: String
    let periodEndISO: String
    /// Regional diagnostics: autumn from 2 October, winter from 1 February.
    let autumnDiagnostics: Day
    let winterDiagnostics: Day
    /// Requests arrive from the second week of the year.
    let requestsStart: Day
    /// ISO strings of the days around the period (Day.iso is a noticeable
    /// cost at a million teachers).
    private let isoTable: [String]
    private let isoFirst: Int

    init(writer: any DemoRowWriter, options: DemoOptions, progress: @escaping (Int, Int, String) -> Void) {
        self.out = writer
        self.options = options
        self.seed = options.seed
        self.today = options.today
        self.progressCallback = progress
        let year = options.today.academicYear
        periodStart = year.lowerBound
        periodEnd = year.upperBound
        periodStartISO = year.lowerBound.iso
        periodEndISO = year.upperBound.iso
        autumnDiagnostics = year.lowerBound.adding(days: 31)
        winterDiagnostics = year.lowerBound.adding(months: 5)
        requestsStart = year.lowerBound.adding(days: 10)
        isoFirst = year.lowerBound.ordinal - 800
        isoTable = (0..<2000).map { Day(ordinal: year.lowerBound.ordinal - 800 + $0).iso }
    }

    func iso(_ d: Day) -> String {
        let k = d.ordinal - isoFirst
        return k >= 0 && k < isoTable.count ? isoTable[k] : d.iso
    }

    func personID(_ teacher: Int) -> Int64 { teacherBaseID + Int64(teacher) }
    func rng(_ stage: DemoStage, _ index: Int) -> DemoRandom { DemoRandom(seed: seed, stage: stage, index: index) }
    func day(_ iso: String) -> Day { Day(iso: iso) ?? today }

    // MARK: - Compact teacher fields

    func isFemale(_ i: Int) -> Bool { tInfo[i] & 1 != 0 }
    func isYoung(_ i: Int) -> Bool { tInfo[i] & 2 != 0 }
    func category(_ i: Int) -> QualificationCategory {
        let c = Int(tInfo[i] >> 2) & 3
        return QualificationCategory.allCases[min(c, QualificationCategory.allCases.count - 1)]
    }
    func position(_ i: Int) -> Int { Int(tInfo[i] >> 4) & 31 }
    func subjectSet(_ i: Int) -> Int { Int(tInfo[i] >> 9) & 31 }
    func org(_ i: Int) -> Org { orgs[Int(tOrg[i])] }
    func muni(_ i: Int) -> Int { orgs[Int(tOrg[i])].muni }
    func isManager(_ i: Int) -> Bool {
        let p = position(i)
        return p < DemoCatalogs.positions.count && DemoCatalogs.positions[p].manager
    }
    /// The demo's named people (not the caseload).
    func isCast(_ i: Int) -> Bool {
        i == cast.teacher || i == cast.teacher2 || i == cast.tutor || i == cast.mentor || i == cast.rma
    }

    static func info(female: Bool, young: Bool, category: QualificationCategory, position: Int, subjects: Int) -> UInt16 {
        let c = QualificationCategory.allCases.firstIndex(of: category) ?? 0
        return UInt16((female ? 1 : 0) | (young ? 2 : 0) | (c << 2) | ((position & 31) << 4) | ((subjects & 31) << 9))
    }

    /// The competence profile a teacher is diagnosed against.
    func profile(_ i: Int) -> DemoCatalogs.Profile {
        let manager = isManager(i)
        switch org(i).kind {
        case .kindergarten: return manager ? .kindergartenManager : .kindergarten
        case .vocational: return manager ? .collegeManager : .college
        default: return manager ? .schoolManager : .school
        }
    }

    func pool(_ profile: DemoCatalogs.Profile) -> [Int] {
        if let p = pools[profile.rawValue] { return p }
        let p = DemoCatalogs.pool(profile)
        pools[profile.rawValue] = p
        return p
    }

    // MARK: - Writing

    /// Runs `body` for 0..<count in transactions of about `rowsPerTransaction`
    /// rows, reporting progress after each commit.
    /// `flush` runs at the end of each transaction (`DemoRowWriter.flushStaging`).
    /// `weight`: progress units per item (a request costs about two teachers' worth).
    func batched(_ stage: String, count: Int, weight: Int = 1, flush: (() throws -> Void)? = nil,
                 _ body: (Int) throws -> Void) throws {
        var i = 0
        if count == 0 { return }
        while i < count {
            let start = i
            try out.transaction {
                out.rowsInTransaction = 0
                while i < count && out.rowsInTransaction < DemoBuilder.rowsPerTransaction {
                    try body(i)
                    i += 1
                }
                try flush?()
            }
            advance((i - start) * weight, stage)
        }
    }

    /// A few rows in one transaction, one progress unit each.
    func single(_ stage: String, units: Int, _ body: () throws -> Void) throws {
        try out.transaction {
            out.rowsInTransaction = 0
            try body()
        }
        advance(units, stage)
    }

    func advance(_ units: Int, _ stage: String) {
        unitsDone += units
        progressCallback(min(unitsDone, unitsTotal), unitsTotal, stage)
    }

    /// Unix seconds of a working moment of `day` in Chelyabinsk (UTC+5).
    func moment(_ day: Day, hour: Int, minute: Int) -> Int64 {
        Int64(day.ordinal) * 86_400 + Int64((hour - 5) * 3600 + minute * 60)
    }

    // MARK: - The whole build

    func run() throws -> DemoSummary {
        layoutTeachers()
        layoutOrganizations()
        generateVitals()
        chooseCast()
        chooseTutors()
        chooseMentors()
        chooseApplicants()
        layoutStaff()
        assignIDs()

        let practiceCount = max(40, min(5000, options.teachers / 60))
        let requestCount = max(60, options.teachers / 10)
        let siteHosts = orgs.filter { $0.flags.contains(.internshipSite) }.count
        // Progress units: roughly proportional to the time each stage takes.
        unitsTotal = 3 + orgs.count + siteHosts + staff.count + options.teachers + extras.count
            + practiceCount + DemoCatalogs.events.count + DemoRoadmap.items.count
            + options.teachers + 2 * requestCount + applications.count + rmaPeople.count

        try writeRegion()
        try writeProgrammesAndSites()
        try writePeople()
        try writePractices(count: practiceCount)
        try writeEvents()
        try writeRoadmap()
        try writeLearning()
        try writeMentoring()
        try writeRequests(count: requestCount)
        try writeApplications()
        try writeRMAActivity()
        try writeIndicatorHistory()

        summary.municipalities = munis.count
        summary.organizations = regionalOrgs.count + mmsOrgID.count + orgs.count
        summary.people = staff.count + options.teachers + extras.count
        summary.teachers = options.teachers + extras.count
        summary.programmes = DemoCatalogs.programmes.count
        summary.roadmapItems = DemoRoadmap.items.count
        summary.logins = logins()
        return summary
    }
}
