/// How much a person of a tutor's caseload needs attention, by one rule the
/// caseload's help explains (`CaseloadAttention.ruleLines`):
///
///     score = 3 × overdue steps + 2 × steps waiting for my confirmation
///           + 2 if a draft route waits to be agreed
///           + 2 if there are open deficits and no route
///           + 2 if not contacted for 30+ days (or never)
///           + 1 × open requests
///
/// Needs attention: score > 0; higher first, then by name.
public struct CaseloadAttention: Hashable, Sendable {
    public static let noContactDays = 30

    public var overdue: Int
    public var waiting: Int
    public var draftToAgree: Bool
    public var deficitsWithoutRoute: Bool
    /// Days since my last consultation; nil: never.
    public var daysSinceContact: Int?
    public var openRequests: Int

    public init(overdue: Int, waiting: Int, draftToAgree: Bool, deficitsWithoutRoute: Bool, daysSinceContact: Int?,
                openRequests: Int) {
        self.overdue = overdue; self.waiting = waiting; self.draftToAgree = draftToAgree
        self.deficitsWithoutRoute = deficitsWithoutRoute; self.daysSinceContact = daysSinceContact
        self.openRequests = openRequests
    }

    public var noRecentContact: Bool { (daysSinceContact ?? Int.max) >= CaseloadAttention.noContactDays }

    public var score: Int {
        3 * overdue + 2 * waiting + (draftToAgree ? 2 : 0) + (deficitsWithoutRoute ? 2 : 0)
            + (noRecentContact ? 2 : 0) + openRequests
    }

    public var needsAttention: Bool { score > 0 }

    /// The rule in words, for the help overlay.
    public static let ruleLines: [Phrase] = [
        Phrase("Внимание = 3×просрочено + 2×ждут подтверждения", "Attention = 3×overdue + 2×waiting confirmation"),
        Phrase("  + 2 за черновик на согласование", "  + 2 for a draft to agree"),
        Phrase("  + 2 за дефициты без маршрута", "  + 2 for deficits without a route"),
        Phrase("  + 2 без контакта 30+ дней (или никогда)", "  + 2 no contact for 30+ days (or never)"),
        Phrase("  + 1 за каждый открытый запрос; больше — выше", "  + 1 per open request; higher comes first"),
    ]
}
