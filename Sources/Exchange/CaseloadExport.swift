import Domain
import Foundation
import Storage

/// `metodist export caseload --as LOGIN --format csv|md`: the viewer's
/// caseload with the counts of the caseload view.
public enum CaseloadExport {
    public static func render(_ store: any CaseloadStore & Session, viewer: Viewer, format: RouteExport.Format) throws -> String {
        guard viewer.can(.seeCaseload) else { throw StoreError.forbidden(Action.seeCaseload.label) }
        let today = store.today()
        let rows = try store.wholeCaseload(viewer)
        let header = ["ФИО", "Организация", "Муниципалитет", "Молодой педагог", "Маршрут", "Выполнено шагов", "Всего шагов",
                      "Просрочено", "Ждут подтверждения", "Дней без контакта", "Открытых запросов", "Внимание"]
        let lines: [[String]] = rows.map { r in
            [r.fullName, r.organizationName, r.municipalityName, r.young ? "да" : "нет", r.route?.status.label.ru ?? "нет",
             String(r.progress.done), String(r.progress.total), String(r.overdue), String(r.waiting),
             r.daysSinceContact(today: today).map(String.init) ?? "нет контакта", String(r.openRequests),
             String(r.attention(today: today).score)]
        }
        switch format {
        case .csv:
            return ([header] + lines).map { CSV.record($0, guardFormulas: true) + "\r\n" }.joined()
        case .markdown:
            func row(_ cells: [String]) -> String {
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            var out = "# Сопровождаемые: \(viewer.fullName)\n\nНа \(today.russian), человек: \(rows.count)\n\n"
            out += row(header) + row(header.map { _ in "---" })
            for l in lines { out += row(l) }
            return out
        }
    }
}
