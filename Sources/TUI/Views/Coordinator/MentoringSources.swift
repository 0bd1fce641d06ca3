import Domain
import Storage

/// Mentoring pairs a page at a time, newest first (keyset on the pair id).
struct MentoringPairSource: RowSource {
    let store: any MentoringStore
    let viewer: Viewer
    let errors: ErrorSink
    let describe: (Error) -> String
    var query = MentoringQuery()

    var count: Int? { nil }
    func id(of row: MentoringPairRow) -> MentoringID { row.id }

    func rows(after anchor: MentoringPairRow?, limit: Int) -> [MentoringPairRow] {
        attempt { try store.mentoringPage(viewer, query, after: anchor?.id, limit: limit) }
    }

    func rows(before anchor: MentoringPairRow?, limit: Int) -> [MentoringPairRow] {
        // No anchor: the last rows, i.e. those just above the smallest id.
        attempt { try store.mentoringPage(viewer, query, before: anchor?.id ?? 0, limit: limit) }
    }

    private func attempt(_ body: () throws -> [MentoringPairRow]) -> [MentoringPairRow] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}

/// Young teachers without a current mentor, in name order (keyset).
struct MentoringWorklistSource: RowSource {
    let store: any MentoringStore
    let viewer: Viewer
    let errors: ErrorSink
    let describe: (Error) -> String
    /// The `/` filter: names beginning so.
    var namePrefix: String?

    var count: Int? { nil }
    func id(of row: PersonSummary) -> PersonID { row.id }

    func rows(after anchor: PersonSummary?, limit: Int) -> [PersonSummary] {
        attempt { try store.youngWithoutMentorPage(viewer, namePrefix: namePrefix, after: anchor?.key, before: nil, limit: limit) }
    }

    func rows(before anchor: PersonSummary?, limit: Int) -> [PersonSummary] {
        attempt {
            if let anchor { return try store.youngWithoutMentorPage(viewer, namePrefix: namePrefix, after: nil, before: anchor.key, limit: limit) }
            return try store.youngWithoutMentorLastPage(viewer, namePrefix: namePrefix, limit: limit)
        }
    }

    private func attempt(_ body: () throws -> [PersonSummary]) -> [PersonSummary] {
        do { return try body() } catch { errors.report(describe(error)); return [] }
    }
}
