import Domain
import Storage

/// The inbox's saved filters, shown as a row of small tabs over the list.
enum TriageFilter: Hashable {
    case open, new, mine, overdue, unassigned
    case direction(Int?)
    /// nil only as the tab's label before a status is chosen.
    case status(RequestStatus?)
    case all

    static let openStatuses: Set<RequestStatus> = Set(RequestStatus.allCases.filter(\.isOpen))

    /// The tabs in order (direction and status show their current value).
    static func tabs(current: TriageFilter) -> [TriageFilter] {
        var direction = TriageFilter.direction(nil), status = TriageFilter.status(nil)
        if case .direction = current { direction = current }
        if case .status = current { status = current }
        return [.open, .new, .mine, .overdue, .unassigned, direction, status, .all]
    }

    /// Tabs that need a choice first (a picker opens).
    var needsChoice: Bool {
        switch self {
        case .direction, .status: return true
        default: return false
        }
    }

    func sameTab(as other: TriageFilter) -> Bool {
        switch (self, other) {
        case (.direction, .direction), (.status, .status): return true
        default: return self == other
        }
    }

    var key: String {
        switch self {
        case .open: return "O"
        case .new: return "N"
        case .mine: return "M"
        case .overdue: return "!"
        case .unassigned: return "U"
        case .direction: return "D"
        case .status: return "S"
        case .all: return "*"
        }
    }

    func label(short: Bool, tiny: Bool = false) -> Phrase {
        if tiny {
            switch self {
            case .open: return Phrase("Откр.", "Open")
            case .new: return Phrase("Нов.", "New")
            case .overdue: return Phrase("Проср.", "Late")
            case .unassigned: return Phrase("Без исп.", "Unas.")
            case .direction(nil): return Phrase("Напр.", "Dir.")
            case .status(nil): return Phrase("Стат.", "St.")
            default: break
            }
        }
        switch self {
        case .open: return Phrase("Открытые", "Open")
        case .new: return Phrase("Новые", "New")
        case .mine: return Phrase("Мои", "Mine")
        case .overdue: return short ? Phrase("Просроч.", "Overdue") : Phrase("Просроченные", "Overdue")
        case .unassigned: return short ? Phrase("Без исп.", "Unassd.") : Phrase("Без исполнителя", "Unassigned")
        case .direction(let d?): return short ? Phrase("Напр. \(d)", "Dir. \(d)") : Phrase("Направление \(d)", "Direction \(d)")
        case .direction(nil): return short ? Phrase("Напр.…", "Dir.…") : Phrase("Направление…", "Direction…")
        case .status(let s?): return short ? Phrase(s.label.ru, s.label.en) : Phrase("Статус: \(s.label.ru)", "Status: \(s.label.en)")
        case .status(nil): return short ? Phrase("Статус…", "Status…") : Phrase("Статус…", "Status…")
        case .all: return Phrase("Все", "All")
        }
    }

    func count(_ c: TriageCounts?) -> Int? {
        guard let c else { return nil }
        switch self {
        case .open: return c.open
        case .new: return c.new
        case .mine: return c.mine
        case .overdue: return c.overdue
        case .unassigned: return c.unassigned
        case .all: return c.all
        case .direction, .status: return nil
        }
    }

    /// The query of this filter; the search text is kept.
    func query(viewer: Viewer, today: Day, text: String?) -> RequestQuery {
        var q = RequestQuery(text: text)
        switch self {
        case .open: q.statuses = TriageFilter.openStatuses
        case .new: q.statuses = [.new]
        case .mine: q.statuses = TriageFilter.openStatuses; q.assigneeID = viewer.personID
        case .overdue: q.overdueOn = today
        case .unassigned: q.statuses = TriageFilter.openStatuses; q.unassignedOnly = true
        case .direction(let d): q.statuses = TriageFilter.openStatuses; q.direction = d
        case .status(let s): q.statuses = s.map { [$0] } ?? TriageFilter.openStatuses
        case .all: break
        }
        return q
    }

    /// Draws the tabs on one row: full labels with keys when they fit, then
    /// shorter forms.
    static func render(_ painter: Painter, current: TriageFilter, counts: TriageCounts?, legend: String, _ ctx: AppContext) {
        painter.fill(role: .tabInactive, y: 0)
        let tabs = TriageFilter.tabs(current: current)
        func texts(short: Bool, keys: Bool, tiny: Bool = false) -> [String] {
            tabs.map { f in
                let n = f.count(counts).map { " \($0)" } ?? ""
                let pad = tiny ? "" : " "
                return pad + (keys ? f.key + " " : "") + ctx.t(f.label(short: short, tiny: tiny)) + n + " "
            }
        }
        let room = painter.width - TextWidth.of(legend) - 1
        let options = [texts(short: false, keys: true), texts(short: true, keys: true), texts(short: true, keys: false),
                       texts(short: true, keys: false, tiny: true)]
        let fits = { (o: [String]) in o.reduce(0) { $0 + TextWidth.of($1) } }
        let chosen = options.first { fits($0) <= room } ?? options.first { fits($0) <= painter.width } ?? options[3]
        var x = 0
        for (f, text) in zip(tabs, chosen) {
            painter.text(text, x: x, y: 0, role: f.sameTab(as: current) ? .tabActive : .tabInactive)
            x += TextWidth.of(text)
        }
        let lx = painter.width - TextWidth.of(legend)
        if lx > x { painter.text(legend, x: lx, y: 0, role: .muted) }
    }
}
