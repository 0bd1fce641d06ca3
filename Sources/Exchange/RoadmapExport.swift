import Domain
import Storage

/// `metodist export roadmap --format csv|md`: the roadmap as the seed's
/// table — exactly its five columns «Наименование мероприятия/события |
/// Участники | Исполнители/соисполнители | Сроки | Ожидаемый результат»,
/// in the seed's two sections (general items, then per direction).
public enum RoadmapExport {
    public typealias Format = RequestExport.Format

    /// The seed's column heads, in order.
    public static let header: [Phrase] = [
        Phrase("Наименование мероприятия/события", "Event"),
        Phrase("Участники", "Participants"),
        Phrase("Исполнители/соисполнители", "Executors/co-executors"),
        Phrase("Сроки", "Timing"),
        Phrase("Ожидаемый результат", "Expected result"),
    ]

    /// The five cells of one item (also the TUI's table mode).
    public static func fields(_ item: RoadmapItem, language: Language = .ru) -> [String] {
        var participants = item.participants.map { $0.label.text(language) }.joined(separator: ", ")
        if !item.participantsNote.isEmpty {
            participants += (participants.isEmpty ? "" : ": ") + item.participantsNote
        }
        let executors = item.executors.map { $0.label.text(language) }.joined(separator: ", ")
        let co = item.coExecutors.map { $0.label.text(language) }.joined(separator: ", ")
        return [item.title, participants, co.isEmpty ? executors : executors + " / " + co,
                item.timing.labelWithYear.text(language), item.expectedResult]
    }

    /// The export as text. Throws `StoreError.forbidden` when the viewer may
    /// not see the roadmap. `direction`: only that direction (with general items).
    public static func render(_ store: any RoadmapStore, viewer: Viewer, format: Format, direction: Int? = nil,
                              language: Language = .ru) throws -> String {
        let items = try store.roadmapItems(viewer, direction: direction)
        let head = header.map { $0.text(language) }
        switch format {
        case .csv:
            let rows = items.map { fields($0, language: language).map(RequestExport.clean) }
            return ([head] + rows).map { CSV.record($0) }.joined(separator: "\r\n") + "\r\n"
        case .md:
            func cell(_ s: String) -> String {
                RequestExport.clean(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                    .split(whereSeparator: \.isNewline).joined(separator: "<br>")
            }
            func table(_ part: [RoadmapItem]) -> [String] {
                ["| " + head.joined(separator: " | ") + " |", "|" + head.map { _ in "---" }.joined(separator: "|") + "|"]
                    + part.map { "| " + fields($0, language: language).map(cell).joined(separator: " | ") + " |" }
            }
            let ru = language == .ru
            var out = [ru ? "# Дорожная карта деятельности РМА" : "# RMA roadmap", ""]
            let general = items.filter { $0.direction == nil }
            if !general.isEmpty {
                out += [ru ? "## 1. Общие мероприятия для всех направлений" : "## 1. General items for all directions", ""]
                out += table(general) + [""]
            }
            let numbers = Set(items.compactMap(\.direction)).sorted()
            if !numbers.isEmpty {
                out += [ru ? "## 2. Специфические мероприятия по каждому направлению" : "## 2. Items per direction", ""]
            }
            for n in numbers {
                let name = Direction.number(n)?.name ?? ""
                out += ["### \(n). \(name)", ""] + table(items.filter { $0.direction == n }) + [""]
            }
            return out.joined(separator: "\n")
        }
    }
}
