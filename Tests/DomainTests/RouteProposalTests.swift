import XCTest
@testable import Domain

/// The proposal rule on a fixture whose right order is worked out by hand.
final class RouteProposalTests: XCTestCase {
    let period = day("2023-09-01")...day("2024-08-31")
    // Open deficits: competence 1 severe, 2 moderate, 3 mild; 4 is closed.
    let deficits = [
        Deficit(id: 11, personID: 1, competenceID: 1, severity: .severe, status: .identified, diagnosticID: 1, score: 30),
        Deficit(id: 12, personID: 1, competenceID: 2, severity: .moderate, status: .inWork, diagnosticID: 1, score: 45),
        Deficit(id: 13, personID: 1, competenceID: 3, severity: .mild, status: .identified, diagnosticID: 1, score: 55),
        Deficit(id: 14, personID: 1, competenceID: 4, severity: .severe, status: .closed, diagnosticID: 1, score: 30),
    ]

    func candidates() -> [ProposalCandidate] {
        [
            // covers 2 (moderate, mild): rank 2 (two deficits, no severe)
            ProposalCandidate(kind: .course, catalog: .programme(1), title: "B course 2+3", hours: 72, competenceIDs: [2, 3]),
            // covers 1 (severe), registry, 36 h: rank 4 (one deficit, severe, registry)
            ProposalCandidate(kind: .course, catalog: .programme(2), title: "C registry 1", hours: 36, competenceIDs: [1], inRegistry: true),
            // covers 1 (severe), not registry, 16 h: rank 5 (registry first beats fewer hours)
            ProposalCandidate(kind: .course, catalog: .programme(3), title: "D plain 1", hours: 16, competenceIDs: [1]),
            // covers 1 and 2 (severe): rank 1
            ProposalCandidate(kind: .internship, catalog: .site(1), title: "A site 1+2", hours: 16, competenceIDs: [1, 2]),
            // covers only the closed deficit: dropped
            ProposalCandidate(kind: .course, catalog: .programme(4), title: "closed only", hours: 8, competenceIDs: [4]),
            // duplicate of programme 2: dropped
            ProposalCandidate(kind: .course, catalog: .programme(2), title: "C again", hours: 36, competenceIDs: [1], inRegistry: true),
            // already in the route: dropped
            ProposalCandidate(kind: .masterClass, catalog: .practice(9), title: "in route", hours: 4, competenceIDs: [2]),
            // dates outside the period: dropped
            ProposalCandidate(kind: .masterClass, catalog: .event(5), title: "next year", hours: 4, competenceIDs: [2],
                              dates: day("2024-10-01")...day("2024-10-01")),
            // covers 3 (mild) with 4 h: rank 6 (no severe); covers 2 (moderate) 8 h practice: rank 3? see below
            ProposalCandidate(kind: .masterClass, catalog: .practice(2), title: "E practice 3", hours: 4, competenceIDs: [3]),
            ProposalCandidate(kind: .masterClass, catalog: .practice(3), title: "F practice 2", hours: 8, competenceIDs: [2]),
        ]
    }

    func testRankingFollowsTheDocumentedRule() {
        let existing = [RouteStep(id: 1, routeID: 1, kind: .masterClass, title: "in route", catalog: .practice(9),
                                  plannedStart: day("2023-10-01"), plannedEnd: day("2023-10-01"))]
        let ranked = RouteProposals.rank(candidates: candidates(), openDeficits: deficits, existing: existing, period: period,
                                         today: day("2024-01-15"), youngWithoutMentor: false)
        // By hand, the order: A (2 deficits, severe) · B (2, no severe) · C (1, severe, registry) · D (1, severe, 16 h)
        //          · E (1, mild, 4 h) · F (1, moderate, 8 h): E before F by fewer hours.
        // At most 2 proposals per deficit: A (11, 12) · B (12, 13) · C (11 — now 2) · D dropped (11 full)
        //          · E (13 — now 2) · F dropped (12 full).
        XCTAssertEqual(ranked.map(\.candidate.title), ["A site 1+2", "B course 2+3", "C registry 1", "E practice 3"])
        XCTAssertEqual(ranked[0].deficitIDs, [11, 12])
    }

    /// Seed 000: the route is built from the deficits and the person's
    /// requests. A request names a competence with no deficit (5) and
    /// another asks in a direction (7), which only a practice carries.
    func testOpenRequestsAreNeedsTooAndRankWithTheDeficits() {
        let requests = [RequestNeed(requestID: 13, competenceID: 5, direction: nil),
                        RequestNeed(requestID: 20, competenceID: nil, direction: 7)]
        let extra = [
            // answers request 13 only: one need
            ProposalCandidate(kind: .course, catalog: .programme(7), title: "G course 5", hours: 24, competenceIDs: [5]),
            // covers deficit 11 and answers request 13: two needs, as B; B has two deficits, H one: B first
            ProposalCandidate(kind: .course, catalog: .programme(8), title: "H course 1+5", hours: 24, competenceIDs: [1, 5]),
            // a practice of direction 7 with a competence nobody lacks: answers request 20 only
            ProposalCandidate(kind: .masterClass, catalog: .practice(8), title: "I practice dir 7", hours: 4, competenceIDs: [9], direction: 7),
            // a practice of another direction and an unneeded competence: dropped
            ProposalCandidate(kind: .masterClass, catalog: .practice(10), title: "J other", hours: 4, competenceIDs: [9], direction: 3),
        ]
        let ranked = RouteProposals.rank(candidates: candidates() + extra, openDeficits: deficits, existing: [], period: period,
                                         today: day("2024-01-15"), youngWithoutMentor: false, openRequests: requests)
        let titles = ranked.map(\.candidate.title)
        XCTAssertFalse(titles.contains("J other"))
        XCTAssertEqual(Array(titles.prefix(3)), ["A site 1+2", "B course 2+3", "H course 1+5"], "two needs each; more deficits first")
        let h = ranked.first { $0.candidate.title == "H course 1+5" }
        XCTAssertEqual(h?.deficitIDs, [11])
        XCTAssertEqual(h?.requestIDs, [13])
        XCTAssertEqual(ranked.first { $0.candidate.title == "G course 5" }?.requestIDs, [13], "request 13 has room for a second")
        XCTAssertEqual(ranked.first { $0.candidate.title == "I practice dir 7" }?.requestIDs, [20])
        XCTAssertEqual(ranked.first { $0.candidate.title == "I practice dir 7" }?.deficitIDs, [])
        // Without the requests, nothing answers them.
        let plain = RouteProposals.rank(candidates: candidates() + extra, openDeficits: deficits, existing: [], period: period,
                                        today: day("2024-01-15"), youngWithoutMentor: false)
        XCTAssertFalse(plain.contains { $0.candidate.title == "G course 5" || $0.candidate.title == "I practice dir 7" })
    }

    func testMentoringFirstForAYoungTeacherWithoutAMentor() {
        let ranked = RouteProposals.rank(candidates: candidates(), openDeficits: deficits, existing: [], period: period,
                                         today: day("2024-01-15"), youngWithoutMentor: true)
        XCTAssertEqual(ranked.first?.candidate.kind, .mentoring)
        // + mentoring; the practice no longer in the route comes after E and finds 12 full.
        XCTAssertEqual(ranked.map(\.candidate.title), ["Наставничество «учитель – учитель»", "A site 1+2", "B course 2+3", "C registry 1", "E practice 3"])
    }

    func testDatesAreInsideThePeriodAndValidForAgreement() {
        let ranked = RouteProposals.rank(candidates: candidates(), openDeficits: deficits, existing: [], period: period,
                                         today: day("2024-06-20"), youngWithoutMentor: true)
        for p in ranked {
            XCTAssertTrue(period.contains(p.plannedStart) && period.contains(p.plannedEnd), p.candidate.title)
            XCTAssertLessThanOrEqual(p.plannedStart, p.plannedEnd)
        }
        let route = Route(id: 1, personID: 1, tutorID: 2, periodStart: period.lowerBound, periodEnd: period.upperBound)
        XCTAssertNotNil(success(route.agree(steps: ranked.map { $0.step(routeID: 1) })))
    }

    func testAttentionScoreRule() {
        let a = CaseloadAttention(overdue: 1, waiting: 2, draftToAgree: true, deficitsWithoutRoute: false, daysSinceContact: 31, openRequests: 1)
        XCTAssertEqual(a.score, 3 + 4 + 2 + 2 + 1)
        let calm = CaseloadAttention(overdue: 0, waiting: 0, draftToAgree: false, deficitsWithoutRoute: false, daysSinceContact: 29, openRequests: 0)
        XCTAssertFalse(calm.needsAttention)
        XCTAssertTrue(CaseloadAttention(overdue: 0, waiting: 0, draftToAgree: false, deficitsWithoutRoute: false, daysSinceContact: nil,
                                        openRequests: 0).noRecentContact)
    }
}
