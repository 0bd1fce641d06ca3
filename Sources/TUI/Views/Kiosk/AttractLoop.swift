/// The attract loop: while nobody touches the kiosk, it shows the roles one
/// after another, a few tabs of each, a step every `stepTicks` idle ticks
/// (the input loop's one-second tick, so it costs no CPU in between).
struct AttractLoop: Equatable {
    let roleCount: Int
    let stepTicks: Int
    /// Tabs shown per role at most (the first ones: the role's main screens).
    let tabsPerRole: Int
    private(set) var role = 0
    private(set) var tab = 0
    private var ticks = 0

    init(roleCount: Int, stepTicks: Int, tabsPerRole: Int = 2) {
        self.roleCount = max(1, roleCount)
        self.stepTicks = max(1, stepTicks)
        self.tabsPerRole = max(1, tabsPerRole)
    }

    enum Step: Equatable { case stay, nextTab, nextRole }

    /// One idle tick; `tabsOfRole` is how many tabs the shown role has.
    mutating func tick(tabsOfRole: Int) -> Step {
        ticks += 1
        guard ticks >= stepTicks else { return .stay }
        ticks = 0
        if tab + 1 < min(tabsPerRole, tabsOfRole) {
            tab += 1
            return .nextTab
        }
        tab = 0
        role = (role + 1) % roleCount
        return .nextRole
    }
}
