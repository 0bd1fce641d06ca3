import Domain

/// The roadmap as a board: the filtered items in columns (by quarter or by
/// status), a cursor (column, card) and the horizontal scroll. Plain state;
/// drawing is in `RoadmapBoardRender`, keys in `RMAView`.
struct RoadmapBoard {
    enum Section: Int, CaseIterable {
        case all, general, perDirection
        var label: Phrase {
            switch self {
            case .all: return Phrase("все разделы", "all sections")
            case .general: return Phrase("общие", "general")
            case .perDirection: return Phrase("по направлениям", "per direction")
            }
        }
    }

    struct Column {
        var title: Phrase
        var items: [RoadmapItem]
    }

    var items: [RoadmapItem] = []
    var byStatus = false
    var tableMode = false
    var direction: Int?
    var executor: Executor?
    var participant: ParticipantCategory?
    var section = Section.all
    var column = 0
    var row = 0
    /// First visible column (horizontal scroll on narrow screens).
    var firstColumn = 0
    /// Table mode: the cursor row and the first visible row.
    var tableRow = 0
    var tableTop = 0

    static let minColumnWidth = 24

    /// The items after every filter, in the store's order.
    var filtered: [RoadmapItem] {
        var list = RoadmapRules.items(items, direction: direction, includeGeneral: section != .perDirection)
        switch section {
        case .all: break
        case .general: list = list.filter { $0.direction == nil }
        case .perDirection: list = list.filter { $0.direction != nil }
        }
        if let executor { list = list.filter { $0.executors.contains(executor) || $0.coExecutors.contains(executor) } }
        if let participant { list = list.filter { $0.participants.contains(participant) } }
        return list
    }

    func columns(today: Day) -> [Column] {
        let list = filtered
        if byStatus {
            return RoadmapRules.byStatus(list, on: today).map { Column(title: $0.column.label, items: $0.items) }
        }
        return RoadmapRules.byQuarter(list).map { Column(title: $0.column.label, items: $0.items) }
    }

    var isFiltered: Bool { direction != nil || executor != nil || participant != nil || section != .all }

    /// The card under the cursor (board) or the row (table).
    func selected(today: Day) -> RoadmapItem? {
        if tableMode {
            let list = filtered
            return list.indices.contains(tableRow) ? list[tableRow] : nil
        }
        let cols = columns(today: today)
        guard cols.indices.contains(column), cols[column].items.indices.contains(row) else { return nil }
        return cols[column].items[row]
    }

    /// Keeps the cursor inside the columns and rows.
    mutating func clamp(today: Day) {
        let cols = columns(today: today)
        column = max(0, min(column, cols.count - 1))
        let n = cols.indices.contains(column) ? cols[column].items.count : 0
        row = max(0, min(row, n - 1))
        let total = filtered.count
        tableRow = max(0, min(tableRow, total - 1))
    }

    /// Puts the cursor on item `id` wherever it is now (after a move or a reload).
    mutating func focus(id: RoadmapItemID, today: Day) {
        let cols = columns(today: today)
        for (c, col) in cols.enumerated() {
            if let r = col.items.firstIndex(where: { $0.id == id }) { column = c; row = r; break }
        }
        if let t = filtered.firstIndex(where: { $0.id == id }) { tableRow = t }
    }

    mutating func moveColumn(_ delta: Int, today: Day) {
        column += delta
        clamp(today: today)
    }

    mutating func moveRow(_ delta: Int, today: Day) {
        if tableMode { tableRow += delta } else { row += delta }
        clamp(today: today)
    }

    /// How many columns fit in `width`, and their widths.
    static func visibleColumns(width: Int, count: Int) -> Int {
        max(1, min(count, (width + 1) / (minColumnWidth + 1)))
    }

    /// Scrolls so the cursor's column is visible.
    mutating func scrollToCursor(visible: Int, count: Int) {
        if column < firstColumn { firstColumn = column }
        if column >= firstColumn + visible { firstColumn = column - visible + 1 }
        firstColumn = max(0, min(firstColumn, count - visible))
    }

    /// The next status forward (`>`) or back (`<`) along planned → in progress → done.
    static func neighbour(of status: RoadmapStatus, forward: Bool) -> RoadmapStatus? {
        let order: [RoadmapStatus] = [.planned, .inProgress, .done]
        guard let i = order.firstIndex(of: status) else { return nil }
        let j = forward ? i + 1 : i - 1
        return order.indices.contains(j) ? order[j] : nil
    }
}

/// Short words for narrow cards.
enum RoadmapText {
    static func executor(_ e: Executor, _ ctx: AppContext) -> String {
        switch e {
        case .ministry: return ctx.t("Минобрнауки", "Ministry")
        case .chippkro: return ctx.t("ЧИППКРО", "ChIPPKRO")
        case .chiro: return ctx.t("ЧИРО", "ChIRO")
        case .chirpo: return ctx.t("ЧИРПО", "ChIRPO")
        case .rmaMethodists: return ctx.t("методисты РМА", "RMA methodists")
        }
    }

    static func executors(_ item: RoadmapItem, _ ctx: AppContext) -> String {
        let main = item.executors.map { executor($0, ctx) }.joined(separator: ", ")
        let co = item.coExecutors.map { executor($0, ctx) }.joined(separator: ", ")
        return co.isEmpty ? main : main + " / " + co
    }

    static func direction(_ item: RoadmapItem, _ ctx: AppContext) -> String {
        guard let n = item.direction, let d = Direction.number(n) else { return ctx.t("Общее для всех направлений", "General, all directions") }
        return "№\(n) " + d.shortName
    }

    /// «I кв. 2024», «год 2024», «графики 2023/24», «план 2024».
    static func when(_ timing: RoadmapTiming, _ ctx: AppContext) -> String {
        switch timing {
        case .quarter(let y, let q, _):
            let roman = (1...4).contains(q) ? ["I", "II", "III", "IV"][q - 1] : String(q)
            return ctx.t("\(roman) кв. \(y)", "Q\(q) \(y)")
        case .duringYear(let y): return ctx.t("год \(y)", "year \(y)")
        case .perSchoolCalendar(let y): return ctx.t("графики \(y)/\(String(y + 1).suffix(2))", "calendar \(y)/\(String(y + 1).suffix(2))")
        case .perEventsPlan(let y): return ctx.t("план \(y)", "plan \(y)")
        }
    }

    /// ○ planned, ◐ in progress, ● done, ! overdue.
    static func mark(_ item: RoadmapItem, today: Day) -> String {
        switch item.statusColumn(on: today) {
        case .planned: return "○"
        case .inProgress: return "◐"
        case .done: return "●"
        case .overdue: return "!"
        }
    }

    static func participant(_ p: ParticipantCategory, _ ctx: AppContext) -> String {
        switch p {
        case .directionLeads: return ctx.t("ответственные", "leads")
        case .rmaMethodists: return ctx.t("методисты РМА", "RMA methodists")
        case .schoolStaff: return ctx.t("ОО", "schools")
        case .regionSpecialists: return ctx.t("специалисты", "specialists")
        }
    }
}
