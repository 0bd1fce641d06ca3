import Foundation
import Domain
import Storage

/// People from the store, a page at a time, in name order (keyset paging).
/// The filter text is a name prefix when it looks like one, otherwise a
/// full-text search (name, position, subjects).
struct PeopleSource: RowSource {
    let store: any PeopleStore
    let viewer: Viewer
    var query = PeopleQuery()
    var searchText = ""
    let errors: ErrorSink
    let describe: (Error) -> String

    var count: Int? { nil }
    func id(of row: PersonSummary) -> PersonID { row.id }

    /// Several words or digits: full-text search; one word: the fast name prefix.
    var usesFullText: Bool { searchText.split(separator: " ").count > 1 || searchText.contains(where: \.isNumber) }

    func rows(after anchor: PersonSummary?, limit: Int) -> [PersonSummary] {
        attempt {
            if usesFullText {
                // Search results are few and ranked by name: read once, page in memory.
                let all = try store.searchPeople(viewer, searchText, limit: 500)
                let start = anchor.flatMap { a in all.firstIndex { $0.id == a.id } }.map { $0 + 1 } ?? 0
                return Array(all[min(start, all.count)..<min(all.count, start + limit)])
            }
            return try store.peoplePage(viewer, query, after: anchor?.key, limit: limit)
        }
    }

    func rows(before anchor: PersonSummary?, limit: Int) -> [PersonSummary] {
        attempt {
            if usesFullText {
                let all = try store.searchPeople(viewer, searchText, limit: 500)
                let end = anchor.flatMap { a in all.firstIndex { $0.id == a.id } } ?? (anchor == nil ? all.count : 0)
                return Array(all[max(0, end - limit)..<end])
            }
            if let anchor { return try store.peoplePage(viewer, query, before: anchor.key, limit: limit) }
            return try store.peopleLastPage(viewer, query, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [PersonSummary]) -> [PersonSummary] {
        do { return try body() } catch {
            errors.report(describe(error))
            return []
        }
    }

    mutating func setFilter(_ text: String) {
        searchText = text.trimmingCharacters(in: .whitespaces)
        query.namePrefix = usesFullText || searchText.isEmpty ? nil : searchText
    }
}
