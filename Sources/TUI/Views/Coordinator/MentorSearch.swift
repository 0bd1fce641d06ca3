import Foundation
import Domain
import Storage

/// Choosing a mentor among people the viewer may see: type the start of a
/// surname (or several words for a search); with nothing typed, people who
/// hold the mentor role are offered. The list is read from the store on
/// every keystroke (a page, never the whole region).
struct MentorSearch {
    enum Outcome: Equatable { case pending, cancelled, picked(PersonID) }

    let menteeID: PersonID
    let title: String
    private var list = ModalList()
    private(set) var found: [PersonSummary] = []
    private(set) var error: String?

    init(menteeID: PersonID, menteeName: String, _ ctx: AppContext) {
        self.menteeID = menteeID
        self.title = ctx.t("Наставник для: ", "Mentor for: ") + menteeName
        refresh(ctx)
    }

    private mutating func refresh(_ ctx: AppContext) {
        let text = list.query.text.trimmingCharacters(in: .whitespaces)
        do {
            let rows: [PersonSummary]
            if text.isEmpty {
                rows = try ctx.store.peoplePage(ctx.viewer, PeopleQuery(role: .mentor), limit: 40)
            } else if text.split(separator: " ").count > 1 {
                rows = try ctx.store.searchPeople(ctx.viewer, text, limit: 40)
            } else {
                rows = try ctx.store.peoplePage(ctx.viewer, PeopleQuery(namePrefix: text), limit: 40)
            }
            found = rows.filter { $0.id != menteeID }
            error = nil
        } catch {
            found = []
            self.error = ctx.describe(error)
        }
    }

    mutating func handle(_ event: InputEvent, _ ctx: AppContext) -> Outcome {
        switch list.handle(event, count: found.count) {
        case .cancel: return .cancelled
        case .choose(let i): return .picked(found[i].id)
        case .queryChanged: refresh(ctx); return .pending
        case .none, .moved: return .pending
        }
    }

    mutating func render(into painter: Painter, _ ctx: AppContext) {
        let rows = found.map { p in
            ModalListRow(text: p.fullName, positions: [],
                         detail: (p.roles.contains(.mentor) ? ctx.t("наставник · ", "mentor · ") : "") + p.organizationName)
        }
        list.render(into: painter, title: title, rows: rows, capacity: found.count,
                    emptyText: error ?? ctx.t("Никого не найдено — введите начало фамилии", "Nobody found — type the start of a surname"),
                    language: ctx.language, preferredWidth: min(100, max(60, painter.width - 10)))
    }
}
