import Domain
import Storage

/// The quick filters of the caseload.
enum CaseloadQuick: String, CaseIterable {
    case all, attention, drafts, waiting, noContact

    var label: Phrase {
        switch self {
        case .all: return Phrase("все", "all")
        case .attention: return Phrase("требуют внимания", "needs attention")
        case .drafts: return Phrase("черновики на согласование", "drafts to agree")
        case .waiting: return Phrase("ждут подтверждения", "waiting confirmation")
        case .noContact: return Phrase("без контакта 30+ дней", "no contact 30+ days")
        }
    }

    func keeps(_ row: CaseloadRow, today: Day) -> Bool {
        switch self {
        case .all: return true
        case .attention: return row.attention(today: today).needsAttention
        case .drafts: return row.route?.status == .draft
        case .waiting: return row.waiting > 0
        case .noContact: return row.attention(today: today).noRecentContact
        }
    }
}

/// The caseload a page at a time. In name order with no quick filter it is
/// keyset paging (`CaseloadStore.caseloadPage`: counts for the page's people only).
/// A quick filter or a sort by another column needs every row of the
/// viewer's caseload (tens of people, read through the tutoring index, not
/// the whole table): read once, kept until the order or filter changes.
struct CaseloadSource: RowSource {
    let store: any CaseloadStore
    let viewer: Viewer
    let errors: ErrorSink
    let describe: (Error) -> String
    let today: () -> Day
    var query = CaseloadQuery()
    var quick = CaseloadQuick.all
    var sort: TableSort?
    private let cache = Cache()

    final class Cache { var rows: [CaseloadRow]? }

    init(store: any CaseloadStore, viewer: Viewer, today: @escaping () -> Day, errors: ErrorSink, describe: @escaping (Error) -> String) {
        self.store = store; self.viewer = viewer; self.today = today; self.errors = errors; self.describe = describe
    }

    var count: Int? { inMemory ? all().count : nil }
    func id(of row: CaseloadRow) -> PersonID { row.id }

    var inMemory: Bool { quick != .all || (sort != nil && sort?.column != "name") }

    func rows(after anchor: CaseloadRow?, limit: Int) -> [CaseloadRow] {
        if inMemory {
            let rows = all()
            let start = anchor.flatMap { a in rows.firstIndex { $0.id == a.id } }.map { $0 + 1 } ?? 0
            return Array(rows[min(start, rows.count)..<min(rows.count, start + limit)])
        }
        let descending = sort?.ascending == false
        return attempt { descending
            ? try store.caseloadPage(viewer, query, before: anchor?.key, lastPage: anchor == nil, limit: limit).reversed()
            : try store.caseloadPage(viewer, query, after: anchor?.key, limit: limit) }
    }

    func rows(before anchor: CaseloadRow?, limit: Int) -> [CaseloadRow] {
        if inMemory {
            let rows = all()
            let end = anchor.flatMap { a in rows.firstIndex { $0.id == a.id } } ?? (anchor == nil ? rows.count : 0)
            return Array(rows[max(0, end - limit)..<end])
        }
        let descending = sort?.ascending == false
        return attempt { descending
            ? try store.caseloadPage(viewer, query, after: anchor?.key, limit: limit).reversed()
            : (anchor == nil ? try store.caseloadPage(viewer, query, lastPage: true, limit: limit)
                             : try store.caseloadPage(viewer, query, before: anchor?.key, limit: limit)) }
    }

    mutating func apply(sort: TableSort?) { self.sort = sort; invalidate() }

    func invalidate() { cache.rows = nil }

    private func all() -> [CaseloadRow] {
        if let rows = cache.rows { return rows }
        let today = today()
        var rows = attempt { try store.wholeCaseload(viewer, query) }.filter { quick.keeps($0, today: today) }
        if let sort, let less = CaseloadSource.orderings(today: today)[sort.column] {
            rows = sort.ascending ? rows.sorted(by: less) : rows.sorted { less($1, $0) }
        } else if quick == .attention {
            rows = rows.sorted { $0.attention(today: today).score > $1.attention(today: today).score }
        }
        cache.rows = rows
        return rows
    }

    private func attempt(_ body: () throws -> [CaseloadRow]) -> [CaseloadRow] {
        do { return try body() } catch {
            errors.report(describe(error))
            return []
        }
    }

    /// Sort keys of the columns (stable sorts: ties keep name order).
    static func orderings(today: Day) -> [String: (CaseloadRow, CaseloadRow) -> Bool] {
        [
            "name": { $0.fullName < $1.fullName },
            "school": { $0.organizationName < $1.organizationName },
            "municipality": { $0.municipalityName < $1.municipalityName },
            "young": { $0.young && !$1.young },
            "status": { ($0.route?.status.rawValue ?? "") < ($1.route?.status.rawValue ?? "") },
            "progress": { $0.progress.fractionDone < $1.progress.fractionDone },
            "overdue": { $0.overdue > $1.overdue },
            "waiting": { $0.waiting > $1.waiting },
            "contact": { ($0.daysSinceContact(today: today) ?? Int.max) > ($1.daysSinceContact(today: today) ?? Int.max) },
            "requests": { $0.openRequests > $1.openRequests },
            "attention": { $0.attention(today: today).score > $1.attention(today: today).score },
        ]
    }
}
